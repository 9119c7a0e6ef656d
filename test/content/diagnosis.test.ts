// Checks over the real diagnosis model (content/diagnosis/) and its agreement with the articles and the vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDiagnosis, wizardLinkFor } from '../../src/lib/diagnosis-model';
import { answer, confidence, decodeAnswers, diagnose, encodeAnswers, nextQuestion, optionValue, settlingQuestion, type Observations } from '../../src/rules/diagnosis';
import { t } from '../../src/i18n';
import { answerWords } from '../../src/i18n/diagnosis-words';
import { seededRng } from '../../src/rules/random';
import { CAUSE_IDS } from '../../src/schemas/common';
import { realModel } from './diagnosis-model';
import { loadAll, loadDiagnosis } from './load-content';

const model = realModel();
const vocabulary = parse(readFileSync(`${import.meta.dirname}/../fixtures/diagnosis/observations.yaml`, 'utf8')) as {
  observations: Record<string, { values: string[] | string }>;
};

/** Answers that favour one cause: for each question in turn, the option that most widens its lead (two passes). */
function observationsFavouring(cause: string): Observations {
  let obs: Observations = {};
  const margin = (o: Observations) => {
    const ranked = diagnose(model, o);
    const own = ranked.find((r) => r.cause === cause)!.score;
    return own - Math.max(...ranked.filter((r) => r.cause !== cause).map((r) => r.score));
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const q of model.questions) {
      let best: Observations = obs;
      for (const o of q.options) {
        const candidate = answer(obs, q.id, optionValue(q, o.value));
        if (margin(candidate) > margin(best)) best = candidate;
      }
      obs = best;
    }
  }
  return obs;
}

describe('the diagnosis model', () => {
  it('passes every cross-check (questions, options, causes)', () => {
    const { questions, rules } = loadDiagnosis();
    expect(checkDiagnosis(questions.map((q) => q.data), rules.map((r) => r.data), CAUSE_IDS)).toEqual([]);
  });

  it('asks every observation of the shared vocabulary, with its values', () => {
    for (const [id, spec] of Object.entries(vocabulary.observations)) {
      const question = model.questions.find((q) => q.id === id);
      expect(question, id).toBeDefined();
      if (Array.isArray(spec.values)) expect(question!.options.map((o) => o.value).sort(), id).toEqual([...spec.values].sort());
    }
  });

  it('names each cause as its article does', () => {
    const shorts = Object.fromEntries(loadAll().causes.map((c) => [c.data.id, c.data.short]));
    for (const cause of model.causes) expect(cause.name).toBe(shorts[cause.id]);
  });

  it.each(CAUSE_IDS)('can rank %s first', (cause) => {
    expect(diagnose(model, observationsFavouring(cause))[0]?.cause).toBe(cause);
  });

  it('can ask every question on the way to some cause', () => {
    // Walk the wizard once per cause, answering each question the way that most favours that cause, and again with
    // the first answers 不知道: every question must come up on at least one of these walks.
    const asked = new Set<string>();
    const lead = (cause: string, o: Observations) => {
      const ranked = diagnose(model, o);
      return ranked.find((r) => r.cause === cause)!.score - Math.max(...ranked.filter((r) => r.cause !== cause).map((r) => r.score));
    };
    for (const cause of CAUSE_IDS) {
      for (let unknownFirst = 0; unknownFirst <= 3; unknownFirst++) {
        let obs: Observations = {};
        for (let step = 0; step <= model.questions.length; step++) {
          const { question } = nextQuestion(model, obs);
          if (!question) break;
          asked.add(question.id);
          const options = step < unknownFirst ? [question.options.at(-1)!] : question.options;
          const best = options.reduce((a, b) => (lead(cause, answer(obs, question.id, optionValue(question, b.value))) > lead(cause, answer(obs, question.id, optionValue(question, a.value))) ? b : a));
          obs = answer(obs, question.id, optionValue(question, best.value));
        }
      }
    }
    expect(model.questions.map((q) => q.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('always comes to an end, whatever the answers', () => {
    const random = seededRng(42);
    for (let walk = 0; walk < 200; walk++) {
      let obs: Observations = {};
      let steps = 0;
      for (;;) {
        const { question, conclusive } = nextQuestion(model, obs);
        if (!question) {
          expect(conclusive).toBe(true);
          break;
        }
        expect(question.id in obs).toBe(false);
        const option = question.options[Math.floor(random() * question.options.length)]!;
        obs = answer(obs, question.id, optionValue(question, option.value));
        steps++;
        expect(steps).toBeLessThanOrEqual(model.questions.length);
      }
    }
  });
});

describe('share links', () => {
  // Made by the wizard before vocabulary v2 (commit 366f596), when the hour choices stood for 0.1/1/12/48/120 hours.
  const OLD_LINKS = [
    {
      link: '?cs=yes&bs=success&ba=no&hs=48&sm=T1&wh=yes&pn=own&an=unknown',
      answers: { customer_shown_success: 'yes', backend_txn_status: 'success', in_bank_account: 'no', hours_since_payment: 48, settlement_mode: 'T1', is_weekend_or_holiday: 'yes', payee_name_on_customer_bill: 'own', account_notice: 'unknown' },
    },
    {
      link: '?sa=altered&oc=other&mw=transfer_warning&pt=bill_detail&nt=no&hs=0.1&ch=c_scan_b_static&rf=no&fp=unknown&cp=no&rc=none&pp=unknown&ps=not_applicable&tl=no&am=none&ra=no&wo=no',
      answers: { sticker_altered: 'altered', own_code_scan: 'other', message_words: 'transfer_warning', proof_type: 'bill_detail', notification: 'no', hours_since_payment: 0.1, channel: 'c_scan_b_static', refund_in_history: 'no', fee_pattern: 'unknown', complaint_received: 'no', recent_change: 'none', payout_payer: 'unknown', pos_shows_success: 'not_applicable', in_merchant_transaction_list: 'no', amount_received_vs_expected: 'none', repeated_attempt: 'no', wider_outage_signs: 'no' },
    },
  ];

  it.each(OLD_LINKS)('decodes a link from the first version to the same answers ($link)', ({ link, answers }) => {
    const decoded = decodeAnswers(model, link);
    expect(decoded).toEqual({ ok: true, observations: answers });
    expect(Object.keys(decoded.ok ? decoded.observations : {})).toEqual(Object.keys(answers));
    expect(encodeAnswers(model, answers)).toBe(link);
  });

  it('words an hour count from an old link by the range it falls in', () => {
    expect(answerWords(t, model, 'hours_since_payment', 48)).toBe('一到三天');
    expect(answerWords(t, model, 'hours_since_payment', 0.1)).toBe('不到半小时');
  });

  it('gives the new first question a code of its own and round-trips it', () => {
    const problem = model.questions.find((q) => q.id === 'problem')!;
    expect(problem.first).toBe(true);
    expect(model.questions.filter((q) => q.code === problem.code)).toHaveLength(1);
    expect(decodeAnswers(model, `?${problem.code}=cannot_withdraw`)).toEqual({ ok: true, observations: { problem: 'cannot_withdraw' } });
  });
});

describe('the rule-outs', () => {
  it('name a cheap question for every benign cause that has a harmful look-alike', () => {
    const ruleOuts = (id: string) => model.causes.find((c) => c.id === id)!.ruleOut.map((r) => `${r.question}→${r.lookAlike}`);
    expect(ruleOuts('notice_missed_but_paid')).toEqual(expect.arrayContaining(['payee_name_on_customer_bill→code_jumping', 'message_words→judicial_freeze', 'account_notice→judicial_freeze', 'payout_payer→second_clearing_agent']));
    expect(ruleOuts('settlement_not_due')).toEqual(expect.arrayContaining(['account_notice→risk_control_hold', 'payout_payer→second_clearing_agent']));
    expect(ruleOuts('customer_payment_error')).toEqual(expect.arrayContaining(['sticker_altered→qr_code_tampered', 'proof_type→fake_payment_proof']));
    expect(ruleOuts('refund_issued')).toEqual(['complaint_received→complaint_dispute_hold']);
  });

  it('keep the wizard from saying 很可能是“没听到通知” after three answers that look normal', () => {
    // The case that started vocabulary v2: order succeeded, amount matches, money on the card — and the account is
    // frozen for withdrawal, or the bill names another merchant, or the payout came from a private person.
    let obs: Observations = {};
    const normal: Observations = { problem: 'not_arrived', backend_txn_status: 'success', amount_received_vs_expected: 'equal', in_bank_account: 'yes' };
    for (const [id, value] of Object.entries(normal)) obs = answer(obs, id, value);
    expect(confidence(model, obs, diagnose(model, obs))).not.toBe('likely');
    const { question } = nextQuestion(model, obs);
    expect(question).not.toBeNull();
    for (const [id, value, cause] of [
      ['message_words', 'authority', 'judicial_freeze'],
      ['payee_name_on_customer_bill', 'other', 'code_jumping'],
      ['payout_payer', 'individual_or_unrelated_company', 'second_clearing_agent'],
    ] as const) {
      const revealed = answer(obs, id, value);
      expect(diagnose(model, revealed)[0]!.cause, id).toBe(cause);
    }
  });
});

describe('links from cause pages', () => {
  it('pre-answer what the person noticed with the value that points most to the cause', () => {
    expect(wizardLinkFor(model, 'judicial_freeze')).toBe('?pb=cannot_withdraw');
    expect(wizardLinkFor(model, 'fee_deduction')).toBe('?pb=arrived_short');
    expect(wizardLinkFor(model, 'code_jumping')).toBe('');
  });
});

describe('what the rules express', () => {
  const first = (obs: Observations) => diagnose(model, obs)[0]!.cause;

  it('tells “arrived, but late” and “in the account, but cannot withdraw” apart from “not arrived”', () => {
    expect(first({ problem: 'arrived_late', backend_txn_status: 'success', is_weekend_or_holiday: 'yes', settlement_mode: 'T1' })).toBe('settlement_not_due');
    expect(first({ problem: 'cannot_withdraw', in_bank_account: 'yes', account_notice: 'frozen', message_words: 'authority' })).toBe('judicial_freeze');
  });

  it('gives no weekend credit to “not yet due” under D1, which pays on weekends', () => {
    const score = (mode: string) => diagnose(model, { problem: 'arrived_late', is_weekend_or_holiday: 'yes', settlement_mode: mode }).find((r) => r.cause === 'settlement_not_due')!.score;
    const weekday = (mode: string) => diagnose(model, { problem: 'arrived_late', is_weekend_or_holiday: 'no', settlement_mode: mode }).find((r) => r.cause === 'settlement_not_due')!.score;
    expect(score('T1') - weekday('T1')).toBeGreaterThan(2);
    expect(score('D1') - weekday('D1')).toBeLessThanOrEqual(0.5);
  });

  it('points to the settlement card when its bank restricts it and the money sits on it', () => {
    expect(first({ problem: 'cannot_withdraw', in_bank_account: 'yes', account_notice: 'restricted', message_words: 'none' })).toBe('settlement_account_issue');
  });

  it('reads repeated scans with one charge reversed as a reversal, not a double charge', () => {
    expect(first({ problem: 'charged_twice', repeated_attempt: 'yes', backend_txn_status: 'reversed_or_refunded' })).toBe('txn_failed_or_reversed');
    expect(first({ problem: 'charged_twice', repeated_attempt: 'yes', backend_txn_status: 'success' })).toBe('duplicate_charge');
  });
});

describe('an unsure result', () => {
  it('names the rule-out check that stands between the leading cause and 很可能是', () => {
    const obs: Observations = { problem: 'not_arrived', backend_txn_status: 'success', amount_received_vs_expected: 'equal', in_bank_account: 'yes' };
    expect(confidence(model, obs, diagnose(model, obs))).toBe('possible');
    expect(settlingQuestion(model, obs)?.id).toBe('payee_name_on_customer_bill');
  });
});

import { describe, expect, it } from 'vitest';
import {
  answer,
  CONCLUSIVE_PROBABILITY,
  conditionHolds,
  confidence,
  MAX_QUESTIONS,
  openRuleOuts,
  settlingQuestion,
  shownCauses,
  tiedWithTop,
  diagnose,
  nextQuestion,
  type DiagnosisModel,
} from '../../../src/rules/diagnosis';
import { t } from '../../../src/i18n';
import { composeMessage, validateDetails, EMPTY_DETAILS } from '../../../src/rules/diagnosis-message';
import { answerLines } from '../../../src/i18n/diagnosis-words';
import { model, question as q } from './diagnosis-fixture';

describe('conditionHolds', () => {
  it.each([
    ['yes', 'yes', true],
    ['yes', 'no', false],
    [['yes', 'no'], 'no', true],
    ['yes', 'unknown', false],
    [{ gte: 24 }, 30, true],
    [{ gte: 24 }, 10, false],
    [{ gte: 1, lt: 24 }, 24, false],
    [{ lt: 24 }, 'unknown', false],
    ['yes', undefined, false],
  ] as const)('condition %j with value %j is %s', (condition, value, expected) => {
    expect(conditionHolds(condition as never, value)).toBe(expected);
  });
});

describe('diagnose', () => {
  it('ranks a tampered sticker first when the sticker looks altered', () => {
    const ranked = diagnose(model, { sticker_altered: 'yes' });
    expect(ranked[0]?.cause).toBe('tampered');
    expect(ranked[0]?.reasons).toEqual([{ answers: [{ question: 'sticker_altered', value: 'yes' }], weight: 4 }]);
  });

  it('lowers a cause with the answers that point away from it', () => {
    const ranked = diagnose(model, { pos_pending: 'yes', sticker_altered: 'yes' });
    const tampered = ranked.find((r) => r.cause === 'tampered')!;
    expect(tampered.score).toBe(1);
    expect(tampered.reasons.map((r) => r.weight)).toEqual([4, -2]);
  });

  it('needs every condition of a combined rule', () => {
    expect(diagnose(model, { pos_pending: 'no' }).find((r) => r.cause === 'late')!.score).toBe(0);
    expect(diagnose(model, { pos_pending: 'no', sticker_altered: 'no' }).find((r) => r.cause === 'late')!.score).toBe(
      2,
    );
  });

  it('treats 不知道 like an unanswered question', () => {
    expect(diagnose(model, { pos_pending: 'unknown', hours: 'unknown' })).toEqual(diagnose(model, {}));
  });

  it('gives probabilities that add up to 1', () => {
    const total = diagnose(model, { hours: 60 }).reduce((s, r) => s + r.probability, 0);
    expect(total).toBeCloseTo(1, 10);
  });
});

describe('nextQuestion', () => {
  it('never picks a question that cannot change the ranking', () => {
    let state = {};
    const asked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { question } = nextQuestion(model, state);
      if (!question) break;
      asked.push(question.id);
      state = answer(state, question.id, 'unknown');
    }
    expect(asked).not.toContain('useless');
    expect(asked.length).toBeGreaterThan(0);
  });

  it('stops and says so once one cause is clearly ahead', () => {
    expect(nextQuestion(model, { sticker_altered: 'yes', pos_pending: 'no' })).toEqual({
      question: null,
      conclusive: true,
    });
  });

  it('does not ask a question twice', () => {
    const { question } = nextQuestion(model, { pos_pending: 'unknown' });
    expect(question?.id).not.toBe('pos_pending');
  });
});

describe('confidence', () => {
  it('matches the headline to how sure the ranking is', () => {
    const sure = { sticker_altered: 'yes', pos_pending: 'no' };
    expect(confidence(model, sure, diagnose(model, sure))).toBe('likely');
    expect(confidence(model, {}, diagnose(model, {}))).not.toBe('likely');
  });
});

describe('transaction details and the message', () => {
  it('accepts empty details and flags malformed ones with a code the UI words', () => {
    expect(validateDetails(EMPTY_DETAILS)).toEqual({});
    const errors = validateDetails({
      ...EMPTY_DETAILS,
      time: '明天',
      amount: '12.345',
      orderNo: '单号<b>',
      terminalNo: 'ab',
      shopName: '店'.repeat(41),
      phone: '电话',
    });
    expect(Object.fromEntries(Object.entries(errors).map(([f, code]) => [f, t(code)]))).toEqual({
      time: '请选择日期和时间',
      amount: '金额只写数字，最多两位小数，例如 128.50',
      orderNo: '单号只含字母、数字，4 到 64 位',
      terminalNo: '终端号只含字母、数字，4 到 32 位',
      shopName: '店名最多 40 个字',
      phone: '电话只写数字和 -',
    });
  });

  it('fills the message from the details and the answers', () => {
    const message = composeMessage(
      answerLines(t, model, { sticker_altered: 'yes', pos_pending: 'unknown' }),
      '码被调包',
      ['顾客账单照片'],
      {
        ...EMPTY_DETAILS,
        time: '2026-11-26T20:05',
        amount: '128.5',
        orderNo: 'A1234567',
        shopName: '青禾小卖部',
      },
      t,
    );
    expect(message).toMatchInlineSnapshot(`
      "您好，我是“青禾小卖部”的工作人员，有一笔扫码收款需要协助核实。
      交易信息：时间 2026年11月26日 20:05，金额 128.5 元，订单号 A1234567。
      目前看到的情况：
      - 收款码像被贴过吗？ 是
      我们初步判断可能是：码被调包。
      请帮忙核实这笔交易的状态、资金去向和预计到账时间，并告知需要我们提供哪些材料。
      我们已保留：顾客账单照片。
      谢谢！"
    `);
  });
});

describe('asking in the right order and ruling out look-alikes', () => {
  /** Two look-alike causes told apart equally well by a till question and an app question, and a harmful third. */
  const lookAlikes: DiagnosisModel = {
    version: 'test',
    questions: [
      q('in_app', 'ia', 'app'),
      q('at_till', 'at', 'till'),
      q('frozen', 'fz', 'app'),
      q('problem', 'pb', 'till', { first: true }),
    ],
    causes: [
      {
        id: 'missed',
        name: '没听到播报',
        prior: 0,
        evidence: [
          { when: { at_till: 'yes' }, weight: 3 },
          { when: { in_app: 'yes' }, weight: 3 },
          { when: { problem: 'yes' }, weight: 3 },
        ],
        ruleOut: [{ question: 'frozen', lookAlike: 'freeze' }],
      },
      {
        id: 'late',
        name: '还没结算',
        prior: 0,
        evidence: [
          { when: { at_till: 'no' }, weight: 3 },
          { when: { in_app: 'no' }, weight: 3 },
        ],
        ruleOut: [],
      },
      { id: 'freeze', name: '被冻结', prior: -3, evidence: [{ when: { frozen: 'yes' }, weight: 10 }], ruleOut: [] },
    ],
  };

  it('asks the `first` question before anything else', () => {
    expect(nextQuestion(lookAlikes, {}).question?.id).toBe('problem');
  });

  it('asks a till question before an app question that tells as much', () => {
    expect(nextQuestion(lookAlikes, { problem: 'unknown' }).question?.id).toBe('at_till');
  });

  it('asks the rule-out question before it ends on a benign cause, and only then says 很可能是', () => {
    const ahead = { problem: 'yes', at_till: 'yes' };
    expect(diagnose(lookAlikes, ahead)[0]!.probability).toBeGreaterThan(CONCLUSIVE_PROBABILITY);
    expect(nextQuestion(lookAlikes, ahead)).toEqual({ question: lookAlikes.questions[2], conclusive: false });
    expect(confidence(lookAlikes, ahead, diagnose(lookAlikes, ahead))).toBe('possible');
    expect(openRuleOuts(lookAlikes, ahead, 'missed')).toEqual([{ question: 'frozen', lookAlike: 'freeze' }]);
    const checked = { ...ahead, frozen: 'no' };
    expect(nextQuestion(lookAlikes, checked)).toEqual({ question: null, conclusive: true });
    expect(confidence(lookAlikes, checked, diagnose(lookAlikes, checked))).toBe('likely');
  });

  it('does not say 很可能是 when the rule-out question was answered 不知道', () => {
    const unsure = { problem: 'yes', at_till: 'yes', frozen: 'unknown' };
    expect(nextQuestion(lookAlikes, unsure).question).toBeNull();
    expect(confidence(lookAlikes, unsure, diagnose(lookAlikes, unsure))).toBe('possible');
  });

  it('finds the harmful look-alike when the rule-out answer reveals it', () => {
    expect(diagnose(lookAlikes, { problem: 'yes', at_till: 'yes', frozen: 'yes' })[0]!.cause).toBe('freeze');
  });

  it('shows a tie as a tie, in the order of the rules file, never alphabetically', () => {
    const tie = { problem: 'unknown' };
    const ranked = diagnose(lookAlikes, tie);
    expect(ranked.slice(0, 2).map((r) => r.cause)).toEqual(['missed', 'late']);
    expect(tiedWithTop(ranked).map((r) => r.cause)).toEqual(['missed', 'late']);
    expect(confidence(lookAlikes, tie, ranked)).toBe('unclear');
    expect(
      shownCauses(ranked)
        .slice(0, 2)
        .map((r) => r.cause),
    ).toEqual(['missed', 'late']);
  });

  it('names the one question that would settle an unsure result, even one answered 不知道', () => {
    expect(settlingQuestion(lookAlikes, { problem: 'unknown', at_till: 'unknown', in_app: 'unknown' })?.id).toMatch(
      /^(at_till|in_app)$/,
    );
  });

  it('never asks more than MAX_QUESTIONS questions', () => {
    const many: DiagnosisModel = {
      version: 'test',
      questions: Array.from({ length: 20 }, (_, i) => q(`q${i}`, `q${String.fromCharCode(97 + i)}`, 'till')),
      // Every question would split the same two causes, so only the cap ends a walk answered 不知道 throughout.
      causes: ['a', 'b'].map((id) => ({
        id,
        name: id,
        prior: 0,
        evidence: Array.from({ length: 20 }, (_, i) => ({ when: { [`q${i}`]: id === 'a' ? 'yes' : 'no' }, weight: 3 })),
        ruleOut: [],
      })),
    };
    let obs = {};
    let asked = 0;
    for (let { question } = nextQuestion(many, obs); question; { question } = nextQuestion(many, obs)) {
      obs = answer(obs, question.id, 'unknown');
      asked++;
    }
    expect(asked).toBe(MAX_QUESTIONS);
  });
});

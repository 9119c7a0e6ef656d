// How right the real rules (content/diagnosis/) are: a cashier walks the wizard through every case of the public
// development set (written without reading the rules) and of the site's own scenarios; the result page is scored.
import { describe, expect, it } from 'vitest';
import { allAtOnce, cashierAnswer, score, walkCase, type Outcome } from '../../src/lib/diagnosis-eval';
import { CAUSE_IDS } from '../../src/schemas/common';
import { devCases, ownScenarios } from './diagnosis-cases';
import { realModel } from './diagnosis-model';

const model = realModel();
const dev = devCases();
const own = ownScenarios();
const devWalk = score(dev.map((c) => walkCase(model, c)));
const ownWalk = score(own.map((c) => walkCase(model, c)));
const devAll = score(dev.map((c) => allAtOnce(model, c)));
const ownAll = score(own.map((c) => allAtOnce(model, c)));
const devNoApp = score(dev.map((c) => walkCase(model, c, { withoutApp: true })));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const list = (outcomes: Outcome[]) => outcomes.map((o) => `${o.id}: expected ${o.primary}, shown ${o.shown.join(', ')} (${o.level})`).join('\n');
console.log(
  [
    `dev set walk: first ${pct(devWalk.first)}, shown ${pct(devWalk.shown)}, wrong 很可能是 ${devWalk.wrongLikely.length}, questions mean ${devWalk.meanQuestions.toFixed(2)} max ${devWalk.maxQuestions}`,
    `dev set all at once: first ${pct(devAll.first)}, shown ${pct(devAll.shown)}, wrong 很可能是 ${devAll.wrongLikely.length}`,
    `dev set without the merchant app: first ${pct(devNoApp.first)}, shown ${pct(devNoApp.shown)}, wrong 很可能是 ${devNoApp.wrongLikely.length}, taps mean ${devNoApp.meanQuestions.toFixed(2)} max ${devNoApp.maxQuestions}`,
    `own scenarios walk: first ${pct(ownWalk.first)}, shown ${pct(ownWalk.shown)}, wrong 很可能是 ${ownWalk.wrongLikely.length}, questions mean ${ownWalk.meanQuestions.toFixed(2)} max ${ownWalk.maxQuestions}`,
    `own scenarios all at once: first ${pct(ownAll.first)}, shown ${pct(ownAll.shown)}`,
  ].join('\n'),
);

describe('the cashier walk', () => {
  it('answers from the case, the hour range it falls in, or 不知道', () => {
    const hours = model.questions.find((q) => q.id === 'hours_since_payment')!;
    const channel = model.questions.find((q) => q.id === 'channel')!;
    expect(cashierAnswer(hours, { hours_since_payment: 30 })).toBe(24);
    expect(cashierAnswer(hours, { hours_since_payment: 0.1 })).toBe(0);
    expect(cashierAnswer(hours, {})).toBe('unknown');
    expect(cashierAnswer(channel, { channel: 'transfer' })).toBe('transfer');
    expect(cashierAnswer(channel, { channel: 'carrier_pigeon' })).toBe('unknown');
    expect(cashierAnswer(channel, { channel: 'unknown' })).toBe('unknown');
  });

  it('starts every walk with what the person noticed first', () => {
    const walk = walkCase(model, dev[0]!);
    expect(walk.asked[0]?.question).toBe('problem');
  });
});

describe('the public development set (test/fixtures/diagnosis/cases-dev.yaml), walked as a cashier', () => {
  it('has the 60 cases, each naming causes of the taxonomy', () => {
    expect(dev).toHaveLength(60);
    for (const c of dev) for (const cause of [c.primary, ...c.acceptable]) expect(CAUSE_IDS, c.id).toContain(cause);
  });

  it('shows the primary cause first in at least 85% of cases', () => {
    expect(devWalk.first, list(devWalk.misses)).toBeGreaterThanOrEqual(0.85);
  });

  it('lists the primary cause on the result page in at least 97% of cases', () => {
    expect(devWalk.shown, list(devWalk.misses.filter((o) => !o.shown.includes(o.primary)))).toBeGreaterThanOrEqual(0.97);
  });

  it('never says 很可能是 a cause that is neither the primary nor an acceptable one', () => {
    expect(list(devWalk.wrongLikely)).toBe('');
  });

  it('asks at most 7 questions on average and never more than 12', () => {
    expect(devWalk.meanQuestions).toBeLessThanOrEqual(7);
    expect(devWalk.maxQuestions).toBeLessThanOrEqual(12);
  });
});

describe('the development set walked by a cashier without the merchant app (till answers only, “手边没有商户 App”)', () => {
  it('ends within 8 taps', () => {
    expect(devNoApp.maxQuestions).toBeLessThanOrEqual(8);
  });

  it('still lists the primary cause in at least 70% of cases and never says a wrong 很可能是', () => {
    expect(devNoApp.shown, list(devNoApp.misses.filter((o) => !o.shown.includes(o.primary)))).toBeGreaterThanOrEqual(0.7);
    expect(list(devNoApp.wrongLikely)).toBe('');
  });
});

describe("the site's own scenarios (test/fixtures/diagnosis/scenarios.yaml)", () => {
  it('covers every cause', () => {
    expect(new Set(own.map((s) => s.primary))).toEqual(new Set(CAUSE_IDS));
  });

  it('ranks the expected cause first with all answers given in at least 95%, and lists it in all', () => {
    expect(ownAll.first, list(ownAll.misses)).toBeGreaterThanOrEqual(0.95);
    expect(ownAll.shown, list(ownAll.misses)).toBe(1);
  });

  it('walked as a cashier, shows the expected cause first in at least 80% and never a wrong 很可能是', () => {
    expect(ownWalk.first, list(ownWalk.misses)).toBeGreaterThanOrEqual(0.8);
    expect(list(ownWalk.wrongLikely)).toBe('');
  });
});

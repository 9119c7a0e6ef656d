import { describe, expect, it } from 'vitest';
import { causeErrorRates, lastResults, teamReport } from '../../../src/rules/team-report';
import { storeWith } from './records-arbitraries';

describe('causeErrorRates', () => {
  it('ignores question ids that name Object properties instead of throwing', () => {
    const s = storeWith();
    s.attempts[0]!.answers['toString'] = { response: ['a'], points: 0, correct: false, at: '2026-11-02T08:02:00.000Z' };
    expect(causeErrorRates(s, { q1: ['fee_deduction'] })).toEqual({ fee_deduction: { wrong: 0, total: 1 } });
  });
});

describe('lastResults and teamReport', () => {
  it('keeps the last finished attempt per set and carries the day of the last pass', () => {
    const s = storeWith();
    const base = s.attempts[0]!;
    s.attempts.push(
      { ...base, id: 'a2', finishedAt: '2026-11-20T08:00:00.000Z', score: 0.5, passed: false },
      { ...base, id: 'a0', finishedAt: '2026-10-01T08:00:00.000Z', score: 1, passed: true },
      { ...base, id: 'a-open', finishedAt: null, score: null, passed: null },
      { ...base, id: 'a-other', profile: 'p2', finishedAt: '2026-11-25T08:00:00.000Z', score: 0.1, passed: false },
    );
    const r = lastResults(s.attempts, 'p1');
    expect(Object.keys(r)).toEqual(['onboarding']);
    expect(r['onboarding']!.last.id).toBe('a2');
    expect(r['onboarding']!.lastPass).toBe('2026-11-02');
    const report = teamReport(s, [{ id: 'onboarding', cadenceDays: 30 }], '2026-12-06');
    expect(report).toEqual([
      {
        id: 'p1',
        name: '小王',
        staffNo: '017',
        sets: [{ set: 'onboarding', status: { kind: 'overdue', due: '2026-12-02', days: 4 }, lastScore: 0.5 }],
      },
    ]);
  });
});

describe('causeErrorRates (more)', () => {
  it('counts partial points and can be limited to one person', () => {
    const s = storeWith();
    s.attempts[0]!.answers['q2'] = { response: ['a'], points: 0.25, correct: false, at: '2026-11-02T08:02:00.000Z' };
    s.attempts.push({ ...s.attempts[0]!, id: 'a2', profile: 'p2' });
    const causes = { q1: ['fee_deduction'], q2: ['fee_deduction', 'refund_issued'] };
    expect(causeErrorRates(s, causes, 'p1')).toEqual({
      fee_deduction: { wrong: 0.75, total: 2 },
      refund_issued: { wrong: 0.75, total: 1 },
    });
    expect(causeErrorRates(s, causes)).toEqual({
      fee_deduction: { wrong: 1.5, total: 4 },
      refund_issued: { wrong: 1.5, total: 2 },
    });
  });
});

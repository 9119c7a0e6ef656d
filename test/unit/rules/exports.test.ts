import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsCsv, causeErrorRates, csvField, lastResults, localTime, teamReport } from '../../../src/rules/exports';
import { storeWith } from './records-arbitraries';

// Whitespace and invisible characters a spreadsheet may skip before it reads a formula sign.
const BLANKS = ' \t\r\n\u00a0\u1680\u2000\u2003\u200b\u2028\u202f\u205f\u3000\ufeff';
const FORMULA_SIGNS = '=+-@＝＋－＠';
/** What a spreadsheet sees first in a cell: the raw CSV field unquoted, with leading blanks skipped. */
const firstSeen = (field: string) =>
  field
    .replace(/^"|"$/g, '')
    .replace(/""/g, '"')
    .replace(new RegExp(`^[${BLANKS}]*`, 'u'), '')
    .charAt(0);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [' =SUM(A1)', "' =SUM(A1)"],
    ['\t+1', "'\t+1"],
    ['\r-1', '"\'\r-1"'],
    ['\u3000@cmd', "'\u3000@cmd"],
    ['＝1+1', "'＝1+1"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('never leaves a cell that starts a formula after its leading whitespace, of any kind', () => {
    const text = fc.string({ unit: fc.constantFrom(...[...BLANKS, ...FORMULA_SIGNS, 'a', '1', ',', '"', '中']) });
    fc.assert(
      fc.property(text, (s) => {
        expect(FORMULA_SIGNS).not.toContain(firstSeen(csvField(s)) || 'x');
      }),
    );
  });

  it('round-trips any value: unquoting gives the value back (with the neutralising quote when one was added)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = csvField(s);
        const body = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
        expect([s, `'${s}`]).toContain(body);
      }),
    );
  });
});

describe('attemptsCsv', () => {
  it('starts with a BOM so Excel reads Chinese, and quotes names with commas and quotes', () => {
    const csv = attemptsCsv(storeWith('王,"小"'), { onboarding: '新员工入职' });
    expect(csv.startsWith('\uFEFF姓名,工号,题组')).toBe(true);
    expect(csv).toContain('"王,""小""",017,新员工入职');
  });

  it('writes times in local time with the offset', () => {
    const csv = attemptsCsv(storeWith(), {}, 480);
    expect(csv).toContain('2026-11-02 16:00 (UTC+08:00),2026-11-02 16:10 (UTC+08:00)');
  });

  it('neutralises a formula in an imported name that hides behind a space', () => {
    expect(attemptsCsv(storeWith(' =HYPERLINK("x")'), {})).toContain(`"' =HYPERLINK(""x"")"`);
  });
});

describe('localTime', () => {
  it.each([
    ['2026-11-02T08:00:00.000Z', 480, '2026-11-02 16:00 (UTC+08:00)'],
    ['2026-11-02T20:30:00.000Z', 480, '2026-11-03 04:30 (UTC+08:00)'],
    ['2026-11-02T08:00:00.000Z', -330, '2026-11-02 02:30 (UTC-05:30)'],
    ['2026-11-02T08:00:00.000Z', 0, '2026-11-02 08:00 (UTC+00:00)'],
    ['not a time', 480, 'not a time'],
  ])('shows %s at offset %i as %s', (iso, offset, expected) => {
    expect(localTime(iso, offset)).toBe(expected);
  });
});

describe('causeErrorRates', () => {
  it('ignores question ids that name Object properties instead of throwing', () => {
    const s = storeWith();
    s.attempts[0]!.answers['toString'] = { response: ['a'], points: 0, correct: false, at: '2026-11-02T08:02:00.000Z' };
    expect(causeErrorRates(s, { q1: ['fee_deduction'] })).toEqual({ fee_deduction: { wrong: 0, total: 1 } });
  });
});

describe('attemptsCsv rows', () => {
  it('writes one row per attempt, oldest first, with status words and the set title', () => {
    const s = storeWith();
    const base = s.attempts[0]!;
    s.attempts.push(
      {
        ...base,
        id: 'a0',
        set: 'daily',
        startedAt: '2026-11-01T08:00:00.000Z',
        finishedAt: '2026-11-01T08:05:00.000Z',
        score: 0.456,
        passed: false,
      },
      {
        ...base,
        id: 'a3',
        profile: 'p-gone',
        set: 'monthly',
        startedAt: '2026-11-03T08:00:00.000Z',
        finishedAt: null,
        answers: {},
        score: null,
        passed: null,
      },
    );
    expect(attemptsCsv(s, { onboarding: '新员工入职', daily: '每日一题' }, 0).split('\r\n')).toEqual([
      '\uFEFF姓名,工号,题组,开始时间,完成时间,得分,是否通过,已答题数',
      '小王,017,每日一题,2026-11-01 08:00 (UTC+00:00),2026-11-01 08:05 (UTC+00:00),46,未通过,1',
      '小王,017,新员工入职,2026-11-02 08:00 (UTC+00:00),2026-11-02 08:10 (UTC+00:00),90,通过,1',
      'p-gone,,monthly,2026-11-03 08:00 (UTC+00:00),,,未完成,0',
      '',
    ]);
  });

  it.each([
    [null, ''],
    [12, '12'],
    [true, 'true'],
    [-3, "'-3"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsCsv, csvField, localTime } from '../../../src/rules/csv-export';
import { csvWords } from '../../../src/islands/training/words';
import { t } from '../../../src/i18n';
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
    const csv = attemptsCsv(storeWith('王,"小"'), { onboarding: '新员工入职' }, csvWords(t));
    expect(csv.startsWith('\uFEFF姓名,工号,题组')).toBe(true);
    expect(csv).toContain('"王,""小""",017,新员工入职');
  });

  it('writes times in local time with the offset', () => {
    const csv = attemptsCsv(storeWith(), {}, csvWords(t), 480);
    expect(csv).toContain('2026-11-02 16:00 (UTC+08:00),2026-11-02 16:10 (UTC+08:00)');
  });

  it('neutralises a formula in an imported name that hides behind a space', () => {
    expect(attemptsCsv(storeWith(' =HYPERLINK("x")'), {}, csvWords(t))).toContain(`"' =HYPERLINK(""x"")"`);
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
    expect(attemptsCsv(s, { onboarding: '新员工入职', daily: '每日一题' }, csvWords(t), 0).split('\r\n')).toEqual([
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

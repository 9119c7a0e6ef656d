import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsCsv, causeErrorRates, csvField, localTime } from '../../../src/rules/exports';
import { storeWith } from './records-arbitraries';

// Whitespace and invisible characters a spreadsheet may skip before it reads a formula sign.
const BLANKS = ' \t\r\n\u00a0\u1680\u2000\u2003\u200b\u2028\u202f\u205f\u3000\ufeff';
const FORMULA_SIGNS = '=+-@＝＋－＠';
/** What a spreadsheet sees first in a cell: the raw CSV field unquoted, with leading blanks skipped. */
const firstSeen = (field: string) => field.replace(/^"|"$/g, '').replace(/""/g, '"').replace(new RegExp(`^[${BLANKS}]*`, 'u'), '').charAt(0);

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
    ['\r-1', "\"'\r-1\""],
    ['\u3000@cmd', "'\u3000@cmd"],
    ['＝1+1', "'＝1+1"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('never leaves a cell that starts a formula after its leading whitespace, of any kind', () => {
    const text = fc.string({ unit: fc.constantFrom(...[...BLANKS, ...FORMULA_SIGNS, 'a', '1', ',', '"', '中']) });
    fc.assert(fc.property(text, (s) => { expect(FORMULA_SIGNS).not.toContain(firstSeen(csvField(s)) || 'x'); }));
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

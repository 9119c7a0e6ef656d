// Ships to the browser: the attempts as a CSV file for a spreadsheet, safe against formula injection.
import type { Store } from './records';

// Characters a spreadsheet may skip before it looks for a formula sign: every kind of space, tab, CR/LF, the BOM and
// other invisible format characters.
const LEADING_BLANKS = /^[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]*/u;
// Signs that start a formula in Excel, LibreOffice or WPS, in half and full width.
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/u;

/** One CSV field, quoted when it holds a comma, quote, CR or LF; a value that could start a formula gets a leading '. */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s.replace(LEADING_BLANKS, '')) || FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An ISO time as local time with its offset, e.g. `2026-11-02 16:00 (UTC+08:00)`; `offsetMinutes` east of UTC. */
export function localTime(iso: string, offsetMinutes: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${d.slice(0, 10)} ${d.slice(11, 16)} (UTC${sign}${hh}:${mm})`;
}

/** The words of the CSV file, in the reader's language (the UI words them; this module has none). */
export interface CsvWords {
  /** Column titles: name, staff number, set, started, finished, score, passed, questions answered. */
  header: readonly [string, string, string, string, string, string, string, string];
  passed: string;
  failed: string;
  unfinished: string;
}

/** Attempts as CSV (UTF-8 with BOM, so Excel shows Chinese correctly). */
export function attemptsCsv(
  store: Store,
  setTitles: Record<string, string>,
  words: CsvWords,
  offsetMinutes = 0,
): string {
  const names = new Map(store.profiles.map((p) => [p.id, p]));
  const rows: string[][] = [[...words.header]];
  for (const a of [...store.attempts].sort((x, y) => x.startedAt.localeCompare(y.startedAt))) {
    const p = names.get(a.profile);
    rows.push([
      p?.name ?? a.profile,
      p?.staffNo ?? '',
      Object.hasOwn(setTitles, a.set) ? setTitles[a.set]! : a.set,
      localTime(a.startedAt, offsetMinutes),
      a.finishedAt ? localTime(a.finishedAt, offsetMinutes) : '',
      a.score === null ? '' : String(Math.round(a.score * 100)),
      a.passed === null ? words.unfinished : a.passed ? words.passed : words.failed,
      String(Object.keys(a.answers).length),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// Ships to the browser: what managers take off a device (CSV, JSON) and the team report built from imported JSON.
import { setStatus, type Day, type SetStatus } from './quiz';
import { mergeStores, validateStore, type Attempt, type Store } from './records';

/** Marks a file as a training export of this site, so a foreign JSON file is recognised as such. */
export const EXPORT_KIND = 'saoma-training-export';
/** Largest import accepted (bytes): a year of a 30-person team is far smaller. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** A JSON export: one or more profiles with their attempts and reviews. */
export interface TrainingExport {
  kind: typeof EXPORT_KIND;
  version: 2;
  exportedAt: string;
  store: Store;
}

/** The subset of a store for some profiles (all when `ids` is empty). */
export function exportStore(store: Store, ids: string[], exportedAt: string): TrainingExport {
  const keep = (id: string) => ids.length === 0 || ids.includes(id);
  const reviews = Object.fromEntries(Object.entries(store.reviews).filter(([id]) => keep(id)));
  return {
    kind: EXPORT_KIND,
    version: 2,
    exportedAt,
    store: { version: 2, profiles: store.profiles.filter((p) => keep(p.id)), active: null, attempts: store.attempts.filter((a) => keep(a.profile)), reviews },
  };
}

/** Reads an imported file's text; any problem gives a Chinese message and nothing else. */
export function parseImport(text: string, bytes: number): { ok: true; data: TrainingExport } | { ok: false; error: string } {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `文件太大（${Math.ceil(bytes / 1024)} KB），上限是 2 MB，可能不是本站导出的文件。` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: '文件不是有效的 JSON，请选择本站“导出 JSON”得到的文件。' };
  }
  const o = parsed as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o['kind'] !== EXPORT_KIND) return { ok: false, error: '这不是本站导出的培训记录文件。' };
  if (o['version'] !== 2) return { ok: false, error: `文件版本（${String(o['version']).slice(0, 10)}）不受支持，请用最新版本重新导出。` };
  const store = validateStore(o['store']);
  if (!store) return { ok: false, error: '文件内容不完整或被改动过（例如姓名里有 < > 符号），没有导入。' };
  const exportedAt = typeof o['exportedAt'] === 'string' ? o['exportedAt'].slice(0, 40) : '';
  return { ok: true, data: { kind: EXPORT_KIND, version: 2, exportedAt, store } };
}

/** Merges several imports into one team store, without duplicates. */
export function mergeImports(imports: TrainingExport[]): Store {
  return imports.reduce((team, i) => mergeStores(team, i.store), { version: 2, profiles: [], active: null, attempts: [], reviews: {} } as Store);
}

/** One CSV field, quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised for Excel. */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Attempts as CSV (UTF-8 with BOM, so Excel shows Chinese correctly). */
export function attemptsCsv(store: Store, setTitles: Record<string, string>): string {
  const names = new Map(store.profiles.map((p) => [p.id, p]));
  const rows = [['姓名', '工号', '题组', '开始时间', '完成时间', '得分', '是否通过', '已答题数']];
  for (const a of [...store.attempts].sort((x, y) => x.startedAt.localeCompare(y.startedAt))) {
    const p = names.get(a.profile);
    rows.push([
      p?.name ?? a.profile,
      p?.staffNo ?? '',
      setTitles[a.set] ?? a.set,
      a.startedAt,
      a.finishedAt ?? '',
      a.score === null ? '' : String(Math.round(a.score * 100)),
      a.passed === null ? '未完成' : a.passed ? '通过' : '未通过',
      String(Object.keys(a.answers).length),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The last finished attempt per profile and set, and the day of the last pass. */
export function lastResults(attempts: Attempt[], profile: string): Record<string, { last: Attempt; lastPass?: Day }> {
  const out: Record<string, { last: Attempt; lastPass?: Day }> = {};
  for (const a of attempts.filter((x) => x.profile === profile && x.finishedAt).sort((x, y) => x.finishedAt!.localeCompare(y.finishedAt!))) {
    const entry: { last: Attempt; lastPass?: Day } = { last: a };
    const previous = out[a.set]?.lastPass;
    if (a.passed) entry.lastPass = a.finishedAt!.slice(0, 10);
    else if (previous) entry.lastPass = previous;
    out[a.set] = entry;
  }
  return out;
}

/** One person's row in the team report. */
export interface PersonReport {
  id: string;
  name: string;
  staffNo: string;
  sets: { set: string; status: SetStatus; lastScore: number | null }[];
}

/** Per person: the status of every set on `today`. */
export function teamReport(store: Store, sets: { id: string; cadenceDays: number }[], today: Day): PersonReport[] {
  return store.profiles.map((p) => {
    const results = lastResults(store.attempts, p.id);
    return {
      id: p.id,
      name: p.name,
      staffNo: p.staffNo,
      sets: sets.map((s) => ({ set: s.id, status: setStatus(s.cadenceDays, results[s.id]?.lastPass, today), lastScore: results[s.id]?.last.score ?? null })),
    };
  });
}

/** Error rate per cause over every answered question, for the team chart. */
export function causeErrorRates(store: Store, causesOf: Record<string, string[]>, profile?: string): Record<string, { wrong: number; total: number }> {
  const out: Record<string, { wrong: number; total: number }> = {};
  for (const a of store.attempts) {
    if (profile && a.profile !== profile) continue;
    for (const [qid, ans] of Object.entries(a.answers)) {
      for (const c of causesOf[qid] ?? []) {
        out[c] ??= { wrong: 0, total: 0 };
        out[c].total += 1;
        out[c].wrong += 1 - ans.points;
      }
    }
  }
  return out;
}

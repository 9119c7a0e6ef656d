// Browser adapter for the training records: localStorage I/O around the pure format in src/rules/records.ts.
// Every change re-reads the stored value and merges before writing, so two tabs answering at once lose nothing.
// A corrupt value is copied aside (key saoma-training-corrupt-<time>) before anything new is written.
import { emptyStore, mergeStores, readStore, type Store } from '../../rules/records';

export const KEY = 'saoma-training';
/** Small summary the header badge reads on every page: { "due": <number of due or overdue sets> }. */
export const BADGE_KEY = 'saoma-training-due';

/** What the page should tell the person about their records, if anything. */
export interface Notice {
  kind: 'unavailable' | 'corrupt' | 'full' | 'migrated';
  message: string;
  /** The unreadable text, so it can be downloaded. */
  raw?: string;
}

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${KEY}-probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

let memory: Store = emptyStore();

/** Loads the records; never throws. */
export function loadStore(): { store: Store; notice: Notice | null } {
  const s = storage();
  if (!s) {
    return { store: memory, notice: { kind: 'unavailable', message: '这个浏览器不允许本站保存数据（可能是无痕模式）。可以照常答题，但关闭页面后记录不会保留。' } };
  }
  const raw = s.getItem(KEY);
  const read = readStore(raw);
  if (read.kind === 'empty') return { store: emptyStore(), notice: null };
  if (read.kind === 'corrupt') {
    const aside = `${KEY}-corrupt-${Date.now()}`;
    try {
      s.setItem(aside, raw!);
      s.removeItem(KEY);
    } catch {
      // Could not copy it: leave the original where it is; new records stay in memory until the person downloads it.
      memory = emptyStore();
      return { store: memory, notice: { kind: 'corrupt', message: `本机保存的培训记录无法读取（${read.reason}），已保留原文件，请先下载备份。`, raw: raw! } };
    }
    return { store: emptyStore(), notice: { kind: 'corrupt', message: `本机保存的培训记录无法读取（${read.reason}）。原记录已另存，没有删除，可以下载交给店长。`, raw: raw! } };
  }
  if (read.migratedFrom) {
    try {
      s.setItem(KEY, JSON.stringify(read.store));
    } catch {
      /* keep the old version stored; it migrates again next time */
    }
    return { store: read.store, notice: { kind: 'migrated', message: '已把旧版本的培训记录升级到新格式，记录都在。' } };
  }
  return { store: read.store, notice: null };
}

/**
 * Applies a change to the latest stored records and writes them. On a full or unavailable storage the change is kept
 * in memory for this page and a notice says so; what was saved before is untouched.
 */
export function updateStore(change: (store: Store) => Store, current: Store): { store: Store; notice: Notice | null } {
  const s = storage();
  if (!s) {
    memory = change(current);
    return { store: memory, notice: { kind: 'unavailable', message: '这个浏览器不允许本站保存数据，记录不会保留：只在当前页面有效，关闭后会丢失。' } };
  }
  const latest = readStore(s.getItem(KEY));
  const base = latest.kind === 'ok' ? mergeStores(latest.store, current) : current;
  const next = change(base);
  try {
    s.setItem(KEY, JSON.stringify(next));
    return { store: next, notice: null };
  } catch {
    return { store: next, notice: { kind: 'full', message: '手机存储空间已满，这次的答案没能保存（之前保存的记录都还在）。请清理空间后再答，或先导出记录。' } };
  }
}

/** Writes the header badge summary; failures are ignored (the badge is a convenience). */
export function writeBadge(due: number): void {
  try {
    localStorage.setItem(BADGE_KEY, JSON.stringify({ due }));
  } catch {
    /* no storage: no badge */
  }
}

/** Offers text as a file download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

import { oldAttempts, removeAttempts, type Store } from '../../rules/records';
import { exportStore } from './records-codec';
import { downloadText } from './download';
import type { Notice } from './record-store';

interface Props {
  notice: Notice | null;
  store?: Store;
  change?: (fn: (s: Store) => Store) => unknown;
}

/** Finished attempts older than this many days are what "清理旧记录" removes when storage is full. */
const KEEP_DAYS = 30;

/**
 * Tells the person what happened to their records: unreadable ones can be downloaded; when storage is full, the way
 * out is offered in order (export everything, then clear old finished attempts).
 */
export function NoticeBanner({ notice, store, change }: Props) {
  if (!notice) return null;
  const before = new Date(Date.now() - KEEP_DAYS * 86_400_000).toISOString();
  const old = store ? oldAttempts(store, before) : [];
  return (
    <div class="alert" role="alert">
      <p>{notice.message}</p>
      <div class="actions">
        {notice.raw !== undefined && (
          <button
            type="button"
            class="secondary"
            onClick={() => downloadText('培训记录-无法读取的原文件.json', notice.raw!, 'application/json')}
          >
            下载原记录
          </button>
        )}
        {notice.kind === 'full' && store && (
          <button
            type="button"
            class="secondary"
            onClick={() =>
              downloadText(
                `培训记录-全部人员-${before.slice(0, 10)}.json`,
                JSON.stringify(exportStore(store, [], new Date().toISOString()), null, 1),
                'application/json',
              )
            }
          >
            导出全部人员 JSON
          </button>
        )}
        {notice.kind === 'full' && change && old.length > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => change((s) => removeAttempts(s, old, new Date().toISOString()))}
          >
            清理旧记录（{KEEP_DAYS} 天前完成的 {old.length} 次）
          </button>
        )}
      </div>
    </div>
  );
}

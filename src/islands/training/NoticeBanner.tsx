import { useT } from '../../i18n/island';
import { oldAttempts, removeAttempts, type Store } from '../../rules/records';
import { isoDaysAgo, nowIso } from './clock';
import { exportStore } from './records-codec';
import { downloadJson, downloadText } from './download';
import type { Notice } from './record-store';
import { exportFileName } from './words';

interface Props {
  notice: Notice | null;
  store?: Store;
  change?: (fn: (s: Store) => Store) => unknown;
}

/** Finished attempts older than this many days are what "clear old records" removes when storage is full. */
const KEEP_DAYS = 30;

/**
 * Tells the person what happened to their records: unreadable ones can be downloaded; when storage is full, the way
 * out is offered in order (export everything, then clear old finished attempts).
 */
export function NoticeBanner({ notice, store, change }: Props) {
  const t = useT();
  if (!notice) return null;
  const before = isoDaysAgo(KEEP_DAYS);
  const old = store ? oldAttempts(store, before) : [];
  return (
    <div class="alert" role="alert">
      <p>{notice.kind === 'corrupt' ? notice.message : t(`recordsNotice_${notice.kind}`)}</p>
      <div class="actions">
        {notice.raw !== undefined && (
          <button
            type="button"
            class="secondary"
            onClick={() => downloadText(`${t('recordsRawFile')}.json`, notice.raw!, 'application/json')}
          >
            {t('recordsDownloadRaw')}
          </button>
        )}
        {notice.kind === 'full' && store && (
          <button
            type="button"
            class="secondary"
            onClick={() =>
              downloadJson(
                exportFileName(t, t('trainingEveryone'), before.slice(0, 10)),
                exportStore(store, [], nowIso()),
              )
            }
          >
            {t('trainingExportAllJson')}
          </button>
        )}
        {notice.kind === 'full' && change && old.length > 0 && (
          <button type="button" class="secondary" onClick={() => change((s) => removeAttempts(s, old, nowIso()))}>
            {t('recordsClearOld', { days: KEEP_DAYS, count: old.length })}
          </button>
        )}
      </div>
    </div>
  );
}

import type { Notice } from './storage';
import { download } from './storage';

/** Tells the person what happened to their records and, for unreadable ones, lets them download the original. */
export function NoticeBanner({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <div class="alert" role="alert">
      <p>{notice.message}</p>
      {notice.raw !== undefined && (
        <button type="button" class="secondary" onClick={() => download('培训记录-无法读取的原文件.json', notice.raw!, 'application/json')}>
          下载原记录
        </button>
      )}
    </div>
  );
}

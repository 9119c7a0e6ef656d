import { NoticeBanner } from './NoticeBanner';
import { useRecords } from './use-records';
import type { TrainingData } from './types';

/** A printable certificate for a passed attempt stored on this device (?attempt=<id>). */
export default function Certificate({ sets }: TrainingData) {
  const { ready, store, notice } = useRecords();
  if (!ready || !store) return <p class="note">正在读取本机的培训记录…</p>;
  const id = new URLSearchParams(location.search).get('attempt');
  const attempt = store.attempts.find((a) => a.id === id && a.passed);
  const person = store.profiles.find((p) => p.id === attempt?.profile);
  const set = sets.find((s) => s.id === attempt?.set);
  if (!attempt || !person || !set) {
    return (
      <>
        <NoticeBanner notice={notice} />
        <p class="alert" role="alert">
          这台设备上没有找到这次合格记录。请在培训首页重新打开证明。
        </p>
      </>
    );
  }
  return (
    <div class="certificate">
      <NoticeBanner notice={notice} />
      <p class="eyebrow">扫码收款不到账 · 门店培训</p>
      <h2>合格证明</h2>
      <p class="big">
        {person.name}
        {person.staffNo && `（工号 ${person.staffNo}）`}
      </p>
      <p>
        于 {attempt.finishedAt!.slice(0, 10)} 完成“{set.title}”，得分 {Math.round((attempt.score ?? 0) * 100)}{' '}
        分，达到及格线 {Math.round(set.passMark * 100)} 分。
      </p>
      <p class="note">下次到期：完成后 {set.cadenceDays} 天内复训。</p>
      <div class="actions no-print">
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
      </div>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { attemptsCsv, lastResults } from '../../rules/exports';
import { setStatus, streak, type SetStatus } from '../../rules/quiz';
import { NoticeBanner } from './NoticeBanner';
import { ProfilePicker } from './ProfilePicker';
import { downloadText as download } from './download';
import { addProfile, newId, today } from './profile-actions';
import { RETRY } from './quiz-actions';
import { writeBadge } from './record-store';
import { exportStore } from './records-codec';
import type { TrainingData } from './types';
import { useRecords } from './use-records';

const STATUS_TEXT = (s: SetStatus, lastFailed: boolean) =>
  s.kind === 'never'
    ? lastFailed
      ? '上次没通过，需要重做'
      : '还没做过'
    : s.kind === 'passed'
      ? `已通过，${s.due} 再做`
      : s.kind === 'due'
        ? `到期了（${s.due}）`
        : `已逾期 ${s.days} 天`;

/** The training hub: who is answering, each set's status, streak, exports for the manager. */
export default function TrainingHub({ sets }: TrainingData) {
  const { ready, store, notice, readOnly, profile, change, pick } = useRecords();
  const now = today();
  const results = store && profile ? lastResults(store.attempts, profile.id) : {};
  const rows = sets.map((s) => ({
    set: s,
    status: setStatus(s.cadenceDays, results[s.id]?.lastPass, now),
    last: results[s.id]?.last,
  }));
  const dueCount = rows.filter((r) => r.status.kind !== 'passed').length;
  useEffect(() => {
    if (ready)
      writeBadge(
        profile
          ? rows.filter(
              (r) =>
                r.status.kind === 'due' ||
                r.status.kind === 'overdue' ||
                (r.status.kind === 'never' && r.set.id === 'onboarding'),
            ).length
          : 0,
      );
  }, [ready, profile?.id, dueCount]);

  if (!ready || !store) return <p class="note">正在读取本机的培训记录…</p>;
  const titles = Object.fromEntries(sets.map((s) => [s.id, s.title]));
  const stamp = now.replace(/-/g, '');
  const exportJson = (ids: string[], label: string) =>
    download(
      `培训记录-${label}-${stamp}.json`,
      JSON.stringify(exportStore(store, ids, new Date().toISOString()), null, 1),
      'application/json',
    );
  const exportCsv = (ids: string[], label: string) => {
    const part = exportStore(store, ids, '').store;
    download(
      `培训记录-${label}-${stamp}.csv`,
      attemptsCsv(part, titles, -new Date().getTimezoneOffset()),
      'text/csv;charset=utf-8',
    );
  };
  const finishedDays = new Set(
    store.attempts
      .filter((a) => a.profile === profile?.id && a.finishedAt && !a.set.endsWith(RETRY))
      .map((a) => a.finishedAt!.slice(0, 10)),
  );

  return (
    <div class="hub">
      <NoticeBanner notice={notice} store={store} change={change} />
      <ProfilePicker
        store={store}
        active={profile?.id ?? null}
        onPick={pick}
        onCreate={(name, no) => {
          const id = newId('p');
          void change(addProfile(id, name, no, new Date().toISOString())).then(() => pick(id));
        }}
        disabled={readOnly}
      />
      {profile && (
        <section aria-labelledby="status-title">
          <h2 id="status-title">{profile.name}的培训</h2>
          <p>
            连续 {streak(finishedDays, now)} 天答题 ·{' '}
            {dueCount === 0 ? '全部通过，没有到期的题组' : `${dueCount} 个题组待完成`}
          </p>
          <table class="sets">
            <thead>
              <tr>
                <th scope="col">题组</th>
                <th scope="col">状态</th>
                <th scope="col">上次得分</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ set, status, last }) => (
                <tr class={`status-${status.kind}`}>
                  <th scope="row">
                    <a href={`/training/${set.id}/`}>{set.title}</a>
                  </th>
                  <td>{STATUS_TEXT(status, last?.passed === false)}</td>
                  <td>
                    {last?.score != null ? `${Math.round(last.score * 100)} 分` : '—'}
                    {last?.passed && (
                      <>
                        {' '}
                        <a href={`/training/certificate/?attempt=${last.id}`}>合格证明</a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="export-title">
        <h2 id="export-title">导出给店长</h2>
        <p class="note">记录只保存在这台设备上。导出的 JSON 可以在“团队报告”里合并多台设备；CSV 可以用 Excel 打开。</p>
        <div class="actions">
          {profile && (
            <button type="button" class="secondary" onClick={() => exportJson([profile.id], profile.name)}>
              导出 {profile.name} 的 JSON
            </button>
          )}
          {profile && (
            <button type="button" class="secondary" onClick={() => exportCsv([profile.id], profile.name)}>
              导出 {profile.name} 的 CSV
            </button>
          )}
          <button type="button" class="secondary" onClick={() => exportJson([], '全部人员')}>
            导出全部人员 JSON
          </button>
          <button type="button" class="secondary" onClick={() => exportCsv([], '全部人员')}>
            导出全部人员 CSV
          </button>
        </div>
      </section>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { useLink, useT, withLocale } from '../../i18n/island';
import { finishedDays } from '../../rules/attempts';
import { attemptsCsv } from '../../rules/csv-export';
import { addProfile } from '../../rules/profiles';
import { streak } from '../../rules/quiz';
import { badgeCount, setRows } from '../../rules/team-report';
import { nowIso, today, utcOffsetMinutes } from './clock';
import { downloadCsv, downloadJson } from './download';
import { NoticeBanner } from './NoticeBanner';
import { ProfilePicker } from './ProfilePicker';
import { writeBadge } from './record-store';
import { exportStore } from './records-codec';
import type { TrainingData } from './types';
import { useRecords } from './use-records';
import { csvWords, exportFileName, percent, statusText } from './words';

/** The training hub: who is answering, each set's status, streak, exports for the manager. */
export default withLocale(function TrainingHub({ sets }: TrainingData) {
  const t = useT();
  const link = useLink();
  const { ready, store, notice, readOnly, profile, change, act, pick } = useRecords();
  const now = today();
  const rows = setRows(sets, store?.attempts ?? [], profile?.id ?? null, now);
  const dueCount = rows.filter((r) => r.status.kind !== 'passed').length;
  useEffect(() => {
    if (ready) writeBadge(profile ? badgeCount(rows) : 0);
  }, [ready, profile?.id, dueCount]);

  if (!ready || !store) return <p class="note">{t('trainingRecordsLoading')}</p>;
  const titles = Object.fromEntries(sets.map((s) => [s.id, s.title]));
  const stamp = now.replace(/-/g, '');
  const exportJson = (ids: string[], label: string) =>
    downloadJson(exportFileName(t, label, stamp), exportStore(store, ids, nowIso()));
  const exportCsv = (ids: string[], label: string) =>
    downloadCsv(
      exportFileName(t, label, stamp),
      attemptsCsv(exportStore(store, ids, '').store, titles, csvWords(t), utcOffsetMinutes()),
    );
  const everyone = t('trainingEveryone');

  return (
    <div class="hub">
      <NoticeBanner notice={notice} store={store} change={change} />
      <ProfilePicker
        store={store}
        active={profile?.id ?? null}
        onPick={pick}
        onCreate={(name, staffNo) => void act(addProfile, { name, staffNo })}
        disabled={readOnly}
      />
      {profile && (
        <section aria-labelledby="status-title">
          <h2 id="status-title">{t('trainingHubTitle', { name: profile.name })}</h2>
          <p>
            {t('trainingStreak', {
              days: streak(finishedDays(store, profile.id), now),
              rest: dueCount === 0 ? t('trainingAllPassed') : t('trainingSetsDue', { count: dueCount }),
            })}
          </p>
          <table class="sets">
            <thead>
              <tr>
                <th scope="col">{t('trainingColSet')}</th>
                <th scope="col">{t('trainingColStatus')}</th>
                <th scope="col">{t('trainingColLastScore')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ set, status, last }) => (
                <tr class={`status-${status.kind}`}>
                  <th scope="row">
                    <a href={link(`/training/${set.id}/`)}>{set.title}</a>
                  </th>
                  <td>{statusText(t, status, last?.passed === false)}</td>
                  <td>
                    {last?.score != null ? t('trainingScore', { score: percent(last.score) }) : '—'}
                    {last?.passed && (
                      <>
                        {' '}
                        <a href={link(`/training/certificate/?attempt=${last.id}`)}>{t('trainingCertificateLink')}</a>
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
        <h2 id="export-title">{t('trainingExportTitle')}</h2>
        <p class="note">{t('trainingExportNote')}</p>
        <div class="actions">
          {profile && (
            <button type="button" class="secondary" onClick={() => exportJson([profile.id], profile.name)}>
              {t('trainingExportPersonJson', { name: profile.name })}
            </button>
          )}
          {profile && (
            <button type="button" class="secondary" onClick={() => exportCsv([profile.id], profile.name)}>
              {t('trainingExportPersonCsv', { name: profile.name })}
            </button>
          )}
          <button type="button" class="secondary" onClick={() => exportJson([], everyone)}>
            {t('trainingExportAllJson')}
          </button>
          <button type="button" class="secondary" onClick={() => exportCsv([], everyone)}>
            {t('trainingExportAllCsv')}
          </button>
        </div>
      </section>
    </div>
  );
});

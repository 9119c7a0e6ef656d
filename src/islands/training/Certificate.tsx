import { useT, withLocale } from '../../i18n/island';
import { NoticeBanner } from './NoticeBanner';
import { useRecords } from './use-records';
import type { TrainingData } from './types';
import { percent } from './words';

/** A printable certificate for a passed attempt stored on this device (?attempt=<id>). */
export default withLocale(function Certificate({ sets }: TrainingData) {
  const t = useT();
  const { ready, store, notice } = useRecords();
  if (!ready || !store) return <p class="note">{t('trainingRecordsLoading')}</p>;
  const id = new URLSearchParams(location.search).get('attempt');
  const attempt = store.attempts.find((a) => a.id === id && a.passed);
  const person = store.profiles.find((p) => p.id === attempt?.profile);
  const set = sets.find((s) => s.id === attempt?.set);
  if (!attempt || !person || !set) {
    return (
      <>
        <NoticeBanner notice={notice} />
        <p class="alert" role="alert">
          {t('trainingCertNotFound')}
        </p>
      </>
    );
  }
  return (
    <div class="certificate">
      <NoticeBanner notice={notice} />
      <p class="eyebrow">{t('trainingCertEyebrow')}</p>
      <h2>{t('trainingCertTitle')}</h2>
      <p class="big">
        {person.name}
        {person.staffNo && t('trainingCertStaffNo', { no: person.staffNo })}
      </p>
      <p>
        {t('trainingCertBody', {
          day: attempt.finishedAt!.slice(0, 10),
          set: set.title,
          score: percent(attempt.score ?? 0),
          mark: percent(set.passMark),
        })}
      </p>
      <p class="note">{t('trainingCertNext', { days: set.cadenceDays })}</p>
      <div class="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('trainingPrint')}
        </button>
      </div>
    </div>
  );
});

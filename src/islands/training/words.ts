// Words for what the training rules return as codes and values: one place that turns them into the reader's language
// (each function takes the t() of the page's locale, from `useT()`).
import type { Translate } from '../../i18n';
import type { CsvWords } from '../../rules/csv-export';
import type { SetStatus } from '../../rules/quiz';

/** The column titles and status words of the CSV export. */
export function csvWords(t: Translate): CsvWords {
  return {
    header: [
      t('recordsCsvName'),
      t('recordsCsvStaffNo'),
      t('recordsCsvSet'),
      t('recordsCsvStarted'),
      t('recordsCsvFinished'),
      t('recordsCsvScore'),
      t('recordsCsvPassed'),
      t('recordsCsvAnswered'),
    ],
    passed: t('recordsCsvYes'),
    failed: t('recordsCsvNo'),
    unfinished: t('recordsCsvOpen'),
  };
}

/** A set's status as the hub says it; a set never passed whose last attempt failed asks for a redo. */
export function statusText(t: Translate, s: SetStatus, lastFailed: boolean): string {
  if (s.kind === 'never' && lastFailed) return t('trainingStatusFailedLast');
  return t(`trainingStatus_${s.kind}`, s.kind === 'never' ? {} : s);
}

/** A set's status in a team report cell. */
export const shortStatus = (t: Translate, s: SetStatus): string =>
  t(`trainingShort_${s.kind}`, s.kind === 'overdue' ? s : {});

/** A share 0–1 as whole points out of 100. */
export const percent = (share: number): number => Math.round(share * 100);

/** The name of an export file of the records (without its extension). */
export const exportFileName = (t: Translate, label: string, stamp: string): string =>
  t('trainingExportFile', { label, stamp });

/** A person as listed: the name, and the staff number when there is one. */
export const personLabel = (t: Translate, p: { name: string; staffNo: string }): string =>
  p.staffNo ? `${p.name}${t('trainingStaffNo', { no: p.staffNo })}` : p.name;

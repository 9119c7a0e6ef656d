import type { DiagnosisModel } from '../../rules/diagnosis';
import type { HolidayCalendar } from '../../schemas/holidays';
import type { Locale } from '../../schemas/locales';
import type { CauseCard } from '../../schemas/island-props';

export type { CauseCard };

/** Props of the wizard island (serialisable). */
export interface WizardProps {
  model: DiagnosisModel;
  causes: Record<string, CauseCard>;
  calendar: HolidayCalendar;
  /** The page's locale (the wizard words everything in it). */
  locale?: Locale;
}

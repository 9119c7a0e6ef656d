import type { DiagnosisModel } from '../../rules/diagnosis';
import type { HolidayCalendar } from '../../schemas/holidays';

/** What the wizard shows about one cause: plain data computed at build time. */
export interface CauseCard {
  id: string;
  title: string;
  short: string;
  summary: string;
  firstSteps: string[];
  contacts: { name: string; phone?: string | undefined; verify: boolean; when: string }[];
  evidence: { name: string; where: string }[];
}

/** Props of the wizard island (serialisable). */
export interface WizardProps {
  model: DiagnosisModel;
  causes: Record<string, CauseCard>;
  calendar: HolidayCalendar;
}

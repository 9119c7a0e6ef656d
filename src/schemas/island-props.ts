// Plain serialisable shapes that build-time code (src/lib) computes and pages hand to islands as props. Types only, no
// zod: the build produces these from content that the other schemas have already validated.
import type { QuizSet } from './training';

/** What the wizard shows about one cause: plain data computed at build time by src/lib/diagnose-view.ts. */
export interface CauseCard {
  id: string;
  title: string;
  short: string;
  summary: string;
  firstSteps: string[];
  contacts: { name: string; phone?: string | undefined; verify: boolean; when: string }[];
  evidence: { name: string; where: string }[];
}

/** Build-time data every training island receives (serialisable), computed by src/lib/training.ts. */
export interface TrainingData {
  sets: QuizSet[];
  /** cause id → stage id */
  causeStage: Record<string, string>;
  /** cause id → short name */
  causeNames: Record<string, string>;
}

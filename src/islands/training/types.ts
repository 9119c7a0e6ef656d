import type { QuizSet } from '../../schemas/training';

/** Build-time data every training island receives (serialisable). */
export interface TrainingData {
  sets: QuizSet[];
  /** cause id → stage id */
  causeStage: Record<string, string>;
  /** cause id → short name */
  causeNames: Record<string, string>;
}

/** Props of the quiz runner. */
export interface QuizProps extends TrainingData {
  set: QuizSet;
  /** Ids of the questions this set may draw from (the bank itself is fetched from /training/bank.json). */
  pool: string[];
}

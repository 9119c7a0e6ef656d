import type { TrainingData } from '../../schemas/island-props';
import type { QuizSet } from '../../schemas/training';

export type { TrainingData };

/** Props of the quiz runner. */
export interface QuizProps extends TrainingData {
  set: QuizSet;
  /** Ids of the questions this set may draw from (the bank itself is fetched from /training/bank.json). */
  pool: string[];
}

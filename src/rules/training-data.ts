// Ships to the browser: the build-time data every training island receives as props (plain, serialisable).
// It sits here, not in an island, so that src/lib can build it without importing from src/islands.
import type { QuizSet } from '../schemas/training';

/** Build-time data every training island receives (serialisable). */
export interface TrainingData {
  sets: QuizSet[];
  /** cause id → stage id */
  causeStage: Record<string, string>;
  /** cause id → short name */
  causeNames: Record<string, string>;
}

// Ships to the browser: drawing, grading, scoring, due dates and spaced repetition for staff quizzes.
// Randomness and "today" are parameters, so every function is deterministic under test.
import type { QuizSet, TrainingQuestion } from '../schemas/training';
import { addDays, daysBetween, type Day } from './days';
import { shuffle, weightedSample, type Rng } from './random';

/** What the person has shown so far: error rate per cause, and question ids due for review. */
export interface LearnerState {
  causeErrorRate: Record<string, number>;
  dueReviews: string[];
}

/**
 * Draws the question ids for one attempt of a set.
 * - all_stages: at least one question from each stage first, then the rest at random.
 * - stage: only questions on causes of that stage.
 * - weak_and_due: the whole bank, weighted towards due reviews (x5) and causes the person gets wrong (up to x4).
 */
export function drawQuestions(
  bank: readonly TrainingQuestion[],
  set: QuizSet,
  causeStage: Record<string, string>,
  learner: LearnerState,
  rng: Rng,
): string[] {
  const stagesOf = (q: TrainingQuestion) => new Set(q.causes.map((c) => causeStage[c]));
  const count = Math.min(set.count, bank.length);
  if (set.draw.from === 'stage') {
    const stage = set.draw.stage;
    return shuffle(
      bank.filter((q) => stagesOf(q).has(stage)),
      rng,
    )
      .slice(0, count)
      .map((q) => q.id);
  }
  if (set.draw.from === 'weak_and_due') {
    const due = new Set(learner.dueReviews);
    const weight = (q: TrainingQuestion) => {
      const weakness = Math.max(0, ...q.causes.map((c) => learner.causeErrorRate[c] ?? 0));
      return 1 + (due.has(q.id) ? 4 : 0) + 3 * weakness;
    };
    return weightedSample(bank, weight, count, rng).map((q) => q.id);
  }
  const picked: TrainingQuestion[] = [];
  const stages = [...new Set(Object.values(causeStage))].sort();
  for (const stage of shuffle(stages, rng)) {
    if (picked.length >= count) break;
    const options = bank.filter((q) => stagesOf(q).has(stage) && !picked.includes(q));
    if (options.length) picked.push(options[Math.floor(rng() * options.length)]!);
  }
  const rest = shuffle(
    bank.filter((q) => !picked.includes(q)),
    rng,
  );
  return shuffle([...picked, ...rest.slice(0, count - picked.length)], rng).map((q) => q.id);
}

/** Every question type the quiz handles; a test checks it against the schema (see the README's checklist). */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'scenario',
  'ordering',
] as const satisfies readonly TrainingQuestion['type'][];

/**
 * For the `default` of a `switch` over question types: the compiler refuses a call here while any type is left
 * unhandled, so a new type cannot fall silently into another type's branch.
 */
export function unhandledType(q: never): never {
  throw new Error(`unhandled question type: ${JSON.stringify((q as { type?: unknown }).type)}`);
}

/** A question as shown: choices or steps in a shuffled order (ids only). */
export type Presented = { order: string[] };

/** Shuffles a question's choices (or ordering steps, by index) for display. */
export function present(q: TrainingQuestion, rng: Rng): Presented {
  switch (q.type) {
    case 'ordering':
      return {
        order: shuffle(
          q.items.map((_, i) => String(i)),
          rng,
        ),
      };
    case 'true_false':
      return { order: ['true', 'false'] };
    case 'single':
    case 'multiple':
    case 'scenario':
      return {
        order: shuffle(
          q.choices.map((c) => c.id),
          rng,
        ),
      };
    default:
      return unhandledType(q);
  }
}

/** A staff member's answer: choice ids, 'true'/'false', or the ordering as item indexes. */
export type Response = string[];

/** The grade of one answer: points in [0, 1] and whether it was fully right. */
export interface Grade {
  points: number;
  correct: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Grades one answer. Partial credit:
 * - multiple: (right choices picked − wrong choices picked) / number of right choices, never below 0;
 * - ordering: share of item pairs in the right relative order (Kendall), so one swap of neighbours loses little.
 * Everything else is all or nothing.
 */
export function grade(q: TrainingQuestion, response: Response): Grade {
  switch (q.type) {
    case 'true_false':
      return allOrNothing(response.length === 1 && response[0] === String(q.answer));
    case 'ordering':
      return gradeOrdering(q.items.length, response);
    case 'multiple':
      return gradeMultiple(q.choices, response);
    case 'single':
    case 'scenario':
      return allOrNothing(new Set(response).size === 1 && q.choices.some((c) => c.correct && c.id === response[0]));
    default:
      return unhandledType(q);
  }
}

const allOrNothing = (ok: boolean): Grade => ({ points: ok ? 1 : 0, correct: ok });

/** Share of item pairs in the right relative order (Kendall); a response that is not a permutation gets nothing. */
function gradeOrdering(items: number, response: Response): Grade {
  const positions = response.map(Number);
  if (positions.length !== items || new Set(positions).size !== positions.length) return { points: 0, correct: false };
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      pairs++;
      if (positions[i]! < positions[j]!) right++;
    }
  }
  return { points: round2(right / pairs), correct: right === pairs };
}

/** (right choices picked − wrong choices picked) / number of right choices, never below 0. */
function gradeMultiple(choices: readonly { id: string; correct: boolean }[], response: Response): Grade {
  const correctIds = new Set(choices.filter((c) => c.correct).map((c) => c.id));
  const picked = new Set(response);
  const hits = [...picked].filter((id) => correctIds.has(id)).length;
  const misses = picked.size - hits;
  const points = Math.max(0, (hits - misses) / correctIds.size);
  return { points: round2(points), correct: hits === correctIds.size && misses === 0 };
}

/** Result of an attempt: share of points, pass or fail, and the per-cause breakdown. */
export interface AttemptScore {
  score: number;
  passed: boolean;
  byCause: Record<string, { points: number; total: number }>;
}

/** Scores a finished attempt from its grades. */
export function scoreAttempt(
  questions: readonly TrainingQuestion[],
  grades: Record<string, Grade>,
  passMark: number,
): AttemptScore {
  let points = 0;
  const byCause: AttemptScore['byCause'] = {};
  for (const q of questions) {
    const p = grades[q.id]?.points ?? 0;
    points += p;
    for (const c of q.causes) {
      byCause[c] ??= { points: 0, total: 0 };
      byCause[c].points += p;
      byCause[c].total += 1;
    }
  }
  const score = questions.length ? round2(points / questions.length) : 0;
  return { score, passed: score >= passMark, byCause };
}

/** Where a person stands on a set. */
export type SetStatus =
  | { kind: 'never' }
  | { kind: 'passed'; due: Day }
  | { kind: 'due'; due: Day }
  | { kind: 'overdue'; due: Day; days: number };

/** Days after the due date before a set counts as overdue. */
export const GRACE_DAYS = 3;

/** The status of a set from its cadence and the person's last pass. */
export function statusOfSet(cadenceDays: number, lastPass: Day | undefined, today: Day): SetStatus {
  if (!lastPass) return { kind: 'never' };
  const due = addDays(lastPass, cadenceDays);
  const late = daysBetween(due, today);
  if (late < 0) return { kind: 'passed', due };
  if (late <= GRACE_DAYS) return { kind: 'due', due };
  return { kind: 'overdue', due, days: late };
}

/**
 * Spaced repetition: a Leitner scheme with five boxes. A missed question goes to box 1 and comes back tomorrow; each
 * right answer moves it up one box, and it comes back after 1, 3, 7, 14 or 30 days. Chosen over FSRS because staff
 * and managers can follow it ("missed questions come back tomorrow"), it needs no tuning data, and it is a few lines.
 */
export const LEITNER_DAYS = [1, 3, 7, 14, 30] as const;

/** A question's place in the review schedule. */
export interface ReviewCard {
  box: number;
  due: Day;
}

/** Moves a card after an answer. A card seen for the first time and answered right needs no review. */
export function review(card: ReviewCard | undefined, correct: boolean, today: Day): ReviewCard | undefined {
  if (!card && correct) return undefined;
  if (!correct) return { box: 1, due: addDays(today, LEITNER_DAYS[0]) };
  const box = Math.min(card!.box + 1, LEITNER_DAYS.length);
  return { box, due: addDays(today, LEITNER_DAYS[box - 1]!) };
}

/** Question ids whose review is due on `today`. */
export function dueReviews(cards: Record<string, ReviewCard>, today: Day): string[] {
  return Object.entries(cards)
    .filter(([, c]) => daysBetween(c.due, today) >= 0)
    .map(([id]) => id)
    .sort();
}

/** Days in a row, ending today (or yesterday, if nothing is done yet today), with at least one finished quiz. */
export function streak(days: ReadonlySet<Day>, today: Day): number {
  let n = 0;
  for (let d = days.has(today) ? today : addDays(today, -1); days.has(d); d = addDays(d, -1)) n++;
  return n;
}

import {
  confidence,
  diagnose,
  nextQuestion,
  shownCauses,
  skipSource,
  type Confidence,
  type DiagnosisModel,
  type Observations,
  type RankedCause,
} from '../rules/diagnosis';
import type { Question } from '../schemas/diagnosis';

/** One case of a test set: what a careful expert read from the story, and the causes an expert would put first. */
export interface DiagnosisCase {
  /** Case id (D01…) or scenario name. */
  id: string;
  /** Observations in vocabulary v2; a missing key or `unknown` means the story does not tell. */
  facts: Observations;
  /** The cause an expert puts first. */
  primary: string;
  /** Other causes an expert would also accept first. */
  acceptable: string[];
}

/** What the result page shows at the end of one walk. */
export interface Outcome {
  id: string;
  primary: string;
  acceptable: string[];
  /** The questions asked, in order, with the answer given. */
  asked: { question: string; value: string | number }[];
  ranked: RankedCause[];
  shown: string[];
  level: Confidence;
}

/**
 * The answer a cashier gives when the wizard asks `question` about this case: the case's value when it is one of
 * the options, the range an hour count falls into, otherwise 不知道.
 */
export function cashierAnswer(question: Question, facts: Observations): string | number {
  const fact = facts[question.id];
  if (fact === undefined || fact === 'unknown') return 'unknown';
  if (question.kind === 'hours') {
    if (typeof fact !== 'number') return 'unknown';
    const bucket = question.options.filter((o) => o.hours !== undefined && o.hours <= fact).at(-1);
    return bucket?.hours ?? 'unknown';
  }
  return question.options.some((o) => o.value === fact && o.value !== 'unknown') ? String(fact) : 'unknown';
}

/**
 * Plays the wizard as a cashier would: start with no answers, answer each question it asks from the case, until it
 * stops. `withoutApp`: the cashier has no merchant app and taps “手边没有商户 App” at the first app question, and
 * knows only what the till shows.
 */
export function walkCase(model: DiagnosisModel, c: DiagnosisCase, { withoutApp = false } = {}): Outcome {
  let observations: Observations = {};
  const asked: Outcome['asked'] = [];
  const facts = withoutApp
    ? Object.fromEntries(
        Object.entries(c.facts).filter(([k]) => model.questions.find((q) => q.id === k)?.cost === 'till'),
      )
    : c.facts;
  for (let step = 0; step <= model.questions.length; step++) {
    const { question } = nextQuestion(model, observations);
    if (!question) break;
    if (withoutApp && question.cost === 'app') {
      asked.push({ question: question.id, value: 'no_app' });
      observations = skipSource(model, observations, question.id);
      continue;
    }
    const value = cashierAnswer(question, facts);
    asked.push({ question: question.id, value });
    observations = { ...observations, [question.id]: value };
  }
  return outcome(model, c, observations, asked);
}

/** What the result page shows when every fact of the case is entered at once (the ranking alone, no wizard). */
export function allAtOnce(model: DiagnosisModel, c: DiagnosisCase): Outcome {
  const observations: Observations = {};
  for (const q of model.questions) observations[q.id] = cashierAnswer(q, c.facts);
  return outcome(model, c, observations, []);
}

function outcome(
  model: DiagnosisModel,
  c: DiagnosisCase,
  observations: Observations,
  asked: Outcome['asked'],
): Outcome {
  const ranked = diagnose(model, observations);
  return {
    id: c.id,
    primary: c.primary,
    acceptable: c.acceptable,
    asked,
    ranked,
    shown: shownCauses(ranked).map((r) => r.cause),
    level: confidence(model, observations, ranked),
  };
}

/** The figures the targets are set on. */
export interface Score {
  cases: number;
  /** Share of cases whose primary cause is shown first. */
  first: number;
  /** Share of cases whose primary cause is among the causes shown. */
  shown: number;
  /** Cases that ended in 很可能是 a cause that is neither the primary nor an acceptable one. */
  wrongLikely: Outcome[];
  /** Questions asked, mean and max (0 for all-at-once). */
  meanQuestions: number;
  maxQuestions: number;
  /** Cases whose first cause is not the primary. */
  misses: Outcome[];
  /** (primary → shown first) pairs among the misses, most frequent first. */
  confusions: { primary: string; got: string; count: number }[];
}

/** Scores a list of outcomes. */
export function score(outcomes: Outcome[]): Score {
  const n = outcomes.length || 1;
  const misses = outcomes.filter((o) => o.shown[0] !== o.primary);
  const pairs = new Map<string, number>();
  for (const m of misses) pairs.set(`${m.primary}→${m.shown[0]}`, (pairs.get(`${m.primary}→${m.shown[0]}`) ?? 0) + 1);
  return {
    cases: outcomes.length,
    first: (outcomes.length - misses.length) / n,
    shown: outcomes.filter((o) => o.shown.includes(o.primary)).length / n,
    wrongLikely: outcomes.filter(
      (o) => o.level === 'likely' && o.shown[0] !== o.primary && !o.acceptable.includes(o.shown[0]!),
    ),
    meanQuestions: outcomes.reduce((s, o) => s + o.asked.length, 0) / n,
    maxQuestions: Math.max(0, ...outcomes.map((o) => o.asked.length)),
    misses,
    confusions: [...pairs]
      .map(([k, count]) => ({ primary: k.split('→')[0]!, got: k.split('→')[1]!, count }))
      .sort((a, b) => b.count - a.count),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The report an editor reads after changing a weight: figures per set, confused pairs, and each miss with its reasons. */
export function formatReport(model: DiagnosisModel, sets: { title: string; score: Score; details: boolean }[]): string {
  const lines: string[] = [];
  for (const { title, score: s, details } of sets) {
    lines.push(`\n## ${title}：${s.cases} 个`);
    lines.push(
      `  排第一 ${pct(s.first)}　结果页列出 ${pct(s.shown)}　错误的“很可能是” ${s.wrongLikely.length} 个　提问 平均 ${s.meanQuestions.toFixed(2)} 最多 ${s.maxQuestions}`,
    );
    if (s.wrongLikely.length)
      lines.push(`  错误的“很可能是”：${s.wrongLikely.map((o) => `${o.id}→${o.shown[0]}`).join('，')}`);
    if (s.confusions.length)
      lines.push(
        `  最常混淆（应为 → 排第一）：${s.confusions
          .slice(0, 8)
          .map((c) => `${c.primary}→${c.got} ×${c.count}`)
          .join('；')}`,
      );
    if (!details) continue;
    for (const m of s.misses) {
      const rank = m.ranked.findIndex((r) => r.cause === m.primary);
      lines.push(
        `\n  ✗ ${m.id}：应为 ${m.primary}${m.acceptable.length ? `（也可 ${m.acceptable.join('、')}）` : ''}，排第 ${rank + 1}；结果页 [${m.shown.join('、')}]，${m.level}`,
      );
      lines.push(`    问答：${m.asked.map((a) => `${a.question}=${a.value}`).join(' · ') || '（一次给出）'}`);
      for (const id of new Set([m.ranked[0]!.cause, m.primary])) {
        const r = m.ranked.find((x) => x.cause === id)!;
        const prior = model.causes.find((c) => c.id === id)!.prior;
        const reasons = r.reasons.map(
          (x) => `${x.weight > 0 ? '+' : ''}${x.weight} ${x.answers.map((a) => `${a.question}=${a.value}`).join('&')}`,
        );
        lines.push(
          `    ${id} ${r.score.toFixed(1)}（${pct(r.probability)}）：先验 ${prior}；${reasons.join('；') || '无'}`,
        );
      }
    }
  }
  return lines.join('\n');
}

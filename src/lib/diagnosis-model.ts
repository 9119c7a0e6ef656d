import type { CauseRules, Question } from '../schemas/diagnosis';
import type { DiagnosisModel } from '../rules/diagnosis';
import { SETTLEMENT_MODES } from '../rules/settlement';

/** Version of the published model format; bump when a field changes meaning. */
export const MODEL_FORMAT = 2;

/** Returns every mistake in the diagnosis data as "file: field: problem"; an empty list means it is consistent. */
export function checkDiagnosis(
  questions: Question[],
  rules: CauseRules[],
  causeIds: readonly string[],
  files = { questions: 'content/diagnosis/questions.yaml', rules: 'content/diagnosis/rules.yaml' },
): string[] {
  const problems: string[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const codes = new Map<string, string>();
  for (const q of questions) {
    const other = codes.get(q.code);
    if (other) problems.push(`${files.questions}: ${q.id}.code: “${q.code}” 已被 ${other} 使用`);
    codes.set(q.code, q.id);
  }
  for (const cause of rules) {
    cause.evidence.forEach((rule, i) => {
      for (const [key, condition] of Object.entries(rule.when)) {
        const field = `${cause.id}.evidence[${i}].when.${key}`;
        const question = byId.get(key);
        if (!question) {
          problems.push(`${files.rules}: ${field}: 没有这个问题`);
          continue;
        }
        const isRange = typeof condition === 'object' && !Array.isArray(condition);
        if (isRange !== (question.kind === 'hours')) {
          problems.push(
            `${files.rules}: ${field}: ${question.kind === 'hours' ? '时长问题要用 gte/lt 条件' : '选择题不能用 gte/lt 条件'}`,
          );
          continue;
        }
        if (isRange) continue;
        const values = typeof condition === 'string' ? [condition] : condition;
        for (const v of values) {
          if (v === 'unknown') problems.push(`${files.rules}: ${field}: 不能以“不知道”为条件`);
          else if (!question.options.some((o) => o.value === v))
            problems.push(`${files.rules}: ${field}: 问题没有选项 “${v}”`);
        }
      }
    });
  }
  const firsts = questions.filter((q) => q.first).map((q) => q.id);
  if (firsts.length > 1)
    problems.push(`${files.questions}: first: 只能有一个问题写 first: true（现在有 ${firsts.join('、')}）`);
  for (const cause of rules) {
    cause.rule_out.forEach((r, i) => {
      const field = `${cause.id}.rule_out[${i}]`;
      if (!byId.has(r.question))
        problems.push(`${files.rules}: ${field}.question: 没有问题 “${r.question}”，请写 questions.yaml 里的 id`);
      if (!causeIds.includes(r.look_alike))
        problems.push(`${files.rules}: ${field}.look_alike: 没有原因 “${r.look_alike}”，请写一个原因 id`);
      else if (r.look_alike === cause.id) problems.push(`${files.rules}: ${field}.look_alike: 不能是这个原因自己`);
    });
  }
  problems.push(...checkSettlementModes(byId.get('settlement_mode'), files.questions));
  const ruled = new Set<string>(rules.map((r) => r.id));
  for (const id of causeIds) if (!ruled.has(id)) problems.push(`${files.rules}: 缺少原因 “${id}” 的规则`);
  return problems;
}

/** The settlement_mode question's options must be modes the settlement rules know (or 'unknown'). */
function checkSettlementModes(question: Question | undefined, file: string): string[] {
  if (!question) return [];
  const known: readonly string[] = SETTLEMENT_MODES;
  return question.options.flatMap((o, i) =>
    o.value === 'unknown' || known.includes(o.value)
      ? []
      : [
          `${file}: settlement_mode.options[${i}].value: “${o.value}” 不是已知的结算方式（${known.join('、')}）；` +
            `新增结算方式要先在 src/rules/settlement.ts 的 SETTLEMENT_MODES 里加上它，并写好到账规则`,
        ],
  );
}

/** Builds the published model from validated data; `names` gives each cause's short name. */
export function buildDiagnosisModel(
  questions: Question[],
  rules: CauseRules[],
  names: Record<string, string>,
  version: string,
): DiagnosisModel {
  return {
    version,
    questions,
    causes: rules.map((r) => ({
      id: r.id,
      name: names[r.id] ?? r.id,
      prior: r.prior,
      evidence: r.evidence,
      ruleOut: r.rule_out.map((x) => ({ question: x.question, lookAlike: x.look_alike })),
    })),
  };
}

/**
 * The wizard link for a cause page: `?pb=<value>` pre-answers the first question (what the person noticed) with the
 * value that points most strongly to this cause in the rules, or '' when no value does.
 */
export function wizardLinkFor(model: DiagnosisModel, causeId: string): string {
  const first = model.questions.find((q) => q.first);
  const cause = model.causes.find((c) => c.id === causeId);
  if (!first || !cause) return '';
  let best = { value: '', weight: 0 };
  for (const rule of cause.evidence) {
    const condition = rule.when[first.id];
    if (Object.keys(rule.when).length !== 1 || typeof condition !== 'string' || rule.weight <= best.weight) continue;
    best = { value: condition, weight: rule.weight };
  }
  return best.value ? `?${first.code}=${best.value}` : '';
}

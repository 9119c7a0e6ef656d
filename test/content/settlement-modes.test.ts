import { describe, expect, it } from 'vitest';
import { checkDiagnosis } from '../../src/lib/diagnosis-model';
import { SETTLEMENT_MODES } from '../../src/rules/settlement';
import { CAUSE_IDS } from '../../src/schemas/common';
import { loadDiagnosis } from './load-content';

const { questions, rules } = loadDiagnosis();
const data = questions.map((q) => q.data);

describe('the settlement_mode question', () => {
  it('offers exactly the modes the settlement rules know, plus 不知道', () => {
    const options = data.find((q) => q.id === 'settlement_mode')!.options.map((o) => o.value);
    expect(options).toEqual([...SETTLEMENT_MODES, 'unknown']);
  });

  it('fails the build with the file, the field and the fix when an option is added that the rules do not know', () => {
    const withWeekly = data.map((q) =>
      q.id === 'settlement_mode' ? { ...q, options: [...q.options, { value: 'T7', label: '每周结算' }] } : q,
    );
    const problems = checkDiagnosis(
      withWeekly,
      rules.map((r) => r.data),
      CAUSE_IDS,
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/diagnosis/questions.yaml: settlement_mode.options[5].value: “T7” 不是已知的结算方式（T1、D1、D0、instant_wallet）；新增结算方式要先在 src/rules/settlement.ts 的 SETTLEMENT_MODES 里加上它，并写好到账规则",
      ]
    `);
  });
});

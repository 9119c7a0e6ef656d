import { describe, expect, it } from 'vitest';
import { commonCauses, diagnoseLink, glossarySynonyms } from '../../../src/lib/search-data';
import type { DiagnosisModel } from '../../../src/rules/diagnosis';

const cause = (id: string, prior: number) => ({ id, name: id, prior, evidence: [], ruleOut: [] });
const model = (questions: DiagnosisModel['questions']): DiagnosisModel => ({
  version: '1',
  questions,
  causes: [
    cause('judicial_freeze', -2),
    cause('settlement_not_due', 0),
    cause('fee_deduction', 0),
    cause('txn_pending_unknown', 0),
    cause('refund_issued', -0.8),
  ],
});

describe('commonCauses', () => {
  it('lists the most common causes first, ties in model order, never a fee or limit cause', () => {
    expect(commonCauses(model([]), 3)).toEqual(['settlement_not_due', 'txn_pending_unknown', 'refund_issued']);
  });
});

describe('diagnoseLink', () => {
  it('pre-answers the problem when the wizard has a problem question with that option', () => {
    const problem = {
      id: 'problem',
      code: 'pb',
      options: [{ value: 'not_arrived' }, { value: 'unknown' }],
    } as unknown as DiagnosisModel['questions'][number];
    expect(diagnoseLink(model([problem]), 'not_arrived')).toBe('/diagnose/?pb=not_arrived');
  });

  it('links the plain wizard when it cannot take the problem (it refuses unknown questions in a link)', () => {
    expect(diagnoseLink(model([]), 'not_arrived')).toBe('/diagnose/');
  });
});

describe('glossarySynonyms', () => {
  it('turns a term and its aliases into a synonym group, dropping the bracketed note and one-letter aliases', () => {
    expect(
      glossarySynonyms([
        { term: '付款码支付（被扫）', aliases: ['B扫C', '被扫', '码'] },
        { term: '冲正', aliases: [] },
      ]),
    ).toEqual([{ term: '付款码支付', words: ['B扫C', '被扫'] }]);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { answerWords, linkProblemText, reasonWords } from '../../../src/i18n/diagnosis-words';
import { diagnose } from '../../../src/rules/diagnosis';
import { realModel } from '../../content/diagnosis-model';
import { model as fixture } from '../rules/diagnosis-fixture';

const t = translator('zh-CN');
const model = realModel();

describe('diagnosis words', () => {
  it('words a reason for and against a cause as the wizard always has', () => {
    const asked = model.questions.find((q) => q.kind !== 'hours')!;
    const value = asked.options[0]!.value;
    expect(reasonWords(t, model, { answers: [{ question: asked.id, value }], weight: -1.5 })).toBe(
      `不太像，因为你“${asked.text}”选了“${asked.options[0]!.label}”`,
    );
    expect(reasonWords(t, model, { answers: [{ question: asked.id, value }], weight: 2 })).toBe(
      `因为你“${asked.text}”选了“${asked.options[0]!.label}”`,
    );
  });

  it('says why a cause was raised or lowered', () => {
    const [tampered] = diagnose(fixture, { sticker_altered: 'yes' });
    expect(reasonWords(t, fixture, tampered!.reasons[0]!)).toBe('因为你“收款码像被贴过吗？”选了“是”');
    expect(reasonWords(t, fixture, { answers: [{ question: 'hours', value: 60 }], weight: -2 })).toBe(
      '不太像，因为你“付款后过了多久？”选了“超过 2 天”',
    );
  });

  it('gives hours between two choices as “约 n 小时” only below the first choice', () => {
    const hours = model.questions.find((q) => q.kind === 'hours')!;
    const first = Math.min(...hours.options.flatMap((o) => (o.hours === undefined ? [] : [o.hours])));
    if (first > 0) expect(answerWords(t, model, hours.id, first / 2)).toBe(`约 ${first / 2} 小时`);
    expect(answerWords(t, model, hours.id, first)).toBe(hours.options.find((o) => o.hours === first)!.label);
  });

  it.each([
    [{ code: 'too_long' }, '链接太长，不是本站生成的排查链接。'],
    [{ code: 'unknown_question', question: 'zz' }, '链接里有无法识别的问题（zz）。'],
    [{ code: 'bad_hours' }, '链接里的“付款后过了多久”不是有效的时间。'],
  ] as const)('says why the link %o could not be read', (problem, words) => {
    expect(linkProblemText(t, model, problem)).toBe(words);
  });
});

import { t } from '../i18n';
import { unhandledType } from '../rules/quiz';
import type { TrainingQuestion } from '../schemas/training';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// GIFT reserves ~ = # { } : and the backslash; escape them with a backslash.
const gift = (s: string) => s.replace(/([~=#{}:\\])/g, '\\$1').replace(/\n/g, ' ');

const stem = (q: TrainingQuestion) => (q.type === 'scenario' ? `${q.situation}\n${q.prompt}` : q.prompt);

/** The bank as Moodle XML (single/scenario/multiple → multichoice, true_false → truefalse, ordering → ordering). */
export function toMoodleXml(bank: TrainingQuestion[], category: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    `  <question type="category"><category><text>$course$/${xml(category)}</text></category></question>`,
  ];
  for (const q of bank) {
    const head = `    <name><text>${xml(q.id)}</text></name>\n    <questiontext format="plain_text"><text>${xml(stem(q))}</text></questiontext>\n    <generalfeedback format="plain_text"><text>${xml(q.explanation)}</text></generalfeedback>\n    <defaultgrade>1</defaultgrade>`;
    if (q.type === 'true_false') {
      out.push(
        `  <question type="truefalse">\n${head}\n    <answer fraction="${q.answer ? 100 : 0}"><text>true</text></answer>\n    <answer fraction="${q.answer ? 0 : 100}"><text>false</text></answer>\n  </question>`,
      );
    } else if (q.type === 'ordering') {
      out.push(
        `  <question type="ordering">\n${head}\n    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <gradingtype>RELATIVETOCORRECT</gradingtype>\n${q.items.map((item, i) => `    <answer fraction="${i + 1}" format="plain_text"><text>${xml(item)}</text></answer>`).join('\n')}\n  </question>`,
      );
    } else if (q.type === 'single' || q.type === 'multiple' || q.type === 'scenario') {
      const rightCount = q.choices.filter((c) => c.correct).length;
      const single = q.type !== 'multiple';
      const wrongCount = q.choices.length - rightCount;
      const fraction = (ok: boolean) =>
        single ? (ok ? 100 : 0) : ok ? +(100 / rightCount).toFixed(5) : -+(100 / wrongCount).toFixed(5);
      out.push(
        `  <question type="multichoice">\n${head}\n    <single>${single}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n${q.choices.map((c) => `    <answer fraction="${fraction(c.correct)}" format="plain_text"><text>${xml(c.text)}</text></answer>`).join('\n')}\n  </question>`,
      );
    } else unhandledType(q);
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

/** The bank in GIFT format (ordering questions become matching: step → position). */
export function toGift(bank: TrainingQuestion[], category: string): string {
  const out = [`$CATEGORY: ${category}`, ''];
  for (const q of bank) {
    const title = `::${gift(q.id)}::`;
    const text = gift(stem(q));
    const feedback = `####${gift(q.explanation)}`;
    if (q.type === 'true_false') out.push(`${title}${text} {${q.answer ? 'T' : 'F'}${feedback}}`);
    else if (q.type === 'ordering')
      out.push(
        `${title}${text}${t('trainingOrderingGift')} {\n${q.items.map((item, i) => `  =${gift(item)} -> ${i + 1}`).join('\n')}\n}`,
      );
    else if (q.type === 'multiple') {
      const right = q.choices.filter((c) => c.correct).length;
      const wrong = q.choices.length - right;
      const pct = (ok: boolean) => (ok ? `%${+(100 / right).toFixed(5)}%` : `%-${+(100 / wrong).toFixed(5)}%`);
      out.push(
        `${title}${text} {\n${q.choices.map((c) => `  ~${pct(c.correct)}${gift(c.text)}`).join('\n')}\n  ${feedback}\n}`,
      );
    } else if (q.type === 'single' || q.type === 'scenario')
      out.push(
        `${title}${text} {\n${q.choices.map((c) => `  ${c.correct ? '=' : '~'}${gift(c.text)}`).join('\n')}\n  ${feedback}\n}`,
      );
    else unhandledType(q);
    out.push('');
  }
  return out.join('\n');
}

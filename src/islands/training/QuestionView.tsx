import { useEffect, useRef, useState } from 'preact/hooks';
import type { Response } from '../../rules/quiz';
import type { TrainingQuestion } from '../../schemas/training';

interface Props {
  question: TrainingQuestion;
  order: string[];
  number: number;
  total: number;
  locked: Response | null;
  onSubmit: (response: Response) => void;
}

const TYPE_LABEL = {
  single: '单选',
  multiple: '多选（可选多个）',
  true_false: '判断',
  scenario: '情景题',
  ordering: '排序（把步骤排成正确顺序）',
};

/** One question: radios, checkboxes or an ordering list with 上移/下移 buttons; keyboard and touch friendly. */
export function QuestionView({ question: q, order, number, total, locked, onSubmit }: Props) {
  const [picked, setPicked] = useState<string[]>(locked ?? (q.type === 'ordering' ? order : []));
  const heading = useRef<HTMLHeadingElement>(null);
  // Mounted anew for each question (key = question id), so a choice made while it appears is never reset.
  useEffect(() => heading.current?.focus(), []);
  const name = `answer-${q.id}`;
  const move = (i: number, by: number) => {
    const next = [...picked];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setPicked(next);
  };
  const labelOf = (id: string) =>
    q.type === 'true_false'
      ? id === 'true'
        ? '对'
        : '错'
      : q.type === 'ordering'
        ? q.items[Number(id)]!
        : q.choices.find((c) => c.id === id)!.text;
  const multiple = q.type === 'multiple';
  const ready = q.type === 'ordering' || picked.length > 0;

  return (
    <form
      class="quiz-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && !locked) onSubmit(picked);
      }}
    >
      <p class="eyebrow">
        第 {number} / {total} 题 · {TYPE_LABEL[q.type]}
      </p>
      <progress max={total} value={number - 1} aria-label={`已完成 ${number - 1} 题，共 ${total} 题`} />
      {q.type === 'scenario' && <p class="situation">{q.situation}</p>}
      <h2 id="quiz-prompt" tabIndex={-1} ref={heading}>
        {q.prompt}
      </h2>
      {q.type === 'ordering' ? (
        <ol class="ordering" aria-labelledby="quiz-prompt">
          {picked.map((id, i) => (
            <li>
              <span>{labelOf(id)}</span>
              <span class="order-buttons">
                <button
                  type="button"
                  class="secondary"
                  disabled={!!locked || i === 0}
                  aria-label={`上移：${labelOf(id)}`}
                  onClick={() => move(i, -1)}
                >
                  上移
                </button>
                <button
                  type="button"
                  class="secondary"
                  disabled={!!locked || i === picked.length - 1}
                  aria-label={`下移：${labelOf(id)}`}
                  onClick={() => move(i, 1)}
                >
                  下移
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <fieldset class="choices" disabled={!!locked}>
          <legend class="visually-hidden">{q.prompt}</legend>
          {order.map((id) => (
            <label class="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={id}
                checked={(locked ?? picked).includes(id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setPicked(multiple ? (on ? [...picked, id] : picked.filter((x) => x !== id)) : [id]);
                }}
              />
              <span>{labelOf(id)}</span>
              {locked && <ChoiceMark question={q} id={id} picked={locked.includes(id)} />}
            </label>
          ))}
        </fieldset>
      )}
      {!locked && (
        <div class="actions">
          <button type="submit" disabled={!ready}>
            确定
          </button>
        </div>
      )}
    </form>
  );
}

/** After answering: marks the right choices, and the wrong ones that were picked, in words (not by colour alone). */
function ChoiceMark({ question: q, id, picked }: { question: TrainingQuestion; id: string; picked: boolean }) {
  const right =
    q.type === 'true_false'
      ? String(q.answer) === id
      : q.type === 'ordering'
        ? false
        : q.choices.some((c) => c.id === id && c.correct);
  if (right)
    return (
      <span class="mark mark-right">
        {picked ? '✓ 选对了' : q.type === 'multiple' ? '✓ 正确答案，漏选了' : '✓ 正确答案'}
      </span>
    );
  return picked ? <span class="mark mark-wrong">✗ 这项不对</span> : null;
}

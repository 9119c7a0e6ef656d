import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/island';
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

/** One question: radios, checkboxes or an ordering list with move up/down buttons; keyboard and touch friendly. */
export function QuestionView({ question: q, order, number, total, locked, onSubmit }: Props) {
  const t = useT();
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
      ? t(id === 'true' ? 'quizTrue' : 'quizFalse')
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
      <p class="eyebrow">{t('quizProgress', { number, total, type: t(`quizType_${q.type}`) })}</p>
      <progress max={total} value={number - 1} aria-label={t('quizProgressLabel', { done: number - 1, total })} />
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
                  aria-label={t('quizMoveUpLabel', { item: labelOf(id) })}
                  onClick={() => move(i, -1)}
                >
                  {t('quizMoveUp')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  disabled={!!locked || i === picked.length - 1}
                  aria-label={t('quizMoveDownLabel', { item: labelOf(id) })}
                  onClick={() => move(i, 1)}
                >
                  {t('quizMoveDown')}
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
            {t('quizSubmit')}
          </button>
        </div>
      )}
    </form>
  );
}

/** After answering: marks the right choices, and the wrong ones that were picked, in words (not by colour alone). */
function ChoiceMark({ question: q, id, picked }: { question: TrainingQuestion; id: string; picked: boolean }) {
  const t = useT();
  const right =
    q.type === 'true_false'
      ? String(q.answer) === id
      : q.type === 'ordering'
        ? false
        : q.choices.some((c) => c.id === id && c.correct);
  if (right)
    return (
      <span class="mark mark-right">
        {t(picked ? 'quizMarkPicked' : q.type === 'multiple' ? 'quizMarkMissed' : 'quizMarkRight')}
      </span>
    );
  return picked ? <span class="mark mark-wrong">{t('quizMarkWrong')}</span> : null;
}

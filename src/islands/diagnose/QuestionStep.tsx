import { useEffect, useRef } from 'preact/hooks';
import type { Question } from '../../schemas/diagnosis';

interface Props {
  question: Question;
  number: number;
  onAnswer: (value: string) => void;
}

/** One question with a large button per answer; the heading takes focus so keyboard and screen-reader users follow. */
export function QuestionStep({ question, number, onAnswer }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question.id]);
  return (
    <section class="step" aria-labelledby="step-title">
      <p class="eyebrow">第 {number} 题</p>
      <h2 id="step-title" tabIndex={-1} ref={heading}>
        {question.text}
      </h2>
      <p class="note">{question.help}</p>
      <div class="answers" role="group" aria-labelledby="step-title">
        {question.options.map((o) => (
          <button type="button" class={o.value === 'unknown' ? 'answer answer-unknown' : 'answer'} onClick={() => onAnswer(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </section>
  );
}

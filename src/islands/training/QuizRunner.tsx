import { useEffect, useState } from 'preact/hooks';
import { scoreAttempt } from '../../rules/quiz';
import { NoticeBanner } from './NoticeBanner';
import { ProfilePicker } from './ProfilePicker';
import { QuestionView } from './QuestionView';
import { addProfile, newId } from './profile-actions';
import { dropMissingQuestions, finishAttempt, openAttempt, recordAnswer, startAttempt } from './quiz-actions';
import type { TrainingQuestion } from '../../schemas/training';
import type { QuizProps } from './types';
import { useRecords } from './use-records';

/** Loads the question bank (one cached file for every set), then runs the set. */
export default function QuizRunner(props: QuizProps) {
  const [bank, setBank] = useState<TrainingQuestion[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const pool = new Set(props.pool);
    fetch('/training/bank.json')
      .then((r) => (r.ok ? (r.json() as Promise<TrainingQuestion[]>) : Promise.reject(new Error(String(r.status)))))
      .then((all) => setBank(all.filter((q) => pool.has(q.id))))
      .catch(() => setError('题库没能加载。请联网后刷新本页；打开过一次后，没有网络也能答题。'));
  }, []);
  if (error)
    return (
      <p class="alert" role="alert">
        {error}
      </p>
    );
  if (!bank) return <p class="note">正在读取题库…</p>;
  return <QuizSession {...props} bank={bank} />;
}

/** Runs one quiz set: one question per screen, saved after every answer, resumed after a reload. */
function QuizSession({ set, bank, causeStage, causeNames }: QuizProps & { bank: TrainingQuestion[] }) {
  const { ready, store, notice, readOnly, profile, change, pick } = useRecords();
  const [feedbackFor, setFeedbackFor] = useState<string | null>(null);
  // The question on screen: when another tab answers it first, this tab shows that answer instead of jumping ahead.
  const [onScreen, setOnScreen] = useState<string | null>(null);
  const [resultId, setResultId] = useState<string | null>(null);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const attempt = store && profile ? openAttempt(store, profile.id, set.id) : undefined;
  const missing = attempt ? attempt.questions.filter((id) => !byId.has(id)).length : 0;
  const pending = attempt?.questions.find((id) => byId.has(id) && !Object.hasOwn(attempt.answers, id));
  const answeredElsewhere =
    !feedbackFor &&
    !!onScreen &&
    onScreen !== pending &&
    set.feedback === 'immediate' &&
    !!attempt &&
    Object.hasOwn(attempt.answers, onScreen);

  useEffect(() => {
    // The printed sample is the no-JavaScript version of this page; the runner replaces it.
    document.querySelector<HTMLElement>('[data-static-quiz]')?.setAttribute('hidden', '');
  }, []);
  useEffect(() => {
    // The bank was updated while this attempt was open: go on without the questions it no longer has.
    if (attempt && missing > 0 && !readOnly) void change(dropMissingQuestions(attempt.id, new Set(byId.keys())));
  }, [attempt?.id, missing]);
  useEffect(() => {
    if (!feedbackFor && !answeredElsewhere && pending !== onScreen) setOnScreen(pending ?? null);
  });
  useEffect(() => {
    if (attempt && !pending && !feedbackFor && !answeredElsewhere && missing === 0 && !readOnly) {
      change(finishAttempt(attempt.id, bank, set.passMark));
      setResultId(attempt.id);
    }
  }, [attempt?.id, pending, feedbackFor, answeredElsewhere]);

  if (!ready || !store) return <p class="note">正在读取本机的培训记录…</p>;
  const banner = <NoticeBanner notice={notice} store={store} change={change} />;
  const create = (name: string, no: string) => {
    const id = newId('p');
    void change(addProfile(id, name, no, new Date().toISOString())).then(() => pick(id));
  };
  if (!profile) {
    return (
      <>
        {banner}
        <ProfilePicker store={store} active={null} onPick={pick} onCreate={create} disabled={readOnly} />
      </>
    );
  }

  const result = resultId ? store.attempts.find((a) => a.id === resultId && a.finishedAt) : undefined;
  if (result && !attempt) {
    const qs = result.questions.map((id) => byId.get(id)).filter((q) => q !== undefined);
    const scored = scoreAttempt(qs, result.answers, set.passMark);
    const missed = qs.filter((q) => !(Object.hasOwn(result.answers, q.id) && result.answers[q.id]!.correct));
    const isRetry = result.set !== set.id;
    return (
      <section class="quiz-result" aria-labelledby="result-title">
        {banner}
        <h2 id="result-title" tabIndex={-1}>
          {isRetry ? '错题重做完成' : scored.passed ? '通过了！' : '这次没通过'}：{Math.round(scored.score * 100)} 分
        </h2>
        <p>
          {isRetry
            ? '答错的题会按复习计划再出现。'
            : `及格线 ${Math.round(set.passMark * 100)} 分。结果已保存在这台设备上。`}
        </p>
        <div class="actions">
          {missed.length > 0 && (
            <button
              type="button"
              onClick={() => {
                setResultId(null);
                change(
                  startAttempt(
                    bank,
                    set,
                    causeStage,
                    profile.id,
                    missed.map((q) => q.id),
                  ),
                );
              }}
            >
              重做错题
            </button>
          )}
          <button type="button" class="secondary" onClick={() => setResultId(null)}>
            再做一次
          </button>
          {scored.passed && !isRetry && (
            <a class="button secondary" href={`/training/certificate/?attempt=${result.id}`}>
              打印合格证明
            </a>
          )}
          <a class="button secondary" href="/training/">
            回到培训首页
          </a>
        </div>
        <h3>各原因得分</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">原因</th>
              <th scope="col">得分</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(scored.byCause).map(([cause, r]) => (
              <tr>
                <th scope="row">
                  <a href={`/causes/${cause}/`}>{causeNames[cause] ?? cause}</a>
                </th>
                <td>{Math.round((r.points / r.total) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        {missed.length > 0 && (
          <>
            <h3>答错的题</h3>
            <ol>
              {missed.map((q) => (
                <li>
                  {q.type === 'scenario' && <p class="situation">{q.situation}</p>}
                  <strong>{q.prompt}</strong>
                  <br />
                  {q.explanation} <a href={q.link}>看文章</a>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    );
  }

  if (!attempt) {
    return (
      <section aria-labelledby="start-title">
        {banner}
        <h2 id="start-title">{profile.name}，准备好了吗？</h2>
        <p>
          共 {set.count} 题，{Math.round(set.passMark * 100)} 分及格，
          {set.feedback === 'immediate' ? '每题答完马上看解析' : '全部答完再看解析'}
          。答到一半关掉页面也没关系，下次会从断点继续。
        </p>
        <div class="actions">
          <button
            type="button"
            disabled={readOnly}
            onClick={() => change(startAttempt(bank, set, causeStage, profile.id))}
          >
            开始答题
          </button>
          <button type="button" class="secondary" onClick={() => pick(null)}>
            换人
          </button>
        </div>
      </section>
    );
  }

  const finish = () => {
    change(finishAttempt(attempt.id, bank, set.passMark));
    setResultId(attempt.id);
  };
  const shownId = feedbackFor ?? (answeredElsewhere ? onScreen : pending);
  const q = shownId ? byId.get(shownId) : undefined;
  if (!q)
    return (
      <>
        {banner}
        <p class="note">{missing > 0 ? '题库已更新，正在跳过已下线的题…' : '正在计算结果…'}</p>
      </>
    );
  const last = attempt.questions.every((id) => id === q.id || Object.hasOwn(attempt.answers, id));
  const answered = Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
  return (
    <section aria-label="答题">
      {banner}
      <QuestionView
        key={q.id}
        question={q}
        order={attempt.orders[q.id] ?? []}
        number={attempt.questions.indexOf(q.id) + 1}
        total={attempt.questions.length}
        locked={answered?.response ?? null}
        onSubmit={(response) => {
          if (readOnly) return;
          change(recordAnswer(attempt.id, q, response));
          if (set.feedback === 'immediate') setFeedbackFor(q.id);
          else if (last) finish();
        }}
      />
      {(feedbackFor || answeredElsewhere) && answered && (
        <div class={answered.correct ? 'feedback feedback-right' : 'feedback feedback-wrong'} role="status">
          {answeredElsewhere && <p>这道题已经在另一个窗口答过了，以先提交的答案为准。</p>}
          <p>
            <strong>
              {answered.correct
                ? '答对了。'
                : answered.points > 0
                  ? `部分正确（${Math.round(answered.points * 100)}%）。`
                  : '答错了。'}
            </strong>
            {q.explanation}
          </p>
          <p>
            <a href={q.link}>看文章里的这一节</a>
          </p>
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                setFeedbackFor(null);
                setOnScreen(null);
                if (!pending) finish();
              }}
            >
              {pending ? '下一题' : '看结果'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

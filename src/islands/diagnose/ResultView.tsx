import { useEffect, useRef, useState } from 'preact/hooks';
import {
  confidence,
  openRuleOuts,
  settlingQuestion,
  shownCauses,
  tiedWithTop,
  type DiagnosisModel,
  type Observations,
  type RankedCause,
} from '../../rules/diagnosis';
import { EMPTY_DETAILS, composeMessage, reasonText, validateDetails, type TxnDetails } from '../../rules/report';
import { isSettlementMode, settlementStatus } from '../../rules/settlement';
import type { HolidayCalendar } from '../../schemas/holidays';
import { DetailsForm } from './DetailsForm';
import { QrCode } from './QrCode';
import type { CauseCard } from './types';

interface Props {
  model: DiagnosisModel;
  observations: Observations;
  ranked: RankedCause[];
  causes: Record<string, CauseCard>;
  calendar: HolidayCalendar;
  shareUrl: string;
}

const HEADLINE = { likely: '很可能是', possible: '可能是', unclear: '还不能确定，最可能的是' } as const;
const CERTAINTY = {
  likely: '把握较大：主要线索都指向它，容易混淆的情况也已排除。',
  possible: '有一定把握，但还有别的可能没排除。',
  unclear: '把握不大：几种原因都说得通。',
} as const;

/** Local time as 'YYYY-MM-DDTHH:mm' (the shop's device is taken to be on Beijing time). */
function nowLocal(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The result: causes in words that match the confidence, steps, evidence checklist, contacts, message, QR link. */
export function ResultView({ model, observations, ranked, causes, calendar, shareUrl }: Props) {
  const [details, setDetails] = useState<TxnDetails>(EMPTY_DETAILS);
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the last answer the verdict is what the cashier needs: move focus there and bring it to the top.
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  const top = ranked[0]!;
  const card = causes[top.cause]!;
  const level = confidence(model, observations, ranked);
  const tied = tiedWithTop(ranked);
  const others = shownCauses(ranked).slice(tied.length);
  const open = level === 'likely' ? [] : openRuleOuts(model, observations, top.cause);
  const settling = level === 'likely' ? null : settlingQuestion(model, observations);
  const questionText = (id: string) => model.questions.find((q) => q.id === id)?.text ?? id;
  const errors = validateDetails(details);
  const mode = observations['settlement_mode'];
  const settlement =
    details.time && !errors.time && isSettlementMode(mode)
      ? settlementStatus(calendar, details.time, mode, nowLocal())
      : undefined;
  const message = composeMessage(
    model,
    observations,
    card.short,
    card.evidence.map((e) => e.name),
    details,
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopied('已复制，可以粘贴到微信或短信里发送。');
    } catch {
      setCopied('无法自动复制：请长按上面的文字，选择“全选”后复制。');
    }
  };

  return (
    <section class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {tied.length > 1 ? (
          <>
            {tied.length} 种原因并列：
            {tied.map((r, i) => (
              <>
                {i > 0 && '、'}
                <a href={`/causes/${r.cause}/`}>{causes[r.cause]?.title ?? r.cause}</a>
              </>
            ))}
          </>
        ) : (
          <>
            {HEADLINE[level]}：<a href={`/causes/${card.id}/`}>{card.title}</a>
          </>
        )}
      </h2>
      <p class="certainty">{tied.length > 1 ? '这几种原因得分一样，还分不出先后。' : CERTAINTY[level]}</p>
      {card.firstSteps[0] && (
        <p class="first-action">
          <strong>第一步：</strong>
          {card.firstSteps[0]}
        </p>
      )}
      {settling && (
        <p class="settling">
          <strong>最能帮你确定的一个问题：</strong>
          {settling.text}
          <span class="note">（{settling.help}）</span>
        </p>
      )}
      {open.length > 0 && (
        <p>
          说“很可能”之前还要确认：
          {open.map((r, i) => (
            <>
              {i > 0 && '；'}“{questionText(r.question)}”（排除{causes[r.lookAlike]?.short ?? r.lookAlike}）
            </>
          ))}
        </p>
      )}
      <p>{card.summary}</p>
      {top.reasons.length > 0 && (
        <ul class="reasons">
          {top.reasons.slice(0, 4).map((r) => (
            <li>{reasonText(model, r)}</li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <p>
          {tied.length > 1 ? '其次：' : '也要排除：'}
          {others.map((r, i) => (
            <>
              {i > 0 && '、'}
              <a href={`/causes/${r.cause}/`}>{causes[r.cause]?.short}</a>（{Math.round(r.probability * 100)}%）
            </>
          ))}
        </p>
      )}

      <h3>现在就做</h3>
      <ol>
        {card.firstSteps.map((s) => (
          <li>{s}</li>
        ))}
      </ol>

      <h3>留什么证据（做完打勾）</h3>
      <ul class="checklist">
        {card.evidence.map((e, i) => (
          <li>
            <label>
              <input type="checkbox" name={`evidence-${i}`} /> {e.name}
              <span class="note">（{e.where}）</span>
            </label>
          </li>
        ))}
      </ul>

      <h3>找谁</h3>
      <ol>
        {card.contacts.map((c) => (
          <li>
            <strong>{c.name}</strong>
            {c.phone && (
              <>
                {' '}
                <a href={`tel:${c.phone}`}>{c.phone}</a>
                {c.verify && <span class="note">（号码请以官方公布为准）</span>}
              </>
            )}
            ：{c.when}
          </li>
        ))}
      </ol>

      <h3>情况说明（发给收单机构、银行或平台）</h3>
      <DetailsForm details={details} errors={errors} onChange={setDetails} />
      {settlement && <p class={`settlement settlement-${settlement.kind}`}>{settlement.message}</p>}
      {typeof mode === 'string' && mode !== 'unknown' && (
        <p>
          <a href="/tools/settlement/">到账日期计算</a>：按付款时间和结算方式，逐天算出哪天该到卡上。
        </p>
      )}
      <label class="message-label" for="message">
        可以直接复制发送的文字
      </label>
      <textarea id="message" class="message" readOnly rows={10} value={message} />
      <div class="actions no-print">
        <button type="button" onClick={copy}>
          复制文字
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          打印情况说明
        </button>
      </div>
      <p role="status" class="note">
        {copied}
      </p>

      <h3 class="no-print">把这次排查发给店长</h3>
      <p class="note no-print">店长用手机扫这个码，就能看到同样的答案和结果。</p>
      <div class="no-print">
        <QrCode text={shareUrl} label="本次排查结果的链接二维码" />
      </div>
    </section>
  );
}

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
import { EMPTY_DETAILS, composeMessage, validateDetails, type TxnDetails } from '../../rules/diagnosis-message';
import { isSettlementMode, settlementStatus } from '../../rules/settlement';
import { useLink, useT } from '../../i18n/island';
import { statusText } from '../../i18n/settlement-words';
import { answerLines, reasonWords } from '../../i18n/diagnosis-words';
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

const HEADLINE = {
  likely: 'resultHeadlineLikely',
  possible: 'resultHeadlinePossible',
  unclear: 'resultHeadlineUnclear',
} as const;
const CERTAINTY = {
  likely: 'resultCertaintyLikely',
  possible: 'resultCertaintyPossible',
  unclear: 'resultCertaintyUnclear',
} as const;

/** Local time as 'YYYY-MM-DDTHH:mm' (the shop's device is taken to be on Beijing time). */
function nowLocal(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The result: causes in words that match the confidence, steps, evidence checklist, contacts, message, QR link. */
export function ResultView({ model, observations, ranked, causes, calendar, shareUrl }: Props) {
  const t = useT();
  const link = useLink();
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
    answerLines(t, model, observations),
    card.short,
    card.evidence.map((e) => e.name),
    details,
    t,
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopied(t('resultCopied'));
    } catch {
      setCopied(t('resultCopyFailed'));
    }
  };

  return (
    <section class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {tied.length > 1 ? (
          <>
            {t('resultTied', { n: tied.length })}
            {tied.map((r, i) => (
              <>
                {i > 0 && t('listSeparator')}
                <a href={link(`/causes/${r.cause}/`)}>{causes[r.cause]?.title ?? r.cause}</a>
              </>
            ))}
          </>
        ) : (
          <>
            {t(HEADLINE[level])}
            {t('colon')}
            <a href={link(`/causes/${card.id}/`)}>{card.title}</a>
          </>
        )}
      </h2>
      <p class="certainty">{t(tied.length > 1 ? 'resultTiedCertainty' : CERTAINTY[level])}</p>
      {card.firstSteps[0] && (
        <p class="first-action">
          <strong>{t('resultFirstStep')}</strong>
          {card.firstSteps[0]}
        </p>
      )}
      {settling && (
        <p class="settling">
          <strong>{t('resultSettling')}</strong>
          {settling.text}
          <span class="note">{t('inParens', { text: settling.help })}</span>
        </p>
      )}
      {open.length > 0 && (
        <p>
          {t('resultBeforeLikely')}
          {open.map((r, i) => (
            <>
              {i > 0 && t('resultOpenSeparator')}
              {t('resultOpenCheck', {
                question: questionText(r.question),
                lookAlike: causes[r.lookAlike]?.short ?? r.lookAlike,
              })}
            </>
          ))}
        </p>
      )}
      <p>{card.summary}</p>
      {top.reasons.length > 0 && (
        <ul class="reasons">
          {top.reasons.slice(0, 4).map((r) => (
            <li>{reasonWords(t, model, r)}</li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <p>
          {t(tied.length > 1 ? 'resultThen' : 'resultAlsoRuleOut')}
          {others.map((r, i) => (
            <>
              {i > 0 && t('listSeparator')}
              <a href={link(`/causes/${r.cause}/`)}>{causes[r.cause]?.short}</a>
              {t('resultOtherShare', { percent: Math.round(r.probability * 100) })}
            </>
          ))}
        </p>
      )}

      <h3>{t('resultDoNow')}</h3>
      <ol>
        {card.firstSteps.map((s) => (
          <li>{s}</li>
        ))}
      </ol>

      <h3>{t('resultEvidence')}</h3>
      <ul class="checklist">
        {card.evidence.map((e, i) => (
          <li>
            <label>
              <input type="checkbox" name={`evidence-${i}`} /> {e.name}
              <span class="note">{t('inParens', { text: e.where })}</span>
            </label>
          </li>
        ))}
      </ul>

      <h3>{t('resultContacts')}</h3>
      <ol>
        {card.contacts.map((c) => (
          <li>
            <strong>{c.name}</strong>
            {c.phone && (
              <>
                {' '}
                <a href={`tel:${c.phone}`}>{c.phone}</a>
                {c.verify && <span class="note">{t('inParens', { text: t('verifyNumber') })}</span>}
              </>
            )}
            {t('colon')}
            {c.when}
          </li>
        ))}
      </ol>

      <h3>{t('resultMessageTitle')}</h3>
      <DetailsForm details={details} errors={errors} onChange={setDetails} />
      {settlement && <p class={`settlement settlement-${settlement.kind}`}>{statusText(t, settlement)}</p>}
      {typeof mode === 'string' && mode !== 'unknown' && (
        <p>
          <a href={link('/tools/settlement/')}>{t('resultSettleLink')}</a>
          {t('resultSettleLinkText')}
        </p>
      )}
      <label class="message-label" for="message">
        {t('resultMessageLabel')}
      </label>
      <textarea id="message" class="message" readOnly rows={10} value={message} />
      <div class="actions no-print">
        <button type="button" onClick={copy}>
          {t('resultCopy')}
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('resultPrint')}
        </button>
      </div>
      <p role="status" class="note">
        {copied}
      </p>

      <h3 class="no-print">{t('resultShareTitle')}</h3>
      <p class="note no-print">{t('resultShareNote')}</p>
      <div class="no-print">
        <QrCode text={shareUrl} label={t('resultShareQr')} />
      </div>
    </section>
  );
}

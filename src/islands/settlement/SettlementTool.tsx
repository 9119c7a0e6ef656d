import { useState } from 'preact/hooks';
import { DEFAULT_LOCALE, localePath, translator, type Locale, type UiKey } from '../../i18n';
import { richParts } from '../../i18n/rich';
import { arrivalNoteText, dayReason, formatDay, problemText, statusText } from '../../i18n/settlement-words';
import { expectedArrival, settlementStatus, type SettlementMode } from '../../rules/settlement';
import type { HolidayCalendar } from '../../schemas/holidays';

interface Props {
  calendar: HolidayCalendar;
  /** The page's locale (the island words everything in it). */
  locale?: Locale;
}

const MODES: { value: SettlementMode; label: UiKey }[] = [
  { value: 'T1', label: 'settleModeT1' },
  { value: 'D1', label: 'settleModeD1' },
  { value: 'D0', label: 'settleModeD0' },
  { value: 'instant_wallet', label: 'settleModeWallet' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time of the device (the shop's device is taken to be on Beijing time). */
function nowParts(): { date: string; time: string } {
  const d = new Date();
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** A labelled hour of the day (0–24), as typed. */
function HourField({ label, value, onInput }: { label: string; value: string; onInput: (value: string) => void }) {
  return (
    <label class="field">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={24}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}

const hourOrUndefined = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** The arrival calculator: payment time and settlement mode in, expected day and each step of the reasoning out. */
export default function SettlementTool({ calendar, locale = DEFAULT_LOCALE }: Props) {
  const t = translator(locale);
  const link = (path: string) => localePath(locale, path);
  const initial = nowParts();
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [mode, setMode] = useState<SettlementMode>('T1');
  const [cutoff, setCutoff] = useState('');
  const [d0Start, setD0Start] = useState('7');
  const [d0End, setD0End] = useState('22');

  const options = {
    ...(hourOrUndefined(cutoff) === undefined ? {} : { cutoffHour: hourOrUndefined(cutoff)! }),
    d0Hours: { start: Number(d0Start), end: Number(d0End) },
  };
  const paidAt = `${date}T${time}`;
  const arrival = expectedArrival(calendar, paidAt, mode, options);
  const now = nowParts();
  const status = settlementStatus(calendar, paidAt, mode, `${now.date}T${now.time}`, options);
  const year = Number(now.date.slice(0, 4));

  return (
    <form class="settle-tool" onSubmit={(e) => e.preventDefault()} aria-label={t('settleToolLabel')}>
      <div class="details">
        <label class="field">
          {t('settlePaidDate')}
          <input type="date" value={date} required onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="field">
          {t('settlePaidTime')}
          <input type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset class="choices">
        <legend>{t('settleModeLegend')}</legend>
        {MODES.map((m) => (
          <label class="choice" key={m.value}>
            <input
              type="radio"
              name="mode"
              value={m.value}
              checked={mode === m.value}
              onChange={() => setMode(m.value)}
            />
            <span>{t(m.label)}</span>
          </label>
        ))}
      </fieldset>
      {(mode === 'T1' || mode === 'D1') && (
        <HourField label={t('settleCutoffLabel')} value={cutoff} onInput={setCutoff} />
      )}
      {mode === 'D0' && (
        <div class="details">
          <HourField label={t('settleD0Start')} value={d0Start} onInput={setD0Start} />
          <HourField label={t('settleD0End')} value={d0End} onInput={setD0End} />
        </div>
      )}

      <section class="settle-result" aria-live="polite" aria-labelledby="settle-answer">
        {arrival.kind === 'unknown' ? (
          <p id="settle-answer" class="alert">
            {problemText(t, arrival.reason)}
          </p>
        ) : (
          <>
            <h2 id="settle-answer">{t('settleExpected', { day: formatDay(t, arrival.date, year) })}</h2>
            <p>{arrivalNoteText(t, arrival)}</p>
            {arrival.days && (
              <ol class="settle-steps">
                {arrival.days.map((d) => (
                  <li key={d.date}>
                    <strong>{formatDay(t, d.date, Number(arrival.date.slice(0, 4)))}</strong>
                    {t('colon')}
                    {dayReason(t, d)}
                  </li>
                ))}
              </ol>
            )}
            <p class="note">
              {t(
                arrival.estimated ? 'settleBasisEstimated' : mode === 'T1' ? 'settleBasisPublished' : 'settleBasisNone',
              )}
              {t('settleBankDelay')}
            </p>
          </>
        )}
        {status.kind !== 'unknown' && <p class={`settlement settlement-${status.kind}`}>{statusText(t, status)}</p>}
        {status.kind === 'overdue' && (
          <div>
            <h3>{t('settleOverdueTitle')}</h3>
            <ol>
              <li>{t('settleOverdueStep1')}</li>
              <li>
                {richParts(t('settleOverdueStep2')).map((part) =>
                  typeof part === 'string' ? (
                    part
                  ) : part.slot === 'cardLink' ? (
                    <a href={link('/causes/settlement_account_issue/')}>{t('settleCardIssue')}</a>
                  ) : (
                    <a href={link('/causes/risk_control_hold/')}>{t('settleRiskHold')}</a>
                  ),
                )}
              </li>
              <li>{t('settleOverdueStep3')}</li>
            </ol>
          </div>
        )}
      </section>
    </form>
  );
}

import { useState } from 'preact/hooks';
import {
  expectedArrival,
  formatDay,
  settlementStatus,
  type DayCheck,
  type SettlementMode,
} from '../../rules/settlement';
import type { HolidayCalendar } from '../../schemas/holidays';

interface Props {
  calendar: HolidayCalendar;
}

const MODES: { value: SettlementMode; label: string }[] = [
  { value: 'T1', label: 'T+1（下一个工作日）' },
  { value: 'D1', label: 'D+1（第二天，周末节假日照常）' },
  { value: 'D0', label: 'D0 / 秒到（服务时段内当天）' },
  { value: 'instant_wallet', label: '进微信零钱或支付宝余额' },
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

/** One line of the reasoning for a day T+1 looked at. */
function dayReason(d: DayCheck): string {
  const source = d.estimated ? '（估算）' : '';
  switch (d.kind) {
    case 'weekend':
      return `周末，不算工作日，往后顺延${source}`;
    case 'holiday': {
      const name = d.name ?? '节假日';
      return `${name.endsWith('补假') ? name : `${name}放假`}，不算工作日，往后顺延${source}`;
    }
    case 'swap_workday':
      return `${d.name ?? '调休'}上班日，算工作日：很多收单机构这天照常结算，以收单机构规则为准`;
    case 'working':
      return `工作日，这天结算${source}`;
  }
}

const hourOrUndefined = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** The arrival calculator: payment time and settlement mode in, expected day and each step of the reasoning out. */
export default function SettlementTool({ calendar }: Props) {
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
    <form class="settle-tool" onSubmit={(e) => e.preventDefault()} aria-label="到账日期计算">
      <div class="details">
        <label class="field">
          付款日期
          <input type="date" value={date} required onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="field">
          付款时间（北京时间）
          <input type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset class="choices">
        <legend>结算方式（在商户 App 的结算设置里看）</legend>
        {MODES.map((m) => (
          <label class="choice" key={m.value}>
            <input
              type="radio"
              name="mode"
              value={m.value}
              checked={mode === m.value}
              onChange={() => setMode(m.value)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      {(mode === 'T1' || mode === 'D1') && (
        <label class="field">
          日切时间（选填，几点以后的交易算第二天，例如 22；不清楚就空着，问收单机构）
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={24}
            value={cutoff}
            onInput={(e) => setCutoff(e.currentTarget.value)}
          />
        </label>
      )}
      {mode === 'D0' && (
        <div class="details">
          <label class="field">
            D0 服务开始（点）
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={24}
              value={d0Start}
              onInput={(e) => setD0Start(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            D0 服务结束（点）
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={24}
              value={d0End}
              onInput={(e) => setD0End(e.currentTarget.value)}
            />
          </label>
        </div>
      )}

      <section class="settle-result" aria-live="polite" aria-labelledby="settle-answer">
        {arrival.kind === 'unknown' ? (
          <p id="settle-answer" class="alert">
            {arrival.reason}
          </p>
        ) : (
          <>
            <h2 id="settle-answer">预计 {formatDay(arrival.date, year)} 到账</h2>
            <p>{arrival.note}</p>
            {arrival.days && (
              <ol class="settle-steps">
                {arrival.days.map((d) => (
                  <li key={d.date}>
                    <strong>{formatDay(d.date, Number(arrival.date.slice(0, 4)))}</strong>：{dayReason(d)}
                  </li>
                ))}
              </ol>
            )}
            <p class="note">
              {arrival.estimated
                ? '这一年国务院还没有公布放假安排，上面的节假日是按法定假日估算的。估算：调休以国务院通知为准。'
                : mode === 'T1'
                  ? '节假日和调休上班日按国务院办公厅公布的放假安排算。'
                  : '这种结算方式不看节假日。'}
              银行入账还要一段时间，结算当天下午才看到钱也算正常。
            </p>
          </>
        )}
        {status.kind !== 'unknown' && <p class={`settlement settlement-${status.kind}`}>{status.message}</p>}
        {status.kind === 'overdue' && (
          <div>
            <h3>已经过了这天还没到，按顺序查</h3>
            <ol>
              <li>打开商户 App 的结算记录，看这一天有没有出款，有没有“出款失败”“风险审核”“延迟结算”的提示。</li>
              <li>
                有“出款失败”：看<a href="/causes/settlement_account_issue/">结算卡异常</a>；有审核或延迟提示：看
                <a href="/causes/risk_control_hold/">风控审核</a>。
              </li>
              <li>什么提示都没有：带上订单号和结算记录截图，打收单机构官方客服问。</li>
            </ol>
          </div>
        )}
      </section>
    </form>
  );
}

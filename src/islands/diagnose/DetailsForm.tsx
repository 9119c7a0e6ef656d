import { t } from '../../i18n';
import type { DetailsProblem, TxnDetails } from '../../rules/diagnosis-message';

interface Props {
  details: TxnDetails;
  errors: Partial<Record<keyof TxnDetails, DetailsProblem>>;
  onChange: (next: TxnDetails) => void;
}

const FIELDS: {
  key: keyof TxnDetails;
  label: string;
  type: string;
  inputMode?: 'decimal' | 'numeric' | 'tel';
  hint: string;
}[] = [
  { key: 'time', label: '付款时间', type: 'datetime-local', hint: '看小票或顾客账单详情' },
  { key: 'amount', label: '金额（元）', type: 'text', inputMode: 'decimal', hint: '例如 128.50' },
  { key: 'orderNo', label: '订单号（商户单号或交易单号）', type: 'text', hint: '在小票或账单详情里' },
  { key: 'terminalNo', label: '终端号', type: 'text', hint: '在小票或 POS 的“关于本机”' },
  { key: 'shopName', label: '店名', type: 'text', hint: '可不填' },
  { key: 'phone', label: '联系电话', type: 'tel', inputMode: 'tel', hint: '可不填' },
];

/** The transaction details that fill the message; all optional, each checked as it is typed. */
export function DetailsForm({ details, errors, onChange }: Props) {
  return (
    <div class="details">
      {FIELDS.map((f) => {
        const id = `detail-${f.key}`;
        const error = errors[f.key];
        return (
          <div class="field">
            <label for={id}>{f.label}</label>
            <input
              id={id}
              type={f.type}
              inputMode={f.inputMode}
              value={details[f.key]}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${id}-hint`}
              onInput={(e) => onChange({ ...details, [f.key]: (e.currentTarget as HTMLInputElement).value })}
            />
            <span id={`${id}-hint`} class={error ? 'error' : 'note'}>
              {error ? t(error) : f.hint}
            </span>
          </div>
        );
      })}
    </div>
  );
}

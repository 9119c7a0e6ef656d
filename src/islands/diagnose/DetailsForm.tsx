import type { UiKey } from '../../i18n';
import { useT } from '../../i18n/island';
import type { DetailsProblem, TxnDetails } from '../../rules/diagnosis-message';

interface Props {
  details: TxnDetails;
  errors: Partial<Record<keyof TxnDetails, DetailsProblem>>;
  onChange: (next: TxnDetails) => void;
}

const FIELDS: {
  key: keyof TxnDetails;
  label: UiKey;
  type: string;
  inputMode?: 'decimal' | 'numeric' | 'tel';
  hint: UiKey;
}[] = [
  { key: 'time', label: 'detailTime', type: 'datetime-local', hint: 'detailTimeHint' },
  { key: 'amount', label: 'detailAmount', type: 'text', inputMode: 'decimal', hint: 'detailAmountHint' },
  { key: 'orderNo', label: 'detailOrderNo', type: 'text', hint: 'detailOrderNoHint' },
  { key: 'terminalNo', label: 'detailTerminalNo', type: 'text', hint: 'detailTerminalNoHint' },
  { key: 'shopName', label: 'detailShopName', type: 'text', hint: 'detailOptional' },
  { key: 'phone', label: 'detailPhone', type: 'tel', inputMode: 'tel', hint: 'detailOptional' },
];

/** The transaction details that fill the message; all optional, each checked as it is typed. */
export function DetailsForm({ details, errors, onChange }: Props) {
  const t = useT();
  return (
    <div class="details">
      {FIELDS.map((f) => {
        const id = `detail-${f.key}`;
        const error = errors[f.key];
        return (
          <div class="field">
            <label for={id}>{t(f.label)}</label>
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
              {t(error ?? f.hint)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/island';
import { STAFF_NO_MAX } from '../../rules/profiles';
import { checkName, type Store } from '../../rules/records';
import { personLabel } from './words';

interface Props {
  store: Store;
  /** The person answering in this tab, if any. */
  active: string | null;
  onPick: (id: string) => void;
  onCreate: (name: string, staffNo: string) => void;
  /** True when the records cannot be changed here (written by a newer version). */
  disabled?: boolean;
}

/** What is wrong with a new person's name or staff number, in words, or '' when nothing is. */
function problemOf(t: Translate, name: string, staffNo: string): string {
  const code = checkName(name);
  if (code) return t(`records_${code}`);
  return staffNo.length > STAFF_NO_MAX ? t('recordsStaffNoTooLong') : '';
}

/** Pick who is answering on a shared shop device, or add a new person. */
export function ProfilePicker({ store, active, onPick, onCreate, disabled = false }: Props) {
  const t = useT();
  const [name, setName] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = problemOf(t, name, staffNo);
    if (problem) return setError(problem);
    setError('');
    onCreate(name.trim(), staffNo.trim());
    setName('');
    setStaffNo('');
  };
  return (
    <section class="profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('trainingWhoTitle')}</h2>
      {store.profiles.length > 0 && (
        <div class="answers" role="group" aria-labelledby="profiles-title">
          {store.profiles.map((p) => (
            <button
              type="button"
              class={p.id === active ? 'answer' : 'answer answer-unknown'}
              aria-pressed={p.id === active}
              onClick={() => onPick(p.id)}
            >
              {personLabel(t, p)}
            </button>
          ))}
        </div>
      )}
      <form class="details" onSubmit={submit}>
        <div class="field">
          <label for="new-name">{t('trainingNewName')}</label>
          <input
            id="new-name"
            value={name}
            maxLength={40}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="new-name-hint"
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <span id="new-name-hint" class={error ? 'error' : 'note'}>
            {error || t('trainingNameHint')}
          </span>
        </div>
        <div class="field">
          <label for="new-no">{t('trainingNewStaffNo')}</label>
          <input
            id="new-no"
            value={staffNo}
            maxLength={STAFF_NO_MAX}
            onInput={(e) => setStaffNo(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" disabled={disabled}>
            {t('trainingAdd')}
          </button>
        </div>
      </form>
    </section>
  );
}

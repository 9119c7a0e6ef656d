import { useState } from 'preact/hooks';
import { checkName, type Store } from '../../rules/records';

interface Props {
  store: Store;
  /** The person answering in this tab, if any. */
  active: string | null;
  onPick: (id: string) => void;
  onCreate: (name: string, staffNo: string) => void;
  /** True when the records cannot be changed here (written by a newer version). */
  disabled?: boolean;
}

/** Pick who is answering on a shared shop device, or add a new person. */
export function ProfilePicker({ store, active, onPick, onCreate, disabled = false }: Props) {
  const [name, setName] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = checkName(name) ?? (staffNo.length > 20 ? '工号最多 20 个字符' : null);
    if (problem) return setError(problem);
    setError('');
    onCreate(name.trim(), staffNo.trim());
    setName('');
    setStaffNo('');
  };
  return (
    <section class="profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">谁在答题？</h2>
      {store.profiles.length > 0 && (
        <div class="answers" role="group" aria-labelledby="profiles-title">
          {store.profiles.map((p) => (
            <button
              type="button"
              class={p.id === active ? 'answer' : 'answer answer-unknown'}
              aria-pressed={p.id === active}
              onClick={() => onPick(p.id)}
            >
              {p.name}
              {p.staffNo && `（${p.staffNo}）`}
            </button>
          ))}
        </div>
      )}
      <form class="details" onSubmit={submit}>
        <div class="field">
          <label for="new-name">新增人员：姓名</label>
          <input
            id="new-name"
            value={name}
            maxLength={40}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="new-name-hint"
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <span id="new-name-hint" class={error ? 'error' : 'note'}>
            {error || '只保存在这台设备上'}
          </span>
        </div>
        <div class="field">
          <label for="new-no">工号（可不填）</label>
          <input id="new-no" value={staffNo} maxLength={20} onInput={(e) => setStaffNo(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit" disabled={disabled}>
            添加
          </button>
        </div>
      </form>
    </section>
  );
}

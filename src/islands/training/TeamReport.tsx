import { useState } from 'preact/hooks';
import { attemptsCsv, causeErrorRates, teamReport } from '../../rules/exports';
import type { SetStatus } from '../../rules/quiz';
import { downloadText as download } from './download';
import { today } from './profile-actions';
import { MAX_IMPORT_BYTES, decodeImport, mergeImports, type TrainingExport } from './records-codec';
import type { TrainingData } from './types';

interface Props extends TrainingData {
  /** question id → cause ids */
  causesOf: Record<string, string[]>;
}

const SHORT = (s: SetStatus) =>
  s.kind === 'never' ? '未做' : s.kind === 'passed' ? '通过' : s.kind === 'due' ? '到期' : `逾期${s.days}天`;

/** The team report: imports JSON exports from several devices (validated, merged), per person and per cause. */
export default function TeamReport({ sets, causeNames, causesOf }: Props) {
  const [imports, setImports] = useState<TrainingExport[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const team = mergeImports(imports);
  const report = teamReport(team, sets, today());
  const rates = Object.entries(causeErrorRates(team, causesOf))
    .map(([cause, r]) => ({ cause, rate: r.total ? r.wrong / r.total : 0, total: r.total }))
    .sort((a, b) => b.rate - a.rate);

  const onFiles = async (files: FileList | null) => {
    const next: TrainingExport[] = [];
    const notes: string[] = [];
    const known = new Set(Object.keys(causesOf));
    for (const file of Array.from(files ?? [])) {
      try {
        const parsed = decodeImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, known);
        if (parsed.ok) {
          // Check the merge before keeping the file, so one bad file cannot take down what is already merged.
          mergeImports([...imports, ...next, parsed.data]);
          next.push(parsed.data);
          notes.push(
            `已导入“${file.name}”：${parsed.data.store.profiles.length} 人，${parsed.data.store.attempts.length} 次答题。${parsed.warnings.join('')}`,
          );
        } else notes.push(`没有导入“${file.name}”：${parsed.error}`);
      } catch {
        notes.push(`没有导入“${file.name}”：文件读不出来，已导入的其他文件不受影响。`);
      }
    }
    setImports([...imports, ...next]);
    setMessages(notes);
  };

  return (
    <div class="team">
      <div class="field">
        <label for="import-files">选择员工导出的 JSON 文件（可多选）</label>
        <input
          id="import-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => void onFiles(e.currentTarget.files)}
        />
      </div>
      <div role="status">
        <ul class="import-messages">
          {messages.map((m) => (
            <li>{m}</li>
          ))}
        </ul>
      </div>
      {report.length > 0 && (
        <>
          <h2 id="people">每个人的情况</h2>
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">姓名</th>
                {sets.map((s) => (
                  <th scope="col">{s.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.map((p) => (
                <tr>
                  <th scope="row">
                    {p.name}
                    {p.staffNo && `（${p.staffNo}）`}
                  </th>
                  {p.sets.map((s, i) => (
                    <td class={`status-${s.status.kind}`} data-label={sets[i]!.title}>
                      {SHORT(s.status)}
                      {s.lastScore !== null && ` · ${Math.round(s.lastScore * 100)}分`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h2 id="causes">各原因的出错率</h2>
          <svg class="chart" viewBox={`0 0 320 ${rates.length * 22 + 4}`} role="img" aria-label="各原因的出错率条形图">
            {rates.map((r, i) => (
              <g>
                <text x="0" y={i * 22 + 15} font-size="11">
                  {causeNames[r.cause] ?? r.cause}
                </text>
                <rect x="130" y={i * 22 + 4} width={Math.max(1, r.rate * 150)} height="14" fill="#b3261e" />
                <text x={136 + r.rate * 150} y={i * 22 + 15} font-size="11">
                  {Math.round(r.rate * 100)}%（{r.total}题）
                </text>
              </g>
            ))}
          </svg>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                download(
                  `团队培训记录-${today()}.csv`,
                  attemptsCsv(
                    team,
                    Object.fromEntries(sets.map((s) => [s.id, s.title])),
                    -new Date().getTimezoneOffset(),
                  ),
                  'text/csv;charset=utf-8',
                )
              }
            >
              导出合并后的 CSV
            </button>
          </div>
        </>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { useT, withLocale } from '../../i18n/island';
import { attemptsCsv } from '../../rules/csv-export';
import { causeErrorRates, teamReport } from '../../rules/team-report';
import { today, utcOffsetMinutes } from './clock';
import { downloadCsv } from './download';
import { MAX_IMPORT_BYTES, decodeImport, mergeImports, type TrainingExport } from './records-codec';
import type { TrainingData } from './types';
import { csvWords, percent, personLabel, shortStatus } from './words';

interface Props extends TrainingData {
  /** question id → cause ids */
  causesOf: Record<string, string[]>;
}

/** Reads chosen files into exports to add (each checked against the merge so far) and a line per file. */
async function readFiles(t: Translate, files: File[], kept: TrainingExport[], known: ReadonlySet<string>) {
  const next: TrainingExport[] = [];
  const notes: string[] = [];
  for (const file of files) {
    try {
      const parsed = decodeImport(t, file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, known);
      if (parsed.ok) {
        // Check the merge before keeping the file, so one bad file cannot take down what is already merged.
        mergeImports([...kept, ...next, parsed.data]);
        next.push(parsed.data);
        const { profiles, attempts } = parsed.data.store;
        notes.push(
          t('trainingImported', {
            file: file.name,
            people: profiles.length,
            attempts: attempts.length,
            warnings: parsed.warnings.join(''),
          }),
        );
      } else notes.push(t('trainingNotImported', { file: file.name, error: parsed.error }));
    } catch {
      notes.push(t('trainingUnreadable', { file: file.name }));
    }
  }
  return { next, notes };
}

/** The team report: imports JSON exports from several devices (validated, merged), per person and per cause. */
export default withLocale(function TeamReport({ sets, causeNames, causesOf }: Props) {
  const t = useT();
  const [imports, setImports] = useState<TrainingExport[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const team = mergeImports(imports);
  const report = teamReport(team, sets, today());
  const rates = Object.entries(causeErrorRates(team, causesOf))
    .map(([cause, r]) => ({ cause, rate: r.total ? r.wrong / r.total : 0, total: r.total }))
    .sort((a, b) => b.rate - a.rate);

  const onFiles = async (files: FileList | null) => {
    const { next, notes } = await readFiles(t, Array.from(files ?? []), imports, new Set(Object.keys(causesOf)));
    setImports([...imports, ...next]);
    setMessages(notes);
  };
  const exportCsv = () =>
    downloadCsv(
      t('trainingTeamCsvFile', { day: today() }),
      attemptsCsv(team, Object.fromEntries(sets.map((s) => [s.id, s.title])), csvWords(t), utcOffsetMinutes()),
    );

  return (
    <div class="team">
      <div class="field">
        <label for="import-files">{t('trainingImportLabel')}</label>
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
          <h2 id="people">{t('trainingPeopleTitle')}</h2>
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{t('trainingColName')}</th>
                {sets.map((s) => (
                  <th scope="col">{s.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.map((p) => (
                <tr>
                  <th scope="row">{personLabel(t, p)}</th>
                  {p.sets.map((s, i) => (
                    <td class={`status-${s.status.kind}`} data-label={sets[i]!.title}>
                      {shortStatus(t, s.status)}
                      {s.lastScore !== null && t('trainingScoreShort', { score: percent(s.lastScore) })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h2 id="causes">{t('trainingCausesTitle')}</h2>
          <svg
            class="chart"
            viewBox={`0 0 320 ${rates.length * 22 + 4}`}
            role="img"
            aria-label={t('trainingChartLabel')}
          >
            {rates.map((r, i) => (
              <g>
                <text x="0" y={i * 22 + 15} font-size="11">
                  {causeNames[r.cause] ?? r.cause}
                </text>
                <rect x="130" y={i * 22 + 4} width={Math.max(1, r.rate * 150)} height="14" fill="#b3261e" />
                <text x={136 + r.rate * 150} y={i * 22 + 15} font-size="11">
                  {t('trainingChartValue', { percent: percent(r.rate), total: r.total })}
                </text>
              </g>
            ))}
          </svg>
          <div class="actions">
            <button type="button" class="secondary" onClick={exportCsv}>
              {t('trainingExportMergedCsv')}
            </button>
          </div>
        </>
      )}
    </div>
  );
});

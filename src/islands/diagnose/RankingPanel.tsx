import type { DiagnosisModel, RankedCause } from '../../rules/diagnosis';
import { t } from '../../i18n';
import { reasonText } from '../../rules/diagnosis-message';
import type { CauseCard } from './types';

interface Props {
  model: DiagnosisModel;
  ranked: RankedCause[];
  causes: Record<string, CauseCard>;
  answered: number;
}

/** The live “可能原因” panel: the top three causes with their share and the answers behind them. */
export function RankingPanel({ model, ranked, causes, answered }: Props) {
  return (
    <aside class="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">可能原因</h2>
      {answered === 0 ? (
        <p class="note">回答问题后，这里会列出最可能的原因和理由。</p>
      ) : (
        <ol>
          {ranked.slice(0, 3).map((r) => (
            <li key={r.cause}>
              <a href={`/causes/${r.cause}/`}>{causes[r.cause]?.short ?? r.cause}</a>{' '}
              <meter min={0} max={1} value={r.probability} aria-label={`可能性 ${Math.round(r.probability * 100)}%`} />{' '}
              <span class="note">{Math.round(r.probability * 100)}%</span>
              <ul class="reasons">
                {r.reasons.slice(0, 3).map((reason) => (
                  <li>{reasonText(model, reason, t)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

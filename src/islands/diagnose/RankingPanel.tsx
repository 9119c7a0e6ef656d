import type { DiagnosisModel, RankedCause } from '../../rules/diagnosis';
import { reasonWords } from '../../i18n/diagnosis-words';
import { useLink, useT } from '../../i18n/island';
import type { CauseCard } from './types';

interface Props {
  model: DiagnosisModel;
  ranked: RankedCause[];
  causes: Record<string, CauseCard>;
  answered: number;
}

/** The live “可能原因” panel: the top three causes with their share and the answers behind them. */
export function RankingPanel({ model, ranked, causes, answered }: Props) {
  const t = useT();
  const link = useLink();
  return (
    <aside class="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('rankingTitle')}</h2>
      {answered === 0 ? (
        <p class="note">{t('rankingEmpty')}</p>
      ) : (
        <ol>
          {ranked.slice(0, 3).map((r) => (
            <li key={r.cause}>
              <a href={link(`/causes/${r.cause}/`)}>{causes[r.cause]?.short ?? r.cause}</a>{' '}
              <meter
                min={0}
                max={1}
                value={r.probability}
                aria-label={t('rankingMeter', { percent: Math.round(r.probability * 100) })}
              />{' '}
              <span class="note">{t('percent', { percent: Math.round(r.probability * 100) })}</span>
              <ul class="reasons">
                {r.reasons.slice(0, 3).map((reason) => (
                  <li>{reasonWords(t, model, reason)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

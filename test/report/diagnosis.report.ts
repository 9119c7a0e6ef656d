// `npm run diagnosis:report`: the dev-set and scenario figures, the most-confused pairs and every miss with its reasons.
import { it } from 'vitest';
import { allAtOnce, formatReport, score, walkCase } from '../../src/lib/diagnosis-eval';
import { devCases, ownScenarios } from '../content/diagnosis-cases';
import { realModel } from '../content/diagnosis-model';

it('prints the diagnosis report', () => {
  const model = realModel();
  const dev = devCases();
  const own = ownScenarios();
  console.log(
    formatReport(model, [
      {
        title: '开发集（cases-dev.yaml），收银员逐题回答',
        score: score(dev.map((c) => walkCase(model, c))),
        details: true,
      },
      { title: '开发集，所有事实一次给出', score: score(dev.map((c) => allAtOnce(model, c))), details: false },
      {
        title: '开发集，收银员手边没有商户 App（只答收银台能看到的）',
        score: score(dev.map((c) => walkCase(model, c, { withoutApp: true }))),
        details: false,
      },
      {
        title: '本站情景（scenarios.yaml），逐题回答',
        score: score(own.map((c) => walkCase(model, c))),
        details: true,
      },
      { title: '本站情景，一次给出', score: score(own.map((c) => allAtOnce(model, c))), details: false },
    ]),
  );
});

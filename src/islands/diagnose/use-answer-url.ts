import { useEffect, useState } from 'preact/hooks';
import {
  decodeAnswers,
  encodeAnswers,
  type DiagnosisModel,
  type LinkProblem,
  type Observations,
} from '../../rules/diagnosis';

/** Reads the answers from the page URL; a link that cannot be read starts afresh with a message. */
function read(model: DiagnosisModel): { observations: Observations; error: LinkProblem | null } {
  const decoded = decodeAnswers(model, location.search);
  return decoded.ok ? { observations: decoded.observations, error: null } : { observations: {}, error: decoded.error };
}

/**
 * The answers live in the URL (`?cs=yes&ps=pending`): every answer is a history entry, so reload, the back button
 * and a shared link all restore the same step. 上一步 replaces the entry instead (`replace: true`), so the phone's
 * Back button afterwards does not bring the undone answer back.
 */
export function useAnswerUrl(model: DiagnosisModel) {
  const [state, setState] = useState(() => read(model));
  useEffect(() => {
    if (state.error) history.replaceState(null, '', location.pathname);
    const onPop = () => setState(read(model));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = (observations: Observations, { replace = false } = {}) => {
    const url = `${location.pathname}${encodeAnswers(model, observations)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setState({ observations, error: null });
  };
  return { ...state, update };
}

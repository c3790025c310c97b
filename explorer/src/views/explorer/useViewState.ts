import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '../../core/url/viewState.js';

/** The view, kept in the URL: every change rewrites the address, and back/forward restore earlier views. */
export function useViewState(): [ViewState, (update: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));
  // A new selection is a step the user may want to go back from; a filter tweak is not.
  const historyStep = useRef<'pushState' | 'replaceState'>('replaceState');

  useEffect(() => {
    const onPop = (): void => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const search = serializeViewState(state);
    if (search !== window.location.search) window.history[historyStep.current](null, '', `${window.location.pathname}${search}`);
    historyStep.current = 'replaceState';
  }, [state]);

  const update = useCallback((change: Partial<ViewState>) => {
    setState((previous) => {
      // Updaters may run twice (React's strict mode): this assignment gives the same result each time.
      if (change.selected !== undefined && change.selected !== previous.selected) historyStep.current = 'pushState';
      return { ...previous, ...change };
    });
  }, []);
  return [state, update];
}

import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '../../core/url/viewState.js';

/** The view, kept in the URL: every change replaces the address, and back/forward restore earlier views. */
export function useViewState(): [ViewState, (update: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));
  useEffect(() => {
    const onPop = (): void => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((change: Partial<ViewState>) => {
    setState((previous) => {
      const next = { ...previous, ...change };
      const search = serializeViewState(next);
      if (search !== window.location.search) {
        // A new selection is a step the user may want to go back from; a filter tweak is not.
        const method = change.selected !== undefined && change.selected !== previous.selected ? 'pushState' : 'replaceState';
        window.history[method](null, '', `${window.location.pathname}${search}`);
      }
      return next;
    });
  }, []);
  return [state, update];
}

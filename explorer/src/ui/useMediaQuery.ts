import { useSyncExternalStore } from 'react';

/** Below this width the explorer is a phone's: the network fills the screen, panels rise as bottom sheets. */
export const PHONE_QUERY = '(max-width: 767px)';

/** Whether a media query matches now, kept up to date as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}

import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'maillage:theme';
const listeners = new Set<() => void>();

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme chosen on this device, else the system's; a `?theme=` in the address wins (screenshots, links). */
export function currentTheme(): Theme {
  const asked = new URLSearchParams(window.location.search).get('theme');
  if (asked === 'light' || asked === 'dark') return asked;
  const stored = window.localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : systemTheme();
}

/** Puts the theme on the root element, where the tokens read it. Call once before the first render. */
export function applyTheme(theme: Theme = currentTheme()): void {
  document.documentElement.dataset.theme = theme;
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
  );
  const choose = useCallback((next: Theme) => {
    window.localStorage.setItem(KEY, next);
    applyTheme(next);
    listeners.forEach((listener) => listener());
  }, []);
  return [theme, choose];
}

/** A design token's value as the page computes it (for the network's canvas, which CSS does not reach). */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

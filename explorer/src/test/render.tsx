import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { translator, type Lang } from '../core/i18n/catalogue.js';
import { I18nContext } from '../views/common/I18n.js';

afterEach(cleanup);

/** Renders a view component in a language, as the explorer page would. */
export function renderIn(lang: Lang, element: ReactElement): RenderResult {
  return render(<I18nContext.Provider value={translator(lang)}>{element}</I18nContext.Provider>);
}

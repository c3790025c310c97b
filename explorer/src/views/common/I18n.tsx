import { createContext, useContext } from 'react';
import { translator, type Translator } from '../../core/i18n/catalogue.js';

export const I18nContext = createContext<Translator>(translator('fr'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}

import { COOPERATION_KINDS, SILOS } from '@maillage/schema/vocabulary';
import { z } from 'zod';
import { enumList as list, first, parameterProblems } from '../http/queryParams.js';

const flag = (fallback: boolean) => z.preprocess((value) => first(value) ?? (fallback ? '1' : '0'), z.enum(['0', '1', 'true', 'false']))
  .transform((value) => value === '1' || value === 'true');

/**
 * A territory as a collectivity knows it: the INSEE code of a commune (5 characters, Corsica's 2A/2B included) or
 * the SIREN of an EPCI (9 digits); Maillage's own ids are accepted too.
 */
export function territoryId(code: string): string | null {
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return `commune:${code}`;
  if (/^\d{9}$/.test(code)) return `epci:${code}`;
  if (/^(commune|epci|pays|departement|region):[\w-]{1,60}$/.test(code)) return code;
  return null;
}

const EmbedQuery = z.object({
  territory: z.preprocess(first, z.string().transform((code, context) => {
    const id = territoryId(code);
    if (!id) context.addIssue({ code: 'custom', message: `a commune's INSEE code (24037) or an EPCI's SIREN (200070647), got "${code}"` });
    return id ?? '';
  }).optional()),
  sector: z.preprocess(first, z.string().regex(/^[\w.-]{1,60}$/, 'a sector id such as alimentation').optional()),
  silos: list(SILOS),
  linkKinds: list(COOPERATION_KINDS),
  layout: z.preprocess(first, z.enum(['force', 'silo', 'geo']).default('force')),
  lang: z.preprocess(first, z.enum(['fr', 'en']).default('fr')),
  theme: z.preprocess(first, z.enum(['light', 'dark']).default('light')),
  accent: z.preprocess(first, z.string().regex(/^#?[0-9a-fA-F]{6}$/, 'a colour as six hex digits, e.g. 0b57a4')
    .transform((value) => `#${value.replace('#', '').toLowerCase()}`).optional()),
  height: z.preprocess(first, z.coerce.number().int().min(200).max(2000).default(480)),
  legend: flag(true),
  search: flag(false),
  table: flag(false),
});

export type EmbedOptions = z.infer<typeof EmbedQuery>;

export class EmbedParamsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Paramètres d'intégration invalides / invalid embed parameters: ${problems.join('; ')}`);
    this.name = 'EmbedParamsError';
  }
}

/** An embed's URL parameters, checked, each bad one named with what it expects. */
export function parseEmbedParams(query: Record<string, unknown>): EmbedOptions {
  const parsed = EmbedQuery.safeParse(query);
  if (!parsed.success) throw new EmbedParamsError(parameterProblems(parsed.error));
  return parsed.data;
}

/** The query string that reopens the same embed (defaults left out). */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.territory) params.set('territory', options.territory.replace(/^(commune|epci):/, ''));
  if (options.sector) params.set('sector', options.sector);
  if (options.silos) params.set('silos', options.silos.join(','));
  if (options.linkKinds) params.set('linkKinds', options.linkKinds.join(','));
  if (options.layout !== 'force') params.set('layout', options.layout);
  if (options.lang !== 'fr') params.set('lang', options.lang);
  if (options.theme !== 'light') params.set('theme', options.theme);
  if (options.accent) params.set('accent', options.accent.slice(1));
  if (options.height !== 480) params.set('height', String(options.height));
  if (!options.legend) params.set('legend', '0');
  if (options.search) params.set('search', '1');
  if (options.table) params.set('table', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

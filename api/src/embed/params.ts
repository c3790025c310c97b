import { EMBED_LAYOUTS, type EmbedLookParameter } from '@maillage/schema/embed';
import { readNetworkFilter, writeNetworkFilter, type NetworkFilter, type UrlParameters } from '@maillage/schema/network-filter';
import { z } from 'zod';
import { first, parameterProblems, UrlParamsError } from '../http/queryParams.js';

const flag = (fallback: boolean) => z.preprocess((value) => first(value) ?? (fallback ? '1' : '0'), z.enum(['0', '1', 'true', 'false']))
  .transform((value) => value === '1' || value === 'true');

// How the embed looks; what it shows is the network filter's URL form, read by the one reader of
// @maillage/schema/network-filter (a territory may be a commune's INSEE code or an EPCI's SIREN).
const EmbedLook = z.object({
  layout: z.preprocess(first, z.enum(EMBED_LAYOUTS).default('force')),
  lang: z.preprocess(first, z.enum(['fr', 'en']).default('fr')),
  theme: z.preprocess(first, z.enum(['light', 'dark']).default('light')),
  accent: z.preprocess(first, z.string().regex(/^#?[0-9a-fA-F]{6}$/, 'a colour as six hex digits, e.g. 0b57a4')
    .transform((value) => `#${value.replace('#', '').toLowerCase()}`).optional()),
  height: z.preprocess(first, z.coerce.number().int().min(200).max(2000).default(480)),
  legend: flag(true),
  search: flag(false),
  table: flag(false),
} satisfies Record<EmbedLookParameter, z.ZodType>);

export type EmbedOptions = z.infer<typeof EmbedLook> & { filter: NetworkFilter };

export class EmbedParamsError extends UrlParamsError {
  constructor(problems: string[]) {
    super("Paramètres d'intégration invalides / invalid embed parameters", problems);
    this.name = 'EmbedParamsError';
  }
}

/** An embed's URL parameters, checked, each bad one named with what it expects. */
export function parseEmbedParams(query: UrlParameters): EmbedOptions {
  const { filter, problems } = readNetworkFilter(query);
  const look = EmbedLook.safeParse(query instanceof URLSearchParams ? Object.fromEntries(query) : query);
  if (!look.success) problems.push(...parameterProblems(look.error));
  if (problems.length > 0 || !look.success) throw new EmbedParamsError(problems);
  return { filter, ...look.data };
}

/** The query string that reopens the same embed (defaults left out, the territory as a collectivity knows it). */
export function embedQuery(options: EmbedOptions): string {
  const params = writeNetworkFilter(options.filter, new URLSearchParams(), { territoryAsCode: true });
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

import { SILO_COLOURS, SILOS, sharedTranslator, type SharedMessageKey, type Translator as AnyTranslator } from '@maillage/schema/vocabulary';
import type { EmbedNetwork, EmbedPayload } from '@maillage/schema/embed';
import type { EmbedOptions } from './params.js';

type Translator = AnyTranslator<SharedMessageKey>;

/** Text safe in HTML content and in a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON safe inside a `<script type="application/json">`: no `</script>` or comment opener can close it. */
const jsonInHtml = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function legend(i18n: Translator): string {
  return `<ul class="legend" aria-label="${escapeHtml(i18n.t('legend.silos'))}">${SILOS.map((silo) =>
    `<li><span class="swatch" style="background:${SILO_COLOURS[silo]}" aria-hidden="true"></span>${escapeHtml(i18n.silo(silo))}</li>`).join('')}</ul>`;
}

/**
 * The list of actors and their partners: what a screen reader reads, what shows without JavaScript, and the
 * table view when asked (RGAA: the picture has a text alternative carrying the same information).
 */
function actorList(network: EmbedNetwork, i18n: Translator): string {
  if (network.actors.length === 0) return `<p>${escapeHtml(i18n.t('embed.none'))}</p>`;
  const names = new Map(network.actors.map((actor) => [actor.id, actor.name]));
  const partners = new Map<string, string[]>();
  const add = (actor: string, partner: string): void => {
    const list = partners.get(actor);
    if (list) list.push(names.get(partner)!);
    else partners.set(actor, [names.get(partner)!]);
  };
  for (const link of network.links) {
    add(link.source, link.target);
    add(link.target, link.source);
  }
  const items = [...network.actors].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((actor) => {
    const theirs = [...new Set(partners.get(actor.id) ?? [])].sort((a, b) => a.localeCompare(b, 'fr'));
    const cooperation = theirs.length > 0 ? i18n.t('embed.partners', { names: theirs.join(', ') }) : i18n.t('embed.noPartner');
    return `<li><strong>${escapeHtml(actor.name)}</strong> — ${escapeHtml(i18n.silo(actor.silo))}, ${escapeHtml(i18n.kind(actor.kind))} ; ${escapeHtml(cooperation)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

export interface EmbedTheme {
  dark: boolean;
  accent?: string | undefined;
}

const MARKER = '<main id="maillage-embed"></main>';

/**
 * The page Vite built (explorer/embed.html) with the embed's language, title, theme and content. Each insertion is a
 * replacer function: a string replacement would read `$&`, `$'` or `$1` in an actor's name as splicing patterns.
 */
export function fillTemplate(template: string, content: { title: string; lang: string; body: string }, theme: EmbedTheme): string {
  const bodyTag = `<body${theme.dark ? ' class="theme-dark"' : ''}${theme.accent ? ` style="--accent:${theme.accent}"` : ''}>`;
  return template
    .replace('<html lang="fr">', () => `<html lang="${content.lang}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${content.title}</title>`)
    .replace('<body>', () => bodyTag)
    .replace(MARKER, () => `<main id="maillage-embed">${content.body}</main>`);
}

/** The embed's content inside the page Vite built (explorer/embed.html): everything but the script's own work. */
export function embedContent(network: EmbedNetwork, options: EmbedOptions, explorerUrl: string): { title: string; lang: string; body: string } {
  const i18n = sharedTranslator(options.lang);
  const summary = i18n.t('embed.summary', { actors: i18n.number(network.actors.length), links: i18n.number(network.links.length) });
  const settings: EmbedPayload['settings'] = { layout: options.layout, search: options.search, lang: options.lang };
  const body = `
  <h1 class="title">${escapeHtml(i18n.t('embed.title'))} <span class="summary">${escapeHtml(summary)}</span></h1>
  ${options.search ? `<label class="search">${escapeHtml(i18n.t('embed.search'))} <input type="search" id="maillage-search" list="maillage-names" autocomplete="off"></label>` : ''}
  <div id="maillage-graph" class="graph" style="height:${options.height}px" role="img" aria-label="${escapeHtml(`${i18n.t('embed.title')} : ${summary}`)}"></div>
  <p id="maillage-status" class="status" aria-live="polite"></p>
  ${options.legend ? legend(i18n) : ''}
  <section class="${options.table ? 'list' : 'list visually-hidden'}" aria-label="${escapeHtml(i18n.t('embed.listTitle'))}">
    <h2>${escapeHtml(i18n.t('embed.listTitle'))}</h2>
    ${actorList(network, i18n)}
  </section>
  <p class="source"><a href="${escapeHtml(explorerUrl)}" target="_blank" rel="noopener">${escapeHtml(i18n.t('embed.open'))}</a> · ${escapeHtml(i18n.t('embed.source'))}</p>
  <script type="application/json" id="maillage-data">${jsonInHtml({ settings, network })}</script>`;
  return { title: `${i18n.t('embed.title')} — Maillage`, lang: options.lang, body };
}

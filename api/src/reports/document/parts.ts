import { SILO_COLOURS, type ReportMessageKey, type Silo, type Translator } from '@maillage/schema/vocabulary';
import type { ActorRef } from '../../analytics/measures/actorRef.js';
import type { Shortened } from '../figures/figures.js';
import { escapeHtml as e } from './escape.js';
import type { NumberWords } from './format.js';

// The pieces every section of the report is written with: its words, a table, a silo's chip, a list of names.

export type T = Translator<ReportMessageKey>;

/** The report's language: its catalogue, its numbers, its days. */
export interface Words {
  t: T;
  n: NumberWords;
  day(iso: string): string;
}

export function table(words: Words, caption: string | null, headers: string[], rows: string[][], numeric: number[] = []): string {
  const title = caption ? `<caption>${e(caption)}</caption>` : '';
  if (rows.length === 0) return caption ? `<p><strong>${e(caption)}</strong> — ${e(words.t.t('report.none'))}</p>` : `<p>${e(words.t.t('report.none'))}</p>`;
  const cell = (tag: 'th' | 'td', text: string, i: number): string => `<${tag}${numeric.includes(i) ? ' class="number"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${text}</${tag}>`;
  return `<table>${title}<thead><tr>${headers.map((header, i) => cell('th', e(header), i)).join('')}</tr></thead>`
    + `<tbody>${rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

export const silo = (t: T, value: Silo): string => `<span class="silo" style="--silo:${SILO_COLOURS[value]}">${e(t.silo(value))}</span>`;
export const actor = (t: T, ref: ActorRef): string => `${e(ref.name)} <span class="names">(${e(t.silo(ref.silo))})</span>`;

export function names(words: Words, list: Shortened<ActorRef>): string {
  if (list.total === 0) return '';
  const more = list.total > list.shown.length ? ` ${e(words.t.t('report.andMore', { count: words.n.integer(list.total - list.shown.length) }))}` : '';
  return `<br><span class="names">${list.shown.map((ref) => e(ref.name)).join(', ')}${more}</span>`;
}


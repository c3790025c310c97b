import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Lang } from '@maillage/schema/vocabulary';

// Charts are Vega-Lite specifications rendered to SVG on the server: no browser, no canvas, the same picture in
// the HTML page and in the PDF. Text is measured by Vega's estimate (no canvas here), hence the generous widths.

const FONT = "system-ui, 'Segoe UI', Roboto, sans-serif";
const CONFIG = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a', gridColor: '#e4e4e0' },
  legend: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start' as const, color: '#1a1a1a' },
};

// Numbers on the axes as in the text around them: 1 000 in French (a narrow space), 1,000 in English.
const NUMBER_LOCALES: Record<Lang, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }> = {
  fr: { decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u00a0€'] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] },
};

export async function renderChart(spec: Omit<TopLevelSpec, 'config'>, title: string, lang: Lang): Promise<string> {
  const config = { ...CONFIG, locale: { number: NUMBER_LOCALES[lang] } };
  const view = new vega.View(vega.parse(compile({ ...spec, config } as TopLevelSpec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  await view.finalize();
  // The chart's name for screen readers: Vega writes no <title>.
  return svg.replace(/^<svg([^>]*)>/, (_, attributes: string) => `<svg${attributes} role="img" aria-label="${escapeAttribute(title)}">`);
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

export interface Bar {
  label: string;
  value: number;
  colour: string;
}

/** Horizontal bars with their value written at the end: counts a committee reads at a glance. */
export function barChart(bars: readonly Bar[], title: string, valueTitle: string, lang: Lang): Promise<string> {
  const spec = {
    width: 220,
    height: { step: 24 },
    data: { values: bars.map((bar, order) => ({ ...bar, order })) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 360 } },
      x: { field: 'value', type: 'quantitative', title: valueTitle, axis: { tickMinStep: 1 } },
    },
    layer: [
      { mark: { type: 'bar' }, encoding: { color: { field: 'colour', type: 'nominal', scale: null } } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { text: { field: 'value', type: 'quantitative' } } },
    ],
  };
  return renderChart(spec as Omit<TopLevelSpec, 'config'>, title, lang);
}

export interface HeatCell {
  row: string;
  column: string;
  value: number;
}

/**
 * A silo × silo heatmap, each cell's count written in it. `max` is shared by the two days' maps so that the same
 * colour means the same count; a single-hue sequential scale, readable by colour-blind readers.
 */
export function heatmap(cells: readonly HeatCell[], order: readonly string[], max: number, title: string, axes: { row: string; column: string }, lang: Lang): Promise<string> {
  const spec = {
    title,
    width: 240,
    height: 240,
    data: { values: cells },
    encoding: {
      y: { field: 'row', type: 'nominal', sort: order, title: axes.row },
      x: { field: 'column', type: 'nominal', sort: order, title: axes.column, axis: { labelAngle: 0 } },
    },
    layer: [
      { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { color: { field: 'value', type: 'quantitative', scale: { scheme: 'blues', domain: [0, Math.max(1, max)] }, legend: null } } },
      {
        mark: { type: 'text', fontSize: 15, fontWeight: 'bold' },
        encoding: {
          text: { field: 'value', type: 'quantitative' },
          color: { condition: { test: `datum.value > ${Math.max(1, max) * 0.55}`, value: 'white' }, value: '#1a1a1a' },
        },
      },
    ],
  };
  return renderChart(spec as Omit<TopLevelSpec, 'config'>, title, lang);
}

export interface StackPart {
  label: string;
  value: number;
  colour: string;
}

/** One bar cut into parts that add up to a whole (the needs: met, offered elsewhere, offered by nobody). */
export function stackedBar(parts: readonly StackPart[], title: string, lang: Lang): Promise<string> {
  const spec = {
    width: 520,
    height: 34,
    data: { values: parts.map((part, order) => ({ ...part, order })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: null },
      color: { field: 'label', type: 'nominal', scale: { domain: parts.map((part) => part.label), range: parts.map((part) => part.colour) }, legend: { orient: 'bottom', title: null, columns: 1, labelLimit: 480 } },
      order: { field: 'order' },
    },
  };
  return renderChart(spec as Omit<TopLevelSpec, 'config'>, title, lang);
}

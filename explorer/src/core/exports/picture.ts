// A picture of the network to take away (a slide, a report): the drawing framed by its title, the filter in words,
// the legend, the date and the source line. One SVG for both formats: the PNG is this SVG rasterised.
import { KIND_SHAPES, PROVENANCE_LINES, SILO_COLOURS, SILOS, shapePath, type ActorKind } from '@maillage/schema/vocabulary';

export interface PictureText {
  title: string;
  filter: string;
  /** "Made on 2 December 2026", in the page's language. */
  date: string;
  source: string;
  /** The legend rows' headings. */
  headings: { silos: string; kinds: string; lines: string };
  silos: Record<(typeof SILOS)[number], string>;
  kinds: readonly { kind: ActorKind; label: string }[];
  lines: readonly { provenance: keyof typeof PROVENANCE_LINES; label: string }[];
}

/** A name drawn on the network, in the drawing's own coordinates (under its node). */
export interface PictureName {
  x: number;
  y: number;
  text: string;
}

export interface PictureLook {
  background: string;
  text: string;
  muted: string;
  /** Behind names, so that they read over links. */
  halo?: string;
}

const WIDTH = 1600;
const MARGIN = 40;
const HEADER = 104;
const LEGEND = 128;
const FOOTER = 36;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** A small glyph of a kind's Cytoscape shape, centred on (x, y). */
function glyph(shape: string, x: number, y: number, fill: string): string {
  return `<path d="${shapePath(shape, x, y, 7)}" fill="${fill}"/>`;
}

const DASHES: Record<string, string> = { solid: '', dashed: ' stroke-dasharray="8 5"', dotted: ' stroke-dasharray="2 4"' };

/** The legend's three rows (silos, kinds, provenance of links), laid left to right. */
function legend(text: PictureText, look: PictureLook, top: number): string {
  const row = (y: number, title: string, items: string[]): string => `<text x="${MARGIN}" y="${y + 5}" font-weight="700" font-size="15" fill="${look.text}">${escapeXml(title)}</text>${items.join('')}`;
  let x = MARGIN + 150;
  const silos = SILOS.map((silo) => {
    const item = `<circle cx="${x + 7}" cy="${top}" r="8" fill="${SILO_COLOURS[silo]}"/><text x="${x + 22}" y="${top + 5}" font-size="15" fill="${look.text}">${escapeXml(text.silos[silo])}</text>`;
    x += 40 + text.silos[silo].length * 8.5;
    return item;
  });
  x = MARGIN + 150;
  const kinds = text.kinds.map(({ kind, label }) => {
    const item = `${glyph(KIND_SHAPES[kind], x + 7, top + 38, look.muted)}<text x="${x + 22}" y="${top + 43}" font-size="15" fill="${look.text}">${escapeXml(label)}</text>`;
    x += 40 + label.length * 8;
    return item;
  });
  x = MARGIN + 150;
  const lines = text.lines.map(({ provenance, label }) => {
    const item = `<line x1="${x}" y1="${top + 76}" x2="${x + 28}" y2="${top + 76}" stroke="${look.muted}" stroke-width="3"${DASHES[PROVENANCE_LINES[provenance]] ?? ''}/><text x="${x + 36}" y="${top + 81}" font-size="15" fill="${look.text}">${escapeXml(label)}</text>`;
    x += 56 + label.length * 8;
    return item;
  });
  return `<g>${row(top, text.headings.silos, silos)}${row(top + 38, text.headings.kinds, kinds)}${row(top + 76, text.headings.lines, lines)}</g>`;
}

/** The names the explorer showed, 13 px high in the picture whatever its scale, with a halo of the background. */
function namesOver(names: readonly PictureName[], look: PictureLook, fontSize: number): string {
  if (names.length === 0) return '';
  const halo = look.halo ?? look.background;
  const texts = names.map((name) => `<text x="${name.x.toFixed(1)}" y="${name.y.toFixed(1)}">${escapeXml(name.text)}</text>`).join('');
  return `<g font-size="${fontSize.toFixed(2)}" font-weight="600" text-anchor="middle" dominant-baseline="hanging" fill="${look.text}" stroke="${halo}" stroke-width="${(fontSize / 4).toFixed(2)}" paint-order="stroke" stroke-linejoin="round">${texts}</g>`;
}

/** The network's SVG (as cytoscape-svg writes it, prolog and all) framed into a picture ready for a slide. */
export function framePicture(networkSvg: string, size: { width: number; height: number }, text: PictureText, look: PictureLook, names: readonly PictureName[] = []): string {
  const inner = networkSvg.slice(networkSvg.indexOf('<svg'));
  const drawWidth = WIDTH - 2 * MARGIN;
  const scale = size.width > 0 ? Math.min(drawWidth / size.width, 1.6) : 1;
  const drawHeight = Math.max(200, Math.ceil(size.height * scale));
  const height = HEADER + drawHeight + LEGEND + FOOTER + MARGIN;
  const offsetX = MARGIN + (drawWidth - size.width * scale) / 2;
  const legendTop = HEADER + drawHeight + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, 'Segoe UI', Roboto, sans-serif">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${look.background}"/>`,
    `<text x="${MARGIN}" y="52" font-size="30" font-weight="700" fill="${look.text}">${escapeXml(text.title)}</text>`,
    `<text x="${MARGIN}" y="84" font-size="17" fill="${look.muted}">${escapeXml(text.filter)}</text>`,
    `<g transform="translate(${offsetX} ${HEADER}) scale(${scale})">${inner}${namesOver(names, look, 13 / scale)}</g>`,
    legend(text, look, legendTop),
    `<text x="${MARGIN}" y="${height - MARGIN / 2 - 6}" font-size="14" fill="${look.muted}">${escapeXml(`${text.date} · ${text.source}`)}</text>`,
    '</svg>',
  ].join('');
}

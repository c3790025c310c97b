import { KIND_SHAPES, LINK_COLOURS, nodeSize, PLAIN_LINKS_FROM, PROVENANCE_LINES, SILO_COLOURS, shapePath } from '@maillage/schema/vocabulary';
import type { PictureData } from '../figures/picture.js';
import { escapeHtml } from './escape.js';

const WIDTH = 1000;
const DASHES: Record<string, string> = { solid: '', dashed: '8 5', dotted: '2 4' };

/**
 * The network on one of the report's two days, drawn as the explorer draws it: the explorer's positions (the
 * server layout), colours, shapes, link colours and dash patterns (schema/vocabulary/presentation.ts), node sizes
 * from the day's partners. One path per style rather than one element per actor, so that 10,000 actors stay light.
 */
export function networkPicture(picture: PictureData, day: 'then' | 'now', label: string): string {
  const { nodes } = picture;
  if (nodes.length === 0) return '';
  const [minX, maxX, minY, maxY] = bounds(picture);
  const pad = 40;
  const width = maxX - minX + 2 * pad;
  const height = maxY - minY + 2 * pad;
  // One unit of the drawing, in pixels of a 1,000-pixel-wide picture: texts and strokes keep their size.
  const unit = width / WIDTH;
  const degree = (i: number): number => (day === 'then' ? nodes[i]!.degreeThen : nodes[i]!.degreeNow);

  // The explorer's level of detail: a large network's links drawn plain (the PDF stays a few MB, not tens).
  const plain = picture.links.length >= PLAIN_LINKS_FROM;
  const linkPaths = new Map<string, string[]>();
  for (const link of picture.links) {
    if (!(day === 'then' ? link.then : link.now)) continue;
    const key = `${LINK_COLOURS[link.kind]}|${plain ? 'solid' : PROVENANCE_LINES[link.provenance]}`;
    const a = nodes[link.a]!;
    const b = nodes[link.b]!;
    const segment = `M${Math.round(a.x)} ${Math.round(a.y)}L${Math.round(b.x)} ${Math.round(b.y)}`;
    const list = linkPaths.get(key);
    if (list) list.push(segment);
    else linkPaths.set(key, [segment]);
  }
  const nodePaths = new Map<string, string[]>();
  nodes.forEach((node, i) => {
    const key = SILO_COLOURS[node.silo];
    const path = shapePath(KIND_SHAPES[node.kind], node.x, node.y, nodeSize(degree(i)) / 2);
    const list = nodePaths.get(key);
    if (list) list.push(path);
    else nodePaths.set(key, [path]);
  });
  const links = [...linkPaths].map(([key, segments]) => {
    const [colour, line] = key.split('|') as [string, string];
    const dash = DASHES[line] ? ` stroke-dasharray="${DASHES[line]!.split(' ').map((value) => Number(value) * unit * 1.5).join(' ')}"` : '';
    return `<path d="${segments.join('')}" stroke="${colour}" stroke-width="${(2 * unit).toFixed(2)}" stroke-opacity="0.55" fill="none"${dash}/>`;
  }).join('');
  const shapes = [...nodePaths].map(([colour, paths]) => `<path d="${paths.join('')}" fill="${colour}" stroke="#ffffff" stroke-width="${(1 * unit).toFixed(2)}"/>`).join('');
  const fontSize = 13 * unit;
  // A light box behind each name rather than a stroked halo: a stroke prints the text twice, and a PDF's reader
  // would read each name twice.
  const placed = namesApart(picture, degree, fontSize);
  const boxes = placed.map(({ x, y, half }) => `<rect x="${Math.round(x - half - fontSize / 4)}" y="${Math.round(y - fontSize)}" width="${Math.round(2 * half + fontSize / 2)}" height="${Math.round(fontSize * 1.3)}" rx="${Math.round(fontSize / 4)}"/>`).join('');
  const names = placed.map(({ x, y, name }) => `<text x="${Math.round(x)}" y="${Math.round(y)}">${escapeHtml(name)}</text>`).join('');
  return [
    `<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="${Math.floor(minX - pad)} ${Math.floor(minY - pad)} ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    `<g>${links}</g><g>${shapes}</g>`,
    `<g fill="#ffffff" fill-opacity="0.85">${boxes}</g>`,
    `<g font-family="system-ui, 'Segoe UI', Roboto, sans-serif" font-size="${fontSize.toFixed(1)}" font-weight="600" text-anchor="middle" fill="#1a1a1a">${names}</g>`,
    '</svg>',
  ].join('');
}

/** The names to write, best connected first, each under its actor, leaving out any that would cover one already written. */
function namesApart(picture: PictureData, degree: (node: number) => number, fontSize: number): Array<{ x: number; y: number; name: string; half: number }> {
  const placed: Array<{ x: number; y: number; name: string; half: number }> = [];
  for (const { node, name } of picture.names) {
    const { x, y: centre } = picture.nodes[node]!;
    const y = centre + nodeSize(degree(node)) / 2 + fontSize * 1.1;
    // Sans-serif capitals and lower case average about 0.58 of the font size.
    const half = (name.length * fontSize * 0.58) / 2;
    if (placed.some((other) => Math.abs(other.x - x) < other.half + half && Math.abs(other.y - y) < fontSize * 1.2)) continue;
    placed.push({ x, y, name, half });
  }
  return placed;
}

function bounds({ nodes }: PictureData): [number, number, number, number] {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of nodes) {
    minX = Math.min(minX, x - 40);
    maxX = Math.max(maxX, x + 40);
    minY = Math.min(minY, y - 40);
    maxY = Math.max(maxY, y + 60);
  }
  return [minX, maxX, minY, maxY];
}

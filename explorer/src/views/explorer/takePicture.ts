import { PROVENANCE_LINES, SILOS } from '@maillage/schema/vocabulary';
import { framePicture } from '../../core/exports/picture.js';
import type { Translator } from '../../core/i18n/catalogue.js';
import { token } from '../../ui/index.js';
import { download } from './download.js';
import { SHOWN_KINDS } from './Legend.js';
import type { NetworkHandle } from './NetworkView.js';

/** Rasterises an SVG document at twice its size, for sharp slides. */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('takePicture: the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the network as a framed picture (title, filter in words, legend, date, source), as SVG or PNG. */
export async function takePicture(network: NetworkHandle, format: 'png' | 'svg', i18n: Translator, filterWords: string): Promise<void> {
  const size = network.size();
  const names = network.names().map((name) => ({ x: name.model.x - size.left, y: name.model.y - size.top + name.model.size / 2 + 2, text: name.text }));
  const svg = framePicture(network.svg(), size, {
    title: i18n.t('app.title'),
    filter: filterWords,
    date: i18n.t('picture.made', { date: i18n.date(new Date().toISOString().slice(0, 10)) }),
    source: i18n.t('picture.source', { url: window.location.origin }),
    headings: { silos: i18n.t('legend.silos'), kinds: i18n.t('legend.shape'), lines: i18n.t('picture.lines') },
    silos: Object.fromEntries(SILOS.map((silo) => [silo, i18n.silo(silo)])) as Record<(typeof SILOS)[number], string>,
    kinds: SHOWN_KINDS.map((kind) => ({ kind, label: i18n.kind(kind) })),
    lines: (Object.keys(PROVENANCE_LINES) as (keyof typeof PROVENANCE_LINES)[]).map((provenance) => ({ provenance, label: i18n.provenance(provenance) })),
  }, { background: token('--canvas'), text: token('--text'), muted: token('--text-muted') }, names);
  const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await rasterise(svg, Number(width), Number(height));
  download(blob, `maillage-reseau.${format}`);
}

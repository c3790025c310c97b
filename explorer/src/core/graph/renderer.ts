import type { Core, CytoscapeOptions } from 'cytoscape';

/**
 * How Cytoscape draws: on a 2D canvas (the default: measured the faster here, see docs/benchmarks.md), or with
 * its WebGL renderer (experimental in Cytoscape), chosen by `?renderer=webgl` and kept only if it keeps up.
 */
export const RENDERERS = ['canvas', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** Below this, the WebGL renderer is given up for the canvas: panning would stutter. */
export const MIN_FRAMES_PER_SECOND = 30;

/** Cytoscape's options for a renderer; WebGL clears to the page's background (`[r, g, b]`), as the canvas shows it. */
export function rendererOptions(renderer: RendererName, background: [number, number, number]): Partial<CytoscapeOptions> {
  if (renderer === 'canvas') return {};
  // Rendering hints are read from the core's options; the typings list only some of them.
  return { webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 2048, webglTexPerBatch: 16, webglBgColor: background } as Partial<CytoscapeOptions>;
}

/** `#rrggbb` or `rgb(r, g, b)` as three numbers (black where unreadable). */
export function rgbOf(colour: string): [number, number, number] {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(colour.trim());
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const numbers = colour.match(/\d+/g)?.slice(0, 3).map(Number);
  return numbers?.length === 3 ? [numbers[0]!, numbers[1]!, numbers[2]!] : [0, 0, 0];
}

/**
 * The frames a second the browser draws while the view moves: the view is nudged by half a pixel one way then the
 * other at each frame for `ms`, so nothing visibly moves, and every frame has to be drawn again.
 */
export function probeFrameRate(cy: Core, ms = 1000): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const step = (): void => {
      cy.panBy({ x: frames % 2 === 0 ? 0.5 : -0.5, y: 0 });
      frames += 1;
      const elapsed = performance.now() - start;
      if (elapsed < ms) requestAnimationFrame(step);
      else resolve(frames / (elapsed / 1000));
    };
    requestAnimationFrame(step);
  });
}

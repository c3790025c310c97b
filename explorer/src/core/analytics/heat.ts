// A single-hue sequential scale (light to dark blue): density reads as lightness, which every colour-vision
// deficiency keeps, and each cell also prints its number.
const LIGHT = [239, 246, 255];
const DARK = [8, 48, 107];

/** WCAG's relative luminance of an sRGB colour given as 0–255 channels. */
function luminance(rgb: readonly number[]): number {
  const linear = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

/** Black or white, whichever contrasts more with the background: at worst 4.58:1, which WCAG AA accepts. */
function readableOn(rgb: readonly number[]): string {
  const l = luminance(rgb);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** Background for a share in [0, 1] relative to the largest one, and a text colour readable on it. */
export function heatColours(value: number | null, max: number): { background: string; color: string } {
  if (value === null || max <= 0) return { background: '#f4f4f2', color: '#4a4a4a' };
  const t = Math.sqrt(Math.min(1, Math.max(0, value / max)));
  const rgb = [0, 1, 2].map((i) => Math.round(LIGHT[i]! + (DARK[i]! - LIGHT[i]!) * t));
  return { background: `rgb(${rgb.join(', ')})`, color: readableOn(rgb) };
}

// A single-hue sequential scale (light to dark blue): density reads as lightness, which every colour-vision
// deficiency keeps, and each cell also prints its number.
const LIGHT = [239, 246, 255];
const DARK = [8, 48, 107];

/** Background for a share in [0, 1] relative to the largest one, and a text colour readable on it. */
export function heatColours(value: number | null, max: number): { background: string; color: string } {
  if (value === null || max <= 0) return { background: '#f4f4f2', color: '#555555' };
  const t = Math.sqrt(Math.min(1, Math.max(0, value / max)));
  const channel = (i: number): number => Math.round(LIGHT[i]! + (DARK[i]! - LIGHT[i]!) * t);
  return { background: `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`, color: t > 0.55 ? '#ffffff' : '#1a1a1a' };
}

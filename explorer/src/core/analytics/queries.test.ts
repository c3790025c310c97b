import { describe, expect, it } from 'vitest';
import { heatColours } from './heat.js';

describe('heatColours', () => {
  it('darkens with the value and keeps the text readable', () => {
    expect(heatColours(0, 1)).toEqual({ background: 'rgb(239, 246, 255)', color: '#000000' });
    expect(heatColours(1, 1)).toEqual({ background: 'rgb(8, 48, 107)', color: '#ffffff' });
    expect(heatColours(null, 1).background).toBe('#f4f4f2');
  });

  it('keeps every shade at WCAG AA contrast (4.5:1) with its text', () => {
    const luminance = (css: string): number => {
      const channels = css.startsWith('#') ? [1, 3, 5].map((at) => parseInt(css.slice(at, at + 2), 16)) : css.match(/\d+/g)!.map(Number);
      const [r, g, b] = channels.map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (let value = 0; value <= 100; value += 1) {
      const { background, color } = heatColours(value / 100, 1);
      const [light, dark] = [luminance(background), luminance(color)].sort((a, b) => b - a);
      expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { heatColours } from './heat.js';

describe('heatColours', () => {
  it('darkens with the value and keeps the text readable', () => {
    expect(heatColours(0, 1)).toEqual({ background: 'rgb(239, 246, 255)', color: '#1a1a1a' });
    expect(heatColours(1, 1)).toEqual({ background: 'rgb(8, 48, 107)', color: '#ffffff' });
    expect(heatColours(null, 1).background).toBe('#f4f4f2');
  });
});

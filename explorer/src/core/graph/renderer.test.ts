import { describe, expect, it } from 'vitest';
import { rendererOptions, rgbOf } from './renderer.js';

describe('rendererOptions', () => {
  it('asks nothing of the canvas, and WebGL with the page background', () => {
    expect(rendererOptions('canvas', [1, 2, 3])).toEqual({});
    expect(rendererOptions('webgl', [1, 2, 3])).toMatchObject({ webgl: true, webglBgColor: [1, 2, 3] });
  });
});

describe('rgbOf', () => {
  it('reads hex and rgb() colours', () => {
    expect(rgbOf('#0072B2')).toEqual([0, 114, 178]);
    expect(rgbOf(' rgb(255, 250, 240) ')).toEqual([255, 250, 240]);
    expect(rgbOf('transparent')).toEqual([0, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { isSupportedVersion, parseVersion } from './compat.js';

describe('Neo4j version check', () => {
  it('parses versions', () => {
    expect(parseVersion('5.26.19')).toEqual([5, 26]);
    expect(parseVersion('2025.01.0')).toEqual([2025, 1]);
  });

  it('accepts 5.23 and later, refuses older', () => {
    expect(isSupportedVersion('5.26.19')).toBe(true);
    expect(isSupportedVersion('5.23.0')).toBe(true);
    expect(isSupportedVersion('2025.10.1')).toBe(true);
    expect(isSupportedVersion('5.22.0')).toBe(false);
    expect(isSupportedVersion('4.4.30')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findJava, javaMajorVersion } from './java.js';

describe('javaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('garbage')).toBeUndefined();
  });
});

describe('findJava', () => {
  it('names the missing binary and what to do', () => {
    expect(() => findJava({ JAVA_HOME: '/nonexistent' })).toThrow(/cannot run "\/nonexistent\/bin\/java".*install Java 17\+ or set JAVA_HOME/);
  });
});

import { GraphQLError, Kind } from 'graphql';
import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Confidence, Intensity } from './scalars.js';

describe('Intensity', () => {
  it('takes whole numbers from 1 to 3 and hands them to Neo4j as integers', () => {
    const stored = Intensity.parseValue(2);
    expect(isInt(stored)).toBe(true);
    expect(String(stored)).toBe('2');
    expect(isInt(Intensity.parseLiteral({ kind: Kind.INT, value: '3' }, {}))).toBe(true);
  });

  it('refuses anything else with BAD_USER_INPUT, naming the scalar and the value', () => {
    for (const value of [0, 4, 1.5, '2', null]) {
      expect(() => Intensity.parseValue(value)).toThrow(GraphQLError);
    }
    try {
      Intensity.parseValue(4);
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).message).toMatch(/Intensity.*4/);
    }
    expect(() => Intensity.parseLiteral({ kind: Kind.FLOAT, value: '2.0' }, {})).toThrow(/whole number/);
  });

  it('serializes integers read back from Neo4j', () => {
    expect(Intensity.serialize({ toNumber: () => 3 })).toBe(3);
  });
});

describe('Confidence', () => {
  it('takes numbers from 0 to 1', () => {
    expect(Confidence.parseValue(0.75)).toBe(0.75);
    expect(Confidence.parseLiteral({ kind: Kind.INT, value: '1' }, {})).toBe(1);
    expect(() => Confidence.parseValue(1.2)).toThrow(/Confidence/);
  });
});

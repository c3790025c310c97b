import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from './values.js';

describe('backup values', () => {
  it('keep the exact Neo4j type of every property through JSON', () => {
    const values = [
      'texte', true, 0.5, 1, -0, neo4j.int('9007199254740993'), [neo4j.int(1), neo4j.int(2)], ['a', 'b'],
      new neo4j.types.Point(neo4j.int(4326), 0.48, 44.85), new neo4j.types.Point(neo4j.int(9157), 1, 2, 3),
      new neo4j.types.Date(2024, 2, 29), new neo4j.types.DateTime(2026, 11, 29, 16, 30, 5, 123456789, 0),
      new neo4j.types.DateTime(2026, 3, 29, 2, 30, 0, 0, undefined, 'Europe/Paris'), new neo4j.types.LocalDateTime(2026, 1, 1, 0, 0, 0, 1),
      new neo4j.types.LocalTime(12, 0, 0, 0), new neo4j.types.Time(12, 0, 0, 0, 3600), new neo4j.types.Duration(1, 2, 3, 4),
    ];
    for (const value of values) {
      const decoded = decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));
      expect(encodeValue(decoded), String(value)).toEqual(encodeValue(value));
    }
    expect(encodeValue(neo4j.int(3))).toEqual({ $int: '3' });
    expect(encodeValue(3)).toBe(3);
    expect(() => encodeValue(new Map())).toThrow(/encodeValue: no encoding for a \[object Map\]/);
  });
});

import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';

// Neo4j's values, converted in one place: as numbers (driver Integers), as plain JSON (the journal, the diffs), as
// typed JSON (backups).

/** A number read from Neo4j: integers come back as driver Integers unless the driver is told otherwise. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') return value.toNumber() as number;
  return Number(value);
}

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A value read from Neo4j (or parsed by a GraphQL scalar) as plain JSON: what the journal and the diffs hold. */
export function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, plain(item)]));
  }
  return value as Plain;
}


/**
 * Neo4j property values as JSON that keeps their exact type: an integer stays an integer (never a float), a date a
 * date, a point a point. Plain JSON numbers are floats; every other type is tagged: {"$int": "42"}.
 */
export type Encoded = string | number | boolean | null | Encoded[] | { [tag: string]: unknown };

const num = (value: unknown): number => (isInt(value) ? value.toNumber() : Number(value));

export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // A float that happens to be whole (1.0) would read back as an integer-looking 1: tag the special cases.
    return Number.isFinite(value) && !Object.is(value, -0) ? value : { $float: Object.is(value, -0) ? '-0' : String(value) };
  }
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isPoint(value)) return { $point: { srid: num(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) } };
  if (isDate(value)) return { $date: [num(value.year), num(value.month), num(value.day)] };
  if (isLocalTime(value)) return { $localtime: [num(value.hour), num(value.minute), num(value.second), num(value.nanosecond)] };
  if (isTime(value)) return { $time: [num(value.hour), num(value.minute), num(value.second), num(value.nanosecond), num(value.timeZoneOffsetSeconds)] };
  if (isLocalDateTime(value)) return { $localdatetime: [num(value.year), num(value.month), num(value.day), num(value.hour), num(value.minute), num(value.second), num(value.nanosecond)] };
  if (isDateTime(value)) {
    return { $datetime: [num(value.year), num(value.month), num(value.day), num(value.hour), num(value.minute), num(value.second), num(value.nanosecond), value.timeZoneOffsetSeconds === undefined ? null : num(value.timeZoneOffsetSeconds), value.timeZoneId ?? null] };
  }
  if (isDuration(value)) return { $duration: [num(value.months), num(value.days), num(value.seconds), num(value.nanoseconds)] };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  throw new Error(`encodeValue: no encoding for a ${Object.prototype.toString.call(value)} property`);
}

type Tagged = Record<string, unknown>;

export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [tag, raw] = Object.entries(value as Tagged)[0] ?? [];
  const parts = raw as number[];
  switch (tag) {
    case '$int': return neo4j.int(raw as string);
    case '$float': return Number(raw);
    case '$point': {
      const point = raw as { srid: number; x: number; y: number; z?: number };
      return new neo4j.types.Point(neo4j.int(point.srid), point.x, point.y, point.z);
    }
    case '$date': return new neo4j.types.Date(parts[0]!, parts[1]!, parts[2]!);
    case '$localtime': return new neo4j.types.LocalTime(parts[0]!, parts[1]!, parts[2]!, parts[3]!);
    case '$time': return new neo4j.types.Time(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!);
    case '$localdatetime': return new neo4j.types.LocalDateTime(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!, parts[6]!);
    case '$datetime': {
      const [year, month, day, hour, minute, second, nanosecond, offset, zone] = raw as [number, number, number, number, number, number, number, number | null, string | null];
      return new neo4j.types.DateTime(year, month, day, hour, minute, second, nanosecond, offset ?? undefined, zone ?? undefined);
    }
    case '$duration': return new neo4j.types.Duration(parts[0]!, parts[1]!, parts[2]!, parts[3]!);
    case '$bytes': return Buffer.from(raw as string, 'base64');
    default: throw new Error(`decodeValue: unknown tag ${String(tag)}`);
  }
}

export function encodeProperties(properties: Record<string, unknown>): Record<string, Encoded> {
  return Object.fromEntries(Object.keys(properties).sort().map((key) => [key, encodeValue(properties[key])]));
}

export function decodeProperties(properties: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}

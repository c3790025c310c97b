import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { int, type Integer } from 'neo4j-driver';

interface RangeScalar {
  name: string;
  min: number;
  max: number;
  integer: boolean;
  meaning: string;
}

function badValue(scalar: RangeScalar, value: unknown): GraphQLError {
  const range = `${scalar.min}–${scalar.max}`;
  return new GraphQLError(
    `${scalar.name} : valeur ${JSON.stringify(value)} invalide, attendu ${scalar.integer ? 'un entier' : 'un nombre'} ` +
      `de ${range} (${scalar.meaning}). / ${scalar.name}: ${JSON.stringify(value)} is not a ` +
      `${scalar.integer ? 'whole number' : 'number'} in ${range}.`,
    { extensions: { code: 'BAD_USER_INPUT', field: scalar.name, value } },
  );
}

function check(scalar: RangeScalar, value: unknown): number {
  const number = typeof value === 'object' && value !== null && 'toNumber' in value
    ? (value as { toNumber(): number }).toNumber() // neo4j-driver Integer, read back from the database
    : value;
  if (typeof number !== 'number' || Number.isNaN(number)) throw badValue(scalar, value);
  if (scalar.integer && !Number.isInteger(number)) throw badValue(scalar, value);
  if (number < scalar.min || number > scalar.max) throw badValue(scalar, value);
  return number;
}

function literal(scalar: RangeScalar, node: ValueNode): number {
  if (node.kind === Kind.INT || (node.kind === Kind.FLOAT && !scalar.integer)) return check(scalar, Number(node.value));
  throw badValue(scalar, 'value' in node ? node.value : node.kind);
}

// A JavaScript number reaches Neo4j as a float: whole-number scalars are handed to the driver as Integers,
// so that a value written through GraphQL is stored exactly like one written by the seed (toInteger).
function toStored(scalar: RangeScalar, value: number): number | Integer {
  return scalar.integer ? int(value) : value;
}

/** A number scalar that refuses anything outside its range, so bad values never reach the database. */
function rangeScalar(scalar: RangeScalar): GraphQLScalarType<number | Integer, number> {
  return new GraphQLScalarType<number | Integer, number>({
    name: scalar.name,
    serialize: (value) => check(scalar, value),
    parseValue: (value) => toStored(scalar, check(scalar, value)),
    parseLiteral: (node) => toStored(scalar, literal(scalar, node)),
  });
}

export const Intensity = rangeScalar({ name: 'Intensity', min: 1, max: 3, integer: true, meaning: '1 ponctuelle, 3 structurante' });
export const Confidence = rangeScalar({ name: 'Confidence', min: 0, max: 1, integer: false, meaning: 'degré de confiance' });

/** Resolvers for the custom scalars that the SDL declares. */
export const scalarResolvers = { Intensity, Confidence };

import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { int, type Integer } from 'neo4j-driver';
import { EMBED_PARAMETERS } from './embed/index.js';
import { normaliseWorkshopCode, WORKSHOP_CODE_ALPHABET } from './workshopCode.js';

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

/** A string scalar that refuses what its test refuses, saying what it expects. */
function patternScalar(name: string, test: (value: string) => boolean, expected: string): GraphQLScalarType<string, string> {
  const checked = (value: unknown): string => {
    if (typeof value === 'string' && test(value)) return value;
    throw new GraphQLError(`${name} : ${JSON.stringify(value)} invalide, attendu ${expected}. / ${name}: ${JSON.stringify(value)} is not valid.`, {
      extensions: { code: 'BAD_USER_INPUT', field: name, value },
    });
  };
  return new GraphQLScalarType<string, string>({
    name,
    serialize: checked,
    parseValue: checked,
    parseLiteral: (node) => checked(node.kind === Kind.STRING ? node.value : node.kind),
  });
}

export const Slug = patternScalar('Slug', (value) => /^[a-z0-9][a-z0-9-]{0,59}$/.test(value), 'minuscules, chiffres et tirets, 60 caractères au plus');


export const EmbedQuery = patternScalar('EmbedQuery', (value) => {
  if (value.length > 500) return false;
  const params = new URLSearchParams(value.replace(/^\?/, ''));
  return [...params].every(([key, item]) => (EMBED_PARAMETERS as readonly string[]).includes(key) && /^[\w:,.#-]{0,200}$/.test(item));
}, "les paramètres d'une intégration (territory=200070647&theme=dark…)");

/** A join code as typed on a phone (lower case, spaces and dashes are fine); read as its six upper-case characters. */
export const WorkshopCode = new GraphQLScalarType<string, string>({
  name: 'WorkshopCode',
  serialize: (value) => String(value),
  parseValue: (value) => workshopCode(value),
  parseLiteral: (node) => workshopCode(node.kind === Kind.STRING ? node.value : node.kind),
});

function workshopCode(value: unknown): string {
  const code = typeof value === 'string' ? normaliseWorkshopCode(value) : null;
  if (code) return code;
  throw new GraphQLError(
    `WorkshopCode : ${JSON.stringify(value)} n'est pas un code d'atelier (six caractères parmi ${WORKSHOP_CODE_ALPHABET}). / WorkshopCode: ${JSON.stringify(value)} is not a workshop code.`,
    { extensions: { code: 'BAD_USER_INPUT', field: 'WorkshopCode', value } },
  );
}

/** Resolvers for the custom scalars that the SDL declares. */
export const scalarResolvers = { Intensity, Confidence, Slug, EmbedQuery, WorkshopCode };

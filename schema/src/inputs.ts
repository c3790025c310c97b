import { Kind, parse, type TypeNode } from 'graphql';
import { typeDefs } from './typeDefs.js';

export interface InputField {
  name: string;
  /** The named type: a scalar (String, Float, Intensity…), an enum, or another input type. */
  type: string;
  list: boolean;
  required: boolean;
}

const document = parse(typeDefs);

function unwrap(node: TypeNode): { type: string; list: boolean; required: boolean } {
  if (node.kind === Kind.NON_NULL_TYPE) return { ...unwrap(node.type), required: true };
  if (node.kind === Kind.LIST_TYPE) return { ...unwrap(node.type), list: true, required: false };
  return { type: node.name.value, list: false, required: false };
}

/** The fields of one of the SDL's input types, so that other readers of the same data (imports) follow the SDL. */
export function inputFields(typeName: string): InputField[] {
  const definition = document.definitions.find((node) => node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && node.name.value === typeName);
  if (!definition || definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) throw new Error(`inputFields: no input type ${typeName} in the SDL`);
  return (definition.fields ?? []).map((field) => ({ name: field.name.value, ...unwrap(field.type), required: field.type.kind === Kind.NON_NULL_TYPE }));
}

/** The values of one of the SDL's enums; null when `typeName` is not an enum. */
export function enumValues(typeName: string): string[] | null {
  const definition = document.definitions.find((node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === typeName);
  return definition?.kind === Kind.ENUM_TYPE_DEFINITION ? (definition.values ?? []).map((value) => value.name.value) : null;
}

// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import { handwrittenTypeDefs } from '@maillage/schema';
import { Kind, parse, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

const BUILT_IN: Record<string, unknown> = { ID, String, Boolean, Int, Float };

function unwrap(node: TypeNode): { named: string; list: boolean; required: boolean } {
  if (node.kind === Kind.NON_NULL_TYPE) return { ...unwrap(node.type), required: true };
  if (node.kind === Kind.LIST_TYPE) return { named: unwrap(node.type).named, list: true, required: false };
  return { named: node.name.value, list: false, required: false };
}

function definition(name: string): InputObjectTypeDefinitionNode {
  const found = parse(handwrittenTypeDefs).definitions
    .find((node): node is InputObjectTypeDefinitionNode => node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && node.name.value === name);
  if (!found) throw new Error(`sdlInputType: no input ${name} in schema/handwritten/`);
  return found;
}

/**
 * The type-graphql input of one of the SDL's hand-written inputs (schema/handwritten/), its fields and descriptions
 * read from the SDL, so that they are written once. `types` gives the API's objects for the SDL's enums and scalars.
 */
export function sdlInputType<T extends object>(name: string, types: Record<string, unknown>): new () => T {
  const node = definition(name);
  const Input = class {};
  Object.defineProperty(Input, 'name', { value: `${name}Input` });
  for (const field of node.fields ?? []) {
    const { named, list, required } = unwrap(field.type);
    const type = types[named] ?? BUILT_IN[named];
    if (!type) throw new Error(`sdlInputType: ${name}.${field.name.value} is a ${named}, which the API was not given`);
    Field(() => (list ? [type] : type), { nullable: !required, ...(field.description ? { description: field.description.value } : {}) })(
      Input.prototype, field.name.value,
    );
  }
  InputType(name, node.description ? { description: node.description.value } : {})(Input);
  return Input as new () => T;
}

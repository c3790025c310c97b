import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './typeDefs.js';

// Researchers read the schema in GraphiQL's documentation: every type, field and enum value of the domain says
// what it means, in French then English.
function undescribed(definition: DefinitionNode): string[] {
  if (!('name' in definition) || !definition.name) return [];
  const name = definition.name.value;
  // The root types are the API's own, described by the library; their hand-written fields are described here.
  const root = name === 'Query' || name === 'Mutation';
  const own = root || ('description' in definition && definition.description) ? [] : [name];
  const fields = 'fields' in definition ? (definition.fields ?? []).filter((field) => !field.description).map((field) => `${name}.${field.name.value}`) : [];
  const values = definition.kind === Kind.ENUM_TYPE_DEFINITION
    ? (definition.values ?? []).filter((value) => !value.description).map((value) => `${name}.${value.name.value}`)
    : [];
  return [...own, ...fields, ...values];
}

describe('the domain SDL', () => {
  const definitions = parse(typeDefs).definitions;

  it('describes every type, field and enum value', () => {
    expect(definitions.flatMap(undescribed)).toEqual([]);
  });

  it('says each description in French, then English', () => {
    const descriptions = definitions.flatMap((definition) => [
      ...('description' in definition && definition.description ? [definition.description.value] : []),
      ...('fields' in definition ? (definition.fields ?? []).flatMap((field) => (field.description ? [field.description.value] : [])) : []),
    ]);
    expect(descriptions.filter((text) => !text.includes(' / ') && !/\n.+/.test(text))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { selectsField } from './selection.js';

function infoOf(source: string): Parameters<typeof selectsField>[0] {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('sees a sub-field asked directly', () => {
    expect(selectsField(infoOf('{ network { actors { id } layout { x y } } }'), 'layout')).toBe(true);
    expect(selectsField(infoOf('{ network { actors { id } } }'), 'layout')).toBe(false);
  });

  it('does not mistake a deeper field of the same name', () => {
    expect(selectsField(infoOf('{ network { actors { layout: id } } }'), 'layout')).toBe(false);
  });

  it('sees a sub-field asked through fragments, named or inline, and survives a fragment cycle', () => {
    expect(selectsField(infoOf('{ network { ...Drawn } } fragment Drawn on NetworkResult { layout { x } }'), 'layout')).toBe(true);
    expect(selectsField(infoOf('{ network { ... on NetworkResult { layout { y } } } }'), 'layout')).toBe(true);
    expect(selectsField(infoOf('{ network { ...A } } fragment A on NetworkResult { ...A actors { id } }'), 'layout')).toBe(false);
  });
});

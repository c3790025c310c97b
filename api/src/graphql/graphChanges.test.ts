import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { changesTheGraph } from './graphChanges.js';

function rootFields(query: string): FieldNode[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return operation.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
}

const changes = (query: string, variables: Record<string, unknown> = {}): boolean => rootFields(query).some((field) => changesTheGraph(field, variables));

describe('changesTheGraph', () => {
  it('is true for the edits, moderation and erasure', () => {
    expect(changes('mutation { saveActor(input: {}) { id } }')).toBe(true);
    expect(changes('mutation { deleteEntity(entity: ACTOR, id: "x") { id } }')).toBe(true);
    expect(changes('mutation { acceptProposal(id: "p") { id } }')).toBe(true);
  });

  it('is false for what leaves the graph as it was: sign-in, declarations, __typename', () => {
    expect(changes('mutation { __typename }')).toBe(false);
    expect(changes('mutation { login(email: "a", password: "b") { token } }')).toBe(false);
    expect(changes('mutation { declare(input: {}) { id } }')).toBe(false);
  });

  it('counts an import only when it is not a dry run', () => {
    expect(changes('mutation { importData(actors: "") { dryRun } }')).toBe(false);
    expect(changes('mutation { importData(actors: "", dryRun: true) { dryRun } }')).toBe(false);
    expect(changes('mutation { importData(actors: "", dryRun: false) { dryRun } }')).toBe(true);
    expect(changes('mutation($d: Boolean) { importData(actors: "", dryRun: $d) { dryRun } }', { d: false })).toBe(true);
  });
});

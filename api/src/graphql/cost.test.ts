import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COST_MODEL, operationCost, tooCostly } from './cost.js';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  type Actor { id: ID! name: String! partners(limit: Int): [Actor!]! partnersConnection(first: Int): ActorsConnection! }
  type ActorEdge { node: Actor! }
  type ActorsConnection { totalCount: Int! pageInfo: PageInfo! edges: [ActorEdge!]! }
  type Stats { cells: [Int!]! top(limit: Int = 20): [Actor!]! }
  type Query { actors(limit: Int): [Actor!]! actorsConnection(first: Int): ActorsConnection! stats: Stats! }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return operationCost(schema, operation, fragments, variables);
}

describe('operationCost', () => {
  it('counts each object a list may fetch, scalars free', () => {
    expect(cost('{ actors(limit: 100) { id name } }')).toBe(100);
    expect(cost('{ actors { id } }')).toBe(COST_MODEL.rootListSize);
    expect(cost('query($n: Int) { actors(limit: $n) { id } }', { n: 7 })).toBe(7);
  });

  it('multiplies nested relationships by their limit or the fan-out', () => {
    expect(cost('{ actors(limit: 100) { partners { name } } }')).toBe(100 * (1 + COST_MODEL.fanOut));
    expect(cost('{ actors(limit: 100) { partners(limit: 2) { name } } }')).toBe(100 * 3);
  });

  it('sizes a connection page by `first`', () => {
    expect(cost('{ actorsConnection(first: 100) { totalCount edges { node { id name } } } }')).toBe(1 + 100 * 2);
    expect(cost('{ actors(limit: 10) { partnersConnection { edges { node { id } } } } }')).toBe(10 * (1 + 1 + COST_MODEL.fanOut * 2));
  });

  it('reads a list argument’s default, and fragments', () => {
    expect(cost('{ stats { top { id } } }')).toBe(1 + 20);
    expect(cost('{ actors(limit: 2) { ...f } } fragment f on Actor { partners(limit: 3) { id } }')).toBe(2 * (1 + 3));
  });

  it('grows fast with nested lists: five levels under 1,000 actors', () => {
    const five = `{ actors(limit: 1000) { ${'partners { '.repeat(5)}name${' }'.repeat(5)} } }`;
    expect(cost(five)).toBe(111_111_000);
    expect(tooCostly(111_111_000).extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 111_111_000, maxCost: COST_MODEL.maxCost });
  });
});

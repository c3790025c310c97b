import { describe, expect, it } from 'vitest';
import { grandBergeracois } from './bergeracois/index.js';
import { SeedDataError, validateDataset } from './validate.js';

const valid = grandBergeracois();

function problemsOf(input: unknown): string[] {
  try {
    validateDataset(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SeedDataError);
    return (error as SeedDataError).problems;
  }
}

describe('validateDataset', () => {
  it('names the row and field of a shape error', () => {
    const actors = [{ ...valid.actors[0]!, silo: 'MARKET' }, ...valid.actors.slice(1)];
    expect(problemsOf({ ...valid, actors })).toEqual([expect.stringMatching(/^actors\.0\.silo: /)]);
  });

  it('finds dangling references, duplicates and self-links', () => {
    const link = valid.links[0]!;
    const problems = problemsOf({
      ...valid,
      actors: [...valid.actors, valid.actors[0]!],
      links: [...valid.links, { ...link, id: 'link-x', target: 'nobody' }, { ...link, id: 'link-y', target: link.source }],
    });
    expect(problems).toEqual(expect.arrayContaining([
      `actors: duplicate id "${valid.actors[0]!.id}"`,
      'link link-x: unknown actor "nobody"',
      'link link-y: an actor cannot cooperate with itself',
    ]));
  });

  it('refuses a link that ends before it starts', () => {
    const links = [{ ...valid.links[0]!, since: '2024-01-01', until: '2023-01-01' }];
    expect(problemsOf({ ...valid, links })).toEqual([`link ${valid.links[0]!.id}: until is before since`]);
  });
});

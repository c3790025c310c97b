import { describe, expect, it } from 'vitest';
import { gapReport } from '../../test/gaps.fixture.js';
import { fixture } from '../../test/network.fixture.js';
import { highlightOf, matchKey, sectorGapKey } from './highlight.js';

describe('highlightOf', () => {
  it('lights up a whole list of actors', () => {
    expect([...highlightOf('isolated', gapReport, fixture)!.nodes]).toEqual(['lonely']);
  });

  it('lights up the actors of a siloed sector, from the network itself', () => {
    expect([...highlightOf(sectorGapKey('culture', null), gapReport, fixture)!.nodes]).toEqual(['commune', 'asso']);
  });

  it('lights up the two actors of a match, and brokers with their bridges', () => {
    expect([...highlightOf(matchKey('commune', 'lonely'), gapReport, fixture)!.nodes]).toEqual(['commune', 'lonely']);
    const brokers = highlightOf('brokers', gapReport, fixture)!;
    expect([...brokers.nodes].sort()).toEqual(['commune', 'scic']);
    expect([...brokers.edges]).toEqual(['l1']);
  });

  it('names nothing for a key the report does not hold (an old link, other filters)', () => {
    expect(highlightOf(sectorGapKey('sport', null), gapReport, fixture)).toBeNull();
    expect(highlightOf(matchKey('a', 'b'), gapReport, fixture)).toBeNull();
    expect(highlightOf('nonsense', gapReport, fixture)).toBeNull();
  });
});

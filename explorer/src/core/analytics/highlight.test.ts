import { describe, expect, it } from 'vitest';
import { gapReport } from '../../test/gaps.fixture.js';
import { fixture } from '../../test/network.fixture.js';
import { parseViewState, serializeViewState } from '../url/viewState.js';
import { highlightOf, matchKey, sectorGapKey, whatIfActors, whatIfHighlight, whatIfKey } from './highlight.js';

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

describe('what-if keys', () => {
  it('name one actor or several, and survive the URL', () => {
    expect(whatIfKey(['a'])).toBe('without:a');
    expect(whatIfActors(whatIfKey(['commune', 'epci:200070647']))).toEqual(['commune', 'epci:200070647']);
    expect(whatIfActors('isolated')).toBeNull();
    expect(whatIfActors('without:')).toBeNull();
    const state = parseViewState(`?gaps=1&gap=${whatIfKey(['commune', 'scic'])}`);
    expect(state.gap).toBe('without:commune,scic');
    expect(parseViewState(`?${serializeViewState(state)}`).gap).toBe('without:commune,scic');
  });

  it('grey what would go and ring who would take over', () => {
    const actor = (id: string) => ({ id, name: id, silo: 'PUBLIC' as const, kind: 'ASSOCIATION' as const });
    const shape = { components: 1, largestComponent: 3, crossSiloLinks: 0, eiIndex: null };
    const highlight = whatIfHighlight({
      removed: [actor('commune')], cutOff: [actor('scic')], lostLinkIds: ['l1'], lostCrossSiloLinks: 0, siloAccessLost: [],
      risers: [{ actor: actor('asso'), before: 0, after: 0.2, reasons: [] }], before: shape, after: shape, reasons: [],
      coverage: { indicative: false, note: { fr: '', en: '' } },
    });
    expect([...highlight.gone!].sort()).toEqual(['commune', 'l1', 'scic']);
    expect([...highlight.nodes]).toEqual(['asso']);
  });
});

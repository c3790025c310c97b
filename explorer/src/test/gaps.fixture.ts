import type { GapReport } from '../core/analytics/types.js';

const text = (fr: string, en: string) => ({ fr, en });
const actor = (id: string, name: string, silo: 'PUBLIC' | 'PRIVATE' | 'POPULATION') => ({ id, name, silo, kind: 'ASSOCIATION' as const });

/** A gap report for the network fixture (test/network.fixture.ts), as the API would answer it. */
export const gapReport: GapReport = {
  siloMatrix: {
    cells: [
      { from: 'PUBLIC', to: 'PUBLIC', links: 0, linkedPairs: 0, possiblePairs: 0, density: null },
      { from: 'PUBLIC', to: 'PRIVATE', links: 1, linkedPairs: 1, possiblePairs: 1, density: 1 },
      { from: 'PUBLIC', to: 'POPULATION', links: 1, linkedPairs: 1, possiblePairs: 2, density: 0.5 },
      { from: 'PRIVATE', to: 'PUBLIC', links: 1, linkedPairs: 1, possiblePairs: 1, density: 1 },
      { from: 'PRIVATE', to: 'PRIVATE', links: 0, linkedPairs: 0, possiblePairs: 0, density: null },
      { from: 'PRIVATE', to: 'POPULATION', links: 0, linkedPairs: 0, possiblePairs: 2, density: 0 },
      { from: 'POPULATION', to: 'PUBLIC', links: 1, linkedPairs: 1, possiblePairs: 2, density: 0.5 },
      { from: 'POPULATION', to: 'PRIVATE', links: 0, linkedPairs: 0, possiblePairs: 2, density: 0 },
      { from: 'POPULATION', to: 'POPULATION', links: 0, linkedPairs: 0, possiblePairs: 1, density: 0 },
    ],
    silos: [{ silo: 'PUBLIC', actors: 1, eiIndex: 1 }, { silo: 'PRIVATE', actors: 1, eiIndex: 1 }, { silo: 'POPULATION', actors: 2, eiIndex: 1 }],
    links: 2,
    crossSiloShare: 1,
    eiIndex: 1,
    expectedEiIndex: 0.67,
    reasons: [text('Indice E-I global : 1.', 'Overall E-I index: 1.')],
  },
  isolatedActors: { total: 1, actors: [{ actor: actor('lonely', 'Collectif Isolé', 'POPULATION'), partners: 0, reasons: [text('Collectif Isolé n’a aucun lien.', 'Collectif Isolé has no link.')] }] },
  siloedActors: { total: 0, actors: [] },
  sectorGaps: {
    total: 1,
    gaps: [{
      sector: { id: 'culture', name: 'Culture', nameEn: 'Culture' }, territory: null, actors: 2, severity: 'ABSENT', missingLinks: 1,
      reasons: [text('Culture : aucun lien entre silos.', 'Culture: no link across silos.')],
    }],
  },
  resourceMatches: {
    matchableNeeds: 1,
    unmetNeeds: [{ resource: { id: 'land', name: 'Terres agricoles' }, needers: [actor('asso', 'Association des Écoles', 'POPULATION')] }],
    matches: [{
      resource: { id: 'salle', name: 'Salle de réunion' }, offerer: actor('commune', 'Commune de Bergerac', 'PUBLIC'),
      needer: actor('lonely', 'Collectif Isolé', 'POPULATION'), score: 3,
      reasons: [text('Commune de Bergerac offre « Salle de réunion ».', 'Commune de Bergerac offers “Salle de réunion”.')],
    }],
  },
  coverage: { knownShare: 0.5, indicative: false, note: text('Couverture : 50 % des acteurs ont des liens connus.', 'Coverage: 50% of the actors have known links.') },
  fragility: {
    cutPointCount: 1,
    cutPoints: [{ actor: actor('commune', 'Commune de Bergerac', 'PUBLIC'), cutOff: 1 }],
    bridgeCount: 2,
    structuralHoles: [{ actor: actor('commune', 'Commune de Bergerac', 'PUBLIC'), partners: 2, constraint: 0.5, effectiveSize: 2 }],
    mixing: [
      { by: 'SILO', coefficient: -1, withinShare: 0, expectedWithinShare: 0.5, reasons: [text('Par silo : 0 % des liens restent entre pareils.', 'By silo: 0% of the links stay among alike actors.')] },
      { by: 'KIND', coefficient: null, withinShare: 1, expectedWithinShare: 1, reasons: [text('Par nature : 100 %.', 'By kind: 100%.')] },
    ],
    cores: { maxCore: 1, levels: [{ k: 1, actors: 3 }], reasons: [text('Le cœur du réseau : 3 acteurs (k-cœur 1).', 'The core: 3 actors (1-core).')] },
    coverage: { indicative: true, note: text('Seuls 50 % des acteurs ont des liens connus.', 'Only 50% of the actors have known links.') },
  },
  brokers: {
    coverage: { indicative: true, note: text('Seuls 50 % des acteurs ont des liens connus.', 'Only 50% of the actors have known links.') },
    method: 'EXACT',
    methodNote: text('Intermédiarité exacte.', 'Exact betweenness.'),
    actors: [{ rank: 1, actor: actor('commune', 'Commune de Bergerac', 'PUBLIC'), betweenness: 1, reasons: [text('Sur tous les chemins.', 'On every path.')] }],
    bridges: [{
      linkIds: ['l1'], a: actor('commune', 'Commune de Bergerac', 'PUBLIC'), b: actor('scic', 'SCIC Énergie', 'PRIVATE'), cutOff: 1,
      reasons: [text('Sans ce lien, 1 acteur serait coupé.', 'Without it, 1 actor would be cut off.')],
    }],
  },
};

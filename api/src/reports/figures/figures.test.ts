import { describe, expect, it } from 'vitest';
import { AnalyticsState } from '../../analytics/engine/state.js';
import { tinyProjection } from '../../analytics/testing.js';
import type { Projection } from '../../analytics/projection/types.js';
import { essCategory } from './essCategories.js';
import { reportFigures } from './figures.js';

/**
 * Five actors: a and b linked since 2020, b and c since 2025 (across silos), d linked to e with no date; a needs
 * land, which its partner b offers; c needs a kitchen that e, unlinked to c, offers; d needs what nobody offers.
 */
function projection(): Projection {
  const tiny = tinyProjection(
    [
      { id: 'a', needs: ['land'], updatedOn: '2025-06-01' },
      { id: 'b', offers: ['land'], kind: 'COMPANY', silo: 'PRIVATE', updatedOn: '2023-01-01' },
      { id: 'c', silo: 'POPULATION', needs: ['kitchen'], sectors: ['food'] },
      { id: 'd', kind: 'PERSON', silo: 'POPULATION', published: false, needs: ['unknown-resource'] },
      { id: 'e', kind: 'COLLECTIVITE', offers: ['kitchen'], location: { latitude: 44.85, longitude: 0.48 } },
    ],
    [['a', 'b', { since: '2020-01-01', updatedOn: '2025-12-01' }], ['b', 'c', { since: '2025-03-01', provenance: 'WORKSHOP' }], ['d', 'e']],
  );
  return {
    ...tiny,
    projects: [
      { id: 'p1', title: 'Cuisine partagée', status: 'ONGOING', startDate: null, endDate: null, livingLab: true, participants: [{ actor: 'a', role: 'LEAD' }, { actor: 'd', role: 'USER' }] },
      { id: 'p2', title: 'Ailleurs', status: 'IDEA', startDate: null, endDate: null, livingLab: false, participants: [] },
    ],
  };
}

const figuresFor = (audience: 'animator' | 'public') =>
  reportFigures(new AnalyticsState(1, projection()).forAudience(audience), { filter: {}, from: '2024-12-31', to: '2025-12-31' });

describe('reportFigures', () => {
  it('says how much of the cooperation is known on the last day: here too little for brokers and cut points', () => {
    // Reviewed since 2024-12-31 and linked: a only (b's record dates from 2023, the others have no date).
    expect(figuresFor('animator').coverage).toMatchObject({ reviewedSince: '2024-12-31', actors: 5, knownActors: 1, indicative: true });
  });

  it('compares the two days, and names who joined', () => {
    const figures = figuresFor('animator');
    expect(figures.then.stats.links).toBe(2);
    expect(figures.now.stats.links).toBe(3);
    expect(figures.changes.linksGained).toEqual({ total: 1, shown: [expect.objectContaining({ id: 'l2', crossSilo: true })] });
    expect(figures.changes.noLongerIsolated.shown.map((actor) => actor.id)).toEqual(['c']);
    // c's only link starts in the period; a's started before, d's has no date.
    expect(figures.changes.joined.shown.map((actor) => actor.id)).toEqual(['c']);
  });

  it('counts the loi ESS categories, an ESS member company among the ESS', () => {
    expect(figuresFor('animator').now.byCategory).toEqual([
      { category: 'ESS', actors: 2 }, { category: 'COMPANY', actors: 1 }, { category: 'LOCAL_GOVERNMENT', actors: 1 },
      { category: 'RESEARCH_TRAINING', actors: 0 }, { category: 'OTHER', actors: 1 },
    ]);
    expect(essCategory({ kind: 'COMPANY', essMember: true })).toBe('ESS');
    expect(essCategory({ kind: 'PERSON', essMember: true })).toBe('OTHER');
  });

  it('says where each need stands: met by a partner, offered elsewhere, offered by nobody', () => {
    const { resources } = figuresFor('animator');
    expect(resources).toMatchObject({ offers: 2, needs: 3, needsMetByPartner: 1, needsOfferedElsewhere: 1, needsUnoffered: 1, actorsDeclaring: 5 });
  });

  it('keeps a project with a partner in the selection, with its partners’ silos; the public sees no unpublished person', () => {
    expect(figuresFor('animator').projects.byStatus.find((group) => group.status === 'ONGOING')!.projects[0]).toMatchObject({
      title: 'Cuisine partagée', livingLab: true, crossSilo: true, silos: [{ silo: 'PUBLIC', actors: 1 }, { silo: 'PRIVATE', actors: 0 }, { silo: 'POPULATION', actors: 1 }],
    });
    const forPublic = figuresFor('public');
    expect(forPublic.now.stats.actors).toBe(4);
    expect(forPublic.projects.byStatus.find((group) => group.status === 'ONGOING')!.projects[0]!.silos.find((item) => item.silo === 'POPULATION')!.actors).toBe(0);
    expect(forPublic.projects.outside).toBe(1);
    expect(JSON.stringify(forPublic)).not.toContain('"d"');
  });

  it('measures how fresh and how sourced the data is, twelve months back from the end', () => {
    expect(figuresFor('animator').quality).toMatchObject({
      freshSince: '2024-12-31', actors: 5, actorsUpdated: 1, actorsLocated: 1, actorsWithSector: 1, links: 3, linksUpdated: 1, linksWithoutDates: 1,
      provenance: [{ provenance: 'SELF_DECLARED', links: 0 }, { provenance: 'OBSERVED', links: 0 }, { provenance: 'ANIMATOR', links: 2 }, { provenance: 'WORKSHOP', links: 1 }],
    });
  });

  it('draws both days on the same positions, and finds who holds the network together', () => {
    const { picture, cutPoints } = figuresFor('animator');
    expect(picture.nodes).toHaveLength(5);
    expect(picture.links.filter((link) => link.then)).toHaveLength(2);
    expect(picture.links.filter((link) => link.now)).toHaveLength(3);
    expect(cutPoints).toEqual([{ actor: expect.objectContaining({ id: 'b' }), cutOff: 1 }]);
  });
});

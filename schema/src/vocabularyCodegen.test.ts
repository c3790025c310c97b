import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, ACTOR_KINDS_DESCRIBED, ENUM_VALUES, SILOS } from './generated/vocabulary.js';
import { enumValues } from './inputs.js';
import { generateVocabulary, listName, splitDescription } from './vocabularyCodegen.js';

describe('generated vocabulary', () => {
  it('names each list after its enum', () => {
    expect(listName('Silo')).toBe('SILOS');
    expect(listName('ProposalStatus')).toBe('PROPOSAL_STATUSES');
    expect(listName('EditedEntity')).toBe('EDITED_ENTITIES');
    expect(listName('TerritoryLevel')).toBe('TERRITORY_LEVELS');
  });

  it('splits a description in French and English', () => {
    expect(splitDescription('Adhérent du PTCE. / Member.', 'x')).toEqual({ fr: 'Adhérent du PTCE.', en: 'Member.' });
    expect(splitDescription('Réseau.', 'x')).toEqual({ fr: 'Réseau.', en: 'Réseau.' });
    expect(() => splitDescription(undefined, 'Silo.PUBLIC')).toThrow(/Silo\.PUBLIC has no description/);
  });

  it('gives every value of every SDL enum, in the SDL order, with its descriptions', () => {
    for (const [type, values] of Object.entries(ENUM_VALUES)) expect([...values]).toEqual(enumValues(type));
    expect(SILOS).toEqual(['PUBLIC', 'PRIVATE', 'POPULATION']);
    expect(Object.keys(ACTOR_KINDS_DESCRIBED)).toEqual([...ACTOR_KINDS]);
    expect(ACTOR_KINDS_DESCRIBED.PERSON).toEqual({ fr: 'Personne physique (données personnelles).', en: 'A person: personal data.' });
  });

  it('refuses an enum value without a description', () => {
    expect(() => generateVocabulary('"Un. / One." enum Lonely { ALONE }')).toThrow(/Lonely\.ALONE has no description/);
  });
});

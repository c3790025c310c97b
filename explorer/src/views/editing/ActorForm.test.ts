import { describe, expect, it } from 'vitest';
import { toActorInput } from './ActorForm.js';

const NONE = { publicationPurpose: '', publicationSource: '', publicationDate: '', publicationWithdrawn: false };
const PERSON = {
  name: 'Claude', silo: 'POPULATION', kind: 'PERSON', ptceRole: 'NONE', essMember: false, description: '', website: '', siren: '', siret: '', rna: '', contactName: '', contactEmail: '', contactPhone: '',
  sectorIds: [], territoryId: '', offers: [], needs: [], consentPurpose: '', consentDate: '',
} as const;

describe('the actor form', () => {
  it('records a person’s consent to publication with its purpose and source, or its withdrawal', () => {
    expect(toActorInput('p', { ...PERSON, sectorIds: [], offers: [], needs: [], publicationPurpose: ' Carte ', publicationSource: 'Atelier', publicationDate: '2026-03-03', publicationWithdrawn: false }))
      .toMatchObject({ publicationConsentPurpose: 'Carte', publicationConsentSource: 'Atelier', publicationConsentGivenAt: '2026-03-03' });
    const withdrawn = toActorInput('p', { ...PERSON, sectorIds: [], offers: [], needs: [], ...NONE, publicationPurpose: 'ignored', publicationWithdrawn: true });
    expect(withdrawn).toMatchObject({ publicationConsentWithdrawn: true });
    expect(withdrawn).not.toHaveProperty('publicationConsentPurpose');
    expect(toActorInput('p', { ...PERSON, sectorIds: [], offers: [], needs: [], ...NONE })).not.toHaveProperty('publicationConsentPurpose');
  });

  it('sends trimmed text, clears emptied fields and replaces the lists', () => {
    const input = toActorInput('cafe', {
      name: ' Café ', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'ADHERENT', essMember: true, description: '  ', website: 'https://cafe.example.org', siren: ' 552 100 554 ', siret: '', rna: '',
      contactName: '', contactEmail: 'a@example.org ', contactPhone: '', sectorIds: ['alimentation'], territoryId: 'commune:24037', offers: ['bois-local'], needs: [], consentPurpose: ' Relances du PTCE ', consentDate: '', ...NONE,
    });
    expect(input).toEqual({
      id: 'cafe', name: 'Café', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'ADHERENT', essMember: true, description: null,
      website: 'https://cafe.example.org', siren: '552 100 554', siret: null, rna: null, contactName: null, contactEmail: 'a@example.org', contactPhone: null,
      sectorIds: ['alimentation'], territoryIds: ['commune:24037'], offers: [{ resourceId: 'bois-local' }], needs: [], contactConsentPurpose: 'Relances du PTCE',
    });
    expect(toActorInput(null, { name: 'X', silo: 'PUBLIC', kind: 'EPCI', ptceRole: 'NONE', essMember: false, description: '', website: '', siren: '', siret: '', rna: '', contactName: '', contactEmail: '', contactPhone: '', sectorIds: [], territoryId: '', offers: [], needs: [], consentPurpose: '', consentDate: '', ...NONE }).id).toBeUndefined();
  });
});

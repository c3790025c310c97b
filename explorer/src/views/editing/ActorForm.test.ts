import { describe, expect, it } from 'vitest';
import { toActorInput } from './ActorForm.js';

describe('the actor form', () => {
  it('sends trimmed text, clears emptied fields and replaces the lists', () => {
    const input = toActorInput('cafe', {
      name: ' Café ', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'ADHERENT', essMember: true, description: '  ', website: 'https://cafe.example.org',
      contactName: '', contactEmail: 'a@example.org ', contactPhone: '', sectorIds: ['alimentation'], territoryId: 'commune:24037', offers: ['bois-local'], needs: [], consentPurpose: ' Relances du PTCE ', consentDate: '',
    });
    expect(input).toEqual({
      id: 'cafe', name: 'Café', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'ADHERENT', essMember: true, description: null,
      website: 'https://cafe.example.org', contactName: null, contactEmail: 'a@example.org', contactPhone: null,
      sectorIds: ['alimentation'], territoryIds: ['commune:24037'], offers: [{ resourceId: 'bois-local' }], needs: [], contactConsentPurpose: 'Relances du PTCE',
    });
    expect(toActorInput(null, { name: 'X', silo: 'PUBLIC', kind: 'EPCI', ptceRole: 'NONE', essMember: false, description: '', website: '', contactName: '', contactEmail: '', contactPhone: '', sectorIds: [], territoryId: '', offers: [], needs: [], consentPurpose: '', consentDate: '' }).id).toBeUndefined();
  });
});

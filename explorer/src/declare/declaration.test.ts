import { describe, expect, it } from 'vitest';
import { EMPTY_DECLARATION, toDeclarationInput } from './declaration.js';

describe('a self-declaration', () => {
  it('sends only what was filled in, and the links that name a partner', () => {
    const input = toDeclarationInput({
      ...EMPTY_DECLARATION, name: ' Jardin partagé ', territoryId: 'commune:24037', needs: ['terres-maraichage'],
      links: [{ partnerId: 'mairie-bergerac', kind: 'FUNDING' }, { partnerId: '', kind: 'SUPPLY' }], consentToPublish: true, submitterEmail: ' a@example.org ',
    });
    expect(input).toEqual({
      actor: { name: 'Jardin partagé', silo: 'POPULATION', kind: 'ASSOCIATION', territoryIds: ['commune:24037'], needs: [{ resourceId: 'terres-maraichage' }] },
      links: [{ partnerId: 'mairie-bergerac', kind: 'FUNDING' }],
      consentToPublish: true, consentToContact: false, submitterEmail: 'a@example.org',
    });
  });
});

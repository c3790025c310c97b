import type { SectorRow } from '../model.js';

// Fields of activity of the charter's transitions; NAF codes (rév. 2) let researchers join other data.
export const sectors: SectorRow[] = [
  { id: 'alimentation', name: 'Alimentation', nameEn: 'Food', nafCodes: [] },
  { id: 'agriculture', name: 'Agriculture', nameEn: 'Farming', nafCodes: ['01.13Z', '01.47Z'], parent: 'alimentation' },
  { id: 'viticulture', name: 'Viticulture', nameEn: 'Wine growing', nafCodes: ['01.21Z', '11.02B'], parent: 'alimentation' },
  { id: 'restauration-collective', name: 'Restauration collective', nameEn: 'Institutional catering', nafCodes: ['56.29A'], parent: 'alimentation' },
  { id: 'mobilite', name: 'Mobilité', nameEn: 'Mobility', nafCodes: ['49.39A', '49.39B'] },
  { id: 'energie', name: 'Énergie', nameEn: 'Energy', nafCodes: ['35.11Z'] },
  { id: 'economie-circulaire', name: 'Économie circulaire', nameEn: 'Circular economy', nafCodes: [] },
  { id: 'reemploi', name: 'Réemploi', nameEn: 'Reuse', nafCodes: ['47.79Z'], parent: 'economie-circulaire' },
  { id: 'dechets', name: 'Déchets', nameEn: 'Waste', nafCodes: ['38.32Z', '39.00Z'], parent: 'economie-circulaire' },
  { id: 'culture', name: 'Culture', nameEn: 'Culture', nafCodes: ['90.01Z'] },
  { id: 'tourisme', name: 'Tourisme', nameEn: 'Tourism', nafCodes: ['55.20Z', '93.29Z'] },
  { id: 'numerique', name: 'Numérique', nameEn: 'Digital', nafCodes: ['62.01Z'] },
  { id: 'sante-social', name: 'Santé et action sociale', nameEn: 'Health and social care', nafCodes: ['88.99B', '88.10B'] },
  { id: 'insertion-emploi', name: 'Insertion et emploi', nameEn: 'Work integration', nafCodes: ['78.30Z'] },
  { id: 'habitat', name: 'Habitat', nameEn: 'Housing', nafCodes: ['41.20A'] },
  { id: 'formation', name: 'Éducation et formation', nameEn: 'Education and training', nafCodes: ['85.59A'] },
  { id: 'environnement', name: 'Environnement et biodiversité', nameEn: 'Environment', nafCodes: ['81.30Z'] },
];

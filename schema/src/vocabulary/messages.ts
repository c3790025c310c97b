// The part of the catalogue that the server speaks too (embeds' pages), beside the names of the SDL's values.
import { bilingual } from './translator.js';

export const SHARED_MESSAGES = bilingual(
  {
    'embed.title': 'Réseau de coopération',
    'embed.summary': '{actors} acteurs, {links} liens de coopération',
    'embed.listTitle': 'Acteurs et coopérations',
    'embed.partners': 'coopère avec : {names}',
    'embed.noPartner': 'aucune coopération connue dans cette vue',
    'embed.none': 'Aucun acteur dans cette vue.',
    'embed.source': 'Données : Maillage, pôle de coopération du Grand Bergeracois',
    'embed.open': 'Ouvrir dans l’explorateur',
    'embed.search': 'Chercher un acteur',
    'embed.mapLocal': 'Fond de carte local (aucun fond en ligne configuré).',
    'embed.mapUnreachable': 'Fond de carte local (le fond configuré ne répond pas).',
    'legend.silos': 'Couleur : silo',
  },
  {
    'embed.title': 'Cooperation network',
    'embed.summary': '{actors} actors, {links} cooperation links',
    'embed.listTitle': 'Actors and cooperations',
    'embed.partners': 'cooperates with: {names}',
    'embed.noPartner': 'no known cooperation in this view',
    'embed.none': 'No actor in this view.',
    'embed.source': 'Data: Maillage, Grand Bergeracois cooperation hub',
    'embed.open': 'Open in the explorer',
    'embed.search': 'Find an actor',
    'embed.mapLocal': 'Local basemap (no online basemap configured).',
    'embed.mapUnreachable': 'Local basemap (the configured one does not answer).',
    'legend.silos': 'Colour: silo',
  },
);

import { officialName, territoryId } from '../territories.js';
import type { ActorSeed } from './actor-seed.js';

// Real public bodies of the Grand Bergeracois. Their names come from the official data where it has them;
// their links, resources and roles in this dataset are illustrative.
const epci = (siren: string, sectors: string, offers: string, needs: string, role: ActorSeed[4] = 'PARTENAIRE'): ActorSeed =>
  [`epci-${siren}`, officialName(siren), 'PUBLIC', 'EPCI', role, false, territoryId.epci(siren), sectors, offers, needs, 'Établissement public de coopération intercommunale.', false];

const commune = (code: string, sectors: string, offers: string, needs: string, role: ActorSeed[4] = 'NONE'): ActorSeed =>
  [`commune-${code}`, `Commune de ${officialName(code)}`, 'PUBLIC', 'COLLECTIVITE', role, false, code, sectors, offers, needs, 'Collectivité territoriale (mairie).', false];

export const publicBodies: ActorSeed[] = [
  ['region-75', 'Région Nouvelle-Aquitaine', 'PUBLIC', 'COLLECTIVITE', 'PARTENAIRE', false, territoryId.region('75'), 'energie mobilite formation economie-circulaire', 'subventions financement-amorcage', 'donnees-territoriales', 'Collectivité régionale.', false],
  ['departement-24', 'Département de la Dordogne', 'PUBLIC', 'COLLECTIVITE', 'PARTENAIRE', false, territoryId.departement('24'), 'sante-social insertion-emploi restauration-collective tourisme', 'subventions commande-publique', 'produits-locaux', 'Collectivité départementale.', false],
  epci('200070647', 'mobilite dechets tourisme alimentation', 'subventions donnees-territoriales bureaux-partages', 'animation-collective', 'ADHERENT'),
  epci('200034833', 'tourisme agriculture environnement', 'batiment-vacant subventions', 'accompagnement-projet'),
  epci('200040889', 'agriculture habitat', 'foncier-agricole', 'competences-numeriques'),
  epci('200034197', 'viticulture tourisme', 'sites-naturels', 'animation-collective'),
  epci('200069094', 'mobilite sante-social', 'salle-reunion', 'minibus'),
  commune('24037', 'culture mobilite restauration-collective habitat', 'salle-spectacle batiment-vacant commande-publique', 'produits-locaux programmation-culturelle', 'PARTENAIRE'),
  commune('24340', 'restauration-collective environnement', 'terres-maraichage', 'produits-locaux'),
  commune('24225', 'alimentation', 'salle-reunion', 'animation-collective'),
  commune('24222', 'culture', 'fete-locale', 'benevoles'),
  commune('24145', 'environnement', 'sites-naturels', ''),
  commune('24182', 'culture tourisme', 'bati-patrimonial', 'artistes-residence'),
  commune('24534', 'viticulture', 'chais-anciens', ''),
  commune('24296', 'environnement energie', 'toitures-solaires', 'expertise-energie'),
  commune('24223', 'tourisme culture', 'salle-spectacle', 'programmation-culturelle'),
  commune('24068', 'tourisme environnement', 'bati-patrimonial', ''),
  commune('24028', 'agriculture', 'foncier-agricole', 'main-oeuvre-saisonniere'),
  commune('24212', 'alimentation tourisme', 'batiment-vacant', 'produits-locaux'),
  commune('24167', 'restauration-collective habitat', 'cuisine-partagee', 'produits-locaux'),
  commune('24568', 'viticulture', 'salle-reunion', ''),
  commune('24584', 'culture', 'fete-locale', 'benevoles'),
  commune('24299', 'mobilite sante-social', 'bureaux-partages', 'minibus'),
  commune('24581', 'agriculture', 'terres-maraichage', ''),
  commune('24558', 'tourisme', 'sites-naturels', ''),
  ['sous-prefecture-bergerac', 'Sous-préfecture de Bergerac', 'PUBLIC', 'STATE_SERVICE', 'NONE', false, '24037', 'insertion-emploi', 'subventions', '', "Service de l'État.", false],
  ['ddt-24', 'Direction départementale des territoires de la Dordogne', 'PUBLIC', 'STATE_SERVICE', 'NONE', false, territoryId.departement('24'), 'habitat environnement agriculture', 'donnees-territoriales', '', "Service de l'État.", false],
  ['ddets-24', "Direction départementale de l'emploi, du travail et des solidarités de la Dordogne", 'PUBLIC', 'STATE_SERVICE', 'PARTENAIRE', false, territoryId.departement('24'), 'insertion-emploi sante-social', 'subventions', '', "Service de l'État.", false],
  ['france-travail-bergerac', 'France Travail Bergerac', 'PUBLIC', 'STATE_SERVICE', 'PARTENAIRE', false, '24037', 'insertion-emploi', 'formation-professionnelle', 'main-oeuvre-saisonniere', "Opérateur public de l'emploi.", false],
  ['chambre-agriculture-24', "Chambre d'agriculture de la Dordogne", 'PUBLIC', 'PUBLIC_AGENCY', 'PARTENAIRE', false, territoryId.departement('24'), 'agriculture viticulture', 'accompagnement-projet', 'foncier-agricole', 'Chambre consulaire.', false],
  ['cci-dordogne', 'CCI Dordogne', 'PUBLIC', 'PUBLIC_AGENCY', 'NONE', false, territoryId.departement('24'), 'numerique tourisme', 'accompagnement-projet', '', 'Chambre consulaire.', false],
  ['cma-dordogne', 'Chambre de métiers et de l’artisanat de la Dordogne', 'PUBLIC', 'PUBLIC_AGENCY', 'NONE', false, territoryId.departement('24'), 'habitat formation', 'formation-professionnelle', '', 'Chambre consulaire.', false],
  ['ademe-na', 'ADEME Nouvelle-Aquitaine', 'PUBLIC', 'PUBLIC_AGENCY', 'PARTENAIRE', false, territoryId.region('75'), 'energie economie-circulaire', 'expertise-energie subventions', '', "Agence de la transition écologique.", false],
  ['epidor', 'EPIDOR, établissement public territorial du bassin de la Dordogne', 'PUBLIC', 'PUBLIC_AGENCY', 'NONE', false, territoryId.departement('24'), 'environnement', 'donnees-territoriales', '', 'Gestion de la rivière Dordogne.', false],
  ['ch-bergerac', 'Centre hospitalier de Bergerac', 'PUBLIC', 'PUBLIC_AGENCY', 'NONE', false, '24037', 'sante-social restauration-collective', 'cuisine-partagee', 'produits-locaux', 'Établissement public de santé.', false],
];

import type { LinkRow } from '../model.js';
import { fictionalActors, type ActorSeed, type FictionalRow } from './actor-seed.js';


// Fictional associations, collectives and people: any likeness to a real one is chance.
const rows: FictionalRow[] = [
  ['passeurs-cooperation', 'Les Passeurs de Coopération', 'ASSOCIATION', 'ADHERENT', true, '24037', 'economie-circulaire insertion-emploi', 'animation-collective accompagnement-projet', 'financement-amorcage', 'Association animatrice du PTCE.'],
  ['amap-pourpre', 'AMAP du Pourpre', 'ASSOCIATION', 'ADHERENT', true, '24037', 'alimentation agriculture', 'debouches-locaux benevoles', 'produits-locaux', 'Association pour le maintien d’une agriculture paysanne.'],
  ['amap-eymet', "AMAP d'Eymet", 'ASSOCIATION', 'NONE', true, '24167', 'alimentation', 'debouches-locaux', 'produits-locaux', 'Paniers de légumes.'],
  ['jardins-partages-bergerac', 'Jardins Partagés de la Catte', 'CITIZEN_COLLECTIVE', 'ALLIE', true, '24037', 'agriculture environnement', 'benevoles', 'terres-maraichage eau-irrigation', 'Jardins partagés de quartier.'],
  ['collectif-terres-nourricieres', 'Collectif Terres Nourricières', 'CITIZEN_COLLECTIVE', 'NONE', true, '24581', 'agriculture', 'benevoles', 'terres-maraichage foncier-agricole', 'Habitants qui veulent installer des maraîchers.'],
  ['epicerie-sociale', 'Épicerie Sociale du Bergeracois', 'ASSOCIATION', 'ADHERENT', true, '24037', 'alimentation sante-social', 'benevoles', 'produits-locaux vehicule-utilitaire', 'Aide alimentaire.'],
  ['banque-alimentaire-antenne', 'Antenne Solidarité Alimentaire Sud', 'ASSOCIATION', 'NONE', true, '24340', 'alimentation sante-social', 'benevoles entrepot', 'produits-locaux', 'Collecte et distribution alimentaire.'],
  ['cuisine-partagee-asso', 'Cuisine Commune', 'ASSOCIATION', 'ALLIE', true, '24167', 'alimentation restauration-collective', 'animation-collective', 'cuisine-partagee', 'Ateliers cuisine intergénérationnels.'],
  ['repair-cafe-bergerac', 'Repair Café Bergerac', 'CITIZEN_COLLECTIVE', 'ALLIE', true, '24037', 'reemploi', 'benevoles savoir-faire-artisanaux', 'salle-reunion', 'Réparation collective d’objets.'],
  ['repair-cafe-lalinde', 'Repair Café des Bastides', 'CITIZEN_COLLECTIVE', 'NONE', true, '24223', 'reemploi', 'benevoles', 'salle-reunion', 'Réparation collective d’objets.'],
  ['zero-dechet-pourpre', 'Zéro Déchet Pays Pourpre', 'ASSOCIATION', 'NONE', true, '24037', 'dechets', 'animation-collective', 'subventions', 'Sensibilisation à la réduction des déchets.'],
  ['compost-quartier', 'Compostons à Prigonrieux', 'CITIZEN_COLLECTIVE', 'NONE', true, '24340', 'dechets', 'benevoles', 'materiaux-reemploi', 'Composteurs partagés.'],
  ['velo-ecole', 'Vélo-École du Bergeracois', 'ASSOCIATION', 'ALLIE', true, '24037', 'mobilite', 'benevoles', 'batiment-vacant', 'Apprentissage du vélo pour adultes.'],
  ['transport-solidaire', 'Transport Solidaire Isle et Crempse', 'ASSOCIATION', 'ADHERENT', true, '24299', 'mobilite sante-social', 'benevoles', 'minibus', 'Conducteurs bénévoles pour personnes isolées.'],
  ['autopartage-citoyen', 'Autopartage Citoyen Pourpre', 'CITIZEN_COLLECTIVE', 'NONE', true, '24182', 'mobilite', 'vehicule-utilitaire', 'competences-numeriques', 'Voitures partagées entre voisins.'],
  ['centrale-villageoise', 'Centrale Villageoise des Coteaux', 'CITIZEN_COLLECTIVE', 'ADHERENT', true, '24534', 'energie', 'epargne-citoyenne', 'toitures-solaires expertise-energie', 'Production citoyenne d’électricité solaire.'],
  ['energie-partagee-asso', 'Énergie Partagée Sud Dordogne', 'ASSOCIATION', 'NONE', true, '24037', 'energie', 'expertise-energie', 'subventions', 'Sensibilisation aux économies d’énergie.'],
  ['theatre-pourpre', 'Théâtre du Pourpre', 'ASSOCIATION', 'NONE', true, '24037', 'culture', 'programmation-culturelle artistes-residence', 'salle-spectacle subventions', 'Compagnie de théâtre.'],
  ['festival-bastides', 'Festival des Bastides', 'ASSOCIATION', 'NONE', true, '24212', 'culture tourisme', 'fete-locale', 'benevoles subventions', 'Festival d’été.'],
  ['ecole-musique-asso', 'École de Musique du Fleix', 'ASSOCIATION', 'NONE', true, '24182', 'culture formation', 'programmation-culturelle', 'salle-spectacle', 'Enseignement musical.'],
  ['cercle-occitan', 'Cercle Occitan du Bergeracois', 'ASSOCIATION', 'NONE', true, '24037', 'culture', 'occitan', 'salle-reunion', 'Langue et culture occitanes.'],
  ['patrimoine-cadouin', 'Amis du Patrimoine de Cadouin', 'ASSOCIATION', 'NONE', true, '24068', 'culture tourisme', 'benevoles', 'bati-patrimonial', 'Sauvegarde du patrimoine.'],
  ['cinema-associatif', 'Ciné-Club de la Vallée', 'ASSOCIATION', 'NONE', true, '24223', 'culture', 'programmation-culturelle', 'salle-spectacle', 'Projections itinérantes.'],
  ['arts-rue-collectif', 'Collectif Arts de la Rue Pourpre', 'CITIZEN_COLLECTIVE', 'NONE', true, '24584', 'culture', 'artistes-residence', 'batiment-vacant', 'Artistes de rue.'],
  ['lecture-publique-asso', 'Lire en Bergeracois', 'ASSOCIATION', 'NONE', true, '24340', 'culture formation', 'benevoles', 'salle-reunion', 'Lecture et écriture pour tous.'],
  ['mjc-bergerac', 'Maison des Jeunes et de la Culture du Pourpre', 'ASSOCIATION', 'ALLIE', true, '24037', 'culture formation', 'salle-reunion animation-collective', 'subventions', 'Éducation populaire.'],
  ['centre-social-eymet', "Centre Social d'Eymet", 'ASSOCIATION', 'ADHERENT', true, '24167', 'sante-social', 'animation-collective salle-reunion', 'minibus', 'Centre social rural.'],
  ['centre-social-mussidan', 'Centre Social du Mussidanais', 'ASSOCIATION', 'ALLIE', true, '24299', 'sante-social', 'animation-collective', 'minibus subventions', 'Centre social rural.'],
  ['aidants-pourpre', 'Aidants du Pourpre', 'ASSOCIATION', 'NONE', true, '24037', 'sante-social', 'benevoles', 'salle-reunion', 'Soutien aux proches aidants.'],
  ['maison-sante-asso', 'Association des Professionnels de Santé des Bastides', 'ASSOCIATION', 'NONE', false, '24223', 'sante-social', 'competences-comptables', 'batiment-vacant', 'Maison de santé pluriprofessionnelle.'],
  ['insertion-asso-pourpre', 'Tremplin Emploi Pourpre', 'ASSOCIATION', 'ADHERENT', true, '24037', 'insertion-emploi', 'accompagnement-projet salaries-insertion', 'debouches-locaux', 'Association intermédiaire.'],
  ['femmes-entrepreneures', 'Réseau Femmes Entrepreneures Sud Dordogne', 'NETWORK', 'ALLIE', true, '24037', 'insertion-emploi', 'accompagnement-projet', 'bureaux-partages', 'Réseau d’entraide.'],
  ['reseau-ess-24', 'Réseau ESS Périgord Sud', 'NETWORK', 'ADHERENT', true, '24037', 'economie-circulaire insertion-emploi', 'expertise-juridique animation-collective', 'financement-amorcage', 'Réseau des acteurs de l’ESS.'],
  ['reseau-paysan', 'Réseau Paysan du Bergeracois', 'NETWORK', 'PARTENAIRE', true, '24222', 'agriculture', 'accompagnement-projet', 'foncier-agricole', 'Réseau d’agriculteurs.'],
  ['fondation-territoires', 'Fondation Territoires Solidaires', 'FOUNDATION', 'PARTENAIRE', true, 'departement:24', 'sante-social economie-circulaire', 'financement-amorcage', '', 'Fondation de soutien aux projets locaux.'],
  ['club-entreprises-ess', 'Club des Entreprises Engagées', 'NETWORK', 'ALLIE', false, '24037', 'economie-circulaire', 'animation-collective', '', 'Club d’entreprises.'],
  ['habitat-participatif', 'Habitat Participatif des Coteaux', 'CITIZEN_COLLECTIVE', 'NONE', true, '24534', 'habitat', 'benevoles', 'batiment-vacant expertise-juridique', 'Projet d’habitat participatif.'],
  ['logement-jeunes', 'Toit Jeunes Bergerac', 'ASSOCIATION', 'ALLIE', true, '24037', 'habitat sante-social', 'animation-collective', 'batiment-vacant', 'Logement de jeunes travailleurs.'],
  ['castors-renovation', 'Les Castors de la Rénovation', 'CITIZEN_COLLECTIVE', 'NONE', true, '24296', 'habitat', 'benevoles savoir-faire-artisanaux', 'materiaux-reemploi', 'Auto-réhabilitation accompagnée.'],
  ['nature-dordogne', 'Nature et Rivière Dordogne', 'ASSOCIATION', 'PARTENAIRE', true, '24145', 'environnement', 'donnees-territoriales benevoles', 'subventions', 'Protection de la nature.'],
  ['haies-vives', 'Haies Vives du Périgord Pourpre', 'ASSOCIATION', 'NONE', true, '24028', 'environnement agriculture', 'benevoles', 'foncier-agricole', 'Plantation de haies.'],
  ['apiculteurs-asso', 'Rucher École du Bergeracois', 'ASSOCIATION', 'NONE', true, '24222', 'environnement agriculture', 'formation-professionnelle', 'sites-naturels', 'Apiculture.'],
  ['pecheurs-asso', 'Gaule Bergeracoise', 'ASSOCIATION', 'NONE', true, '24037', 'environnement', 'benevoles', '', 'Association de pêche.'],
  ['randonnee-asso', 'Randonneurs du Cingle', 'ASSOCIATION', 'NONE', true, '24558', 'tourisme environnement', 'benevoles', '', 'Entretien de sentiers.'],
  ['ecole-nature', 'École de la Nature du Landais', 'ASSOCIATION', 'NONE', true, '24581', 'environnement formation', 'formation-professionnelle', 'sites-naturels', 'Éducation à l’environnement.'],
  ['numerique-solidaire', 'Numérique Solidaire Pourpre', 'ASSOCIATION', 'ADHERENT', true, '24037', 'numerique insertion-emploi', 'competences-numeriques', 'bureaux-partages', 'Médiation numérique.'],
  ['fablab-bergerac', 'FabLab du Bergeracois', 'CITIZEN_COLLECTIVE', 'ALLIE', true, '24037', 'numerique reemploi', 'atelier-bois competences-numeriques', 'batiment-vacant', 'Atelier de fabrication numérique.'],
  ['universite-populaire', 'Université Populaire du Bergeracois', 'ASSOCIATION', 'NONE', true, '24037', 'formation', 'recherche-action', 'salle-reunion', 'Conférences et ateliers.'],
  ['labo-recherche-ess', 'Laboratoire Citoyen Territoires & Coopérations', 'RESEARCH', 'PARTENAIRE', true, '24037', 'formation economie-circulaire', 'recherche-action donnees-territoriales', 'financement-amorcage', 'Recherche-action sur les coopérations.'],
  ['comite-fetes-gardonne', 'Comité des Fêtes de Gardonne', 'ASSOCIATION', 'NONE', true, '24194', 'culture', 'fete-locale benevoles', '', 'Fêtes de village.'],
  ['foyer-rural-issigeac', "Foyer Rural d'Issigeac", 'ASSOCIATION', 'NONE', true, '24212', 'culture sante-social', 'salle-reunion', 'animation-collective', 'Animation rurale.'],
  ['scouts-bergerac', 'Éclaireurs du Pourpre', 'ASSOCIATION', 'NONE', true, '24037', 'formation environnement', 'benevoles', 'bati-patrimonial', 'Scoutisme laïque.'],
  ['collectif-gens-voyage', 'Collectif Accueil et Voyage', 'CITIZEN_COLLECTIVE', 'NONE', true, '24037', 'sante-social', '', 'animation-collective', 'Accueil des familles itinérantes.'],
  ['collectif-montravel', 'Montravel en Transition', 'CITIZEN_COLLECTIVE', 'NONE', true, '24289', 'economie-circulaire alimentation', 'benevoles', 'salle-reunion', 'Village en transition.'],
];

export const populationActors: ActorSeed[] = fictionalActors('POPULATION', rows);

/** Fictional people (kind PERSON): their contact details are personal data, for animators only. */
export const people: ActorSeed[] = [
  ['personne-maraichere', 'Camille Fictive, maraîchère en recherche de terres', 'POPULATION', 'PERSON', 'NONE', false, '24212', 'agriculture', '', 'terres-maraichage foncier-agricole', 'Porteuse de projet d’installation.', true],
  ['personne-artisan', 'Dominique Exemple, artisan ébéniste', 'POPULATION', 'PERSON', 'NONE', false, '24068', 'habitat', 'savoir-faire-artisanaux', 'atelier-bois', 'Artisan cherchant un atelier partagé.', true],
  ['personne-benevole', 'Sacha Modèle, bénévole', 'POPULATION', 'PERSON', 'ALLIE', false, '24037', 'sante-social mobilite', 'benevoles', '', 'Conductrice bénévole.', true],
  ['personne-chercheuse', 'Alex Démo, doctorante', 'POPULATION', 'PERSON', 'NONE', false, '24037', 'formation', 'recherche-action', 'donnees-territoriales', 'Thèse sur les PTCE.', true],
];

/**
 * A fictional person who consented to be published (the public path): seen by the public and researchers, with
 * their links; the four people above did not, and exist for animators only.
 */
export const publishedPerson: ActorSeed = ['personne-potiere', 'Claude Témoin, potière', 'POPULATION', 'PERSON', 'ALLIE', false, '24223', 'culture reemploi', 'savoir-faire-artisanaux', 'salle-reunion', 'Potière, anime des ateliers de réparation.', true];

export const PUBLISHED_PERSON_CONSENT = {
  purpose: 'Figurer sur la carte publique des acteurs du PTCE (fiche, commune et liens).',
  givenAt: '2025-03-14',
  source: 'Formulaire signé lors de l’atelier de cartographie de Lalinde (fictif).',
};

/** Her links, written by hand so that the seed's sampled links stay as they were. */
export const PUBLISHED_PERSON_LINKS: LinkRow[] = [
  { id: 'link-person-0001', source: 'personne-potiere', target: 'repair-cafe-lalinde', kind: 'KNOWLEDGE_SHARING', since: '2023-09-01', intensity: 2, provenance: 'SELF_DECLARED', confidence: 0.9 },
  { id: 'link-person-0002', source: 'personne-potiere', target: 'ressourcerie-bastides', kind: 'SUPPLY', since: '2024-02-15', intensity: 1, provenance: 'OBSERVED', confidence: 0.8 },
];

export const PEOPLE_CONTACTS: Record<string, { contactName: string; contactEmail: string; contactPhone: string }> = {
  'personne-maraichere': { contactName: 'Camille Fictive', contactEmail: 'camille.fictive@example.org', contactPhone: '+33 5 00 00 00 01' },
  'personne-artisan': { contactName: 'Dominique Exemple', contactEmail: 'dominique.exemple@example.org', contactPhone: '+33 5 00 00 00 02' },
  'personne-benevole': { contactName: 'Sacha Modèle', contactEmail: 'sacha.modele@example.org', contactPhone: '+33 5 00 00 00 03' },
  'personne-chercheuse': { contactName: 'Alex Démo', contactEmail: 'alex.demo@example.org', contactPhone: '+33 5 00 00 00 04' },
};

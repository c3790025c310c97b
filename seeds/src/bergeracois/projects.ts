import type { ProjectRow } from '../model.js';

type Participants = ProjectRow['participants'];
const lead = (actor: string) => ({ actor, role: 'LEAD' as const });
const partner = (...actors: string[]): Participants => actors.map((actor) => ({ actor, role: 'PARTNER' as const }));
const funder = (...actors: string[]): Participants => actors.map((actor) => ({ actor, role: 'FUNDER' as const }));
const user = (...actors: string[]): Participants => actors.map((actor) => ({ actor, role: 'USER' as const }));

// Illustrative projects: the public bodies are real, their roles here are invented for the demonstration.
export const projects: ProjectRow[] = [
  { id: 'projet-pat', title: 'Projet alimentaire territorial du Bergeracois', status: 'ONGOING', startDate: '2021-03-01', themes: ['alimentation', 'transitions'], livingLab: true,
    participants: [lead('epci-200070647'), ...partner('scic-assiette-locale', 'maraichers-dordogne', 'amap-pourpre', 'chambre-agriculture-24'), ...funder('departement-24'), ...user('commune-24037')] },
  { id: 'projet-legumerie', title: 'Légumerie mutualisée pour les cantines', status: 'ONGOING', startDate: '2023-01-15', themes: ['alimentation', 'mutualisation'], livingLab: false,
    participants: [lead('scic-assiette-locale'), ...partner('conserverie-solidaire', 'commune-24167'), ...funder('region-75')] },
  { id: 'projet-espace-test', title: 'Espace test agricole', status: 'IDEA', themes: ['installation agricole', 'foncier'], livingLab: false,
    participants: [lead('scic-terres-communes'), ...partner('reseau-paysan', 'collectif-terres-nourricieres')] },
  { id: 'projet-recyclerie-mobile', title: 'Recyclerie mobile des Bastides', status: 'ONGOING', startDate: '2022-09-01', themes: ['réemploi', 'ruralité'], livingLab: true,
    participants: [lead('ressourcerie-bastides'), ...partner('recyclerie-bergerac', 'repair-cafe-lalinde'), ...funder('epci-200034833', 'ademe-na')] },
  { id: 'projet-toits-solaires', title: 'Toits solaires citoyens', status: 'ONGOING', startDate: '2020-06-01', themes: ['énergie', 'épargne citoyenne'], livingLab: false,
    participants: [lead('centrale-villageoise'), ...partner('scop-solaire-dordogne', 'commune-24296', 'energies-citoyennes-sa'), ...funder('region-75')] },
  { id: 'projet-mobilite-solidaire', title: 'Plateforme de mobilité solidaire', status: 'ONGOING', startDate: '2022-02-01', themes: ['mobilité', 'solidarité'], livingLab: true,
    participants: [lead('transport-solidaire'), ...partner('garage-solidaire', 'centre-social-mussidan', 'france-travail-bergerac'), ...funder('epci-200069094'), ...user('personne-benevole')] },
  { id: 'projet-tiers-lieu', title: 'Tiers-lieu La Fabrique Pourpre', status: 'ONGOING', startDate: '2019-10-01', themes: ['tiers-lieu', 'numérique'], livingLab: true,
    participants: [lead('tiers-lieu-scic'), ...partner('fablab-bergerac', 'numerique-solidaire', 'atelier-numerique-sud'), ...funder('commune-24037')] },
  { id: 'projet-materiautheque', title: 'Matériauthèque du bâtiment', status: 'IDEA', themes: ['réemploi', 'bâtiment'], livingLab: false,
    participants: [lead('chantier-ecoconstruction'), ...partner('eco-habitat-perigord', 'castors-renovation')] },
  { id: 'projet-saisonniers', title: 'Logement des travailleurs saisonniers', status: 'SUSPENDED', startDate: '2021-04-01', themes: ['habitat', 'emploi'], livingLab: false,
    participants: [lead('groupement-employeurs'), ...partner('logement-jeunes', 'gaec-coteaux'), ...funder('ddets-24')] },
  { id: 'projet-haies', title: 'Replantation de haies bocagères', status: 'COMPLETED', startDate: '2018-11-01', endDate: '2022-03-31', themes: ['biodiversité', 'agriculture'], livingLab: false,
    participants: [lead('haies-vives'), ...partner('pepiniere-eymet', 'cuma-bergeracoise'), ...funder('departement-24')] },
  { id: 'projet-inclusion-numerique', title: 'Inclusion numérique en milieu rural', status: 'ONGOING', startDate: '2021-09-01', themes: ['numérique', 'inclusion'], livingLab: true,
    participants: [lead('numerique-solidaire'), ...partner('centre-social-eymet', 'foyer-rural-issigeac'), ...funder('sous-prefecture-bergerac')] },
  { id: 'projet-biodechets', title: 'Collecte des biodéchets des restaurants', status: 'ONGOING', startDate: '2023-05-01', themes: ['déchets', 'agriculture'], livingLab: false,
    participants: [lead('collecte-biodechets'), ...partner('compost-pourpre', 'zero-dechet-pourpre'), ...funder('epci-200070647')] },
  { id: 'projet-oenotourisme', title: 'Route de l’œnotourisme solidaire', status: 'IDEA', themes: ['tourisme', 'viticulture'], livingLab: false,
    participants: [lead('domaine-la-garenne'), ...partner('vignerons-associes', 'epci-200034197')] },
  { id: 'projet-saison-culturelle', title: 'Saison culturelle itinérante', status: 'ONGOING', startDate: '2022-06-01', themes: ['culture', 'ruralité'], livingLab: false,
    participants: [lead('theatre-pourpre'), ...partner('cinema-associatif', 'festival-bastides')] },
  { id: 'projet-observatoire', title: 'Observatoire des coopérations du Bergeracois', status: 'ONGOING', startDate: '2024-01-01', themes: ['recherche-action', 'données'], livingLab: true,
    participants: [lead('labo-recherche-ess'), ...partner('passeurs-cooperation', 'scop-data-territoire', 'personne-chercheuse')] },
  { id: 'projet-cantine-bio', title: 'Cantines 50 % locales', status: 'COMPLETED', startDate: '2019-01-01', endDate: '2023-12-31', themes: ['alimentation', 'commande publique'], livingLab: false,
    participants: [lead('commune-24167'), ...partner('traiteur-bastides', 'jardins-insertion-eymet', 'minoterie-dropt')] },
];

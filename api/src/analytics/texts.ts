import { SILO_NAMES as NAMES, SILOS, type Described, type Silo } from '@maillage/schema/vocabulary';

/** A sentence in both languages of the product: the explorer shows it as it is. */
export type Text = Described;

// Silo names come from the shared vocabulary, the explorer's too.
export const SILO_NAMES: Record<Silo, Text> = Object.fromEntries(
  SILOS.map((silo) => [silo, { fr: NAMES.fr[silo], en: NAMES.en[silo] }]),
) as Record<Silo, Text>;

const percent = (value: number, locale: 'fr' | 'en'): string =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value);
const decimal = (value: number, locale: 'fr' | 'en'): string =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Every sentence the analytics say, in one place: the catalogue of their reasons. */
export const TEXTS = {
  eiIndex: (silo: Silo, ei: number, external: number, internal: number): Text => ({
    fr: `Indice E-I du silo ${SILO_NAMES[silo].fr} : ${decimal(ei, 'fr')} (${plural(external, 'lien', 'liens')} vers les autres silos, ${plural(internal, 'lien interne', 'liens internes')}).`,
    en: `E-I index of the ${SILO_NAMES[silo].en} silo: ${decimal(ei, 'en')} (${plural(external, 'link', 'links')} to other silos, ${plural(internal, 'internal link', 'internal links')}).`,
  }),
  eiOverall: (ei: number, expected: number | null): Text => ({
    fr: `Indice E-I global : ${decimal(ei, 'fr')} (de −1, tout entre soi, à +1, tout entre silos)` +
      (expected === null ? '.' : ` ; des liens noués au hasard donneraient ${decimal(expected, 'fr')}.`),
    en: `Overall E-I index: ${decimal(ei, 'en')} (from −1, all within silos, to +1, all across)` +
      (expected === null ? '.' : `; links drawn at random would give ${decimal(expected, 'en')}.`),
  }),
  noLinks: (): Text => ({ fr: 'Aucun lien dans cette sélection.', en: 'No link in this selection.' }),
  isolated: (name: string): Text => ({
    fr: `${name} n'a aucun lien de coopération dans cette sélection.`,
    en: `${name} has no cooperation link in this selection.`,
  }),
  siloed: (name: string, silo: Silo, partners: number): Text => ({
    fr: `${partners === 1 ? `Le seul partenaire de ${name} est` : `Les ${partners} partenaires de ${name} sont tous`} du silo ${SILO_NAMES[silo].fr}.`,
    en: `${partners === 1 ? `The only partner of ${name} is` : `All ${partners} partners of ${name} are`} in the ${SILO_NAMES[silo].en} silo.`,
  }),
  sectorAbsent: (place: Text, silos: Silo[], actors: number): Text => ({
    fr: `${place.fr} : ${actors} acteurs de ${silos.length} silos (${silos.map((silo) => SILO_NAMES[silo].fr).join(', ')}), et aucun lien entre silos.`,
    en: `${place.en}: ${actors} actors from ${silos.length} silos (${silos.map((silo) => SILO_NAMES[silo].en).join(', ')}), and no link across silos.`,
  }),
  sectorLow: (place: Text, density: number, average: number): Text => ({
    fr: `${place.fr} : ${percent(density, 'fr')} des paires possibles entre silos sont liées, contre ${percent(average, 'fr')} en moyenne sur le territoire.`,
    en: `${place.en}: ${percent(density, 'en')} of the possible cross-silo pairs are linked, against ${percent(average, 'en')} on average in the territory.`,
  }),
  missingLinks: (missing: number): Text => ({
    fr: `Il manque environ ${plural(Math.round(missing), 'lien', 'liens')} entre silos pour atteindre la moyenne.`,
    en: `About ${plural(Math.round(missing), 'cross-silo link', 'cross-silo links')} short of the average.`,
  }),
  inPlace: (sector: Text, territory: string | null): Text => ({
    fr: territory ? `${sector.fr} à ${territory}` : sector.fr,
    en: territory ? `${sector.en} in ${territory}` : sector.en,
  }),
  resourceFit: (offerer: string, resource: string, needer: string): Text => ({
    fr: `${offerer} offre « ${resource} », dont ${needer} a besoin.`,
    en: `${offerer} offers “${resource}”, which ${needer} needs.`,
  }),
  sameCommune: (commune: string): Text => ({ fr: `Même commune : ${commune}.`, en: `Same commune: ${commune}.` }),
  sameEpci: (epci: string): Text => ({ fr: `Même intercommunalité : ${epci}.`, en: `Same inter-municipality: ${epci}.` }),
  distance: (km: number): Text => ({
    fr: `À ${decimal(km, 'fr')} km l'un de l'autre.`,
    en: `${decimal(km, 'en')} km apart.`,
  }),
  sharedSectors: (names: Text[]): Text => ({
    fr: `${names.length === 1 ? 'Secteur commun' : 'Secteurs communs'} : ${names.map((name) => name.fr).join(', ')}.`,
    en: `${names.length === 1 ? 'Shared sector' : 'Shared sectors'}: ${names.map((name) => name.en).join(', ')}.`,
  }),
  crossesSilos: (a: Silo, b: Silo): Text => ({
    fr: `Relierait les silos ${SILO_NAMES[a].fr} et ${SILO_NAMES[b].fr}.`,
    en: `Would join the ${SILO_NAMES[a].en} and ${SILO_NAMES[b].en} silos.`,
  }),
  commonPartners: (names: string[], more: number): Text => ({
    fr: `${names.length + more === 1 ? 'Partenaire commun' : `${names.length + more} partenaires communs`} : ${names.join(', ')}${more > 0 ? ` et ${more} autres` : ''}.`,
    en: `${names.length + more === 1 ? 'Common partner' : `${names.length + more} common partners`}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
  }),
  broker: (name: string, share: number): Text => ({
    fr: `${name} se trouve sur ${percent(share, 'fr')} des plus courts chemins entre deux autres acteurs.`,
    en: `${name} lies on ${percent(share, 'en')} of the shortest paths between two other actors.`,
  }),
  bridge: (a: string, b: string, cutOff: number): Text => ({
    fr: `Sans le lien ${a} – ${b}, ${plural(cutOff, 'acteur serait coupé', 'acteurs seraient coupés')} du reste du réseau.`,
    en: `Without the ${a} – ${b} link, ${plural(cutOff, 'actor', 'actors')} would be cut off from the rest of the network.`,
  }),
  betweennessExact: (): Text => ({
    fr: 'Intermédiarité exacte (algorithme de Brandes, tous les acteurs comme sources).',
    en: 'Exact betweenness (Brandes algorithm, every actor as a source).',
  }),
  betweennessSampled: (samples: number, actors: number): Text => ({
    fr: `Intermédiarité estimée sur ${samples} sources tirées au hasard parmi ${actors} acteurs (Brandes–Pich), mise à l'échelle.`,
    en: `Betweenness estimated from ${samples} random sources among ${actors} actors (Brandes–Pich), rescaled.`,
  }),
  communityMix: (size: number, silos: Array<{ silo: Silo; actors: number }>): Text => ({
    fr: `${size} acteurs : ${silos.map(({ silo, actors }) => `${actors} ${SILO_NAMES[silo].fr}`).join(', ')}.`,
    en: `${size} actors: ${silos.map(({ silo, actors }) => `${actors} ${SILO_NAMES[silo].en}`).join(', ')}.`,
  }),
  coverage: (known: number | null, months: number): Text => ({
    fr: known === null ? 'Aucun acteur dans cette sélection.' : `Couverture : ${percent(known, 'fr')} des acteurs ont des liens connus, revus depuis moins de ${months} mois.`,
    en: known === null ? 'No actor in this selection.' : `Coverage: ${percent(known, 'en')} of the actors have known links, reviewed within ${months} months.`,
  }),
  coverageIndicative: (known: number, months: number): Text => ({
    fr: `Seuls ${percent(known, 'fr')} des acteurs ont des liens connus et revus depuis moins de ${months} mois (seuil : 65\u00a0%) ; des liens manquants peuvent changer ce résultat.`,
    en: `Only ${percent(known, 'en')} of the actors have known links reviewed within ${months} months (threshold: 65%); missing links may change this result.`,
  }),
  cutPoint: (name: string, cutOff: number): Text => ({
    fr: `Sans ${name}, ${plural(cutOff, 'acteur serait coupé', 'acteurs seraient coupés')} du reste du réseau.`,
    en: `Without ${name}, ${plural(cutOff, 'actor', 'actors')} would be cut off from the rest of the network.`,
  }),
  structuralHole: (name: string, effectiveSize: number, partners: number): Text => ({
    fr: `${name} relie ${partners} partenaires qui se connaissent peu entre eux (taille effective ${decimal(effectiveSize, 'fr')}).`,
    en: `${name} links ${partners} partners who barely know each other (effective size ${decimal(effectiveSize, 'en')}).`,
  }),
  assortativity: (by: Text, within: number, expected: number, coefficient: number | null): Text => ({
    fr: `Par ${by.fr} : ${percent(within, 'fr')} des liens restent entre pareils, contre ${percent(expected, 'fr')} si les liens étaient noués au hasard` +
      (coefficient === null ? '.' : ` (assortativité ${decimal(coefficient, 'fr')}, de −1 tout mêlé à +1 tout entre soi).`),
    en: `By ${by.en}: ${percent(within, 'en')} of the links stay among alike actors, against ${percent(expected, 'en')} were links drawn at random` +
      (coefficient === null ? '.' : ` (assortativity ${decimal(coefficient, 'en')}, from −1 all mixed to +1 all alike).`),
  }),
  core: (k: number, actors: number): Text => ({
    fr: `Le cœur du réseau : ${plural(actors, 'acteur', 'acteurs')} ayant chacun au moins ${plural(k, 'partenaire', 'partenaires')} dans ce cœur (k-cœur ${k}).`,
    en: `The network's core: ${plural(actors, 'actor', 'actors')}, each with at least ${plural(k, 'partner', 'partners')} within it (${k}-core).`,
  }),
  whatIfSplit: (names: string, cutOff: number): Text => ({
    fr: cutOff === 0 ? `Sans ${names}, personne ne serait coupé du reste du réseau.` :
      `Sans ${names}, ${plural(cutOff, 'acteur serait coupé', 'acteurs seraient coupés')} du reste du réseau.`,
    en: cutOff === 0 ? `Without ${names}, nobody would be cut off from the rest of the network.` :
      `Without ${names}, ${plural(cutOff, 'actor', 'actors')} would be cut off from the rest of the network.`,
  }),
  whatIfLinks: (lost: number, crossSilo: number): Text => ({
    fr: `${plural(lost, 'lien disparaîtrait', 'liens disparaîtraient')}, dont ${crossSilo} entre silos.`,
    en: `${plural(lost, 'link', 'links')} would go, ${crossSilo} of them across silos.`,
  }),
  whatIfSiloAccess: (name: string, silo: Silo): Text => ({
    fr: `${name} perdrait son seul partenaire du silo ${SILO_NAMES[silo].fr}.`,
    en: `${name} would lose its only partner in the ${SILO_NAMES[silo].en} silo.`,
  }),
  whatIfRiser: (name: string, before: number, after: number): Text => ({
    fr: `${name} passerait de ${percent(before, 'fr')} à ${percent(after, 'fr')} des plus courts chemins : il faudrait prendre le relais.`,
    en: `${name} would go from ${percent(before, 'en')} to ${percent(after, 'en')} of the shortest paths: someone to take over.`,
  }),
  communitySingleSilo: (silo: Silo): Text => ({
    fr: `Communauté entièrement dans le silo ${SILO_NAMES[silo].fr}.`,
    en: `A community entirely within the ${SILO_NAMES[silo].en} silo.`,
  }),
} as const;

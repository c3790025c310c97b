import { GraphQLError } from 'graphql';

/** Every refusal of a workshop, in one place: its code, its HTTP status, and what it says in French then English. */
export const WORKSHOP_ERRORS = {
  UNKNOWN_CODE: { status: 404, fr: () => "aucun atelier n'a ce code : vérifiez-le sur l'écran", en: () => 'no workshop has this code: check it on the screen' },
  NOT_FOUND: { status: 404, fr: (what: string) => `aucun atelier ou contribution « ${what} »`, en: (what: string) => `no workshop or entry ${what}` },
  CLOSED: { status: 409, fr: () => "l'atelier est clos : il n'accepte plus rien", en: () => 'the workshop is closed: it accepts nothing more' },
  JOINING_PAUSED: { status: 409, fr: () => "les entrées dans l'atelier sont suspendues : demandez à l'animateur", en: () => 'joining is paused: ask the facilitator' },
  CONSENT_REQUIRED: { status: 400, fr: () => 'votre accord est nécessaire pour participer', en: () => 'your agreement is needed to take part' },
  NAME_REQUIRED: { status: 400, fr: (what: string) => `indiquez ${what === 'pseudonym' ? 'un pseudonyme' : 'votre nom'}`, en: (what: string) => `give ${what === 'pseudonym' ? 'a pseudonym' : 'your name'}` },
  NO_SESSION: { status: 401, fr: () => "rejoignez d'abord l'atelier (code ou QR code)", en: () => 'join the workshop first (code or QR code)' },
  NOT_YOURS: { status: 403, fr: () => "cette contribution n'est pas la vôtre", en: () => 'this entry is not yours' },
  REQUIRED: { status: 400, fr: (field: string) => `le champ « ${field} » est obligatoire ici`, en: (field: string) => `${field} is required here` },
  TOO_LONG: { status: 400, fr: (field: string) => `le champ « ${field} » est trop long`, en: (field: string) => `${field} is too long` },
  UNKNOWN_REFERENCE: { status: 400, fr: (field: string) => `« ${field} » ne désigne ni un acteur du territoire ni une contribution de l'atelier`, en: (field: string) => `${field} names neither an actor nor an entry of this workshop` },
  SAME_ACTOR: { status: 400, fr: () => 'un lien relie deux organisations différentes', en: () => 'a link joins two different organisations' },
  BAD_STEP: { status: 400, fr: (field: string) => `l'étape ${field} n'existe pas`, en: (field: string) => `there is no step ${field}` },
  NOT_AN_ORGANISATION: { status: 400, fr: () => "seule une organisation proposée se fusionne avec un acteur", en: () => 'only a proposed organisation can be merged with an actor' },
  TOO_MANY_ENTRIES: { status: 429, fr: () => 'trop de contributions à la fois : patientez une minute', en: () => 'too many entries at once: wait a minute' },
  TOO_MANY_JOINS: { status: 429, fr: () => 'trop de tentatives depuis cette adresse : patientez une minute', en: () => 'too many attempts from this address: wait a minute' },
  ORGANISATIONS_ONLY: { status: 400, fr: () => "un atelier cartographie des organisations, pas des personnes", en: () => 'a workshop maps organisations, not people' },
  NOT_VOTING_YET: { status: 409, fr: () => "le vote n'est pas ouvert à cette étape", en: () => 'voting is not open at this step' },
  ALREADY_DECIDED: { status: 409, fr: () => 'cette contribution a déjà été traitée', en: () => 'this entry was already dealt with' },
} as const;

export type WorkshopErrorCode = keyof typeof WORKSHOP_ERRORS;

const GRAPHQL_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS' };

/** A refused workshop action: nothing was written. `detail` names the field or the id at fault. */
export class WorkshopError extends Error {
  constructor(
    readonly code: WorkshopErrorCode,
    readonly where: string,
    readonly detail = '',
  ) {
    super(`${where}: ${WORKSHOP_ERRORS[code].en(detail)}`);
    this.name = 'WorkshopError';
  }

  toGraphQLError(): GraphQLError {
    const text = WORKSHOP_ERRORS[this.code];
    const message = `${this.where} : ${text.fr(this.detail)}. / ${this.where}: ${text.en(this.detail)}.`;
    return new GraphQLError(message, { extensions: { code: GRAPHQL_CODES[text.status], reason: this.code, ...(this.detail ? { field: this.detail } : {}), http: { status: text.status } } });
  }
}

/** Rethrows a workshop's refusal as the GraphQL error it stands for; anything else as it is. */
export function asWorkshopGraphQLError(error: unknown): never {
  throw error instanceof WorkshopError ? error.toGraphQLError() : error;
}

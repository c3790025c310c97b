import { GraphQLError } from 'graphql';

/** Every refusal of an edit, in one place: its code, its HTTP status, and what it says in French then English. */
export const EDIT_ERRORS = {
  REQUIRED: { status: 400, fr: (field: string) => `le champ « ${field} » est obligatoire`, en: (field: string) => `${field} is required` },
  EMPTY: { status: 400, fr: (field: string) => `le champ « ${field} » ne peut pas être vide`, en: (field: string) => `${field} may not be empty` },
  TOO_LONG: { status: 400, fr: (field: string) => `le champ « ${field} » est trop long`, en: (field: string) => `${field} is too long` },
  BAD_ID: { status: 400, fr: (field: string) => `« ${field} » : minuscules, chiffres, tirets, deux-points`, en: (field: string) => `${field}: lower-case letters, digits, dashes and colons only` },
  BAD_URL: { status: 400, fr: (field: string) => `« ${field} » doit être une adresse http(s)://…`, en: (field: string) => `${field} must be an http(s) URL` },
  BAD_IDENTIFIER: {
    status: 400,
    fr: (field: string) => `« ${field} » n'est pas un ${field.toUpperCase()} valide (SIREN : 9 chiffres, SIRET : 14, dont la clé ; RNA : W et 9 caractères)`,
    en: (field: string) => `${field} is not a valid ${field.toUpperCase()} (SIREN: 9 digits, SIRET: 14, key included; RNA: W and 9 characters)`,
  },
  NOT_MERGEABLE: { status: 400, fr: (field: string) => `« ${field} » ne se choisit pas dans une fusion`, en: (field: string) => `${field} cannot be chosen in a merge` },
  PERSON_AND_ORGANISATION: { status: 400, fr: () => "une personne et une organisation ne se fusionnent pas", en: () => 'a person and an organisation are never merged' },
  CANNOT_UNDO: { status: 409, fr: (field: string) => `« ${field} » ne s'annule pas : un effacement est définitif, un accord s'enregistre ou se retire`, en: (field: string) => `${field} cannot be undone: an erasure is final, a consent is recorded or withdrawn` },
  LATER_CHANGES: { status: 409, fr: (field: string) => `${field} modification(s) plus récente(s) de cet objet : annulez-les d'abord`, en: (field: string) => `${field} later change(s) of this object stand in the way: undo them first` },
  STATE_CHANGED: { status: 409, fr: (field: string) => `« ${field} » n'est plus tel que cette modification l'a laissé`, en: (field: string) => `${field} is no longer as this change left it` },
  BAD_AMOUNT: { status: 400, fr: (field: string) => `« ${field} » : un montant en euros, positif ou nul`, en: (field: string) => `${field}: an amount in euros, zero or more` },
  BAD_EMAIL: { status: 400, fr: (field: string) => `« ${field} » n'est pas une adresse électronique`, en: (field: string) => `${field} is not an e-mail address` },
  BAD_COORDINATES: { status: 400, fr: () => 'latitude et longitude vont ensemble, en degrés valides', en: () => 'latitude and longitude go together, as valid degrees' },
  UNKNOWN_REFERENCE: { status: 400, fr: (field: string) => `« ${field} » désigne un objet inconnu`, en: (field: string) => `${field} names something that does not exist` },
  SAME_ACTOR: { status: 400, fr: () => 'un lien relie deux acteurs différents', en: () => 'a link joins two different actors' },
  LINK_ENDS_FIXED: { status: 400, fr: () => "les deux acteurs d'un lien ne changent pas : supprimez-le et créez-en un autre", en: () => "a link's actors cannot change: delete it and create another" },
  BAD_DATE: { status: 400, fr: (field: string) => `« ${field} » : une date AAAA-MM-JJ`, en: (field: string) => `${field}: a date, YYYY-MM-DD` },
  DATES_REVERSED: { status: 400, fr: (field: string) => `« ${field} » : la fin précède le début`, en: (field: string) => `${field}: the end comes before the start` },
  CONSENT_CONFLICT: { status: 400, fr: (field: string) => `« ${field} » : un accord ne peut être donné et retiré à la fois`, en: (field: string) => `${field}: a consent cannot be given and withdrawn at once` },
  CONSENT_REQUIRED: { status: 400, fr: (field: string) => `« ${field} » : votre accord est nécessaire`, en: (field: string) => `${field}: consent is required` },
  ALREADY_DECIDED: { status: 409, fr: (field: string) => `la proposition « ${field} » n'est plus en attente`, en: (field: string) => `proposal ${field} is no longer pending` },
  NOT_FOUND: { status: 404, fr: (field: string) => `aucun objet « ${field} »`, en: (field: string) => `nothing called ${field}` },
  IN_BIN: { status: 409, fr: (field: string) => `« ${field} » est dans la corbeille : restaurez-le`, en: (field: string) => `${field} is in the bin: restore it instead` },
  ID_TAKEN: { status: 409, fr: (field: string) => `l'identifiant « ${field} » est déjà pris`, en: (field: string) => `${field} is already taken` },
} as const;

export type EditErrorCode = keyof typeof EDIT_ERRORS;

/** A refused edit: nothing was written. `field` names the input field (or the id) at fault. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly field: string,
    readonly where: string,
  ) {
    super(`${where}: ${EDIT_ERRORS[code].en(field)}`);
    this.name = 'EditError';
  }

  /** The message in French, then English, as every user-facing text. */
  get bilingual(): string {
    const text = EDIT_ERRORS[this.code];
    return `${this.where} : ${text.fr(this.field)}. / ${this.where}: ${text.en(this.field)}.`;
  }

  toGraphQLError(): GraphQLError {
    const { status } = EDIT_ERRORS[this.code];
    const code = status === 400 ? 'BAD_USER_INPUT' : status === 404 ? 'NOT_FOUND' : 'CONFLICT';
    return new GraphQLError(this.bilingual, { extensions: { code, reason: this.code, field: this.field, http: { status } } });
  }
}

/** Rethrows an edit's refusal as the GraphQL error it stands for; anything else as it is. */
export function asGraphQLError(error: unknown): never {
  throw error instanceof EditError ? error.toGraphQLError() : error;
}

/** The scope of a person's consent to be published, on `(:Actor)-[:CONSENTED]->(:Consent {scope})`. */
export const PUBLICATION_SCOPE = 'publication';
/** The scope of a consent to keep contact details. */
export const CONTACT_SCOPE = 'contact';

/**
 * Whether the actor bound to `variable` may be shown to the public and to researchers: an organisation, or a person
 * with a recorded consent to publication. It is the Cypher twin of the type-level @authorization rule on `Actor`
 * in actor.graphql (a parity test on Neo4j keeps the two the same); the analytics, the exports and the embeds use it.
 */
export function publicationRule(variable: string): string {
  return `(${cypherVariable('publicationRule', variable)}.kind <> 'PERSON' OR ${publicationConsentStands(variable)})`;
}

/** Whether the actor bound to `variable` has a consent to publication that stands (not withdrawn). */
export function publicationConsentStands(variable: string): string {
  return `EXISTS { (${cypherVariable('publicationConsentStands', variable)})-[:CONSENTED]->(:Consent {scope: '${PUBLICATION_SCOPE}'}) }`;
}

function cypherVariable(where: string, variable: string): string {
  if (!/^[A-Za-z_]\w*$/.test(variable)) throw new Error(`${where}: "${variable}" is not a Cypher variable name`);
  return variable;
}

/**
 * Places the person bound to `variable` at the centre of the commune they are located in (`Territory.location`),
 * never more precisely, even with consent: a Cypher `CALL` block for the write that sets or changes an actor.
 * Organisations keep the location they were given.
 */
export function personAtCommuneCentre(variable: string): string {
  cypherVariable('personAtCommuneCentre', variable);
  return `CALL (${variable}) {
      WITH ${variable} WHERE ${variable}.kind = 'PERSON'
      SET ${variable}.location = COLLECT { MATCH (${variable})-[:LOCATED_IN]->(t:Territory) WHERE t.location IS NOT NULL RETURN t.location }[0],
          ${variable}.locationApproximate = true
    }`;
}

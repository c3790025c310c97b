export { typeDefs, schemaDir } from './typeDefs.js';
export { scalarResolvers, Intensity, Confidence, Slug, EmbedQuery } from './scalars.js';
export { createNeo4jGraphQL, type ApiSchemaOptions } from './neo4jGraphQL.js';
export { printApiSchema } from './print.js';
export type * from './generated/types.js';
export { migrate, MIGRATIONS } from './migrations.js';
export { parseExample, type Example } from './examples.js';
export { publicationRule, publicationConsentStands, personAtCommuneCentre, PUBLICATION_SCOPE, CONTACT_SCOPE } from './publication.js';
export { inputFields, enumValues, type InputField } from './inputs.js';

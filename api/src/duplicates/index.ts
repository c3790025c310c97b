export { DuplicateIndex, duplicateMatch, likelyDuplicatePairs, SIMILAR_NAME, type DuplicateCandidate, type DuplicatePair, type DuplicateReason, type Nearness } from './match.js';
export { nameKey, nameSimilarity } from './names.js';
export { readDuplicateGraph, nearness } from './read.js';
export { duplicateReasons, duplicateWhy } from './texts.js';
export { duplicateResolvers, type DuplicatesContext } from './resolvers.js';

// The network filter, one concept: its type (from the SDL's input), its key, its URL form. Its two evaluators live
// where the data is: in Cypher (api/src/exports/read.ts) and in the browser (explorer/src/core/graph/filter.ts),
// with the analytics' own on the API's projection; test/filterParity.int.test.ts checks that they agree.
export {
  FILTER_LIST_FIELDS, FILTER_LISTS, NETWORK_FILTER_FIELDS, compactFilter, filterKey, isActiveOn, type FilterListField, type NetworkFilter,
  type NetworkFilterField,
} from './filter.js';
export { FORMER_SPELLINGS, MAX_CORE, parameterReader, readNetworkFilter, territoryId, writeNetworkFilter, type FilterReading, type UrlParameters } from './url.js';
export { writeReportParams, type ReportParameters } from './report.js';
export { coreLevels, coreNumbers, coreNumbersOf, kCore } from './kCore.js';

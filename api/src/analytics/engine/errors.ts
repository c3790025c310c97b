import type { Text } from '../texts.js';

export type AnalyticsErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND';

/** A query the analytics cannot answer because of what it asked: the API turns it into a GraphQL error with its code. */
export class AnalyticsInputError extends Error {
  constructor(readonly code: AnalyticsErrorCode, readonly text: Text) {
    super(`${text.fr} / ${text.en}`);
    this.name = 'AnalyticsInputError';
  }
}

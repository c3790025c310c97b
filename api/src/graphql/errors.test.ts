import { describe, expect, it } from 'vitest';
import { classify, ERROR_MESSAGES, formatError } from './errors.js';

describe('classify', () => {
  it('maps database and library errors to our codes', () => {
    expect(classify({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' })).toBe('CONSTRAINT_VIOLATION');
    expect(classify({ name: 'Neo4jGraphQLForbiddenError' })).toBe('FORBIDDEN');
    expect(classify({ code: 'ServiceUnavailable' })).toBe('DATABASE_UNAVAILABLE');
    expect(classify({ code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' })).toBe('QUERY_TIMEOUT');
    expect(classify(new Error('anything else'))).toBeUndefined();
  });
});

describe('formatError', () => {
  const internal = { message: 'Neo4jError: secret detail', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };

  it('hides internal details and stack traces in production', () => {
    expect(formatError(true)(internal, new Error('secret detail'))).toEqual({
      message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps them in development, where they help', () => {
    expect(formatError(false)(internal, new Error('secret detail'))).toEqual(internal);
  });

  it('gives a known cause its code and bilingual message', () => {
    const formatted = formatError(true)({ message: 'x', extensions: {} }, { code: 'ServiceUnavailable' });
    expect(formatted).toEqual({ message: ERROR_MESSAGES.DATABASE_UNAVAILABLE, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });

  it('keeps Apollo’s own client codes', () => {
    const formatted = formatError(true)({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new Error('x'));
    expect(formatted.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

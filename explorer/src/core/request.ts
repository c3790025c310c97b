import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A refusal of the API: its GraphQL errors, as `fieldErrors` reads them. */
export class RequestError extends Error {
  constructor(readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors[0]?.message ?? 'refused');
    this.name = 'RequestError';
  }
}

/**
 * One typed GraphQL request over fetch, for the light pages (the declaration form, the workshop's phones and
 * screens) that do without Apollo Client; `headers` carry a session when there is one.
 */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers: Record<string, string> = {}): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as { data?: R; errors?: RequestError['errors'] };
  if (body.errors?.length) throw new RequestError(body.errors);
  return body.data as R;
}

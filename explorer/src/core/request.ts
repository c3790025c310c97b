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

/**
 * The work again after a pause when it fails (a busy API answers 503 with a code to retry), up to `tries` times:
 * for the screens of a workshop, which nobody stands by to reload.
 */
export async function patiently<T>(work: () => Promise<T>, tries = 5, pauseMs = 1_500): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}

import { print } from 'graphql';
import { createClient, type Client } from 'graphql-sse';
import { graphql } from '../../generated/index.js';
import type { WorkshopLiveSubscription } from '../../generated/graphql.js';

const LIVE = graphql(`
  subscription WorkshopLive($code: WorkshopCode!) { workshopLive(code: $code) { revision step status writingAlone participants } }
`);

export type LiveWorkshop = WorkshopLiveSubscription['workshopLive'];

let client: Client | null = null;

/**
 * Calls `onChange` with the workshop now and at each change, whichever API process took it (GraphQL over SSE at
 * /graphql/stream); the stream comes back by itself after a network cut. Returns the way to stop.
 */
export function followWorkshop(code: string, onChange: (workshop: LiveWorkshop) => void): () => void {
  client ??= createClient({ url: '/graphql/stream', retryAttempts: Infinity, retry: () => new Promise((resolve) => setTimeout(resolve, 1_000)) });
  return client.subscribe<WorkshopLiveSubscription>(
    { query: print(LIVE), variables: { code } },
    { next: (result) => result.data && onChange(result.data.workshopLive), error: () => undefined, complete: () => undefined },
  );
}

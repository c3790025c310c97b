import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';

// Expensive public work (exports, analytics) runs a few at a time behind bounded queues: ten hostile requests at
// once are each served or refused at once with BUSY, and the cheap requests of everyone else still answer.
const api = testApi({ EXPORT_CONCURRENCY: '1', EXPORT_QUEUE: '1', ANALYTICS_QUEUE: '2', ANALYTICS_WORKER: 'true' });

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

interface Outcome {
  status: number;
  code: string | undefined;
}

async function outcome(response: Response): Promise<Outcome> {
  const text = await response.text();
  const code = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code : undefined;
  return { status: response.status, code };
}

function exportRequest(i: number): Promise<Outcome> {
  return fetch(api.url(`/export/network.gexf?linkKinds=PARTNERSHIP,FUNDING,SUPPLY&date=20${10 + i}-01-01`)).then(outcome);
}

function analyticsRequest(i: number): Promise<Outcome> {
  // A resolution of its own each: no cached answer to fall back on.
  return fetch(api.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ communities(resolution: ${1 + i / 10}) { count } brokers(limit: 20, filter: { asOf: "20${10 + i}-06-01" }) { method } }` }),
  }).then(outcome);
}

describe('ten hostile requests at once', () => {
  it('are each served or refused with BUSY, while /healthz and a single-actor lookup answer', async () => {
    const hostile = Promise.all([...[0, 1, 2, 3, 4].map(exportRequest), ...[0, 1, 2, 3, 4].map(analyticsRequest)]);
    const health = await fetch(api.url('/healthz'));
    const lookup = await api.graphql<{ actors: { name: string }[] }>('{ actors(where: { id: { eq: "commune-24037" } }) { name } }');
    expect(health.status).toBe(200);
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data?.actors).toEqual([{ name: expect.stringMatching(/Bergerac/) }]);
    const outcomes = await hostile;
    for (const answer of outcomes) {
      if (answer.status === 200) continue;
      expect(answer).toEqual({ status: 503, code: 'BUSY' });
    }
    // One export runs and one waits: of five sent at once, some are refused rather than queued without end.
    expect(outcomes.slice(0, 5).some((answer) => answer.code === 'BUSY')).toBe(true);
    expect(outcomes.some((answer) => answer.status === 200)).toBe(true);
    // And afterwards everything answers again.
    expect((await exportRequest(9)).status).toBe(200);
  });
});

import { createClient } from 'graphql-sse';
import { afterAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';

// Two API processes' worth of apps on one Neo4j: a write through one reaches a stream served by the other.
const first = testApi();
const second = testApi({ WORKSHOP_LIVE_POLL_MS: '100' });
const animator = signTestJwt(['animator']);
const made: string[] = [];

afterAll(async () => {
  await first.driver.executeQuery(
    `MATCH (w:Workshop) WHERE w.id IN $made OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) OPTIONAL MATCH (p:WorkshopParticipant {workshopId: w.id}) DETACH DELETE e, p, w`,
    { made },
  );
});

interface Live { revision: number; participants: number; step: number; status: string }

/** The events of `workshopLive` from one API, read one by one as the test asks for them. */
function follow(url: string, code: string) {
  const client = createClient({ url, retryAttempts: 0 });
  const events: Live[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown = null;
  const stop = client.subscribe<{ workshopLive: Live }>(
    { query: 'subscription($code: WorkshopCode!) { workshopLive(code: $code) { revision participants step status } }', variables: { code } },
    {
      next: (result) => {
        if (result.errors) failure = result.errors;
        if (result.data) events.push(result.data.workshopLive);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        failure = error;
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => undefined,
    },
  );
  return {
    /** The first event that satisfies `wanted`, as soon as it comes. */
    async until(wanted: (event: Live) => boolean): Promise<Live> {
      for (;;) {
        const found = events.find(wanted);
        if (found) return found;
        if (failure) throw new Error(`workshopLive failed: ${JSON.stringify(failure)}`);
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    close: () => {
      stop();
      client.dispose();
    },
  };
}

describe('live workshop events (GraphQL over SSE)', () => {
  it('reach a projector connected to one API when a participant writes through another', async () => {
    const created = await first.graphql<{ createWorkshop: { id: string; code: string } }>(
      'mutation($input: WorkshopInput!) { createWorkshop(input: $input) { id code } }',
      { input: { title: 'Atelier en direct', date: '2026-12-02', question: 'Qui est là ?', moderation: 'IMMEDIATE' } },
      animator,
    );
    const { id, code } = created.data!.createWorkshop;
    made.push(id);
    const projector = follow(second.url('/graphql/stream'), code);
    try {
      const now = await projector.until(() => true);
      expect(now).toMatchObject({ participants: 0, step: 0, status: 'OPEN' });
      const joined = await first.graphql<{ joinWorkshop: { session: string } }>('mutation($code: WorkshopCode!) { joinWorkshop(code: $code, name: "Léa", consent: true) { session } }', { code });
      await projector.until((event) => event.participants === 1);
      const entry = await first.graphql(
        'mutation($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { id } }',
        { input: { kind: 'ORGANISATION', name: 'Ressourcerie en direct (fictive)', silo: 'PRIVATE', actorKind: 'ASSOCIATION' } },
        undefined,
        { 'x-workshop-session': joined.data!.joinWorkshop.session },
      );
      expect(entry.errors).toBeUndefined();
      const after = await projector.until((event) => event.revision > now.revision + 1);
      const board = await second.graphql<{ workshopBoard: { entries: { name: string }[] } }>('query($code: WorkshopCode!) { workshopBoard(code: $code) { entries { name } } }', { code });
      expect(board.data!.workshopBoard.entries).toEqual([{ name: 'Ressourcerie en direct (fictive)' }]);
      await first.graphql('mutation($id: ID!) { controlWorkshop(id: $id, control: { step: 2 }) { step } }', { id }, animator);
      expect((await projector.until((event) => event.revision > after.revision)).step).toBe(2);
    } finally {
      projector.close();
    }
  });

  it('refuses what is not a subscription, and an unknown code, with a coded error', async () => {
    const query = await fetch(second.url('/graphql/stream'), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: '{ workshops { id } }' }) });
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const unknown = follow(second.url('/graphql/stream'), 'AAAAAA');
    await expect(unknown.until(() => true)).rejects.toThrow(/UNKNOWN_CODE|aucun atelier/);
    unknown.close();
  });
});

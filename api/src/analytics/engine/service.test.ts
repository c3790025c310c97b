import { GraphVersionClock } from '../../graphVersion/index.js';
import { describe, expect, it, vi } from 'vitest';
import { tinyProjection } from '../testing.js';
import { inlineEngine } from './engine.js';
import { AnalyticsInputError } from './errors.js';
import { AnalyticsService, stableJson } from './service.js';
import { AnalyticsBusyError, AnalyticsTimeoutError, workerEngine } from './workerEngine.js';

function service(engine = inlineEngine()) {
  let links: Array<[string, string]> = [['a', 'b']];
  const readProjection = vi.fn(async () => tinyProjection([{ id: 'a' }, { id: 'b', silo: 'PRIVATE' }, { id: 'c' }], links));
  const analytics = new AnalyticsService({ engine, readProjection });
  return { analytics, readProjection, setLinks: (next: Array<[string, string]>) => (links = next) };
}

describe('AnalyticsService', () => {
  it('reads the projection once per graph version and caches each result', async () => {
    const { analytics, readProjection } = service();
    const first = await analytics.query('networkStats', { filter: {} });
    expect(first.links).toBe(1);
    expect(await analytics.query('networkStats', { filter: {} })).toBe(first);
    await analytics.query('siloMatrix', { filter: {} });
    expect(readProjection).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when the graph changes', async () => {
    const { analytics, readProjection, setLinks } = service();
    expect((await analytics.query('networkStats', { filter: {} })).links).toBe(1);
    setLinks([['a', 'b'], ['b', 'c']]);
    analytics.invalidate();
    expect((await analytics.query('networkStats', { filter: {} })).links).toBe(2);
    expect(readProjection).toHaveBeenCalledTimes(2);
  });

  it('starts again when the graph version moves (a write made anywhere)', async () => {
    let version = '1';
    const readProjection = vi.fn(async () => tinyProjection([{ id: 'a' }], []));
    const analytics = new AnalyticsService({ engine: inlineEngine(), readProjection, graphVersion: async () => version });
    await analytics.query('networkStats', { filter: {} });
    await analytics.query('networkStats', { filter: {} });
    expect(readProjection).toHaveBeenCalledTimes(1);
    version = '2';
    await analytics.query('networkStats', { filter: {} });
    expect(readProjection).toHaveBeenCalledTimes(2);
  });

  it('leaves the sharing of version reads to the clock: queries asked together cost at most two reads', async () => {
    const read = vi.fn(async () => '1');
    const clock = new GraphVersionClock(read);
    const analytics = new AnalyticsService({ engine: inlineEngine(), readProjection: async () => tinyProjection([{ id: 'a' }], []), graphVersion: () => clock.now() });
    await Promise.all([analytics.query('networkStats', { filter: {} }), analytics.query('siloMatrix', { filter: {} }), analytics.query('brokers', { filter: {} })]);
    // The first starts a read; the two that arrive during it share the next one, which no earlier write can beat.
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('gives the same answers in a worker thread as on the calling thread', async () => {
    const inline = service().analytics;
    const threaded = service(workerEngine()).analytics;
    try {
      for (const name of ['siloMatrix', 'brokers', 'communities'] as const) {
        expect(await threaded.query(name, { filter: {} })).toEqual(await inline.query(name, { filter: {} }));
      }
      await expect(threaded.query('linkSuggestions', { filter: {}, actorId: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(threaded.query('siloMatrix', { filter: { territory: 'nowhere' } })).rejects.toBeInstanceOf(AnalyticsInputError);
    } finally {
      await threaded.close();
    }
  });
});

describe('stableJson', () => {
  it('does not depend on the order of keys', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3] } })).toBe(stableJson({ a: { c: [3], d: 2 }, b: 1 }));
  });
});

describe('the analytics worker', () => {
  const projection = async () => tinyProjection([{ id: 'a' }, { id: 'b', silo: 'PRIVATE' }], [['a', 'b']]);

  it('refuses at once what would wait past its bounded queue', async () => {
    const engine = workerEngine({ maxPending: 1 });
    try {
      const asked = await Promise.allSettled([1, 2, 3].map((n) => engine.run(1, projection, 'communities', { filter: {}, resolution: n }, 'public')));
      expect(asked.some((outcome) => outcome.status === 'rejected' && outcome.reason instanceof AnalyticsBusyError)).toBe(true);
      expect(asked.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('stops a job past its time limit and starts a new worker for the next one', async () => {
    const engine = workerEngine({ timeoutMs: 1 });
    try {
      // Starting a thread and loading a graph takes far more than a millisecond.
      await expect(engine.run(1, projection, 'networkStats', { filter: {} }, 'public')).rejects.toBeInstanceOf(AnalyticsTimeoutError);
      await expect(engine.run(1, projection, 'networkStats', { filter: {} }, 'public')).rejects.toBeInstanceOf(AnalyticsTimeoutError);
    } finally {
      await engine.close();
    }
  });

  it('measures the published network for the public, the whole one for animators', async () => {
    const people = async () => tinyProjection([{ id: 'a' }, { id: 'p', kind: 'PERSON', published: false }], [['a', 'p']]);
    const analytics = new AnalyticsService({ engine: inlineEngine(), readProjection: people });
    expect(await analytics.query('networkStats', { filter: {} }, 'public')).toMatchObject({ actors: 1, links: 0 });
    expect(await analytics.query('networkStats', { filter: {} }, 'animator')).toMatchObject({ actors: 2, links: 1 });
  });
});

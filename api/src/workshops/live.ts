import type { Driver } from 'neo4j-driver';
import { toWorkshop, WORKSHOP_FIELDS, type WorkshopRecord } from './records.js';

/** Told each new state of a workshop, or null when the stream ends. */
type Listener = (workshop: WorkshopRecord | null) => void;

/**
 * The workshops' live events. Neo4j community has no change data capture, so every write to a workshop bumps its
 * `revision` in the same transaction, and each API process reads the revisions of the workshops someone follows
 * through it — one query per tick for all of them, only while someone follows. An entry written through any process
 * therefore reaches the projectors connected to every other one within a tick; nothing lives only in one process.
 */
export class WorkshopPulses {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly revisions = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private reading = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly intervalMs: number,
  ) {}

  /**
   * The workshop now, then again each time it changes, until the consumer returns or the pulses close. A plain
   * iterator rather than a generator: a client that leaves stops following at once, not at the next change.
   */
  follow(workshop: WorkshopRecord): AsyncIterableIterator<WorkshopRecord> {
    let newest: WorkshopRecord | null = workshop;
    let waiting: ((result: IteratorResult<WorkshopRecord>) => void) | null = null;
    let done = false;
    const finish = (): IteratorResult<WorkshopRecord> => {
      done = true;
      this.remove(workshop.id, listener);
      waiting?.({ done: true, value: undefined });
      waiting = null;
      return { done: true, value: undefined };
    };
    // Only the newest state matters to a screen that redraws: a burst of changes is sent once.
    const listener: Listener = (changed) => {
      if (!changed) return void finish();
      if (waiting) {
        waiting({ done: false, value: changed });
        waiting = null;
      } else newest = changed;
    };
    this.add(workshop, listener);
    const iterator: AsyncIterableIterator<WorkshopRecord> = {
      next: () => {
        if (done) return Promise.resolve({ done: true, value: undefined });
        if (newest) {
          const value = newest;
          newest = null;
          return Promise.resolve({ done: false, value });
        }
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => Promise.resolve(finish()),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Ends every stream (the server is stopping). */
  close(): void {
    for (const listeners of [...this.listeners.values()]) for (const listener of [...listeners]) listener(null);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private add(workshop: WorkshopRecord, listener: Listener): void {
    const set = this.listeners.get(workshop.id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(workshop.id, set);
    if (!this.revisions.has(workshop.id)) this.revisions.set(workshop.id, workshop.revision);
    this.timer ??= setInterval(() => void this.tick(), this.intervalMs);
  }

  private remove(id: string, listener: Listener): void {
    const set = this.listeners.get(id);
    set?.delete(listener);
    if (set?.size === 0) {
      this.listeners.delete(id);
      this.revisions.delete(id);
    }
    if (this.listeners.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async tick(): Promise<void> {
    // A slow database skips ticks rather than piling reads up.
    if (this.reading || this.listeners.size === 0) return;
    this.reading = true;
    try {
      const { records } = await this.driver.executeQuery(
        `MATCH (w:Workshop) WHERE w.id IN $ids RETURN ${WORKSHOP_FIELDS}`,
        { ids: [...this.listeners.keys()] },
        { database: this.database, routing: 'READ' },
      );
      for (const record of records) {
        const workshop = toWorkshop(record.get('workshop'));
        if (workshop.revision === this.revisions.get(workshop.id)) continue;
        this.revisions.set(workshop.id, workshop.revision);
        for (const listener of this.listeners.get(workshop.id) ?? []) listener(workshop);
      }
    } catch {
      // The next tick tries again; the availability check reports a database that is down.
    } finally {
      this.reading = false;
    }
  }
}

/**
 * The graph version as a request sees it, at constant cost to the database however many requests come: at most
 * one read is in flight, and a request never takes the answer of a read that began before it arrived — it waits
 * for the next one. So a write committed anywhere before a request arrives is always seen by that request, and
 * under load the database answers one small read per round trip, not one per request.
 */
export class GraphVersionClock {
  private inFlight: Promise<string> | undefined;
  private next: Promise<string> | undefined;

  constructor(private readonly read: () => Promise<string>) {}

  /** The version committed when this call was made, or a later one. */
  now(): Promise<string> {
    if (!this.inFlight) return this.start();
    // A read is under way, begun perhaps before this call: wait for the one after it, shared by all who wait.
    this.next ??= this.inFlight.then(() => undefined, () => undefined).then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<string> {
    const read = this.read().finally(() => {
      if (this.inFlight === read) this.inFlight = undefined;
    });
    this.inFlight = read;
    return read;
  }
}

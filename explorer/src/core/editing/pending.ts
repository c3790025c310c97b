import type { Network, NetworkActor, NetworkLink } from '../graph/types.js';

/** An edit shown before the API confirms it; dropped (rolled back) if the API refuses it. */
export type PendingEdit =
  | { type: 'actor'; actor: Pick<NetworkActor, 'id'> & Partial<NetworkActor> }
  | { type: 'link'; link: NetworkLink }
  | { type: 'delete-actor'; id: string }
  | { type: 'delete-link'; id: string };

/** The network as it will be once the pending edits are confirmed: what the explorer draws meanwhile. */
export function withPending(network: Network, pending: readonly PendingEdit[]): Network {
  if (pending.length === 0) return network;
  let { actors, links } = network;
  for (const edit of pending) {
    if (edit.type === 'actor') actors = actors.map((actor) => (actor.id === edit.actor.id ? { ...actor, ...edit.actor } : actor));
    else if (edit.type === 'delete-actor') {
      actors = actors.filter((actor) => actor.id !== edit.id);
      links = links.filter((link) => link.source !== edit.id && link.target !== edit.id);
    } else if (edit.type === 'delete-link') links = links.filter((link) => link.id !== edit.id);
    else links = links.some((link) => link.id === edit.link.id) ? links.map((link) => (link.id === edit.link.id ? edit.link : link)) : [...links, edit.link];
  }
  return { ...network, actors, links };
}

/** How much links stay among actors of the same group (silo, kind), against what random links would give. */
export interface Assortativity {
  /** Newman's attribute assortativity: 1 all links within groups, 0 as random links would mix, negative more mixed. */
  coefficient: number | null;
  /** The share of links within a group, and what links drawn at random between the same ends would give. */
  withinShare: number | null;
  expectedWithinShare: number | null;
}

/**
 * Newman's attribute assortativity of a simple undirected graph, as networkx's
 * `attribute_assortativity_coefficient`: from the mixing matrix e (each link counted both ways, normalised),
 * r = (Σ e_gg − Σ a_g²) / (1 − Σ a_g²), where a_g is the share of link ends in group g — which is also what
 * random links with the same ends would keep within groups.
 */
export function assortativity(neighbours: number[][], groupOf: (node: number) => string): Assortativity {
  const ends = new Map<string, number>();
  let within = 0;
  let total = 0;
  neighbours.forEach((list, a) => {
    for (const b of list) {
      total += 1;
      ends.set(groupOf(a), (ends.get(groupOf(a)) ?? 0) + 1);
      if (groupOf(a) === groupOf(b)) within += 1;
    }
  });
  if (total === 0) return { coefficient: null, withinShare: null, expectedWithinShare: null };
  const expected = [...ends.values()].reduce((sum, count) => sum + (count / total) ** 2, 0);
  const share = within / total;
  return { coefficient: expected === 1 ? null : (share - expected) / (1 - expected), withinShare: share, expectedWithinShare: expected };
}

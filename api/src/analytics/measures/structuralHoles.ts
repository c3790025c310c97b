/** An actor's place among its partners (Burt): how much its partners are tied to each other, and to it. */
export interface StructuralHole {
  /** Burt's constraint: near 1, every partner is tied to every other (no hole to span); near 0, a broker's position. */
  constraint: number;
  /** Effective size: partners less their redundancy (ties among them), as Borgatti simplified it for unweighted graphs. */
  effectiveSize: number;
}

/**
 * Burt's constraint and effective size of every actor of a simple undirected graph, as networkx computes them
 * (`nx.constraint`, `nx.effective_size` without weights): null for an actor with no partner.
 * constraint(i) = Σ_j (p_ij + Σ_q p_iq p_qj)², with p_ij = 1 / degree(i) for each partner j and q the partners of i
 * other than j; effective size(i) = n − 2t / n, with n partners and t ties among them.
 */
export function structuralHoles(neighbours: number[][]): Array<StructuralHole | null> {
  const sets = neighbours.map((list) => new Set(list));
  return neighbours.map((partners) => {
    const n = partners.length;
    if (n === 0) return null;
    let constraint = 0;
    let ties = 0;
    for (const j of partners) {
      let indirect = 0;
      for (const q of partners) {
        if (q === j) continue;
        if (sets[q]!.has(j)) indirect += (1 / n) * (1 / neighbours[q]!.length);
      }
      constraint += (1 / n + indirect) ** 2;
      for (const q of partners) if (q > j && sets[j]!.has(q)) ties += 1;
    }
    return { constraint, effectiveSize: n - (2 * ties) / n };
  });
}

"""Reference values from networkx for the analytics tests (a development check, never run by the product; needs
networkx and numpy).

Regenerate after the seed graph changes:
    npx tsx api/src/analytics/reference/seedGraph.ts \
      | python3 api/src/analytics/reference/networkx_reference.py \
      > api/src/analytics/reference/seed.networkx.json
"""
import json
import sys

import networkx as nx


def main() -> None:
    data = json.load(sys.stdin)
    graph = nx.Graph()
    graph.add_nodes_from(data["nodes"])
    graph.add_edges_from(data["edges"])
    nx.set_node_attributes(graph, data["silos"], "silo")
    nx.set_node_attributes(graph, data["kinds"], "kind")
    linked = [node for node in graph if graph.degree(node) > 0]
    louvain = nx.community.louvain_communities(graph, seed=1)
    result = {
        "networkx": nx.__version__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "density": nx.density(graph),
        "components": nx.number_connected_components(graph),
        "largestComponent": max(len(c) for c in nx.connected_components(graph)),
        "averageClustering": nx.average_clustering(graph),
        "betweenness": nx.betweenness_centrality(graph, normalized=True),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(graph)),
        "articulationPoints": sorted(nx.articulation_points(graph)),
        # Constraint and effective size are undefined (NaN) for an actor with no partner: left out.
        "constraint": nx.constraint(graph, nodes=linked),
        "effectiveSize": nx.effective_size(graph, nodes=linked),
        "siloAssortativity": nx.attribute_assortativity_coefficient(graph, "silo"),
        "kindAssortativity": nx.attribute_assortativity_coefficient(graph, "kind"),
        "coreNumber": nx.core_number(graph),
        "modularityOfOurPartition": nx.community.modularity(graph, data["partition"]),
        "louvainModularity": nx.community.modularity(graph, louvain),
    }
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

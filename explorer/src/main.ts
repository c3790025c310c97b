// Placeholder until the explorer issue: shows that the API answers, with how many actors it holds.
const status = document.querySelector<HTMLParagraphElement>('#status');

async function countActors(): Promise<number> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ actorsConnection { aggregate { count { nodes } } } }' }),
  });
  const body = (await response.json()) as { data?: { actorsConnection: { aggregate: { count: { nodes: number } } } } };
  if (!body.data) throw new Error(`HTTP ${response.status}`);
  return body.data.actorsConnection.aggregate.count.nodes;
}

countActors()
  .then((count) => {
    if (status) status.textContent = `${count} acteurs dans le graphe. / ${count} actors in the graph.`;
  })
  .catch((error: unknown) => {
    if (status) status.textContent = `L'API ne répond pas (${String(error)}). / The API does not answer.`;
  });

import type { NetworkFilter } from '@maillage/schema/network-filter';
import { int, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AnalyticsService } from '../analytics/index.js';
import { AnalyticsInputError } from '../analytics/engine/errors.js';
import type { ActorRef } from '../analytics/measures/actorRef.js';
import type { Text } from '../analytics/texts.js';
import { ENTRY_REF } from './entries.js';
import { WorkshopError } from './errors.js';
import type { Participant } from './participants.js';
import type { WorkshopRecord } from './records.js';

export interface Proposal {
  /** `link:<a>|<b>` (a suggested link) or `match:<offerer>|<needer>|<resource>` (an offer meeting a need). */
  id: string;
  kind: 'LINK' | 'RESOURCE';
  from: ActorRef;
  to: ActorRef;
  resource: string | null;
  reason: string | null;
  votes: number;
  mine: boolean;
}

/** A proposal as the analytics make it, before the room's votes. */
export type ProposalBase = Omit<Proposal, 'votes' | 'mine'>;

/** How many proposals a room can weigh in one voting round. */
export const PROPOSALS = { suggestionsPerActor: 2, actors: 6, matches: 6 } as const;

const said = (text: Text | undefined): string | null => (text ? `${text.fr} / ${text.en}` : null);

/** The graph's actors the workshop talks about: those merged with, named by links, spoken for by participants. */
async function workshopActors(driver: Driver, database: string, workshop: WorkshopRecord): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:WorkshopEntry {workshopId: $id}) WHERE NOT e.status IN ['REJECTED', 'WITHDRAWN']
     WITH collect(e.mergedWith) + collect(e.from) + collect(e.to) AS named
     OPTIONAL MATCH (p:WorkshopParticipant {workshopId: $id})
     WITH named, collect(p.organisation) AS spokenFor
     UNWIND named + spokenFor AS ref
     WITH ref WHERE ref IS NOT NULL AND NOT ref STARTS WITH $prefix
     RETURN ref, count(*) AS mentions ORDER BY mentions DESC, ref LIMIT $actors`,
    { id: workshop.id, prefix: ENTRY_REF, actors: int(PROPOSALS.actors) },
    { database, routing: 'READ' },
  );
  return records.map((record) => record.get('ref') as string);
}

/**
 * The cooperations a workshop votes on, within its territory: the gap analytics' link suggestions for the actors
 * the workshop talks about, then the offers that meet needs between actors not yet linked — never a person (the
 * public audience). Cached with the analytics, per graph version: the list holds still while the room votes.
 */
export async function proposalsFor(analytics: AnalyticsService, driver: Driver, database: string, workshop: WorkshopRecord): Promise<ProposalBase[]> {
  const filter: NetworkFilter = workshop.territoryId ? { territory: workshop.territoryId } : {};
  const actorIds = await workshopActors(driver, database, workshop);
  // Asked together: one check of the graph's version serves them all, and they read the same projection.
  const [network, { matches }, ...suggestions] = await Promise.all([
    analytics.query('network', { filter }),
    analytics.query('resourceMatches', { filter, limit: PROPOSALS.matches, includePeople: false }),
    ...actorIds.map((actorId) => analytics.query('linkSuggestions', { filter, actorId, limit: PROPOSALS.suggestionsPerActor, includePeople: false }).catch((error: unknown) => {
      // An actor outside the workshop's territory has no suggestion there.
      if (error instanceof AnalyticsInputError) return [];
      throw error;
    })),
  ]);
  const inTerritory = new Map(network.actors.map((actor) => [actor.id, actor]));
  const proposals = new Map<string, ProposalBase>();
  actorIds.forEach((actorId, index) => {
    const self = inTerritory.get(actorId);
    if (!self) return;
    for (const suggestion of suggestions[index] ?? []) {
      const [a, b] = [actorId, suggestion.actor.id].sort();
      const from = { id: self.id, name: self.name, silo: self.silo, kind: self.kind };
      proposals.set(`link:${a}|${b}`, { id: `link:${a}|${b}`, kind: 'LINK', from, to: suggestion.actor, resource: null, reason: said(suggestion.reasons[0]) });
    }
  });
  for (const match of matches) {
    const id = `match:${match.offerer.id}|${match.needer.id}|${match.resource.id}`;
    proposals.set(id, { id, kind: 'RESOURCE', from: match.offerer, to: match.needer, resource: match.resource.name, reason: said(match.reasons[0]) });
  }
  return [...proposals.values()];
}

/** The proposals with their votes, the participant's own marked. */
export async function withVotes(driver: Driver, database: string, workshopId: string, proposals: ProposalBase[], participant: Participant | null): Promise<Proposal[]> {
  const { records } = await driver.executeQuery(
    'MATCH (v:WorkshopVote {workshopId: $workshopId}) RETURN v.proposalId AS id, count(v) AS votes, sum(CASE v.participantId WHEN $me THEN 1 ELSE 0 END) > 0 AS mine',
    { workshopId, me: participant?.id ?? null },
    { database, routing: 'READ' },
  );
  const tally = new Map(records.map((record) => [record.get('id') as string, { votes: (record.get('votes') as { toNumber(): number }).toNumber(), mine: record.get('mine') as boolean }]));
  return proposals
    .map((proposal) => ({ ...proposal, votes: tally.get(proposal.id)?.votes ?? 0, mine: tally.get(proposal.id)?.mine ?? false }))
    .sort((a, b) => b.votes - a.votes);
}

/** A participant's vote for (or against, `vote: false` takes it back) a proposal, at the workshop's voting step. */
export async function castVote(tx: ManagedTransaction, workshop: WorkshopRecord, participant: Participant, proposalId: string, vote: boolean, known: readonly string[]): Promise<void> {
  const where = 'voteWorkshopProposal';
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
  if (workshop.step !== workshop.votingStep) throw new WorkshopError('NOT_VOTING_YET', where);
  if (!known.includes(proposalId)) throw new WorkshopError('NOT_FOUND', where, proposalId);
  await tx.run(
    vote
      ? 'MERGE (v:WorkshopVote {workshopId: $workshopId, participantId: $participantId, proposalId: $proposalId}) ON CREATE SET v.at = datetime()'
      : 'MATCH (v:WorkshopVote {workshopId: $workshopId, participantId: $participantId, proposalId: $proposalId}) DELETE v',
    { workshopId: workshop.id, participantId: participant.id, proposalId },
  );
}

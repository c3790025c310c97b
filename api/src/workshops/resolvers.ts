import type {
  MutationAddWorkshopEntryArgs, MutationApproveWorkshopEntryArgs, MutationChangeWorkshopEntryArgs, MutationChooseWorkshopOrganisationArgs,
  MutationCloseWorkshopArgs, MutationControlWorkshopArgs, MutationCreateWorkshopArgs, MutationJoinWorkshopArgs, MutationMergeWorkshopEntryArgs,
  MutationRejectWorkshopEntryArgs, MutationWithdrawWorkshopEntryArgs, QueryWorkshopBoardArgs, QueryWorkshopByCodeArgs, QueryWorkshopConsoleArgs,
  MutationVoteWorkshopProposalArgs, QueryWorkshopLookupArgs, QueryWorkshopMatchesArgs, QueryWorkshopProposalsArgs, QueryWorkshopsArgs,
  QueryWorkshopSummaryArgs, SubscriptionWorkshopLiveArgs,
} from '@maillage/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AnalyticsContext } from '../analytics/index.js';
import { requireRole } from '../auth/index.js';
import type { Throttle } from '../db/throttle.js';
import { checkedLimit } from '../editing/index.js';
import type { RequestContext } from '../graphql/context.js';
import { workshopBoard } from './board.js';
import { closeWorkshop } from './closing.js';
import { addEntry, assertOrganisation, changeEntry, entriesOf, withdrawEntry, write } from './entries.js';
import { asWorkshopGraphQLError, WorkshopError } from './errors.js';
import type { WorkshopPulses } from './live.js';
import { lookup } from './lookup.js';
import { castVote, proposalsFor, withVotes, type Proposal } from './proposals.js';
import { recordShareAfter, territoryShare, workshopSummary } from './summary.js';
import { actorMatches, approveEntry, mergeEntry, rejectEntry, workshopEntries } from './moderation.js';
import { chooseOrganisation, contactsOf, joinWorkshop, organisationOf, participantOf, requireParticipant, type Participant } from './participants.js';
import type { EntryRecord, WorkshopRecord } from './records.js';
import { controlWorkshop, createWorkshop, listWorkshops, lockedWorkshop, workshopByCode, workshopById } from './workshops.js';

export interface WorkshopContext extends Pick<RequestContext, 'viewer' | 'clientIp' | 'db'>, AnalyticsContext {
  /** The participant's session token (header X-Workshop-Session), if the request carries one. */
  workshopSession?: string;
  workshopJoinThrottle: Throttle;
  workshopEntryThrottle: Throttle;
}

/** What the live events' resolvers need (the SSE endpoint's context). */
export type WorkshopLiveContext = Pick<RequestContext, 'db'> & {
  workshopPulses: WorkshopPulses;
};

/** What a participant gets back of an entry: never the author's name, theirs included (it is in their session). */
const forParticipant = (entry: EntryRecord): EntryRecord => ({ ...entry, author: null });

const inTransaction = <T>(context: WorkshopContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => write(context.db.driver, context.db.database, work);

async function throttled(throttle: Throttle, key: string, code: 'TOO_MANY_JOINS' | 'TOO_MANY_ENTRIES', where: string): Promise<void> {
  if ((await throttle.take(key)).retryAfterSeconds > 0) throw new WorkshopError(code, where);
}

async function sessionOf(context: WorkshopContext, where: string): Promise<Participant> {
  return requireParticipant(await participantOf(context.db.driver, context.db.database, context.workshopSession), where);
}

/** A participant's own writing: their session checked and counted against the limit, refusals told as GraphQL errors. */
function byParticipant<T>(context: WorkshopContext, where: string, work: (found: Participant) => Promise<T>): Promise<T> {
  return sessionOf(context, where)
    .then(async (found) => {
      await throttled(context.workshopEntryThrottle, found.id, 'TOO_MANY_ENTRIES', where);
      return work(found);
    })
    .catch(asWorkshopGraphQLError);
}

/** A participant's reading: their session checked, not counted. */
const asParticipant = <T>(context: WorkshopContext, where: string, work: (found: Participant) => Promise<T>): Promise<T> => sessionOf(context, where).then(work).catch(asWorkshopGraphQLError);

/** A facilitator's action: an animator's role, then the work in one write transaction. */
function byAnimator<T>(context: WorkshopContext, where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  requireRole(context.viewer, 'animator', where);
  return inTransaction(context, work).catch(asWorkshopGraphQLError);
}

async function me(context: WorkshopContext, found: Participant) {
  const { driver, database } = context.db;
  const workshop = await workshopById(driver, database, found.workshopId, 'myWorkshop');
  return { workshop, organisation: await organisationOf(driver, database, found), entries: (await entriesOf(driver, database, found)).map(forParticipant) };
}

/** A proposal as GraphQL shows it (schema/workshop.graphql's WorkshopProposal). */
const proposalView = ({ from, to, ...proposal }: Proposal) => ({ ...proposal, fromName: from.name, fromSilo: from.silo, toName: to.name, toSilo: to.silo });

async function proposalsByCode(context: WorkshopContext, code: string) {
  const { driver, database } = context.db;
  const workshop = await workshopByCode(driver, database, code);
  if (!workshop) throw new WorkshopError('UNKNOWN_CODE', 'workshopProposals', 'code');
  const participant = await participantOf(driver, database, context.workshopSession);
  const proposals = await proposalsFor(context.analytics, driver, database, workshop);
  return (await withVotes(driver, database, workshop.id, proposals, participant?.workshopId === workshop.id ? participant : null)).map(proposalView);
}

/** Closing: the share across silos measured before, the closing's one transaction, then the share after. */
async function close(context: WorkshopContext, id: string) {
  requireRole(context.viewer, 'animator', 'closeWorkshop');
  const { driver, database } = context.db;
  try {
    const workshop = await workshopById(driver, database, id, 'closeWorkshop');
    const [proposals, before] = workshop.status === 'CLOSED' ? [[], null] : [await proposalsFor(context.analytics, driver, database, workshop), await territoryShare(context.analytics, workshop)];
    const closing = await inTransaction(context, (tx) => closeWorkshop(tx, id, proposals, before));
    await recordShareAfter(driver, database, context.analytics, workshop);
    return closing;
  } catch (error) {
    return asWorkshopGraphQLError(error);
  }
}

/** Living Lab workshops (schema/workshop.graphql): the facilitator's console, the participants' phones, the projector. */
export const workshopResolvers = {
  Query: {
    workshopByCode: (_root: unknown, { code }: QueryWorkshopByCodeArgs, context: WorkshopContext) => workshopByCode(context.db.driver, context.db.database, String(code)),
    workshopBoard: (_root: unknown, { code }: QueryWorkshopBoardArgs, context: WorkshopContext) => workshopBoard(context.db.driver, context.db.database, String(code)),
    workshops: (_root: unknown, args: QueryWorkshopsArgs, context: WorkshopContext) => {
      requireRole(context.viewer, 'animator', 'workshops');
      return listWorkshops(context.db.driver, context.db.database, checkedLimit('workshops', args.limit, 200));
    },
    workshopConsole: async (_root: unknown, { id }: QueryWorkshopConsoleArgs, context: WorkshopContext) => {
      requireRole(context.viewer, 'animator', 'workshopConsole');
      const { driver, database } = context.db;
      const workshop = await workshopById(driver, database, id, 'workshopConsole').catch(asWorkshopGraphQLError);
      return { workshop, entries: await workshopEntries(driver, database, id), contacts: await contactsOf(driver, database, id) };
    },
    myWorkshop: (_root: unknown, _args: unknown, context: WorkshopContext) => asParticipant(context, 'myWorkshop', (found) => me(context, found)),
    workshopLookup: (_root: unknown, args: QueryWorkshopLookupArgs, context: WorkshopContext) =>
      asParticipant(context, 'workshopLookup', (found) => lookup(context.db.driver, context.db.database, found, args.text, checkedLimit('workshopLookup', args.limit, 20))),
    workshopProposals: (_root: unknown, { code }: QueryWorkshopProposalsArgs, context: WorkshopContext) => proposalsByCode(context, String(code)).catch(asWorkshopGraphQLError),
    workshopSummary: async (_root: unknown, { id }: QueryWorkshopSummaryArgs, context: WorkshopContext) => {
      requireRole(context.viewer, 'animator', 'workshopSummary');
      const { driver, database } = context.db;
      const workshop = await workshopById(driver, database, id, 'workshopSummary').catch(asWorkshopGraphQLError);
      const proposals = workshop.status === 'CLOSED' ? [] : await proposalsFor(context.analytics, driver, database, workshop);
      return { workshop, ...(await workshopSummary(driver, database, context.analytics, workshop, proposals)) };
    },
    workshopMatches: (_root: unknown, args: QueryWorkshopMatchesArgs, context: WorkshopContext) => {
      requireRole(context.viewer, 'animator', 'workshopMatches');
      return actorMatches(context.db.driver, context.db.database, args.name, args.communeId ?? null, checkedLimit('workshopMatches', args.limit, 20));
    },
  },
  Mutation: {
    createWorkshop: (_root: unknown, { input }: MutationCreateWorkshopArgs, context: WorkshopContext) => {
      requireRole(context.viewer, 'animator', 'createWorkshop');
      return createWorkshop(context.db.driver, context.db.database, input, context.viewer.subject ?? 'unknown').catch(asWorkshopGraphQLError);
    },
    controlWorkshop: (_root: unknown, args: MutationControlWorkshopArgs, context: WorkshopContext) => byAnimator(context, 'controlWorkshop', (tx) => controlWorkshop(tx, args.id, args.control)),
    closeWorkshop: (_root: unknown, { id }: MutationCloseWorkshopArgs, context: WorkshopContext) => close(context, id),
    approveWorkshopEntry: (_root: unknown, args: MutationApproveWorkshopEntryArgs, context: WorkshopContext) => byAnimator(context, 'approveWorkshopEntry', (tx) => approveEntry(tx, args.id, args.edits)),
    rejectWorkshopEntry: (_root: unknown, { id }: MutationRejectWorkshopEntryArgs, context: WorkshopContext) => byAnimator(context, 'rejectWorkshopEntry', (tx) => rejectEntry(tx, id)),
    mergeWorkshopEntry: (_root: unknown, args: MutationMergeWorkshopEntryArgs, context: WorkshopContext) => byAnimator(context, 'mergeWorkshopEntry', (tx) => mergeEntry(tx, args.id, args.actorId)),
    joinWorkshop: async (_root: unknown, args: MutationJoinWorkshopArgs, context: WorkshopContext) => {
      try {
        await throttled(context.workshopJoinThrottle, context.clientIp, 'TOO_MANY_JOINS', 'joinWorkshop');
        return await joinWorkshop(context.db.driver, context.db.database, { ...args, code: String(args.code) });
      } catch (error) {
        return asWorkshopGraphQLError(error);
      }
    },
    chooseWorkshopOrganisation: (_root: unknown, { ref }: MutationChooseWorkshopOrganisationArgs, context: WorkshopContext) =>
      byParticipant(context, 'chooseWorkshopOrganisation', async (found) => {
        await inTransaction(context, async (tx) => {
          await assertOrganisation(tx, found.workshopId, ref, 'ref', 'chooseWorkshopOrganisation');
          await chooseOrganisation(tx, found, ref);
        });
        return me(context, found);
      }),
    voteWorkshopProposal: (_root: unknown, args: MutationVoteWorkshopProposalArgs, context: WorkshopContext) =>
      byParticipant(context, 'voteWorkshopProposal', async (found) => {
        const { driver, database } = context.db;
        const proposals = await proposalsFor(context.analytics, driver, database, await workshopById(driver, database, found.workshopId, 'voteWorkshopProposal'));
        await inTransaction(context, async (tx) => castVote(tx, await lockedWorkshop(tx, found.workshopId, 'voteWorkshopProposal'), found, args.id, args.vote, proposals.map((proposal) => proposal.id)));
        return (await withVotes(driver, database, found.workshopId, proposals, found)).map(proposalView);
      }),
    addWorkshopEntry: (_root: unknown, { input }: MutationAddWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'addWorkshopEntry', (found) => addEntry(context.db.driver, context.db.database, found, input).then(forParticipant)),
    changeWorkshopEntry: (_root: unknown, args: MutationChangeWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'changeWorkshopEntry', (found) => changeEntry(context.db.driver, context.db.database, found, args.id, args.input).then(forParticipant)),
    withdrawWorkshopEntry: (_root: unknown, { id }: MutationWithdrawWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'withdrawWorkshopEntry', (found) => withdrawEntry(context.db.driver, context.db.database, found, id).then(forParticipant)),
  },
};

/** The live events (schema/live/): the workshop now, then each time any API process changes it. */
export const workshopLiveResolvers = {
  Subscription: {
    workshopLive: {
      subscribe: async (_root: unknown, { code }: SubscriptionWorkshopLiveArgs, context: WorkshopLiveContext): Promise<AsyncIterableIterator<WorkshopRecord>> => {
        const workshop = await workshopByCode(context.db.driver, context.db.database, String(code));
        if (!workshop) throw new WorkshopError('UNKNOWN_CODE', 'workshopLive', 'code').toGraphQLError();
        return context.workshopPulses.follow(workshop);
      },
      resolve: (workshop: WorkshopRecord) => workshop,
    },
  },
};

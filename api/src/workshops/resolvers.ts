import type {
  MutationAddWorkshopEntryArgs, MutationApproveWorkshopEntryArgs, MutationChangeWorkshopEntryArgs, MutationCloseWorkshopArgs,
  MutationControlWorkshopArgs, MutationCreateWorkshopArgs, MutationJoinWorkshopArgs, MutationMergeWorkshopEntryArgs,
  MutationRejectWorkshopEntryArgs, MutationWithdrawWorkshopEntryArgs, QueryWorkshopByCodeArgs, QueryWorkshopConsoleArgs,
  QueryWorkshopMatchesArgs, QueryWorkshopsArgs,
} from '@maillage/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { requireRole } from '../auth/index.js';
import type { Throttle } from '../db/throttle.js';
import { checkedLimit } from '../editing/index.js';
import type { RequestContext } from '../graphql/context.js';
import { closeWorkshop } from './closing.js';
import { addEntry, changeEntry, entriesOf, withdrawEntry, write } from './entries.js';
import { asWorkshopGraphQLError, WorkshopError } from './errors.js';
import { actorMatches, approveEntry, mergeEntry, rejectEntry, workshopEntries } from './moderation.js';
import { joinWorkshop, participantOf, requireParticipant, type Participant } from './participants.js';
import type { EntryRecord } from './records.js';
import { controlWorkshop, createWorkshop, listWorkshops, readWorkshop, workshopByCode } from './workshops.js';

export interface WorkshopContext extends Pick<RequestContext, 'viewer' | 'clientIp' | 'db'> {
  /** The participant's session token (header X-Workshop-Session), if the request carries one. */
  workshopSession?: string;
  workshopJoinThrottle: Throttle;
  workshopEntryThrottle: Throttle;
}

/** What a participant gets back of an entry: never the author's name, theirs included (it is in their session). */
const forParticipant = (entry: EntryRecord): EntryRecord => ({ ...entry, author: null });

const inTransaction = <T>(context: WorkshopContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => write(context.db.driver, context.db.database, work);

async function throttled(throttle: Throttle, key: string, code: 'TOO_MANY_JOINS' | 'TOO_MANY_ENTRIES', where: string): Promise<void> {
  if ((await throttle.take(key)).retryAfterSeconds > 0) throw new WorkshopError(code, where);
}

async function participant(context: WorkshopContext, where: string): Promise<Participant> {
  const found = requireParticipant(await participantOf(context.db.driver, context.db.database, context.workshopSession), where);
  await throttled(context.workshopEntryThrottle, found.id, 'TOO_MANY_ENTRIES', where);
  return found;
}

/** A participant's own action: their session checked and counted, then the work, refusals told as GraphQL errors. */
function byParticipant(context: WorkshopContext, where: string, work: (found: Participant) => Promise<EntryRecord>): Promise<EntryRecord> {
  return participant(context, where).then(work).then(forParticipant, asWorkshopGraphQLError);
}

function animator(context: WorkshopContext, where: string): string {
  requireRole(context.viewer, 'animator', where);
  return context.viewer.subject ?? 'unknown';
}

/** Living Lab workshops (schema/workshop.graphql): the facilitator's console, the participants' phones. */
export const workshopResolvers = {
  Query: {
    workshopByCode: (_root: unknown, { code }: QueryWorkshopByCodeArgs, context: WorkshopContext) => workshopByCode(context.db.driver, context.db.database, String(code)),
    workshops: (_root: unknown, args: QueryWorkshopsArgs, context: WorkshopContext) => {
      animator(context, 'workshops');
      return listWorkshops(context.db.driver, context.db.database, checkedLimit('workshops', args.limit, 200));
    },
    workshopConsole: async (_root: unknown, { id }: QueryWorkshopConsoleArgs, context: WorkshopContext) => {
      animator(context, 'workshopConsole');
      const session = context.db.driver.session({ database: context.db.database, defaultAccessMode: 'READ' });
      const workshop = await session.executeRead((tx) => readWorkshop(tx, id, 'workshopConsole')).catch(asWorkshopGraphQLError).finally(() => session.close());
      return { workshop, entries: await workshopEntries(context.db.driver, context.db.database, id) };
    },
    myWorkshopEntries: async (_root: unknown, _args: unknown, context: WorkshopContext) => {
      const found = requireParticipantOrThrow(await participantOf(context.db.driver, context.db.database, context.workshopSession), 'myWorkshopEntries');
      return (await entriesOf(context.db.driver, context.db.database, found)).map(forParticipant);
    },
    workshopMatches: (_root: unknown, args: QueryWorkshopMatchesArgs, context: WorkshopContext) => {
      animator(context, 'workshopMatches');
      return actorMatches(context.db.driver, context.db.database, args.name, args.communeId ?? null, checkedLimit('workshopMatches', args.limit, 20));
    },
  },
  Mutation: {
    createWorkshop: (_root: unknown, { input }: MutationCreateWorkshopArgs, context: WorkshopContext) =>
      createWorkshop(context.db.driver, context.db.database, input, animator(context, 'createWorkshop')).catch(asWorkshopGraphQLError),
    controlWorkshop: (_root: unknown, args: MutationControlWorkshopArgs, context: WorkshopContext) => {
      animator(context, 'controlWorkshop');
      return inTransaction(context, (tx) => controlWorkshop(tx, args.id, args.control)).catch(asWorkshopGraphQLError);
    },
    closeWorkshop: (_root: unknown, { id }: MutationCloseWorkshopArgs, context: WorkshopContext) => {
      animator(context, 'closeWorkshop');
      return inTransaction(context, (tx) => closeWorkshop(tx, id)).catch(asWorkshopGraphQLError);
    },
    joinWorkshop: async (_root: unknown, args: MutationJoinWorkshopArgs, context: WorkshopContext) => {
      try {
        await throttled(context.workshopJoinThrottle, context.clientIp, 'TOO_MANY_JOINS', 'joinWorkshop');
        return await joinWorkshop(context.db.driver, context.db.database, String(args.code), args.name, args.consent);
      } catch (error) {
        return asWorkshopGraphQLError(error);
      }
    },
    addWorkshopEntry: (_root: unknown, { input }: MutationAddWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'addWorkshopEntry', (found) => addEntry(context.db.driver, context.db.database, found, input)),
    changeWorkshopEntry: (_root: unknown, args: MutationChangeWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'changeWorkshopEntry', (found) => changeEntry(context.db.driver, context.db.database, found, args.id, args.input)),
    withdrawWorkshopEntry: (_root: unknown, { id }: MutationWithdrawWorkshopEntryArgs, context: WorkshopContext) =>
      byParticipant(context, 'withdrawWorkshopEntry', (found) => withdrawEntry(context.db.driver, context.db.database, found, id)),
    approveWorkshopEntry: (_root: unknown, args: MutationApproveWorkshopEntryArgs, context: WorkshopContext) => {
      animator(context, 'approveWorkshopEntry');
      return inTransaction(context, (tx) => approveEntry(tx, args.id, args.edits)).catch(asWorkshopGraphQLError);
    },
    rejectWorkshopEntry: (_root: unknown, { id }: MutationRejectWorkshopEntryArgs, context: WorkshopContext) => {
      animator(context, 'rejectWorkshopEntry');
      return inTransaction(context, (tx) => rejectEntry(tx, id)).catch(asWorkshopGraphQLError);
    },
    mergeWorkshopEntry: (_root: unknown, args: MutationMergeWorkshopEntryArgs, context: WorkshopContext) => {
      animator(context, 'mergeWorkshopEntry');
      return inTransaction(context, (tx) => mergeEntry(tx, args.id, args.actorId)).catch(asWorkshopGraphQLError);
    },
  },
};

function requireParticipantOrThrow(found: Participant | null, where: string): Participant {
  try {
    return requireParticipant(found, where);
  } catch (error) {
    return asWorkshopGraphQLError(error);
  }
}

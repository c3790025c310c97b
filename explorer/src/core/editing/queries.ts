import { graphql } from '../../generated/index.js';
import type {
  ExplorerBinQuery, ExplorerEditableActorQuery, ExplorerHistoryQuery, ExplorerProjectsQuery, ExplorerProposalsQuery,
} from '../../generated/graphql.js';

// The animators' operations; their answers' types are generated from the API's printed schema.

/** An actor as an animator edits it: its contact fields included (the API gives them to animators only). */
export type EditableActor = ExplorerEditableActorQuery['actors'][number];
export type HistoryEntry = ExplorerHistoryQuery['history'][number];
export type BinEntry = ExplorerBinQuery['bin'][number];
export type ProposalRow = ExplorerProposalsQuery['proposals'][number];
export type EditableProject = ExplorerProjectsQuery['projects'][number];

export const EDITABLE_ACTOR = graphql(`
  query ExplorerEditableActor($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id name silo kind ptceRole essMember description website siren siret rna contactName contactEmail contactPhone
      sectors { id } locatedIn { id } offers { id } needs { id }
    }
  }
`);

export const EDIT_CHOICES = graphql(`
  query ExplorerEditChoices {
    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }
    resources(sort: [{ name: ASC }]) { id name }
  }
`);

export const SAVE_ACTOR = graphql(`
  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }
`);

export const SAVE_COOPERATION = graphql(`
  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }
`);

export const DELETE_ENTITY = graphql(`
  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }
`);

export const RESTORE_ENTITY = graphql(`
  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }
`);

export const HISTORY = graphql(`
  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId undoes fields { field before after } } }
`);

export const MERGE_ACTORS = graphql(`
  mutation ExplorerMergeActors($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) { id change { id } } }
`);

export const UNDO_CHANGE = graphql(`
  mutation ExplorerUndoChange($id: ID!) { undoChange(id: $id) { entity id change { id } } }
`);

export const BIN = graphql(`
  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }
`);

export const LIKELY_DUPLICATES = graphql(`
  query ExplorerLikelyDuplicates { likelyDuplicates(limit: 50) { a { id name } b { id name } score reasons why } }
`);

export const FRESHNESS = graphql(`
  query ExplorerFreshness {
    freshness(limit: 10) {
      coverageMonths needDays
      staleActors { total items { actor { id name updatedAt } lastChangedBy lastChangedAt } }
      unofferedNeeds { total items { actor { id name } resource { id name } since days } }
      isolatedActors { total items { actor { id name } } }
      cutPoints { total items { actor { id name } cutOff } }
    }
  }
`);

export const PROPOSALS = graphql(`
  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact likelyDuplicates { actor { id name } why } } }
`);

export const ACCEPT_PROPOSAL = graphql(`
  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }
`);

export const REJECT_PROPOSAL = graphql(`
  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }
`);

export const IMPORT_COLUMNS = graphql(`
  query ExplorerImportColumns { importColumns { actors links } }
`);

export const IMPORT_DATA = graphql(`
  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $dryRun: Boolean, $mapping: [ColumnMapping!]) {
    importData(actors: $actors, links: $links, format: $format, source: $source, dryRun: $dryRun, mapping: $mapping) {
      dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message }
    }
  }
`);

export const PROJECTS = graphql(`
  query ExplorerProjects {
    projects(sort: [{ title: ASC }]) {
      id title status description startDate endDate themes livingLab
      participantsConnection { edges { properties { role } node { id } } }
    }
  }
`);

export const SAVE_PROJECT = graphql(`
  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }
`);

export const SAVE_SECTOR = graphql(`
  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }
`);

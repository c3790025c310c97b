import { type ActorKind, type PtceRole, type Silo } from '@maillage/schema/vocabulary';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ActorInput, CooperationInput, EditedEntity, ImportReport, ProjectInput, Proposal, SectorInput } from '@maillage/schema';

export interface EditResult {
  id: string;
  change: { action: string } | null;
}

/** An actor as an animator edits it: its contact fields included (the API gives them to animators only). */
export interface EditableActor {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
  ptceRole: PtceRole;
  essMember: boolean;
  description: string | null;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  sectors: { id: string }[];
  locatedIn: { id: string }[];
  offers: { id: string }[];
  needs: { id: string }[];
}

export const EDITABLE_ACTOR: TypedDocumentNode<{ actors: EditableActor[] }, { id: string }> = gql`
  query ExplorerEditableActor($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id name silo kind ptceRole essMember description website contactName contactEmail contactPhone
      sectors { id } locatedIn { id } offers { id } needs { id }
    }
  }
`;

export const EDIT_CHOICES: TypedDocumentNode<{ territories: { id: string; name: string }[]; resources: { id: string; name: string }[] }> = gql`
  query ExplorerEditChoices {
    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }
    resources(sort: [{ name: ASC }]) { id name }
  }
`;

export const SAVE_ACTOR: TypedDocumentNode<{ saveActor: EditResult }, { input: ActorInput }> = gql`
  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }
`;

export const SAVE_COOPERATION: TypedDocumentNode<{ saveCooperation: EditResult }, { input: CooperationInput }> = gql`
  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }
`;

export const DELETE_ENTITY: TypedDocumentNode<{ deleteEntity: EditResult }, { entity: EditedEntity; id: string }> = gql`
  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }
`;

export const RESTORE_ENTITY: TypedDocumentNode<{ restoreEntity: EditResult }, { entity: EditedEntity; id: string }> = gql`
  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }
`;

export interface HistoryEntry {
  id: string;
  at: string;
  by: string;
  action: string;
  entity: EditedEntity;
  entityId: string;
  fields: { field: string; before: string | null; after: string | null }[];
}

export const HISTORY: TypedDocumentNode<{ history: HistoryEntry[] }, { id: string }> = gql`
  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId fields { field before after } } }
`;

export const BIN: TypedDocumentNode<{ bin: { entity: EditedEntity; id: string; label: string; deletedAt: string; deletedBy: string }[] }> = gql`
  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }
`;

export type ProposalRow = Pick<Proposal, 'id' | 'name' | 'submittedAt' | 'submitterEmail' | 'declaration' | 'consentToContact'>;

export const PROPOSALS: TypedDocumentNode<{ proposals: ProposalRow[] }> = gql`
  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact } }
`;

export const ACCEPT_PROPOSAL: TypedDocumentNode<{ acceptProposal: EditResult }, { id: string }> = gql`
  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }
`;

export const REJECT_PROPOSAL: TypedDocumentNode<{ rejectProposal: { id: string; status: string } }, { id: string; reason: string | null }> = gql`
  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }
`;

export const IMPORT_COLUMNS: TypedDocumentNode<{ importColumns: { actors: string[]; links: string[] } }> = gql`
  query ExplorerImportColumns { importColumns { actors links } }
`;

export const IMPORT_DATA: TypedDocumentNode<
  { importData: ImportReport },
  { actors: string | null; links: string | null; format: 'CSV' | 'JSON'; dryRun: boolean; mapping: { column: string; field: string }[] }
> = gql`
  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $dryRun: Boolean, $mapping: [ColumnMapping!]) {
    importData(actors: $actors, links: $links, format: $format, dryRun: $dryRun, mapping: $mapping) {
      dryRun committed rows created updated unchanged problems { file line field reason message }
    }
  }
`;

export interface EditableProject {
  id: string;
  title: string;
  status: 'IDEA' | 'ONGOING' | 'COMPLETED' | 'SUSPENDED';
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  themes: string[];
  livingLab: boolean;
  participantsConnection: { edges: { properties: { role: 'LEAD' | 'PARTNER' | 'FUNDER' | 'USER' }; node: { id: string } }[] };
}

export const PROJECTS: TypedDocumentNode<{ projects: EditableProject[] }> = gql`
  query ExplorerProjects {
    projects(sort: [{ title: ASC }]) {
      id title status description startDate endDate themes livingLab
      participantsConnection { edges { properties { role } node { id } } }
    }
  }
`;

export const SAVE_PROJECT: TypedDocumentNode<{ saveProject: EditResult }, { input: ProjectInput }> = gql`
  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }
`;

export const SAVE_SECTOR: TypedDocumentNode<{ saveSector: EditResult }, { input: SectorInput }> = gql`
  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }
`;

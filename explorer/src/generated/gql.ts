/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ExplorerActorSummary on ActorSummary { id name silo kind }\n": typeof types.ExplorerActorSummaryFragmentDoc,
    "\n  fragment ExplorerText on LocalizedText { fr en }\n": typeof types.ExplorerTextFragmentDoc,
    "\n  query ExplorerGaps($filter: NetworkFilter) {\n    siloMatrix(filter: $filter) {\n      cells { from to links linkedPairs possiblePairs density }\n      silos { silo actors eiIndex }\n      links crossSiloShare eiIndex expectedEiIndex reasons { ...ExplorerText }\n    }\n    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    siloedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    sectorGaps(filter: $filter, limit: 20) {\n      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ...ExplorerText } }\n    }\n    resourceMatches(filter: $filter, limit: 10) {\n      matchableNeeds\n      unmetNeeds { resource { id name } needers { ...ExplorerActorSummary } }\n      matches { resource { id name } offerer { ...ExplorerActorSummary } needer { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n    }\n    coverage(filter: $filter) { knownShare indicative note { ...ExplorerText } }\n    fragility(filter: $filter, limit: 10) {\n      cutPointCount cutPoints { actor { ...ExplorerActorSummary } cutOff }\n      bridgeCount\n      structuralHoles { actor { ...ExplorerActorSummary } partners constraint effectiveSize }\n      mixing { by coefficient withinShare expectedWithinShare reasons { ...ExplorerText } }\n      cores { maxCore levels { k actors } reasons { ...ExplorerText } }\n      coverage { indicative note { ...ExplorerText } }\n    }\n    brokers(filter: $filter, limit: 10) {\n      coverage { indicative note { ...ExplorerText } }\n      method methodNote { ...ExplorerText }\n      actors { rank actor { ...ExplorerActorSummary } betweenness reasons { ...ExplorerText } }\n      bridges { linkIds a { ...ExplorerActorSummary } b { ...ExplorerActorSummary } cutOff reasons { ...ExplorerText } }\n    }\n  }\n": typeof types.ExplorerGapsDocument,
    "\n  query ExplorerWhatIf($actorIds: [ID!]!, $filter: NetworkFilter) {\n    withoutActors(actorIds: $actorIds, filter: $filter, limit: 5) {\n      removed { ...ExplorerActorSummary }\n      before { components largestComponent crossSiloLinks eiIndex }\n      after { components largestComponent crossSiloLinks eiIndex }\n      cutOff { ...ExplorerActorSummary }\n      lostLinkIds lostCrossSiloLinks\n      siloAccessLost { actor { ...ExplorerActorSummary } silo reasons { ...ExplorerText } }\n      risers { actor { ...ExplorerActorSummary } before after reasons { ...ExplorerText } }\n      reasons { ...ExplorerText }\n      coverage { indicative note { ...ExplorerText } }\n    }\n  }\n": typeof types.ExplorerWhatIfDocument,
    "\n  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {\n    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n  }\n": typeof types.ExplorerSuggestionsDocument,
    "\n  query ExplorerCentrality($filter: NetworkFilter) {\n    centrality(filter: $filter) { method scores { actorId betweenness } }\n  }\n": typeof types.ExplorerCentralityDocument,
    "\n  query ExplorerEditableActor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id name silo kind ptceRole essMember description website siren siret rna contactName contactEmail contactPhone\n      sectors { id } locatedIn { id } offers { id } needs { id }\n    }\n  }\n": typeof types.ExplorerEditableActorDocument,
    "\n  query ExplorerEditChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n  }\n": typeof types.ExplorerEditChoicesDocument,
    "\n  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }\n": typeof types.ExplorerSaveActorDocument,
    "\n  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }\n": typeof types.ExplorerSaveCooperationDocument,
    "\n  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }\n": typeof types.ExplorerDeleteDocument,
    "\n  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }\n": typeof types.ExplorerRestoreDocument,
    "\n  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId undoes fields { field before after } } }\n": typeof types.ExplorerHistoryDocument,
    "\n  mutation ExplorerMergeActors($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) { id change { id } } }\n": typeof types.ExplorerMergeActorsDocument,
    "\n  mutation ExplorerUndoChange($id: ID!) { undoChange(id: $id) { entity id change { id } } }\n": typeof types.ExplorerUndoChangeDocument,
    "\n  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }\n": typeof types.ExplorerBinDocument,
    "\n  query ExplorerLikelyDuplicates { likelyDuplicates(limit: 50) { a { id name } b { id name } score reasons why } }\n": typeof types.ExplorerLikelyDuplicatesDocument,
    "\n  query ExplorerFreshness {\n    freshness(limit: 10) {\n      coverageMonths needDays\n      staleActors { total items { actor { id name updatedAt } lastChangedBy lastChangedAt } }\n      unofferedNeeds { total items { actor { id name } resource { id name } since days } }\n      isolatedActors { total items { actor { id name } } }\n      cutPoints { total items { actor { id name } cutOff } }\n    }\n  }\n": typeof types.ExplorerFreshnessDocument,
    "\n  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact likelyDuplicates { actor { id name } why } } }\n": typeof types.ExplorerProposalsDocument,
    "\n  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }\n": typeof types.ExplorerAcceptDocument,
    "\n  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }\n": typeof types.ExplorerRejectDocument,
    "\n  query ExplorerImportColumns { importColumns { actors links } }\n": typeof types.ExplorerImportColumnsDocument,
    "\n  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importData(actors: $actors, links: $links, format: $format, source: $source, dryRun: $dryRun, mapping: $mapping) {\n      dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message }\n    }\n  }\n": typeof types.ExplorerImportDocument,
    "\n  query ExplorerProjects {\n    projects(sort: [{ title: ASC }]) {\n      id title status description startDate endDate themes livingLab\n      participantsConnection { edges { properties { role } node { id } } }\n    }\n  }\n": typeof types.ExplorerProjectsDocument,
    "\n  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }\n": typeof types.ExplorerSaveProjectDocument,
    "\n  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }\n": typeof types.ExplorerSaveSectorDocument,
    "\n  query ExplorerNetwork {\n    network {\n      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }\n      links { id source target kind since until provenance intensity }\n      sectors { id name parent }\n      territories { id name level partOf }\n      layout { x y }\n    }\n  }\n": typeof types.ExplorerNetworkDocument,
    "\n  query ExplorerActorDetails($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      offers { id name }\n      needs { id name }\n      projects { id title }\n    }\n  }\n": typeof types.ExplorerActorDetailsDocument,
    "\n  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }\n": typeof types.ExplorerLoginDocument,
    "\n  mutation ExplorerLogout { logout }\n": typeof types.ExplorerLogoutDocument,
    "\n  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }\n  }\n": typeof types.ExplorerChangePasswordDocument,
    "\n  subscription WorkshopLive($code: WorkshopCode!) { workshopLive(code: $code) { revision step status writingAlone participants } }\n": typeof types.WorkshopLiveDocument,
    "\n  fragment WorkshopFields on Workshop {\n    id code title date territoryId question steps step votingStep anonymity moderation status writingAlone confidence participants revision\n  }\n": typeof types.WorkshopFieldsFragmentDoc,
    "\n  fragment WorkshopEntryFields on WorkshopEntry {\n    id kind status hidden name silo actorKind communeId from fromName to toName linkKind resourceKind note mergedWith mergedWithName author\n  }\n": typeof types.WorkshopEntryFieldsFragmentDoc,
    "\n  fragment WorkshopProposalFields on WorkshopProposal { id kind fromName fromSilo toName toSilo resource reason votes mine }\n": typeof types.WorkshopProposalFieldsFragmentDoc,
    "\n  query WorkshopByCode($code: WorkshopCode!) { workshopByCode(code: $code) { ...WorkshopFields } }\n": typeof types.WorkshopByCodeDocument,
    "\n  query WorkshopCommunes { territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name } }\n": typeof types.WorkshopCommunesDocument,
    "\n  mutation JoinWorkshop($code: WorkshopCode!, $name: String, $consent: Boolean!, $stayInTouch: Boolean, $contact: String) {\n    joinWorkshop(code: $code, name: $name, consent: $consent, stayInTouch: $stayInTouch, contact: $contact) { session workshop { ...WorkshopFields } }\n  }\n": typeof types.JoinWorkshopDocument,
    "\n  query MyWorkshop {\n    myWorkshop { workshop { ...WorkshopFields } organisation { id name silo commune proposed } entries { ...WorkshopEntryFields } }\n  }\n": typeof types.MyWorkshopDocument,
    "\n  query WorkshopLookup($text: String!) { workshopLookup(text: $text) { id name silo commune proposed } }\n": typeof types.WorkshopLookupDocument,
    "\n  mutation ChooseWorkshopOrganisation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo commune proposed } } }\n": typeof types.ChooseWorkshopOrganisationDocument,
    "\n  mutation AddWorkshopEntry($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ...WorkshopEntryFields } }\n": typeof types.AddWorkshopEntryDocument,
    "\n  mutation ChangeWorkshopEntry($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ...WorkshopEntryFields } }\n": typeof types.ChangeWorkshopEntryDocument,
    "\n  mutation WithdrawWorkshopEntry($id: ID!) { withdrawWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n": typeof types.WithdrawWorkshopEntryDocument,
    "\n  query WorkshopProposals($code: WorkshopCode!) { workshopProposals(code: $code) { ...WorkshopProposalFields } }\n": typeof types.WorkshopProposalsDocument,
    "\n  mutation VoteWorkshopProposal($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { ...WorkshopProposalFields } }\n": typeof types.VoteWorkshopProposalDocument,
    "\n  query WorkshopBoard($code: WorkshopCode!) {\n    workshopBoard(code: $code) {\n      workshop { ...WorkshopFields }\n      entries { ...WorkshopEntryFields }\n      actors { id name silo }\n      counters { participants organisations links crossSiloShare }\n    }\n  }\n": typeof types.WorkshopBoardDocument,
    "\n  query Workshops { workshops(limit: 100) { ...WorkshopFields } }\n": typeof types.WorkshopsDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { ...WorkshopFields } }\n": typeof types.CreateWorkshopDocument,
    "\n  query WorkshopConsole($id: ID!) {\n    workshopConsole(id: $id) { workshop { ...WorkshopFields } entries { ...WorkshopEntryFields } contacts { name contact } }\n  }\n": typeof types.WorkshopConsoleDocument,
    "\n  mutation ControlWorkshop($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ...WorkshopFields } }\n": typeof types.ControlWorkshopDocument,
    "\n  mutation ApproveWorkshopEntry($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ...WorkshopEntryFields } }\n": typeof types.ApproveWorkshopEntryDocument,
    "\n  mutation RejectWorkshopEntry($id: ID!) { rejectWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n": typeof types.RejectWorkshopEntryDocument,
    "\n  mutation MergeWorkshopEntry($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ...WorkshopEntryFields } }\n": typeof types.MergeWorkshopEntryDocument,
    "\n  query WorkshopMatches($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id name commune sameCommune } }\n": typeof types.WorkshopMatchesDocument,
    "\n  mutation CloseWorkshop($id: ID!) { closeWorkshop(id: $id) { workshop { ...WorkshopFields } actorsCreated linksCreated resourcesAdded } }\n": typeof types.CloseWorkshopDocument,
    "\n  query WorkshopSummary($id: ID!) {\n    workshopSummary(id: $id) {\n      workshop { ...WorkshopFields }\n      participantsBySilo { silo participants }\n      participantsTotal actorsAdded linksAdded resourcesAdded crossSiloShareBefore crossSiloShareAfter\n      matchedNeeds { need neededBy offeredBy }\n      voted { proposalId from to resource votes }\n      addedActorIds addedLinkIds\n    }\n  }\n": typeof types.WorkshopSummaryDocument,
    "\n  query WorkshopTerritories { territories(where: { level: { in: [EPCI, COMMUNE] } }, sort: [{ level: ASC }, { name: ASC }]) { id name level } }\n": typeof types.WorkshopTerritoriesDocument,
    "\n  query DeclareChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n    actors(sort: [{ name: ASC }], limit: 1000) { id name }\n  }\n": typeof types.DeclareChoicesDocument,
    "\n  mutation DeclareEntry($input: DeclarationInput!) { declare(input: $input) { id message } }\n": typeof types.DeclareEntryDocument,
    "\n  query ExplorerAccounts { accounts { email roles disabled } }\n": typeof types.ExplorerAccountsDocument,
    "\n  mutation ExplorerCreateAccount($email: String!, $password: String!, $roles: [String!]!) { createAccount(email: $email, password: $password, roles: $roles) { email } }\n": typeof types.ExplorerCreateAccountDocument,
    "\n  mutation ExplorerSaveEmbedView($name: Slug!, $title: String!, $query: EmbedQuery!) {\n    createEmbedViews(input: [{ name: $name, title: $title, query: $query }]) { embedViews { name } }\n  }\n": typeof types.ExplorerSaveEmbedViewDocument,
};
const documents: Documents = {
    "\n  fragment ExplorerActorSummary on ActorSummary { id name silo kind }\n": types.ExplorerActorSummaryFragmentDoc,
    "\n  fragment ExplorerText on LocalizedText { fr en }\n": types.ExplorerTextFragmentDoc,
    "\n  query ExplorerGaps($filter: NetworkFilter) {\n    siloMatrix(filter: $filter) {\n      cells { from to links linkedPairs possiblePairs density }\n      silos { silo actors eiIndex }\n      links crossSiloShare eiIndex expectedEiIndex reasons { ...ExplorerText }\n    }\n    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    siloedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    sectorGaps(filter: $filter, limit: 20) {\n      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ...ExplorerText } }\n    }\n    resourceMatches(filter: $filter, limit: 10) {\n      matchableNeeds\n      unmetNeeds { resource { id name } needers { ...ExplorerActorSummary } }\n      matches { resource { id name } offerer { ...ExplorerActorSummary } needer { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n    }\n    coverage(filter: $filter) { knownShare indicative note { ...ExplorerText } }\n    fragility(filter: $filter, limit: 10) {\n      cutPointCount cutPoints { actor { ...ExplorerActorSummary } cutOff }\n      bridgeCount\n      structuralHoles { actor { ...ExplorerActorSummary } partners constraint effectiveSize }\n      mixing { by coefficient withinShare expectedWithinShare reasons { ...ExplorerText } }\n      cores { maxCore levels { k actors } reasons { ...ExplorerText } }\n      coverage { indicative note { ...ExplorerText } }\n    }\n    brokers(filter: $filter, limit: 10) {\n      coverage { indicative note { ...ExplorerText } }\n      method methodNote { ...ExplorerText }\n      actors { rank actor { ...ExplorerActorSummary } betweenness reasons { ...ExplorerText } }\n      bridges { linkIds a { ...ExplorerActorSummary } b { ...ExplorerActorSummary } cutOff reasons { ...ExplorerText } }\n    }\n  }\n": types.ExplorerGapsDocument,
    "\n  query ExplorerWhatIf($actorIds: [ID!]!, $filter: NetworkFilter) {\n    withoutActors(actorIds: $actorIds, filter: $filter, limit: 5) {\n      removed { ...ExplorerActorSummary }\n      before { components largestComponent crossSiloLinks eiIndex }\n      after { components largestComponent crossSiloLinks eiIndex }\n      cutOff { ...ExplorerActorSummary }\n      lostLinkIds lostCrossSiloLinks\n      siloAccessLost { actor { ...ExplorerActorSummary } silo reasons { ...ExplorerText } }\n      risers { actor { ...ExplorerActorSummary } before after reasons { ...ExplorerText } }\n      reasons { ...ExplorerText }\n      coverage { indicative note { ...ExplorerText } }\n    }\n  }\n": types.ExplorerWhatIfDocument,
    "\n  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {\n    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n  }\n": types.ExplorerSuggestionsDocument,
    "\n  query ExplorerCentrality($filter: NetworkFilter) {\n    centrality(filter: $filter) { method scores { actorId betweenness } }\n  }\n": types.ExplorerCentralityDocument,
    "\n  query ExplorerEditableActor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id name silo kind ptceRole essMember description website siren siret rna contactName contactEmail contactPhone\n      sectors { id } locatedIn { id } offers { id } needs { id }\n    }\n  }\n": types.ExplorerEditableActorDocument,
    "\n  query ExplorerEditChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n  }\n": types.ExplorerEditChoicesDocument,
    "\n  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }\n": types.ExplorerSaveActorDocument,
    "\n  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }\n": types.ExplorerSaveCooperationDocument,
    "\n  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }\n": types.ExplorerDeleteDocument,
    "\n  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }\n": types.ExplorerRestoreDocument,
    "\n  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId undoes fields { field before after } } }\n": types.ExplorerHistoryDocument,
    "\n  mutation ExplorerMergeActors($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) { id change { id } } }\n": types.ExplorerMergeActorsDocument,
    "\n  mutation ExplorerUndoChange($id: ID!) { undoChange(id: $id) { entity id change { id } } }\n": types.ExplorerUndoChangeDocument,
    "\n  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }\n": types.ExplorerBinDocument,
    "\n  query ExplorerLikelyDuplicates { likelyDuplicates(limit: 50) { a { id name } b { id name } score reasons why } }\n": types.ExplorerLikelyDuplicatesDocument,
    "\n  query ExplorerFreshness {\n    freshness(limit: 10) {\n      coverageMonths needDays\n      staleActors { total items { actor { id name updatedAt } lastChangedBy lastChangedAt } }\n      unofferedNeeds { total items { actor { id name } resource { id name } since days } }\n      isolatedActors { total items { actor { id name } } }\n      cutPoints { total items { actor { id name } cutOff } }\n    }\n  }\n": types.ExplorerFreshnessDocument,
    "\n  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact likelyDuplicates { actor { id name } why } } }\n": types.ExplorerProposalsDocument,
    "\n  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }\n": types.ExplorerAcceptDocument,
    "\n  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }\n": types.ExplorerRejectDocument,
    "\n  query ExplorerImportColumns { importColumns { actors links } }\n": types.ExplorerImportColumnsDocument,
    "\n  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importData(actors: $actors, links: $links, format: $format, source: $source, dryRun: $dryRun, mapping: $mapping) {\n      dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message }\n    }\n  }\n": types.ExplorerImportDocument,
    "\n  query ExplorerProjects {\n    projects(sort: [{ title: ASC }]) {\n      id title status description startDate endDate themes livingLab\n      participantsConnection { edges { properties { role } node { id } } }\n    }\n  }\n": types.ExplorerProjectsDocument,
    "\n  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }\n": types.ExplorerSaveProjectDocument,
    "\n  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }\n": types.ExplorerSaveSectorDocument,
    "\n  query ExplorerNetwork {\n    network {\n      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }\n      links { id source target kind since until provenance intensity }\n      sectors { id name parent }\n      territories { id name level partOf }\n      layout { x y }\n    }\n  }\n": types.ExplorerNetworkDocument,
    "\n  query ExplorerActorDetails($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      offers { id name }\n      needs { id name }\n      projects { id title }\n    }\n  }\n": types.ExplorerActorDetailsDocument,
    "\n  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }\n": types.ExplorerLoginDocument,
    "\n  mutation ExplorerLogout { logout }\n": types.ExplorerLogoutDocument,
    "\n  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }\n  }\n": types.ExplorerChangePasswordDocument,
    "\n  subscription WorkshopLive($code: WorkshopCode!) { workshopLive(code: $code) { revision step status writingAlone participants } }\n": types.WorkshopLiveDocument,
    "\n  fragment WorkshopFields on Workshop {\n    id code title date territoryId question steps step votingStep anonymity moderation status writingAlone confidence participants revision\n  }\n": types.WorkshopFieldsFragmentDoc,
    "\n  fragment WorkshopEntryFields on WorkshopEntry {\n    id kind status hidden name silo actorKind communeId from fromName to toName linkKind resourceKind note mergedWith mergedWithName author\n  }\n": types.WorkshopEntryFieldsFragmentDoc,
    "\n  fragment WorkshopProposalFields on WorkshopProposal { id kind fromName fromSilo toName toSilo resource reason votes mine }\n": types.WorkshopProposalFieldsFragmentDoc,
    "\n  query WorkshopByCode($code: WorkshopCode!) { workshopByCode(code: $code) { ...WorkshopFields } }\n": types.WorkshopByCodeDocument,
    "\n  query WorkshopCommunes { territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name } }\n": types.WorkshopCommunesDocument,
    "\n  mutation JoinWorkshop($code: WorkshopCode!, $name: String, $consent: Boolean!, $stayInTouch: Boolean, $contact: String) {\n    joinWorkshop(code: $code, name: $name, consent: $consent, stayInTouch: $stayInTouch, contact: $contact) { session workshop { ...WorkshopFields } }\n  }\n": types.JoinWorkshopDocument,
    "\n  query MyWorkshop {\n    myWorkshop { workshop { ...WorkshopFields } organisation { id name silo commune proposed } entries { ...WorkshopEntryFields } }\n  }\n": types.MyWorkshopDocument,
    "\n  query WorkshopLookup($text: String!) { workshopLookup(text: $text) { id name silo commune proposed } }\n": types.WorkshopLookupDocument,
    "\n  mutation ChooseWorkshopOrganisation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo commune proposed } } }\n": types.ChooseWorkshopOrganisationDocument,
    "\n  mutation AddWorkshopEntry($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ...WorkshopEntryFields } }\n": types.AddWorkshopEntryDocument,
    "\n  mutation ChangeWorkshopEntry($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ...WorkshopEntryFields } }\n": types.ChangeWorkshopEntryDocument,
    "\n  mutation WithdrawWorkshopEntry($id: ID!) { withdrawWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n": types.WithdrawWorkshopEntryDocument,
    "\n  query WorkshopProposals($code: WorkshopCode!) { workshopProposals(code: $code) { ...WorkshopProposalFields } }\n": types.WorkshopProposalsDocument,
    "\n  mutation VoteWorkshopProposal($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { ...WorkshopProposalFields } }\n": types.VoteWorkshopProposalDocument,
    "\n  query WorkshopBoard($code: WorkshopCode!) {\n    workshopBoard(code: $code) {\n      workshop { ...WorkshopFields }\n      entries { ...WorkshopEntryFields }\n      actors { id name silo }\n      counters { participants organisations links crossSiloShare }\n    }\n  }\n": types.WorkshopBoardDocument,
    "\n  query Workshops { workshops(limit: 100) { ...WorkshopFields } }\n": types.WorkshopsDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { ...WorkshopFields } }\n": types.CreateWorkshopDocument,
    "\n  query WorkshopConsole($id: ID!) {\n    workshopConsole(id: $id) { workshop { ...WorkshopFields } entries { ...WorkshopEntryFields } contacts { name contact } }\n  }\n": types.WorkshopConsoleDocument,
    "\n  mutation ControlWorkshop($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ...WorkshopFields } }\n": types.ControlWorkshopDocument,
    "\n  mutation ApproveWorkshopEntry($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ...WorkshopEntryFields } }\n": types.ApproveWorkshopEntryDocument,
    "\n  mutation RejectWorkshopEntry($id: ID!) { rejectWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n": types.RejectWorkshopEntryDocument,
    "\n  mutation MergeWorkshopEntry($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ...WorkshopEntryFields } }\n": types.MergeWorkshopEntryDocument,
    "\n  query WorkshopMatches($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id name commune sameCommune } }\n": types.WorkshopMatchesDocument,
    "\n  mutation CloseWorkshop($id: ID!) { closeWorkshop(id: $id) { workshop { ...WorkshopFields } actorsCreated linksCreated resourcesAdded } }\n": types.CloseWorkshopDocument,
    "\n  query WorkshopSummary($id: ID!) {\n    workshopSummary(id: $id) {\n      workshop { ...WorkshopFields }\n      participantsBySilo { silo participants }\n      participantsTotal actorsAdded linksAdded resourcesAdded crossSiloShareBefore crossSiloShareAfter\n      matchedNeeds { need neededBy offeredBy }\n      voted { proposalId from to resource votes }\n      addedActorIds addedLinkIds\n    }\n  }\n": types.WorkshopSummaryDocument,
    "\n  query WorkshopTerritories { territories(where: { level: { in: [EPCI, COMMUNE] } }, sort: [{ level: ASC }, { name: ASC }]) { id name level } }\n": types.WorkshopTerritoriesDocument,
    "\n  query DeclareChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n    actors(sort: [{ name: ASC }], limit: 1000) { id name }\n  }\n": types.DeclareChoicesDocument,
    "\n  mutation DeclareEntry($input: DeclarationInput!) { declare(input: $input) { id message } }\n": types.DeclareEntryDocument,
    "\n  query ExplorerAccounts { accounts { email roles disabled } }\n": types.ExplorerAccountsDocument,
    "\n  mutation ExplorerCreateAccount($email: String!, $password: String!, $roles: [String!]!) { createAccount(email: $email, password: $password, roles: $roles) { email } }\n": types.ExplorerCreateAccountDocument,
    "\n  mutation ExplorerSaveEmbedView($name: Slug!, $title: String!, $query: EmbedQuery!) {\n    createEmbedViews(input: [{ name: $name, title: $title, query: $query }]) { embedViews { name } }\n  }\n": types.ExplorerSaveEmbedViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerActorSummary on ActorSummary { id name silo kind }\n"): (typeof documents)["\n  fragment ExplorerActorSummary on ActorSummary { id name silo kind }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerText on LocalizedText { fr en }\n"): (typeof documents)["\n  fragment ExplorerText on LocalizedText { fr en }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerGaps($filter: NetworkFilter) {\n    siloMatrix(filter: $filter) {\n      cells { from to links linkedPairs possiblePairs density }\n      silos { silo actors eiIndex }\n      links crossSiloShare eiIndex expectedEiIndex reasons { ...ExplorerText }\n    }\n    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    siloedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    sectorGaps(filter: $filter, limit: 20) {\n      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ...ExplorerText } }\n    }\n    resourceMatches(filter: $filter, limit: 10) {\n      matchableNeeds\n      unmetNeeds { resource { id name } needers { ...ExplorerActorSummary } }\n      matches { resource { id name } offerer { ...ExplorerActorSummary } needer { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n    }\n    coverage(filter: $filter) { knownShare indicative note { ...ExplorerText } }\n    fragility(filter: $filter, limit: 10) {\n      cutPointCount cutPoints { actor { ...ExplorerActorSummary } cutOff }\n      bridgeCount\n      structuralHoles { actor { ...ExplorerActorSummary } partners constraint effectiveSize }\n      mixing { by coefficient withinShare expectedWithinShare reasons { ...ExplorerText } }\n      cores { maxCore levels { k actors } reasons { ...ExplorerText } }\n      coverage { indicative note { ...ExplorerText } }\n    }\n    brokers(filter: $filter, limit: 10) {\n      coverage { indicative note { ...ExplorerText } }\n      method methodNote { ...ExplorerText }\n      actors { rank actor { ...ExplorerActorSummary } betweenness reasons { ...ExplorerText } }\n      bridges { linkIds a { ...ExplorerActorSummary } b { ...ExplorerActorSummary } cutOff reasons { ...ExplorerText } }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerGaps($filter: NetworkFilter) {\n    siloMatrix(filter: $filter) {\n      cells { from to links linkedPairs possiblePairs density }\n      silos { silo actors eiIndex }\n      links crossSiloShare eiIndex expectedEiIndex reasons { ...ExplorerText }\n    }\n    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    siloedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }\n    sectorGaps(filter: $filter, limit: 20) {\n      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ...ExplorerText } }\n    }\n    resourceMatches(filter: $filter, limit: 10) {\n      matchableNeeds\n      unmetNeeds { resource { id name } needers { ...ExplorerActorSummary } }\n      matches { resource { id name } offerer { ...ExplorerActorSummary } needer { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n    }\n    coverage(filter: $filter) { knownShare indicative note { ...ExplorerText } }\n    fragility(filter: $filter, limit: 10) {\n      cutPointCount cutPoints { actor { ...ExplorerActorSummary } cutOff }\n      bridgeCount\n      structuralHoles { actor { ...ExplorerActorSummary } partners constraint effectiveSize }\n      mixing { by coefficient withinShare expectedWithinShare reasons { ...ExplorerText } }\n      cores { maxCore levels { k actors } reasons { ...ExplorerText } }\n      coverage { indicative note { ...ExplorerText } }\n    }\n    brokers(filter: $filter, limit: 10) {\n      coverage { indicative note { ...ExplorerText } }\n      method methodNote { ...ExplorerText }\n      actors { rank actor { ...ExplorerActorSummary } betweenness reasons { ...ExplorerText } }\n      bridges { linkIds a { ...ExplorerActorSummary } b { ...ExplorerActorSummary } cutOff reasons { ...ExplorerText } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerWhatIf($actorIds: [ID!]!, $filter: NetworkFilter) {\n    withoutActors(actorIds: $actorIds, filter: $filter, limit: 5) {\n      removed { ...ExplorerActorSummary }\n      before { components largestComponent crossSiloLinks eiIndex }\n      after { components largestComponent crossSiloLinks eiIndex }\n      cutOff { ...ExplorerActorSummary }\n      lostLinkIds lostCrossSiloLinks\n      siloAccessLost { actor { ...ExplorerActorSummary } silo reasons { ...ExplorerText } }\n      risers { actor { ...ExplorerActorSummary } before after reasons { ...ExplorerText } }\n      reasons { ...ExplorerText }\n      coverage { indicative note { ...ExplorerText } }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerWhatIf($actorIds: [ID!]!, $filter: NetworkFilter) {\n    withoutActors(actorIds: $actorIds, filter: $filter, limit: 5) {\n      removed { ...ExplorerActorSummary }\n      before { components largestComponent crossSiloLinks eiIndex }\n      after { components largestComponent crossSiloLinks eiIndex }\n      cutOff { ...ExplorerActorSummary }\n      lostLinkIds lostCrossSiloLinks\n      siloAccessLost { actor { ...ExplorerActorSummary } silo reasons { ...ExplorerText } }\n      risers { actor { ...ExplorerActorSummary } before after reasons { ...ExplorerText } }\n      reasons { ...ExplorerText }\n      coverage { indicative note { ...ExplorerText } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {\n    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n  }\n"): (typeof documents)["\n  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {\n    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ...ExplorerActorSummary } score reasons { ...ExplorerText } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCentrality($filter: NetworkFilter) {\n    centrality(filter: $filter) { method scores { actorId betweenness } }\n  }\n"): (typeof documents)["\n  query ExplorerCentrality($filter: NetworkFilter) {\n    centrality(filter: $filter) { method scores { actorId betweenness } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEditableActor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id name silo kind ptceRole essMember description website siren siret rna contactName contactEmail contactPhone\n      sectors { id } locatedIn { id } offers { id } needs { id }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerEditableActor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id name silo kind ptceRole essMember description website siren siret rna contactName contactEmail contactPhone\n      sectors { id } locatedIn { id } offers { id } needs { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEditChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n  }\n"): (typeof documents)["\n  query ExplorerEditChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerSaveActor($input: ActorInput!) { saveActor(input: $input) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerSaveCooperation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerDelete($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerRestore($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId undoes fields { field before after } } }\n"): (typeof documents)["\n  query ExplorerHistory($id: ID!) { history(entity: ACTOR, id: $id, limit: 20) { id at by action entity entityId undoes fields { field before after } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerMergeActors($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) { id change { id } } }\n"): (typeof documents)["\n  mutation ExplorerMergeActors($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) { id change { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerUndoChange($id: ID!) { undoChange(id: $id) { entity id change { id } } }\n"): (typeof documents)["\n  mutation ExplorerUndoChange($id: ID!) { undoChange(id: $id) { entity id change { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }\n"): (typeof documents)["\n  query ExplorerBin { bin(limit: 100) { entity id label deletedAt deletedBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerLikelyDuplicates { likelyDuplicates(limit: 50) { a { id name } b { id name } score reasons why } }\n"): (typeof documents)["\n  query ExplorerLikelyDuplicates { likelyDuplicates(limit: 50) { a { id name } b { id name } score reasons why } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerFreshness {\n    freshness(limit: 10) {\n      coverageMonths needDays\n      staleActors { total items { actor { id name updatedAt } lastChangedBy lastChangedAt } }\n      unofferedNeeds { total items { actor { id name } resource { id name } since days } }\n      isolatedActors { total items { actor { id name } } }\n      cutPoints { total items { actor { id name } cutOff } }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerFreshness {\n    freshness(limit: 10) {\n      coverageMonths needDays\n      staleActors { total items { actor { id name updatedAt } lastChangedBy lastChangedAt } }\n      unofferedNeeds { total items { actor { id name } resource { id name } since days } }\n      isolatedActors { total items { actor { id name } } }\n      cutPoints { total items { actor { id name } cutOff } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact likelyDuplicates { actor { id name } why } } }\n"): (typeof documents)["\n  query ExplorerProposals { proposals(status: PENDING, limit: 100) { id name submittedAt submitterEmail declaration consentToContact likelyDuplicates { actor { id name } why } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerAccept($id: ID!) { acceptProposal(id: $id) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation ExplorerReject($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerImportColumns { importColumns { actors links } }\n"): (typeof documents)["\n  query ExplorerImportColumns { importColumns { actors links } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importData(actors: $actors, links: $links, format: $format, source: $source, dryRun: $dryRun, mapping: $mapping) {\n      dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message }\n    }\n  }\n"): (typeof documents)["\n  mutation ExplorerImport($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importData(actors: $actors, links: $links, format: $format, source: $source, dryRun: $dryRun, mapping: $mapping) {\n      dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerProjects {\n    projects(sort: [{ title: ASC }]) {\n      id title status description startDate endDate themes livingLab\n      participantsConnection { edges { properties { role } node { id } } }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerProjects {\n    projects(sort: [{ title: ASC }]) {\n      id title status description startDate endDate themes livingLab\n      participantsConnection { edges { properties { role } node { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerSaveProject($input: ProjectInput!) { saveProject(input: $input) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }\n"): (typeof documents)["\n  mutation ExplorerSaveSector($input: SectorInput!) { saveSector(input: $input) { id change { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNetwork {\n    network {\n      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }\n      links { id source target kind since until provenance intensity }\n      sectors { id name parent }\n      territories { id name level partOf }\n      layout { x y }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerNetwork {\n    network {\n      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }\n      links { id source target kind since until provenance intensity }\n      sectors { id name parent }\n      territories { id name level partOf }\n      layout { x y }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerActorDetails($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      offers { id name }\n      needs { id name }\n      projects { id title }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerActorDetails($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      offers { id name }\n      needs { id name }\n      projects { id title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }\n"): (typeof documents)["\n  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerLogout { logout }\n"): (typeof documents)["\n  mutation ExplorerLogout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }\n  }\n"): (typeof documents)["\n  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkshopLive($code: WorkshopCode!) { workshopLive(code: $code) { revision step status writingAlone participants } }\n"): (typeof documents)["\n  subscription WorkshopLive($code: WorkshopCode!) { workshopLive(code: $code) { revision step status writingAlone participants } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopFields on Workshop {\n    id code title date territoryId question steps step votingStep anonymity moderation status writingAlone confidence participants revision\n  }\n"): (typeof documents)["\n  fragment WorkshopFields on Workshop {\n    id code title date territoryId question steps step votingStep anonymity moderation status writingAlone confidence participants revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopEntryFields on WorkshopEntry {\n    id kind status hidden name silo actorKind communeId from fromName to toName linkKind resourceKind note mergedWith mergedWithName author\n  }\n"): (typeof documents)["\n  fragment WorkshopEntryFields on WorkshopEntry {\n    id kind status hidden name silo actorKind communeId from fromName to toName linkKind resourceKind note mergedWith mergedWithName author\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopProposalFields on WorkshopProposal { id kind fromName fromSilo toName toSilo resource reason votes mine }\n"): (typeof documents)["\n  fragment WorkshopProposalFields on WorkshopProposal { id kind fromName fromSilo toName toSilo resource reason votes mine }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopByCode($code: WorkshopCode!) { workshopByCode(code: $code) { ...WorkshopFields } }\n"): (typeof documents)["\n  query WorkshopByCode($code: WorkshopCode!) { workshopByCode(code: $code) { ...WorkshopFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopCommunes { territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name } }\n"): (typeof documents)["\n  query WorkshopCommunes { territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWorkshop($code: WorkshopCode!, $name: String, $consent: Boolean!, $stayInTouch: Boolean, $contact: String) {\n    joinWorkshop(code: $code, name: $name, consent: $consent, stayInTouch: $stayInTouch, contact: $contact) { session workshop { ...WorkshopFields } }\n  }\n"): (typeof documents)["\n  mutation JoinWorkshop($code: WorkshopCode!, $name: String, $consent: Boolean!, $stayInTouch: Boolean, $contact: String) {\n    joinWorkshop(code: $code, name: $name, consent: $consent, stayInTouch: $stayInTouch, contact: $contact) { session workshop { ...WorkshopFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkshop {\n    myWorkshop { workshop { ...WorkshopFields } organisation { id name silo commune proposed } entries { ...WorkshopEntryFields } }\n  }\n"): (typeof documents)["\n  query MyWorkshop {\n    myWorkshop { workshop { ...WorkshopFields } organisation { id name silo commune proposed } entries { ...WorkshopEntryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopLookup($text: String!) { workshopLookup(text: $text) { id name silo commune proposed } }\n"): (typeof documents)["\n  query WorkshopLookup($text: String!) { workshopLookup(text: $text) { id name silo commune proposed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseWorkshopOrganisation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo commune proposed } } }\n"): (typeof documents)["\n  mutation ChooseWorkshopOrganisation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo commune proposed } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkshopEntry($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation AddWorkshopEntry($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeWorkshopEntry($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation ChangeWorkshopEntry($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawWorkshopEntry($id: ID!) { withdrawWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation WithdrawWorkshopEntry($id: ID!) { withdrawWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopProposals($code: WorkshopCode!) { workshopProposals(code: $code) { ...WorkshopProposalFields } }\n"): (typeof documents)["\n  query WorkshopProposals($code: WorkshopCode!) { workshopProposals(code: $code) { ...WorkshopProposalFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteWorkshopProposal($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { ...WorkshopProposalFields } }\n"): (typeof documents)["\n  mutation VoteWorkshopProposal($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { ...WorkshopProposalFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopBoard($code: WorkshopCode!) {\n    workshopBoard(code: $code) {\n      workshop { ...WorkshopFields }\n      entries { ...WorkshopEntryFields }\n      actors { id name silo }\n      counters { participants organisations links crossSiloShare }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopBoard($code: WorkshopCode!) {\n    workshopBoard(code: $code) {\n      workshop { ...WorkshopFields }\n      entries { ...WorkshopEntryFields }\n      actors { id name silo }\n      counters { participants organisations links crossSiloShare }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshops { workshops(limit: 100) { ...WorkshopFields } }\n"): (typeof documents)["\n  query Workshops { workshops(limit: 100) { ...WorkshopFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { ...WorkshopFields } }\n"): (typeof documents)["\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { ...WorkshopFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopConsole($id: ID!) {\n    workshopConsole(id: $id) { workshop { ...WorkshopFields } entries { ...WorkshopEntryFields } contacts { name contact } }\n  }\n"): (typeof documents)["\n  query WorkshopConsole($id: ID!) {\n    workshopConsole(id: $id) { workshop { ...WorkshopFields } entries { ...WorkshopEntryFields } contacts { name contact } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ControlWorkshop($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ...WorkshopFields } }\n"): (typeof documents)["\n  mutation ControlWorkshop($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ...WorkshopFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveWorkshopEntry($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation ApproveWorkshopEntry($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectWorkshopEntry($id: ID!) { rejectWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation RejectWorkshopEntry($id: ID!) { rejectWorkshopEntry(id: $id) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeWorkshopEntry($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ...WorkshopEntryFields } }\n"): (typeof documents)["\n  mutation MergeWorkshopEntry($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ...WorkshopEntryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopMatches($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id name commune sameCommune } }\n"): (typeof documents)["\n  query WorkshopMatches($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id name commune sameCommune } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkshop($id: ID!) { closeWorkshop(id: $id) { workshop { ...WorkshopFields } actorsCreated linksCreated resourcesAdded } }\n"): (typeof documents)["\n  mutation CloseWorkshop($id: ID!) { closeWorkshop(id: $id) { workshop { ...WorkshopFields } actorsCreated linksCreated resourcesAdded } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopSummary($id: ID!) {\n    workshopSummary(id: $id) {\n      workshop { ...WorkshopFields }\n      participantsBySilo { silo participants }\n      participantsTotal actorsAdded linksAdded resourcesAdded crossSiloShareBefore crossSiloShareAfter\n      matchedNeeds { need neededBy offeredBy }\n      voted { proposalId from to resource votes }\n      addedActorIds addedLinkIds\n    }\n  }\n"): (typeof documents)["\n  query WorkshopSummary($id: ID!) {\n    workshopSummary(id: $id) {\n      workshop { ...WorkshopFields }\n      participantsBySilo { silo participants }\n      participantsTotal actorsAdded linksAdded resourcesAdded crossSiloShareBefore crossSiloShareAfter\n      matchedNeeds { need neededBy offeredBy }\n      voted { proposalId from to resource votes }\n      addedActorIds addedLinkIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopTerritories { territories(where: { level: { in: [EPCI, COMMUNE] } }, sort: [{ level: ASC }, { name: ASC }]) { id name level } }\n"): (typeof documents)["\n  query WorkshopTerritories { territories(where: { level: { in: [EPCI, COMMUNE] } }, sort: [{ level: ASC }, { name: ASC }]) { id name level } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclareChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n    actors(sort: [{ name: ASC }], limit: 1000) { id name }\n  }\n"): (typeof documents)["\n  query DeclareChoices {\n    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }\n    resources(sort: [{ name: ASC }]) { id name }\n    actors(sort: [{ name: ASC }], limit: 1000) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareEntry($input: DeclarationInput!) { declare(input: $input) { id message } }\n"): (typeof documents)["\n  mutation DeclareEntry($input: DeclarationInput!) { declare(input: $input) { id message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAccounts { accounts { email roles disabled } }\n"): (typeof documents)["\n  query ExplorerAccounts { accounts { email roles disabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerCreateAccount($email: String!, $password: String!, $roles: [String!]!) { createAccount(email: $email, password: $password, roles: $roles) { email } }\n"): (typeof documents)["\n  mutation ExplorerCreateAccount($email: String!, $password: String!, $roles: [String!]!) { createAccount(email: $email, password: $password, roles: $roles) { email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerSaveEmbedView($name: Slug!, $title: String!, $query: EmbedQuery!) {\n    createEmbedViews(input: [{ name: $name, title: $title, query: $query }]) { embedViews { name } }\n  }\n"): (typeof documents)["\n  mutation ExplorerSaveEmbedView($name: Slug!, $title: String!, $query: EmbedQuery!) {\n    createEmbedViews(input: [{ name: $name, title: $title, query: $query }]) { embedViews { name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
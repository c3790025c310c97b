import { graphql } from '../../generated/index.js';

// Every operation of the workshop pages (the participants' phones, the facilitator's console, the projector).

export const WORKSHOP_FIELDS = graphql(`
  fragment WorkshopFields on Workshop {
    id code title date territoryId question steps step votingStep anonymity moderation status writingAlone confidence participants revision
  }
`);

export const ENTRY_FIELDS = graphql(`
  fragment WorkshopEntryFields on WorkshopEntry {
    id kind status hidden name silo actorKind communeId from fromName to toName linkKind resourceKind note mergedWith mergedWithName author
  }
`);

export const PROPOSAL_FIELDS = graphql(`
  fragment WorkshopProposalFields on WorkshopProposal { id kind fromName fromSilo toName toSilo resource reason votes mine }
`);

export const WORKSHOP_BY_CODE = graphql(`
  query WorkshopByCode($code: WorkshopCode!) { workshopByCode(code: $code) { ...WorkshopFields } }
`);

export const COMMUNES = graphql(`
  query WorkshopCommunes { territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name } }
`);

export const JOIN = graphql(`
  mutation JoinWorkshop($code: WorkshopCode!, $name: String, $consent: Boolean!, $stayInTouch: Boolean, $contact: String) {
    joinWorkshop(code: $code, name: $name, consent: $consent, stayInTouch: $stayInTouch, contact: $contact) { session workshop { ...WorkshopFields } }
  }
`);

export const MY_WORKSHOP = graphql(`
  query MyWorkshop {
    myWorkshop { workshop { ...WorkshopFields } organisation { id name silo commune proposed } entries { ...WorkshopEntryFields } }
  }
`);

export const LOOKUP = graphql(`
  query WorkshopLookup($text: String!) { workshopLookup(text: $text) { id name silo commune proposed } }
`);

export const CHOOSE_ORGANISATION = graphql(`
  mutation ChooseWorkshopOrganisation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo commune proposed } } }
`);

export const ADD_ENTRY = graphql(`
  mutation AddWorkshopEntry($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ...WorkshopEntryFields } }
`);

export const CHANGE_ENTRY = graphql(`
  mutation ChangeWorkshopEntry($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ...WorkshopEntryFields } }
`);

export const WITHDRAW_ENTRY = graphql(`
  mutation WithdrawWorkshopEntry($id: ID!) { withdrawWorkshopEntry(id: $id) { ...WorkshopEntryFields } }
`);

export const PROPOSALS = graphql(`
  query WorkshopProposals($code: WorkshopCode!) { workshopProposals(code: $code) { ...WorkshopProposalFields } }
`);

export const VOTE = graphql(`
  mutation VoteWorkshopProposal($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { ...WorkshopProposalFields } }
`);

export const BOARD = graphql(`
  query WorkshopBoard($code: WorkshopCode!) {
    workshopBoard(code: $code) {
      workshop { ...WorkshopFields }
      entries { ...WorkshopEntryFields }
      actors { id name silo }
      counters { participants organisations links crossSiloShare }
    }
  }
`);

export const WORKSHOPS = graphql(`
  query Workshops { workshops(limit: 100) { ...WorkshopFields } }
`);

export const CREATE_WORKSHOP = graphql(`
  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { ...WorkshopFields } }
`);

export const CONSOLE = graphql(`
  query WorkshopConsole($id: ID!) {
    workshopConsole(id: $id) { workshop { ...WorkshopFields } entries { ...WorkshopEntryFields } contacts { name contact } }
  }
`);

export const CONTROL = graphql(`
  mutation ControlWorkshop($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ...WorkshopFields } }
`);

export const APPROVE = graphql(`
  mutation ApproveWorkshopEntry($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ...WorkshopEntryFields } }
`);

export const REJECT = graphql(`
  mutation RejectWorkshopEntry($id: ID!) { rejectWorkshopEntry(id: $id) { ...WorkshopEntryFields } }
`);

export const MERGE = graphql(`
  mutation MergeWorkshopEntry($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ...WorkshopEntryFields } }
`);

export const MATCHES = graphql(`
  query WorkshopMatches($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id name commune sameCommune } }
`);

export const CLOSE = graphql(`
  mutation CloseWorkshop($id: ID!) { closeWorkshop(id: $id) { workshop { ...WorkshopFields } actorsCreated linksCreated resourcesAdded } }
`);

export const SUMMARY = graphql(`
  query WorkshopSummary($id: ID!) {
    workshopSummary(id: $id) {
      workshop { ...WorkshopFields }
      participantsBySilo { silo participants }
      participantsTotal actorsAdded linksAdded resourcesAdded crossSiloShareBefore crossSiloShareAfter
      matchedNeeds { need neededBy offeredBy }
      voted { proposalId from to resource votes }
      addedActorIds addedLinkIds
    }
  }
`);

export const TERRITORIES = graphql(`
  query WorkshopTerritories { territories(where: { level: { in: [EPCI, COMMUNE] } }, sort: [{ level: ASC }, { name: ASC }]) { id name level } }
`);

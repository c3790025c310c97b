import type { ActorRow } from '../model.js';
import { territoryId } from '../territories.js';
import { APPROXIMATE_COMMUNE_CENTRES } from './coordinates.js';

/**
 * One actor on one line: id, name, silo, kind, PTCE role, ESS member, commune (INSEE code) or territory id,
 * sectors, resources offered, resources needed (space-separated ids), description, fictional.
 */
export type ActorSeed = [
  id: string, name: string, silo: ActorRow['silo'], kind: ActorRow['kind'], ptceRole: ActorRow['ptceRole'],
  essMember: boolean, where: string, sectors: string, offers: string, needs: string, description: string,
  fictional: boolean,
];

const words = (text: string): string[] => text.split(' ').filter(Boolean);

export function toActorRow(seed: ActorSeed, contact: Partial<ActorRow> = {}): ActorRow {
  const [id, name, silo, kind, ptceRole, essMember, where, sectors, offers, needs, description, fictional] = seed;
  const isCommune = /^\d[\dAB]\d{3}$/.test(where);
  const centre = isCommune ? APPROXIMATE_COMMUNE_CENTRES[where] : undefined;
  return {
    id, name, silo, kind, ptceRole, essMember, fictional,
    description: fictional ? `${description} (Structure fictive, données de démonstration.)` : description,
    territory: isCommune ? territoryId.commune(where) : where,
    ...(centre ? { location: { latitude: centre[0], longitude: centre[1] }, locationApproximate: true } : {}),
    sectors: words(sectors),
    offers: words(offers).map((resource) => ({ resource })),
    needs: words(needs).map((resource) => ({ resource })),
    ...contact,
  };
}

/** A fictional organisation on one line: an ActorSeed without its silo and fictional flag. */
export type FictionalRow = [
  id: string, name: string, kind: ActorSeed[3], ptceRole: ActorSeed[4], essMember: boolean, where: string,
  sectors: string, offers: string, needs: string, description: string,
];

export function fictionalActors(silo: ActorSeed[2], rows: FictionalRow[]): ActorSeed[] {
  return rows.map(([id, name, kind, role, ess, where, sectors, offers, needs, description]) =>
    [id, name, silo, kind, role, ess, where, sectors, offers, needs, description, true]);
}

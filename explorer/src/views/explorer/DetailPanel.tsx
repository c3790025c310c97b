import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import type { ReactNode } from 'react';
import { linksOf, type Focus, type Selection } from '../../core/graph/filter.js';
import type { ActorDetails, NetworkActor, NetworkLink } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';
import { SidePanel } from '../common/SidePanel.js';
import { Button, ToggleButton } from '../../ui/index.js';

interface Props {
  actor: NetworkActor;
  /** The rest of the card, once fetched (null meanwhile). */
  details: ActorDetails | null;
  selection: Selection;
  focus: Focus | null;
  onSelect(actorId: string): void;
  /** Show only this actor's neighbourhood (1 or 2 links away), or everything again (null). */
  onFocus(hops: 1 | 2 | null): void;
  onClose(): void;
  /** Cooperations to propose, from the analytics. */
  suggestions?: ReactNode;
  /** Animators' tools (edit, delete, add a link, history); absent for everyone else. */
  editTools?: ReactNode | undefined;
  /** Animators edit a link from the list. */
  onEditLink?: ((link: NetworkLink) => void) | undefined;
  /** What the network would lose without this actor: a new what-if, or this actor added to or taken out of one. */
  whatIf?: 'ask' | 'add' | 'remove' | undefined;
  onWhatIf?: (() => void) | undefined;
}

const WHAT_IF_LABELS = { ask: 'detail.whatIf', add: 'detail.whatIfAdd', remove: 'detail.whatIfRemove' } as const;

function NameList({ title, names }: { title: string; names: string[] }) {
  const i18n = useI18n();
  return (
    <>
      <dt>{title}</dt>
      <dd>{names.length > 0 ? names.join(', ') : i18n.t('detail.none')}</dd>
    </>
  );
}

/** The actor's public card: never a contact detail, which the explorer does not even fetch. */
export function DetailPanel({ actor, details, selection, focus, onSelect, onFocus, onClose, suggestions, editTools, onEditLink, whatIf, onWhatIf }: Props) {
  const i18n = useI18n();
  const links = linksOf(selection, actor.id).sort((a, b) => a.partner.name.localeCompare(b.partner.name));
  const role = actor.ptceRole === 'NONE' ? '' : i18n.role(actor.ptceRole);
  return (
    <SidePanel id="detail-title" title={actor.name} closeLabel={i18n.t('detail.close')} onClose={onClose}>
      <p className="identity">
        <span className="chip"><span className="swatch" style={{ background: SILO_COLOURS[actor.silo] }} aria-hidden="true" />{i18n.silo(actor.silo)}</span>
        <span className="chip">{i18n.kind(actor.kind)}</span>
        {role && <span className="chip">{role}</span>}
        {actor.essMember && <span className="chip">{i18n.t('detail.ess')}</span>}
      </p>
      {actor.fictional && <p className="muted">{i18n.t('detail.fictional')}</p>}
      {details?.description && <p>{details.description}</p>}
      {details?.website && <p><a href={details.website} rel="noopener noreferrer" target="_blank">{i18n.t('detail.website')}</a></p>}
      <div className="actions" role="group" aria-label={i18n.t('detail.focus1')}>
        {([1, 2] as const).map((hops) => (
          <ToggleButton key={hops} isSelected={focus?.actor === actor.id && focus.hops === hops} onChange={() => onFocus(hops)}>
            {i18n.t(hops === 1 ? 'detail.focus1' : 'detail.focus2')}
          </ToggleButton>
        ))}
        {focus && <Button onPress={() => onFocus(null)}>{i18n.t('detail.unfocus')}</Button>}
      </div>
      {whatIf && onWhatIf && <p><Button onPress={onWhatIf}>{i18n.t(WHAT_IF_LABELS[whatIf])}</Button></p>}
      <dl>
        <NameList title={i18n.t('detail.territory')} names={actor.territories.map((t) => (t.epci ? `${t.name} (${t.epci.name})` : t.name))} />
        <NameList title={i18n.t('detail.sectors')} names={actor.sectors.map((s) => s.name)} />
        {details && (
          <>
            <NameList title={i18n.t('detail.offers')} names={details.offers.map((r) => r.name)} />
            <NameList title={i18n.t('detail.needs')} names={details.needs.map((r) => r.name)} />
            <NameList title={i18n.t('detail.projects')} names={details.projects.map((p) => p.title)} />
          </>
        )}
      </dl>
      <h3>{i18n.t('detail.links', { count: links.length })}</h3>
      {links.length === 0 ? (
        <p>{i18n.t('detail.noLinks')}</p>
      ) : (
        <ul className="links">
          {links.map(({ link, partner }) => (
            <li key={link.id}>
              <Button tone="link" onPress={() => onSelect(partner.id)}>{partner.name}</Button>
              <span className="muted">
                {' '}· {i18n.linkKind(link.kind)}
                {link.since && ` · ${i18n.t('detail.since', { date: i18n.date(link.since) })}`}
                {` · ${i18n.provenance(link.provenance)}`}
              </span>
              {onEditLink && (
                <>
                  {' '}
                  <Button small onPress={() => onEditLink(link)} aria-label={i18n.t('edit.editLinkWith', { name: partner.name })}>
                    {i18n.t('edit.edit')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {suggestions}
      {editTools}
    </SidePanel>
  );
}

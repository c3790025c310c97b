import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../core/editing/errors.js';
import { PROJECTS, SAVE_PROJECT, SAVE_SECTOR, type EditableProject } from '../../core/editing/queries.js';
import type { NetworkActor, SectorNode } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { ErrorList } from './FieldErrors.js';
import type { Editing } from './useEditing.js';
import { selectedValues } from '../common/selectedValues.js';

const STATUSES = ['IDEA', 'ONGOING', 'COMPLETED', 'SUSPENDED'] as const;

function SectorForm({ sectors, sector, editing, onDone }: { sectors: SectorNode[]; sector: SectorNode | null; editing: Editing; onDone(): void }) {
  const i18n = useI18n();
  const client = useApolloClient();
  const [name, setName] = useState(sector?.name ?? '');
  const [parentId, setParent] = useState(sector?.parent ?? '');
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = { ...(sector ? { id: sector.id } : {}), name, parentId: parentId || null };
    const refused = await editing.run([], () => client.mutate({ mutation: SAVE_SECTOR, variables: { input } }));
    setErrors(refused);
    if (!refused) onDone();
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={sector ? i18n.t('catalogue.editSector', { name: sector.name }) : i18n.t('catalogue.newSector')}>
      <label>{i18n.t('edit.name')}<input value={name} onChange={(event) => setName(event.target.value)} /></label>
      <label>{i18n.t('catalogue.parent')}<select value={parentId} onChange={(event) => setParent(event.target.value)}><option value="">—</option>{sectors.filter((item) => item.id !== sector?.id).map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}</select></label>
      <ErrorList errors={errors} />
      <div className="actions">
        <button type="submit">{i18n.t('edit.save')}</button>
        {sector && <ConfirmDelete entity="SECTOR" id={sector.id} label={i18n.t('catalogue.deleteSector')} editing={editing} onDone={onDone} />}
      </div>
    </form>
  );
}

function ProjectForm({ project, actors, editing, onDone }: { project: EditableProject | null; actors: NetworkActor[]; editing: Editing; onDone(): void }) {
  const i18n = useI18n();
  const client = useApolloClient();
  const roles = new Map(project?.participantsConnection.edges.map((edge) => [edge.node.id, edge.properties.role]) ?? []);
  const [title, setTitle] = useState(project?.title ?? '');
  const [status, setStatus] = useState<EditableProject['status']>(project?.status ?? 'IDEA');
  const [description, setDescription] = useState(project?.description ?? '');
  const [startDate, setStart] = useState(project?.startDate ?? '');
  const [endDate, setEnd] = useState(project?.endDate ?? '');
  const [themes, setThemes] = useState(project?.themes.join(', ') ?? '');
  const [livingLab, setLivingLab] = useState(project?.livingLab ?? false);
  const [lead, setLead] = useState([...roles].find(([, role]) => role === 'LEAD')?.[0] ?? '');
  const [partners, setPartners] = useState([...roles].filter(([, role]) => role !== 'LEAD').map(([id]) => id));
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const participants = [
      ...(lead ? [{ actorId: lead, role: 'LEAD' as const }] : []),
      ...partners.filter((id) => id !== lead).map((actorId) => ({ actorId, role: roles.get(actorId) && roles.get(actorId) !== 'LEAD' ? roles.get(actorId)! : ('PARTNER' as const) })),
    ];
    const input = {
      ...(project ? { id: project.id } : {}), title, status, description: description.trim() || null, startDate: startDate || null, endDate: endDate || null,
      themes: themes.split(',').map((theme) => theme.trim()).filter(Boolean), livingLab, participants,
    };
    const refused = await editing.run([], () => client.mutate({ mutation: SAVE_PROJECT, variables: { input } }));
    setErrors(refused);
    if (!refused) onDone();
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={project ? i18n.t('catalogue.editProject', { name: project.title }) : i18n.t('catalogue.newProject')}>
      <label>{i18n.t('catalogue.title')}<input value={title} onChange={(event) => setTitle(event.target.value)} /></label>
      <label>{i18n.t('catalogue.status')}<select value={status} onChange={(event) => setStatus(event.target.value as EditableProject['status'])}>{STATUSES.map((value) => <option key={value} value={value}>{i18n.t(`catalogue.status.${value}`)}</option>)}</select></label>
      <label>{i18n.t('edit.description')}<textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} /></label>
      <label>{i18n.t('catalogue.start')}<input type="date" value={startDate} onChange={(event) => setStart(event.target.value)} /></label>
      <label>{i18n.t('catalogue.end')}<input type="date" value={endDate} onChange={(event) => setEnd(event.target.value)} /></label>
      <label>{i18n.t('catalogue.themes')}<input value={themes} onChange={(event) => setThemes(event.target.value)} /></label>
      <label className="check"><input type="checkbox" checked={livingLab} onChange={(event) => setLivingLab(event.target.checked)} />{i18n.t('catalogue.livingLab')}</label>
      <label>{i18n.t('catalogue.lead')}<select value={lead} onChange={(event) => setLead(event.target.value)}><option value="">—</option>{actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.name}</option>)}</select></label>
      <label>{i18n.t('catalogue.partners')}<select multiple size={5} value={partners} onChange={(event) => setPartners(selectedValues(event))}>{actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.name}</option>)}</select></label>
      <ErrorList errors={errors} />
      <div className="actions">
        <button type="submit">{i18n.t('edit.save')}</button>
        {project && <ConfirmDelete entity="PROJECT" id={project.id} label={i18n.t('catalogue.deleteProject')} editing={editing} onDone={onDone} />}
      </div>
    </form>
  );
}

/** Sectors and projects, created, edited or deleted from the desk. */
export function CatalogueSection({ sectors, actors, editing }: { sectors: SectorNode[]; actors: NetworkActor[]; editing: Editing }) {
  const i18n = useI18n();
  const projects = useQuery(PROJECTS, { fetchPolicy: 'network-only' });
  const [open, setOpen] = useState<string | null>(null);
  const done = (): void => {
    setOpen(null);
    void projects.refetch().catch(() => null);
  };
  return (
    <section aria-labelledby="catalogue-title">
      <h3 id="catalogue-title">{i18n.t('catalogue.title.section')}</h3>
      <details open={open === 'sector:new'} onToggle={(event) => event.currentTarget.open && setOpen('sector:new')}>
        <summary>{i18n.t('catalogue.newSector')}</summary>
        {open === 'sector:new' && <SectorForm sectors={sectors} sector={null} editing={editing} onDone={done} />}
      </details>
      <details open={open === 'project:new'} onToggle={(event) => event.currentTarget.open && setOpen('project:new')}>
        <summary>{i18n.t('catalogue.newProject')}</summary>
        {open === 'project:new' && <ProjectForm project={null} actors={actors} editing={editing} onDone={done} />}
      </details>
      <h4>{i18n.t('catalogue.projects')}</h4>
      <ul className="cards">
        {projects.data?.projects.map((project) => (
          <li key={project.id}>
            <button type="button" className="link" aria-expanded={open === `project:${project.id}`} onClick={() => setOpen(open === `project:${project.id}` ? null : `project:${project.id}`)}>{project.title}</button>
            {open === `project:${project.id}` && <ProjectForm project={project} actors={actors} editing={editing} onDone={done} />}
          </li>
        ))}
      </ul>
      <h4>{i18n.t('catalogue.sectors')}</h4>
      <ul className="cards">
        {sectors.map((sector) => (
          <li key={sector.id}>
            <button type="button" className="link" aria-expanded={open === `sector:${sector.id}`} onClick={() => setOpen(open === `sector:${sector.id}` ? null : `sector:${sector.id}`)}>{sector.name}</button>
            {open === `sector:${sector.id}` && <SectorForm sectors={sectors} sector={sector} editing={editing} onDone={done} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

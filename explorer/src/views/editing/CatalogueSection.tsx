import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../core/editing/errors.js';
import { PROJECTS, SAVE_PROJECT, SAVE_SECTOR, type EditableProject } from '../../core/editing/queries.js';
import type { NetworkActor, SectorNode } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { ErrorList } from './FieldErrors.js';
import type { Editing } from './useEditing.js';
import { Button, Checkbox, DateField, MultiSelect, Select } from '../../ui/index.js';

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
      <Select label={i18n.t('catalogue.parent')} value={parentId || null} empty="—" onChange={(id) => setParent(id ?? '')}
        options={sectors.filter((item) => item.id !== sector?.id).map((item) => ({ value: item.id, label: item.name }))} />
      <ErrorList errors={errors} />
      <div className="actions">
        <Button type="submit">{i18n.t('edit.save')}</Button>
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
      <Select label={i18n.t('catalogue.status')} value={status} onChange={(value) => value && setStatus(value)}
        options={STATUSES.map((value) => ({ value, label: i18n.t(`catalogue.status.${value}`) }))} />
      <label>{i18n.t('edit.description')}<textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} /></label>
      <DateField label={i18n.t('catalogue.start')} lang={i18n.lang} value={startDate} onChange={setStart} />
      <DateField label={i18n.t('catalogue.end')} lang={i18n.lang} value={endDate} onChange={setEnd} />
      <label>{i18n.t('catalogue.themes')}<input value={themes} onChange={(event) => setThemes(event.target.value)} /></label>
      <Checkbox checked={livingLab} onChange={setLivingLab}>{i18n.t('catalogue.livingLab')}</Checkbox>
      <Select label={i18n.t('catalogue.lead')} value={lead || null} empty="—" onChange={(id) => setLead(id ?? '')}
        options={actors.map((actor) => ({ value: actor.id, label: actor.name }))} />
      <MultiSelect label={i18n.t('catalogue.partners')} placeholder="—" value={partners} onChange={setPartners}
        options={actors.map((actor) => ({ value: actor.id, label: actor.name }))} />
      <ErrorList errors={errors} />
      <div className="actions">
        <Button type="submit">{i18n.t('edit.save')}</Button>
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
      <div className="actions">
        <Button aria-expanded={open === 'sector:new'} onPress={() => setOpen(open === 'sector:new' ? null : 'sector:new')}>{i18n.t('catalogue.newSector')}</Button>
        <Button aria-expanded={open === 'project:new'} onPress={() => setOpen(open === 'project:new' ? null : 'project:new')}>{i18n.t('catalogue.newProject')}</Button>
      </div>
      {open === 'sector:new' && <SectorForm sectors={sectors} sector={null} editing={editing} onDone={done} />}
      {open === 'project:new' && <ProjectForm project={null} actors={actors} editing={editing} onDone={done} />}
      <h4>{i18n.t('catalogue.projects')}</h4>
      <ul className="cards">
        {projects.data?.projects.map((project) => (
          <li key={project.id}>
            <Button tone="link" aria-expanded={open === `project:${project.id}`} onPress={() => setOpen(open === `project:${project.id}` ? null : `project:${project.id}`)}>{project.title}</Button>
            {open === `project:${project.id}` && <ProjectForm project={project} actors={actors} editing={editing} onDone={done} />}
          </li>
        ))}
      </ul>
      <h4>{i18n.t('catalogue.sectors')}</h4>
      <ul className="cards">
        {sectors.map((sector) => (
          <li key={sector.id}>
            <Button tone="link" aria-expanded={open === `sector:${sector.id}`} onPress={() => setOpen(open === `sector:${sector.id}` ? null : `sector:${sector.id}`)}>{sector.name}</Button>
            {open === `sector:${sector.id}` && <SectorForm sectors={sectors} sector={sector} editing={editing} onDone={done} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

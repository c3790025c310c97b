import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { request } from '../core/request.js';
import { CREATE_WORKSHOP, TERRITORIES, WORKSHOPS } from '../core/workshop/queries.js';
import type { WorkshopAnonymity, WorkshopFieldsFragment, WorkshopModeration } from '../generated/graphql.js';
import { Button, Select } from '../ui/index.js';
import { FieldMessages } from '../atelier/FieldMessages.js';
import { deskHref } from './animator.js';

const ANONYMITIES: WorkshopAnonymity[] = ['NAMED', 'PSEUDONYMOUS', 'ANONYMOUS'];
const MODERATIONS: WorkshopModeration[] = ['HELD', 'IMMEDIATE'];

function CreateForm({ i18n, headers }: { i18n: Translator; headers: Record<string, string> }) {
  const [territories, setTerritories] = useState<{ id: string; name: string; level: string }[]>([]);
  const [draft, setDraft] = useState({ title: '', date: new Date().toISOString().slice(0, 10), territoryId: null as string | null, question: '', steps: '', anonymity: 'PSEUDONYMOUS' as WorkshopAnonymity, moderation: 'HELD' as WorkshopModeration, confidence: '0.7' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  useEffect(() => void request(TERRITORIES).then((answer) => setTerritories(answer.territories), () => undefined), []);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]): void => setDraft((current) => ({ ...current, [key]: value }));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const steps = draft.steps.split('\n').map((step) => step.trim()).filter(Boolean);
    try {
      const { createWorkshop } = await request(CREATE_WORKSHOP, {
        input: { title: draft.title, date: draft.date, territoryId: draft.territoryId, question: draft.question, anonymity: draft.anonymity, moderation: draft.moderation, confidence: Number(draft.confidence), ...(steps.length ? { steps } : {}) },
      }, headers);
      window.location.href = deskHref(i18n.lang, createWorkshop.id);
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="workshop-card">
      <h2>{i18n.t('workshop.new')}</h2>
      <label>{i18n.t('workshop.title')}<input value={draft.title} onChange={(event) => set('title', event.target.value)} maxLength={200} /><FieldMessages errors={errors} fields={['title']} /></label>
      <label>{i18n.t('workshop.date')}<input type="date" value={draft.date} onChange={(event) => set('date', event.target.value)} /><FieldMessages errors={errors} fields={['date']} /></label>
      <Select label={i18n.t('workshop.territory')} value={draft.territoryId} empty="—" onChange={(id) => set('territoryId', id)}
        options={territories.map((territory) => ({ value: territory.id, label: territory.name, indent: territory.level === 'COMMUNE' }))} />
      <label>{i18n.t('workshop.questionAsked')}<textarea rows={2} value={draft.question} onChange={(event) => set('question', event.target.value)} maxLength={1000} /><FieldMessages errors={errors} fields={['question']} /></label>
      <label>{i18n.t('workshop.steps')}<textarea rows={4} value={draft.steps} onChange={(event) => set('steps', event.target.value)} /><FieldMessages errors={errors} fields={['steps']} /></label>
      <Select label={i18n.t('workshop.anonymity')} value={draft.anonymity} onChange={(value) => value && set('anonymity', value)} options={ANONYMITIES.map((value) => ({ value, label: i18n.t(`workshop.anonymity${value}`) }))} />
      <Select label={i18n.t('workshop.moderation')} value={draft.moderation} onChange={(value) => value && set('moderation', value)} options={MODERATIONS.map((value) => ({ value, label: i18n.t(`workshop.moderation${value}`) }))} />
      <label>{i18n.t('workshop.confidence')}<input type="number" min={0} max={1} step={0.1} value={draft.confidence} onChange={(event) => set('confidence', event.target.value)} /><FieldMessages errors={errors} fields={['confidence']} /></label>
      <FieldMessages errors={errors} fields={[null, 'territoryId', 'input']} />
      <Button type="submit" tone="primary">{i18n.t('workshop.create')}</Button>
    </form>
  );
}

/** The desk's workshops: those that ran and run, and a new one. */
export function WorkshopsPage({ i18n, headers }: { i18n: Translator; headers: Record<string, string> }) {
  const [workshops, setWorkshops] = useState<WorkshopFieldsFragment[] | null>(null);
  useEffect(() => void request(WORKSHOPS, {}, headers).then((answer) => setWorkshops(answer.workshops), () => setWorkshops([])), [headers]);
  return (
    <>
      <h1>{i18n.t('workshop.desk')}</h1>
      <p>{i18n.t('workshop.deskIntro')}</p>
      <div className="desk-columns">
        <section className="workshop-card" aria-labelledby="list">
          <h2 id="list">{i18n.t('workshop.list')}</h2>
          {workshops?.length === 0 && <p className="muted">{i18n.t('workshop.listNone')}</p>}
          <ul className="workshop-list">
            {workshops?.map((workshop) => (
              <li key={workshop.id}>
                <a href={deskHref(i18n.lang, workshop.id)}>{workshop.title}</a>
                <small>{i18n.date(workshop.date)} · {i18n.t(`workshop.status${workshop.status}`)} · {workshop.code}</small>
              </li>
            ))}
          </ul>
        </section>
        <CreateForm i18n={i18n} headers={headers} />
      </div>
    </>
  );
}

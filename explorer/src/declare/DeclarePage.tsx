import { ACTOR_KINDS, COOPERATION_KINDS, SILOS } from '@maillage/schema/vocabulary';
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import { request } from '../core/request.js';
import { localMessage } from '../core/session/session.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { EMPTY_DECLARATION, toDeclarationInput, type DeclarationDraft } from './declaration.js';
import { graphql } from '../generated/index.js';
import type { DeclareChoicesQuery } from '../generated/graphql.js';
import { Button, Checkbox, MultiSelect, Select } from '../ui/index.js';

const CHOICES = graphql(`
  query DeclareChoices {
    territories(where: { level: { eq: COMMUNE } }, sort: [{ name: ASC }]) { id name }
    resources(sort: [{ name: ASC }]) { id name }
    actors(sort: [{ name: ASC }], limit: 1000) { id name }
  }
`);
const DECLARE = graphql(`
  mutation DeclareEntry($input: DeclarationInput!) { declare(input: $input) { id message } }
`);

/**
 * The public form (Living Lab): an actor proposes its own entry, its resources and needs, the links it declares;
 * animators review it before anything is published. Consent is asked, and needed.
 */
export function DeclarePage({ i18n }: { i18n: Translator }) {
  const [choices, setChoices] = useState<DeclareChoicesQuery | null>(null);
  const [draft, setDraft] = useState<DeclarationDraft>(EMPTY_DECLARATION);
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  useEffect(() => {
    void request(CHOICES).then(setChoices, () => setChoices({ territories: [], resources: [], actors: [] }));
  }, []);
  const set = <K extends keyof DeclarationDraft>(key: K, value: DeclarationDraft[K]): void => setDraft((current) => ({ ...current, [key]: value }));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const result = await request(DECLARE, { input: toDeclarationInput(draft) });
      setThanks(localMessage(result.declare.message, i18n.lang));
      setErrors(null);
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  const header = (
    <header className="page-header">
      <p className="brand"><a href={i18n.lang === 'en' ? '/?lang=en' : '/'}><span className="brand-mark" aria-hidden="true" />{i18n.t('shell.brand')}</a></p>
    </header>
  );
  if (thanks) return <>{header}<main className="declare"><h1>{i18n.t('declare.title')}</h1><p role="status">{thanks}</p></main></>;
  const link = (index: number, change: Partial<DeclarationDraft['links'][number]>): void =>
    set('links', draft.links.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <>
    {header}
    <main className="declare">
      <h1>{i18n.t('declare.title')}</h1>
      <p>{i18n.t('declare.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{i18n.t('declare.entry')}</legend>
          <label>{i18n.t('edit.name')}<input required value={draft.name} onChange={(event) => set('name', event.target.value)} /></label>
          <Select label={i18n.t('filters.silos')} value={draft.silo} onChange={(silo) => silo && set('silo', silo)} options={SILOS.map((silo) => ({ value: silo, label: i18n.silo(silo) }))} />
          <Select label={i18n.t('edit.kind')} value={draft.kind} onChange={(kind) => kind && set('kind', kind)}
            options={ACTOR_KINDS.filter((kind) => kind !== 'PERSON').map((kind) => ({ value: kind, label: i18n.kind(kind) }))} />
          <label>{i18n.t('edit.description')}<textarea rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} /></label>
          <label>{i18n.t('detail.website')}<input type="url" value={draft.website} onChange={(event) => set('website', event.target.value)} /></label>
          <Select label={i18n.t('detail.territory')} value={draft.territoryId || null} empty="—" onChange={(id) => set('territoryId', id ?? '')}
            options={(choices?.territories ?? []).map((t) => ({ value: t.id, label: t.name }))} />
          {(['offers', 'needs'] as const).map((list) => (
            <MultiSelect key={list} label={i18n.t(`detail.${list}`)} placeholder="—" value={draft[list]} onChange={(ids) => set(list, ids)}
              options={(choices?.resources ?? []).map((r) => ({ value: r.id, label: r.name }))} />
          ))}
        </fieldset>
        <fieldset>
          <legend>{i18n.t('declare.links')}</legend>
          {draft.links.map((item, index) => (
            <div key={index} className="inline">
              <Select label={i18n.t('edit.partner')} value={item.partnerId || null} empty="—" onChange={(id) => link(index, { partnerId: id ?? '' })}
                options={(choices?.actors ?? []).map((a) => ({ value: a.id, label: a.name }))} />
              <Select label={i18n.t('edit.linkKind')} value={item.kind} onChange={(kind) => kind && link(index, { kind })}
                options={COOPERATION_KINDS.map((kind) => ({ value: kind, label: i18n.linkKind(kind) }))} />
            </div>
          ))}
          <Button onPress={() => set('links', [...draft.links, { partnerId: '', kind: 'PARTNERSHIP' }])}>{i18n.t('edit.addLink')}</Button>
        </fieldset>
        <fieldset>
          <legend>{i18n.t('edit.contact')}</legend>
          <p className="muted">{i18n.t('declare.contactHint')}</p>
          {(['contactName', 'contactEmail', 'contactPhone'] as const).map((field) => (
            <label key={field}>{i18n.t(`edit.${field}`)}<input value={draft[field]} onChange={(event) => set(field, event.target.value)} /></label>
          ))}
          <Checkbox checked={draft.consentToContact} onChange={(checked) => set('consentToContact', checked)}>{i18n.t('declare.consentContact')}</Checkbox>
        </fieldset>
        <label>{i18n.t('declare.submitterEmail')}<input type="email" required value={draft.submitterEmail} onChange={(event) => set('submitterEmail', event.target.value)} /></label>
        <Checkbox checked={draft.consentToPublish} onChange={(checked) => set('consentToPublish', checked)}>{i18n.t('declare.consentPublish')}</Checkbox>
        <div className="trap" aria-hidden="true">
          <label>Homepage<input tabIndex={-1} autoComplete="off" value={draft.homepage} onChange={(event) => set('homepage', event.target.value)} /></label>
        </div>
        {errors && <ul role="alert" className="error">{errors.map((error, index) => <li key={index}>{error.message}</li>)}</ul>}
        <Button type="submit" tone="primary">{i18n.t('declare.submit')}</Button>
      </form>
    </main>
    </>
  );
}

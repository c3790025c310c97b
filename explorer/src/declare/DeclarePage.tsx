import { ACTOR_KINDS, COOPERATION_KINDS, SILOS } from '@maillage/schema/vocabulary';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import { localMessage } from '../core/session/session.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { EMPTY_DECLARATION, toDeclarationInput, type DeclarationDraft } from './declaration.js';
import { selectedValues } from '../views/common/selectedValues.js';
import { graphql } from '../generated/index.js';
import type { DeclareChoicesQuery } from '../generated/graphql.js';

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

// The public form stays light: a typed fetch rather than Apollo Client.
async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(document), variables: variables ?? {} }) });
  const body = (await response.json()) as { data?: R; errors?: unknown[] };
  if (body.errors?.length) throw Object.assign(new Error('refused'), { errors: body.errors });
  return body.data as R;
}


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
  if (thanks) return <main className="declare"><h1>{i18n.t('declare.title')}</h1><p role="status">{thanks}</p></main>;
  const link = (index: number, change: Partial<DeclarationDraft['links'][number]>): void =>
    set('links', draft.links.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <main className="declare">
      <h1>{i18n.t('declare.title')}</h1>
      <p>{i18n.t('declare.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{i18n.t('declare.entry')}</legend>
          <label>{i18n.t('edit.name')}<input required value={draft.name} onChange={(event) => set('name', event.target.value)} /></label>
          <label>{i18n.t('filters.silos')}<select value={draft.silo} onChange={(event) => set('silo', event.target.value as DeclarationDraft['silo'])}>{SILOS.map((silo) => <option key={silo} value={silo}>{i18n.silo(silo)}</option>)}</select></label>
          <label>{i18n.t('edit.kind')}<select value={draft.kind} onChange={(event) => set('kind', event.target.value as DeclarationDraft['kind'])}>{ACTOR_KINDS.filter((kind) => kind !== 'PERSON').map((kind) => <option key={kind} value={kind}>{i18n.kind(kind)}</option>)}</select></label>
          <label>{i18n.t('edit.description')}<textarea rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} /></label>
          <label>{i18n.t('detail.website')}<input type="url" value={draft.website} onChange={(event) => set('website', event.target.value)} /></label>
          <label>{i18n.t('detail.territory')}<select value={draft.territoryId} onChange={(event) => set('territoryId', event.target.value)}><option value="">—</option>{choices?.territories.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></label>
          {(['offers', 'needs'] as const).map((list) => (
            <label key={list}>{i18n.t(`detail.${list}`)}<select multiple size={5} value={draft[list]} onChange={(event) => set(list, selectedValues(event))}>{choices?.resources.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</select></label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{i18n.t('declare.links')}</legend>
          {draft.links.map((item, index) => (
            <div key={index} className="inline">
              <label>{i18n.t('edit.partner')}<select value={item.partnerId} onChange={(event) => link(index, { partnerId: event.target.value })}><option value="">—</option>{choices?.actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</select></label>
              <label>{i18n.t('edit.linkKind')}<select value={item.kind} onChange={(event) => link(index, { kind: event.target.value as DeclarationDraft['links'][number]['kind'] })}>{COOPERATION_KINDS.map((kind) => <option key={kind} value={kind}>{i18n.linkKind(kind)}</option>)}</select></label>
            </div>
          ))}
          <button type="button" onClick={() => set('links', [...draft.links, { partnerId: '', kind: 'PARTNERSHIP' }])}>{i18n.t('edit.addLink')}</button>
        </fieldset>
        <fieldset>
          <legend>{i18n.t('edit.contact')}</legend>
          <p className="muted">{i18n.t('declare.contactHint')}</p>
          {(['contactName', 'contactEmail', 'contactPhone'] as const).map((field) => (
            <label key={field}>{i18n.t(`edit.${field}`)}<input value={draft[field]} onChange={(event) => set(field, event.target.value)} /></label>
          ))}
          <label className="check"><input type="checkbox" checked={draft.consentToContact} onChange={(event) => set('consentToContact', event.target.checked)} />{i18n.t('declare.consentContact')}</label>
        </fieldset>
        <label>{i18n.t('declare.submitterEmail')}<input type="email" required value={draft.submitterEmail} onChange={(event) => set('submitterEmail', event.target.value)} /></label>
        <label className="check"><input type="checkbox" checked={draft.consentToPublish} onChange={(event) => set('consentToPublish', event.target.checked)} />{i18n.t('declare.consentPublish')}</label>
        <div className="trap" aria-hidden="true">
          <label>Homepage<input tabIndex={-1} autoComplete="off" value={draft.homepage} onChange={(event) => set('homepage', event.target.value)} /></label>
        </div>
        {errors && <ul role="alert" className="error">{errors.map((error, index) => <li key={index}>{error.message}</li>)}</ul>}
        <button type="submit">{i18n.t('declare.submit')}</button>
      </form>
    </main>
  );
}

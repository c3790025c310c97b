import { useState, type FormEvent } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { request } from '../core/request.js';
import { JOIN } from '../core/workshop/queries.js';
import type { WorkshopFieldsFragment } from '../generated/graphql.js';
import { Button, Checkbox } from '../ui/index.js';
import { FieldMessages } from './FieldMessages.js';

interface Props {
  i18n: Translator;
  workshop: WorkshopFieldsFragment;
  joined(token: string): void;
}

/** What the workshop is for, what it keeps and who sees it; then a name or pseudonym as it asks, and the agreement. */
export function JoinForm({ i18n, workshop, joined }: Props) {
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const [stay, setStay] = useState(false);
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const answer = await request(JOIN, { code: workshop.code, name: workshop.anonymity === 'ANONYMOUS' ? null : name, consent, stayInTouch: stay, contact: stay ? contact : null });
      joined(answer.joinWorkshop.session);
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="workshop-card">
      <h2>{i18n.t('workshop.kept')}</h2>
      <p>{i18n.t(`workshop.kept${workshop.anonymity}`)}</p>
      <p>{i18n.t('workshop.keptGraph')}</p>
      {workshop.anonymity !== 'ANONYMOUS' && (
        <label>
          {i18n.t(`workshop.name${workshop.anonymity}`)}
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete={workshop.anonymity === 'NAMED' ? 'name' : 'off'} maxLength={200} />
          <FieldMessages errors={errors} fields={['name', 'pseudonym']} />
        </label>
      )}
      <Checkbox checked={stay} onChange={setStay}>{i18n.t('workshop.stayInTouch')}</Checkbox>
      {stay && (
        <label>
          {i18n.t('workshop.contact')}
          <input value={contact} onChange={(event) => setContact(event.target.value)} autoComplete="email" maxLength={200} />
          <FieldMessages errors={errors} fields={['contact']} />
        </label>
      )}
      <Checkbox checked={consent} onChange={setConsent}>{i18n.t('workshop.consent')}</Checkbox>
      <FieldMessages errors={errors} fields={['consent', null, 'code']} />
      <Button type="submit" tone="primary">{i18n.t('workshop.join')}</Button>
    </form>
  );
}

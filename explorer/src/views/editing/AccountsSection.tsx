import { ROLES } from '@maillage/schema/vocabulary';
import { graphql } from '../../generated/index.js';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { localMessage } from '../../core/session/session.js';
import { useI18n } from '../common/I18n.js';
import { Button, Select } from '../../ui/index.js';

const ACCOUNTS = graphql(`
  query ExplorerAccounts { accounts { email roles disabled } }
`);
const CREATE_ACCOUNT = graphql(`
  mutation ExplorerCreateAccount($email: String!, $password: String!, $roles: [String!]!) { createAccount(email: $email, password: $password, roles: $roles) { email } }
`);

/** Admins list accounts and create one (its first password, to hand over; its holder changes it). */
export function AccountsSection() {
  const i18n = useI18n();
  const accounts = useQuery(ACCOUNTS, { fetchPolicy: 'network-only' });
  const [create, { error, loading }] = useMutation(CREATE_ACCOUNT);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('animator');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await create({ variables: { email, password, roles: [role] } }).catch(() => null);
    if (result?.data) {
      setEmail('');
      setPassword('');
      await accounts.refetch();
    }
  };
  return (
    <section aria-labelledby="accounts-title">
      <h3 id="accounts-title">{i18n.t('accounts.title')}</h3>
      <ul className="cards">
        {accounts.data?.accounts.map((account) => (
          <li key={account.email}>{account.email} <span className="muted">{account.roles.join(', ')}{account.disabled ? ` · ${i18n.t('accounts.disabled')}` : ''}</span></li>
        ))}
      </ul>
      <form onSubmit={(event) => void submit(event)}>
        <label>{i18n.t('session.email')}<input type="email" value={email} onChange={(event) => setEmail(event.target.value)} /></label>
        <label>{i18n.t('accounts.firstPassword')}<input type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} /></label>
        <Select label={i18n.t('accounts.role')} value={role} onChange={(value) => value && setRole(value)} options={ROLES.map((value) => ({ value, label: value }))} />
        {error && <p role="alert" className="error">{localMessage(error.message, i18n.lang)}</p>}
        <Button type="submit" isDisabled={loading}>{i18n.t('accounts.create')}</Button>
      </form>
    </section>
  );
}

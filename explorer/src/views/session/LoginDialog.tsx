import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LOGIN } from '../../core/session/queries.js';
import { localMessage, sessionOf } from '../../core/session/session.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { useSession } from './SessionContext.js';
import { Button } from '../../ui/index.js';

/** Signing in: an e-mail address and a password; the API's refusal shown in the reader's language. */
export function LoginDialog({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { setSession } = useSession();
  const [login, { loading, error }] = useMutation(LOGIN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (!result?.data) return;
    setSession(sessionOf(email.trim().toLowerCase(), result.data.login));
    onClose();
  };
  return (
    <FormDialog id="login-title" title={i18n.t('session.title')} narrow onSubmit={(event) => void submit(event)} onClose={onClose}>
        <label>{i18n.t('session.email')}<input ref={first} type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} /></label>
        <label>{i18n.t('session.password')}<input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} /></label>
        {error && <p role="alert" className="error">{localMessage(error.message, i18n.lang)}</p>}
        <Button type="submit" isDisabled={loading}>{i18n.t('session.signIn')}</Button>
    </FormDialog>
  );
}

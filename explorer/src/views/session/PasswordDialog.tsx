import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CHANGE_PASSWORD } from '../../core/session/queries.js';
import { localMessage, sessionOf } from '../../core/session/session.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { useSession } from './SessionContext.js';
import { Button } from '../../ui/index.js';

/** Changing one's password: every other session ends, this one goes on with the new token. */
export function PasswordDialog({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { session, setSession } = useSession();
  const [change, { loading, error }] = useMutation(CHANGE_PASSWORD);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await change({ variables: { currentPassword, newPassword } }).catch(() => null);
    if (!result?.data || !session) return;
    setSession(sessionOf(session.email, result.data.changePassword));
    setDone(true);
  };
  return (
    <FormDialog id="password-title" title={i18n.t('session.changePassword')} narrow onSubmit={(event) => void submit(event)} onClose={onClose}>
        <label>{i18n.t('session.currentPassword')}<input ref={first} type="password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrent(event.target.value)} /></label>
        <label>{i18n.t('session.newPassword')}<input type="password" autoComplete="new-password" value={newPassword} onChange={(event) => setNew(event.target.value)} /></label>
        {error && <p role="alert" className="error">{localMessage(error.message, i18n.lang)}</p>}
        {done && <p role="status">{i18n.t('session.passwordChanged')}</p>}
        <Button type="submit" isDisabled={loading}>{i18n.t('edit.save')}</Button>
    </FormDialog>
  );
}

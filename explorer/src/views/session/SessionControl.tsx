import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { LOGOUT } from '../../core/session/queries.js';
import { useI18n } from '../common/I18n.js';
import { LoginDialog } from './LoginDialog.js';
import { PasswordDialog } from './PasswordDialog.js';
import { useSession } from './SessionContext.js';
import { Button } from '../../ui/index.js';

/** The top bar's "Se connecter", or who is signed in and "Se déconnecter". */
export function SessionControl() {
  const i18n = useI18n();
  const { session, setSession } = useSession();
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  if (!session) {
    return (
      <>
        <Button onPress={() => setOpen(true)}>{i18n.t('session.signIn')}</Button>
        {open && <LoginDialog onClose={() => setOpen(false)} />}
      </>
    );
  }
  const signOut = async (): Promise<void> => {
    await logout().catch(() => null);
    setSession(null);
    await client.clearStore();
  };
  return (
    <span className="session">
      <span className="muted">{session.email}</span>{' '}
      <Button onPress={() => setChanging(true)}>{i18n.t('session.changePassword')}</Button>
      <Button onPress={() => void signOut()}>{i18n.t('session.signOut')}</Button>
      {changing && <PasswordDialog onClose={() => setChanging(false)} />}
    </span>
  );
}

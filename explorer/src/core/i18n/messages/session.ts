// Signing in and out, passwords.
import { bilingual } from '@maillage/schema/vocabulary';

export const session = bilingual(
  {
    'session.title': 'Connexion des animateurs',
    'session.email': 'Adresse électronique',
    'session.password': 'Mot de passe',
    'session.signIn': 'Se connecter',
    'session.signOut': 'Se déconnecter',
    'session.changePassword': 'Changer de mot de passe',
    'session.currentPassword': 'Mot de passe actuel',
    'session.newPassword': 'Nouveau mot de passe (12 caractères ou plus)',
    'session.passwordChanged': 'Mot de passe changé ; vos autres sessions sont fermées.',
  },
  {
    'session.title': 'Animators’ sign-in',
    'session.email': 'E-mail address',
    'session.password': 'Password',
    'session.signIn': 'Sign in',
    'session.signOut': 'Sign out',
    'session.changePassword': 'Change password',
    'session.currentPassword': 'Current password',
    'session.newPassword': 'New password (12 characters or more)',
    'session.passwordChanged': 'Password changed; your other sessions are closed.',
  },
);

// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import type { RequestContext } from '../graphql/context.js';
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole, type Role } from '../auth/index.js';
import { TooManyAttempts, type AccountService } from './service.js';
import { AccountError, type AccountSummary } from './store.js';
import type { Session } from './tokens.js';

export interface AccountContext extends Pick<RequestContext, 'viewer' | 'clientIp'> {
  accounts: AccountService;
}

@ObjectType('Session', { description: 'Un jeton de connexion de courte durée. / A short-lived sign-in token.' })
class SessionResult implements Session {
  @Field(() => String, { description: 'JWT à envoyer dans « Authorization: Bearer … ». / JWT for the Authorization header.' }) token!: string;
  @Field(() => String, { description: "Fin de validité (ISO 8601). / When it expires." }) expiresAt!: string;
  @Field(() => [String], { description: 'Rôles du compte. / The account’s roles.' }) roles!: Role[];
}

@ObjectType('Account', { description: 'Un compte (sans son mot de passe). / An account, never its password.' })
class AccountResult implements AccountSummary {
  @Field(() => String, { description: 'Adresse, identifiant du compte. / E-mail address, the account’s id.' }) email!: string;
  @Field(() => [String], { description: 'Rôles : researcher, animator, admin. / Roles.' }) roles!: Role[];
  @Field(() => Boolean, { description: 'Désactivé : ne peut plus se connecter. / Disabled: may not sign in.' }) disabled!: boolean;
  @Field(() => String, { description: 'Création (ISO 8601). / When it was created.' }) createdAt!: string;
}

@ObjectType('Viewer', { description: 'Qui fait la requête. / Who sends the request.' })
class ViewerResult {
  @Field(() => String, { nullable: true, description: 'Adresse ou sujet du jeton ; vide pour le public. / Token subject; empty for the public.' }) subject!: string | null;
  @Field(() => [String], { description: 'Rôles, rôles impliqués compris. / Roles, implied ones included.' }) roles!: Role[];
}

const wrongCredentials = (): GraphQLError =>
  new GraphQLError('Adresse ou mot de passe incorrect. / Wrong e-mail address or password.', { extensions: { code: 'INVALID_CREDENTIALS', http: { status: 401 } } });

/** A sign-in limit reached: 429, with how long to wait, and which limit (the e-mail address's or the network's). */
function tooManyAttempts(error: unknown): never {
  if (!(error instanceof TooManyAttempts)) throw error;
  const minutes = Math.ceil(error.retryAfterSeconds / 60);
  const message = error.scope === 'client'
    ? `Trop d'essais depuis votre réseau : réessayez dans ${minutes} min. / Too many sign-in attempts from your network: try again later.`
    : `Trop d'essais pour cette adresse : réessayez dans ${minutes} min. / Too many attempts for this address: try again later.`;
  throw new GraphQLError(message, { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: error.retryAfterSeconds, http: { status: 429 } } });
}

function accountError(error: unknown): never {
  if (!(error instanceof AccountError)) throw error;
  const status = error.code === 'ACCOUNT_NOT_FOUND' ? 404 : error.code === 'ACCOUNT_EXISTS' ? 409 : 400;
  throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
}

/** Signing in and out, and admins' account management: hand-written, the generated API never sees `:Account`. */
@Resolver()
export class AccountResolver {
  @Mutation(() => SessionResult, { description: 'Se connecter : un jeton de courte durée. / Sign in: a short-lived token.' })
  async login(@Ctx() context: AccountContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string): Promise<Session> {
    const session = await context.accounts.login(email, password, context.clientIp).catch(tooManyAttempts);
    if (!session) throw wrongCredentials();
    return session;
  }

  @Mutation(() => Boolean, { description: 'Se déconnecter : ce jeton ne vaut plus rien. / Sign out: this token stops working.' })
  logout(@Ctx() context: AccountContext): Promise<boolean> {
    return context.accounts.logout(context.viewer);
  }

  @Mutation(() => SessionResult, { description: 'Changer son mot de passe : les autres sessions prennent fin. / Change one’s password; other sessions end.' })
  async changePassword(
    @Ctx() context: AccountContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<Session> {
    const email = context.viewer.session ? context.viewer.subject : null;
    if (!email) throw new GraphQLError('Connectez-vous d’abord. / Sign in first.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    const session = await context.accounts.changePassword(email, currentPassword, newPassword, context.clientIp).catch(tooManyAttempts).catch(accountError);
    if (!session) throw wrongCredentials();
    return session;
  }

  @Query(() => ViewerResult, { description: 'Qui je suis pour l’API. / Who the API thinks I am.' })
  me(@Ctx() context: AccountContext): ViewerResult {
    return { subject: context.viewer.subject, roles: context.viewer.roles };
  }

  @Query(() => [AccountResult], { description: 'Les comptes (administrateurs). / Every account (admins).' })
  accounts(@Ctx() context: AccountContext): Promise<AccountSummary[]> {
    requireRole(context.viewer, 'admin', 'accounts');
    return context.accounts.list();
  }

  @Mutation(() => AccountResult, { description: 'Créer un compte (administrateurs). / Create an account (admins).' })
  createAccount(
    @Ctx() context: AccountContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('roles', () => [String]) roles: string[],
  ): Promise<AccountSummary> {
    requireRole(context.viewer, 'admin', 'createAccount');
    // zod checks the roles' names inside the store; the cast only carries them there.
    return context.accounts.create({ email, password, roles: roles as Role[] }).catch(accountError);
  }

  @Mutation(() => AccountResult, { description: 'Changer les rôles, désactiver ou réactiver un compte, ou lui donner un mot de passe (administrateurs). / Update an account (admins).' })
  updateAccount(
    @Ctx() context: AccountContext,
    @Arg('email', () => String) email: string,
    @Arg('roles', () => [String], { nullable: true }) roles?: string[] | null,
    @Arg('disabled', () => Boolean, { nullable: true }) disabled?: boolean | null,
    @Arg('password', () => String, { nullable: true }) password?: string | null,
  ): Promise<AccountSummary> {
    requireRole(context.viewer, 'admin', 'updateAccount');
    if (email.toLowerCase() === context.viewer.subject && (disabled === true || (roles && !roles.includes('admin')))) {
      throw new GraphQLError('updateAccount : un administrateur ne peut pas se retirer ses propres droits. / admins cannot demote or disable themselves.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    return context.accounts
      .update(email, { ...(roles ? { roles: roles as Role[] } : {}), ...(disabled != null ? { disabled } : {}), ...(password ? { password } : {}) })
      .catch(accountError);
  }
}

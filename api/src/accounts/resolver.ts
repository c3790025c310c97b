// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { TooManyAttempts, type AccountService } from './service.js';
import type { Role } from './store.js';
import type { Session } from './tokens.js';

export interface AccountContext {
  accounts: AccountService;
}

@ObjectType('Session', { description: 'Un jeton de connexion de courte durée. / A short-lived sign-in token.' })
class SessionResult implements Session {
  @Field(() => String, { description: 'JWT à envoyer dans « Authorization: Bearer … ». / JWT for the Authorization header.' }) token!: string;
  @Field(() => String, { description: "Fin de validité (ISO 8601). / When it expires." }) expiresAt!: string;
  @Field(() => [String], { description: 'Rôles du compte. / The account’s roles.' }) roles!: Role[];
}

/** Signing in: hand-written, beside the generated API, which never sees the `:Account` nodes. */
@Resolver()
export class AccountResolver {
  @Mutation(() => SessionResult, { description: 'Se connecter : un jeton de courte durée. / Sign in: a short-lived token.' })
  async login(@Ctx() context: AccountContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string): Promise<Session> {
    let session: Session | null;
    try {
      session = await context.accounts.login(email, password);
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      throw new GraphQLError(
        `Trop d'essais pour cette adresse : réessayez dans ${Math.ceil(error.retryAfterSeconds / 60)} min. / Too many attempts for this address: try again later.`,
        { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: error.retryAfterSeconds, http: { status: 429 } } },
      );
    }
    if (!session) {
      throw new GraphQLError('Adresse ou mot de passe incorrect. / Wrong e-mail address or password.', { extensions: { code: 'INVALID_CREDENTIALS', http: { status: 401 } } });
    }
    return session;
  }

}

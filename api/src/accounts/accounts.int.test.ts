import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { signTestJwt, TEST_JWT_SECRET, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';
import { AccountError, createAccount } from './store.js';

const api = testApi();
const ids = testIds(api.driver, 'accounts');
const email = `${ids.prefix}animatrice@example.org`;
const password = 'une phrase de passe assez longue';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }';

afterAll(async () => {
  await api.driver.executeQuery('MATCH (a:Account) WHERE a.email STARTS WITH $prefix DELETE a', { prefix: ids.prefix });
});

describe('accounts', () => {
  it('are created with a hashed password, and refuse a duplicate or a weak password', async () => {
    await createAccount(api.driver, 'neo4j', { email, password, roles: ['animator'] });
    const { records } = await api.driver.executeQuery('MATCH (a:Account {email: $email}) RETURN a.passwordHash AS hash', { email });
    expect(records[0]?.get('hash')).toMatch(/^scrypt\$/);
    await expect(createAccount(api.driver, 'neo4j', { email, password, roles: ['animator'] })).rejects.toThrow(AccountError);
    await expect(createAccount(api.driver, 'neo4j', { email: `${ids.prefix}x@example.org`, password: 'court', roles: ['animator'] })).rejects.toThrow(/at least 12 characters/);
  });

  it('sign in for a short-lived token carrying their roles, which opens what the roles allow', async () => {
    const result = await api.graphql<{ login: { token: string; expiresAt: string; roles: string[] } }>(LOGIN, { email: email.toUpperCase(), password });
    expect(result.errors).toBeUndefined();
    const session = result.data!.login;
    expect(session.roles).toEqual(['animator']);
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(50 * 60_000);
    const person = ids.id('person');
    await api.driver.executeQuery(
      `CREATE (:Actor {id: $id, name: 'P', silo: 'POPULATION', kind: 'PERSON', ptceRole: 'NONE', essMember: false, fictional: true,
        contactEmail: 'p@example.org', createdAt: datetime(), updatedAt: datetime()})`, { id: person });
    const read = await api.graphql('query($id: ID!) { actors(where: { id: { eq: $id } }) { contactEmail } }', { id: person }, session.token);
    expect(read.data).toEqual({ actors: [{ contactEmail: 'p@example.org' }] });
  });

  it('refuse a wrong password and an unknown address with the same answer', async () => {
    const wrong = await api.graphql(LOGIN, { email, password: 'pas le bon mot de passe' });
    const unknown = await api.graphql(LOGIN, { email: `${ids.prefix}personne@example.org`, password });
    for (const result of [wrong, unknown]) {
      expect(result.errors?.[0]).toMatchObject({ message: 'Adresse ou mot de passe incorrect. / Wrong e-mail address or password.', extensions: { code: 'INVALID_CREDENTIALS' } });
    }
  });

  it('ignore an expired token: its holder is the public', async () => {
    const expired = await new SignJWT({ roles: ['animator'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('maillage').setSubject(email)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const read = await api.graphql('{ actors(where: { kind: { eq: PERSON } }, limit: 1) { contactEmail } }', {}, expired);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // What needs a role says why the token did not count.
    const bin = await api.graphql('{ bin { id } }', {}, expired);
    expect(bin.errors?.[0]).toMatchObject({ message: 'bin : votre session a expiré, reconnectez-vous. / bin: your session has expired, sign in again.', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } });
    const forged = await api.graphql('{ bin { id } }', {}, `${expired.slice(0, -4)}AAAA`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('stop an address after five wrong passwords, even with the right one, for a while', async () => {
    const target = `${ids.prefix}cible@example.org`;
    await createAccount(api.driver, 'neo4j', { email: target, password, roles: ['researcher'] });
    for (let i = 0; i < 5; i += 1) {
      expect((await api.graphql(LOGIN, { email: target, password: `mauvais essai numéro ${i}` })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await api.graphql(LOGIN, { email: target, password });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.errors?.[0]?.message).toMatch(/^Trop d'essais pour cette adresse : réessayez dans 15 min\./);
  });

  it('end a session at logout, every other session at a password change, and follow an admin\'s changes at once', async () => {
    const target = `${ids.prefix}sessions@example.org`;
    await createAccount(api.driver, 'neo4j', { email: target, password, roles: ['animator'] });
    const signIn = async (secret = password) => (await api.graphql<{ login: { token: string } }>(LOGIN, { email: target, password: secret })).data!.login.token;
    const me = async (token: string) => (await api.graphql<{ me: { subject: string | null; roles: string[] } }>('{ me { subject roles } }', {}, token)).data!.me;
    const [first, second] = [await signIn(), await signIn()];
    expect(await me(first)).toEqual({ subject: target, roles: ['researcher', 'animator'] });

    expect((await api.graphql('mutation { logout }', {}, first)).data).toEqual({ logout: true });
    expect(await me(first)).toEqual({ subject: null, roles: [] });
    expect((await api.graphql('{ bin { id } }', {}, first)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect((await me(second)).subject).toBe(target);

    const CHANGE = 'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }';
    const wrong = await api.graphql(CHANGE, { current: 'pas le bon mot de passe', next: 'une nouvelle phrase de passe' }, second);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const weak = await api.graphql(CHANGE, { current: password, next: 'court' }, second);
    expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const changed = await api.graphql<{ changePassword: { token: string } }>(CHANGE, { current: password, next: 'une nouvelle phrase de passe' }, second);
    const third = changed.data!.changePassword.token;
    expect((await me(second)).subject).toBeNull();
    expect((await me(third)).subject).toBe(target);
    expect((await api.graphql(LOGIN, { email: target, password })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    const admin = signTestJwt(['admin']);
    const UPDATE = 'mutation($email: String!, $roles: [String!], $disabled: Boolean) { updateAccount(email: $email, roles: $roles, disabled: $disabled) { email roles disabled } }';
    expect((await api.graphql(UPDATE, { email: target, roles: ['researcher'] }, admin)).data).toEqual({ updateAccount: { email: target, roles: ['researcher'], disabled: false } });
    expect((await me(third)).roles).toEqual(['researcher']);
    expect((await api.graphql(UPDATE, { email: target, roles: ['wizard'] }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql(UPDATE, { email: `${ids.prefix}nobody@example.org`, disabled: true }, admin)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_FOUND');
    await api.graphql(UPDATE, { email: target, disabled: true }, admin);
    expect((await me(third)).subject).toBeNull();
    expect((await api.graphql(LOGIN, { email: target, password: 'une nouvelle phrase de passe' })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('are created and listed by admins, who cannot demote themselves', async () => {
    const admin = `${ids.prefix}admin@example.org`;
    await createAccount(api.driver, 'neo4j', { email: admin, password, roles: ['admin'] });
    const token = (await api.graphql<{ login: { token: string } }>(LOGIN, { email: admin, password })).data!.login.token;
    const CREATE = 'mutation($email: String!) { createAccount(email: $email, password: "une phrase de passe assez longue", roles: ["animator"]) { email roles disabled } }';
    const created = await api.graphql(CREATE, { email: `${ids.prefix}Nouvelle@Example.org` }, token);
    expect(created.data).toEqual({ createAccount: { email: `${ids.prefix}nouvelle@example.org`, roles: ['animator'], disabled: false } });
    expect((await api.graphql(CREATE, { email: `${ids.prefix}nouvelle@example.org` }, token)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_EXISTS');
    const listed = await api.graphql<{ accounts: { email: string }[] }>('{ accounts { email roles } }', {}, token);
    expect(listed.data!.accounts.map((account) => account.email)).toEqual(expect.arrayContaining([admin, `${ids.prefix}nouvelle@example.org`]));
    expect(JSON.stringify(listed)).not.toMatch(/scrypt/);
    const demote = await api.graphql('mutation($email: String!) { updateAccount(email: $email, roles: ["animator"]) { email } }', { email: admin }, token);
    expect(demote.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

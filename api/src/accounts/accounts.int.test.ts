import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { signTestJwt, TEST_JWT_SECRET, testApi, type GraphQLResponse } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';
import { AccountError, createAccount } from './store.js';

// Behind a trusted proxy on loopback: a test names its client's address in X-Forwarded-For, one of its own.
const api = testApi({ TRUST_PROXY: 'loopback' });
const ids = testIds(api.driver, 'accounts');
const clients: string[] = [];
/** A client address no other test uses (IPv6 documentation prefix), and the header that says it. */
function newClient(): { ip: string; headers: Record<string, string> } {
  const hex = randomUUID().replace(/-/g, '');
  const ip = `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}::${clients.length + 1}`;
  clients.push(ip);
  return { ip, headers: { 'x-forwarded-for': ip } };
}
const codes = (results: GraphQLResponse[]): Record<string, number> => {
  const counted: Record<string, number> = {};
  for (const result of results) {
    const code = String(result.errors?.[0]?.extensions?.code ?? 'OK');
    counted[code] = (counted[code] ?? 0) + 1;
  }
  return counted;
};
const email = `${ids.prefix}animatrice@example.org`;
const password = 'une phrase de passe assez longue';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }';

afterAll(async () => {
  await api.driver.executeQuery('MATCH (a:Account) WHERE a.email STARTS WITH $prefix DELETE a', { prefix: ids.prefix });
  await api.driver.executeQuery(
    "MATCH (t:Throttle) WHERE t.key STARTS WITH 'login:' + $prefix OR t.key IN [ip IN $clients | 'login-client:' + ip] DELETE t",
    { prefix: ids.prefix, clients },
  );
});

/** What the sign-in limit per client holds for an address now. */
async function clientCount(ip: string): Promise<number> {
  const { records } = await api.driver.executeQuery('MATCH (t:Throttle {key: $key}) RETURN t.count AS count', { key: `login-client:${ip}` });
  return Number(records[0]?.get('count') ?? 0);
}

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
    const association = ids.id('association');
    await api.driver.executeQuery(
      `CREATE (:Actor {id: $id, name: 'Association', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: true, fictional: true,
        contactEmail: 'contact@example.org', createdAt: datetime(), updatedAt: datetime()})`,
      { id: association },
    );
    const read = await api.graphql('query($id: ID!) { actors(where: { id: { eq: $id } }) { contactEmail } }', { id: association }, expired);
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

  it('count each attempt before checking its password: of forty wrong ones in parallel, five are checked', async () => {
    const target = `${ids.prefix}rafale@example.org`;
    await createAccount(api.driver, 'neo4j', { email: target, password, roles: ['researcher'] });
    const client = newClient();
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => api.graphql(LOGIN, { email: target, password: `mauvais essai ${i}` }, undefined, client.headers)));
    expect(codes(burst)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 35 });
    expect(burst.find((result) => result.errors?.[0]?.extensions?.code === 'TOO_MANY_ATTEMPTS')?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(codes([await api.graphql(LOGIN, { email: target, password }, undefined, newClient().headers)])).toEqual({ TOO_MANY_ATTEMPTS: 1 });
    // The refused attempts checked nothing: the client's count keeps the five failed checks only.
    expect(await clientCount(client.ip)).toBe(5);
  });

  it('stop a client after thirty wrong passwords across addresses, but not for its successes', async () => {
    const client = newClient();
    // Twenty-five failures counted already: the spray's last five checks reach the limit without thirty slow
    // password checks (scrypt) taking the machine from the tests beside this one.
    await api.driver.executeQuery('CREATE (:Throttle {key: $key, count: 25, since: timestamp()})', { key: `login-client:${client.ip}` });
    const spray = await Promise.all(Array.from({ length: 40 }, (_, i) => api.graphql(LOGIN, { email: `${ids.prefix}essai-${i}@example.org`, password }, undefined, client.headers)));
    expect(codes(spray)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 35 });
    expect(spray.find((result) => result.errors?.[0]?.extensions?.code === 'TOO_MANY_ATTEMPTS')?.errors?.[0]?.message)
      .toMatch(/^Trop d'essais depuis votre réseau : réessayez dans 15 min\. \/ Too many sign-in attempts from your network/);
    const office = `${ids.prefix}bureau@example.org`;
    await createAccount(api.driver, 'neo4j', { email: office, password, roles: ['researcher'] });
    expect(codes([await api.graphql(LOGIN, { email: office, password }, undefined, client.headers)])).toEqual({ TOO_MANY_ATTEMPTS: 1 });

    // An office behind one address, one failure short of the limit: its sign-ins give their attempts back, so each
    // of them passes where, kept, the second would be one too many.
    const nat = newClient();
    await api.driver.executeQuery('CREATE (:Throttle {key: $key, count: 29, since: timestamp()})', { key: `login-client:${nat.ip}` });
    const days: GraphQLResponse[] = [];
    for (let i = 0; i < 3; i += 1) days.push(await api.graphql(LOGIN, { email: office, password }, undefined, nat.headers));
    expect(codes(days)).toEqual({ OK: 3 });
    expect(await clientCount(nat.ip)).toBe(29);
  }, 120_000);

  it('hold a password change to the same limits', async () => {
    const target = `${ids.prefix}changement@example.org`;
    await createAccount(api.driver, 'neo4j', { email: target, password, roles: ['researcher'] });
    const client = newClient();
    const token = (await api.graphql<{ login: { token: string } }>(LOGIN, { email: target, password }, undefined, client.headers)).data!.login.token;
    const CHANGE = 'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }';
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => api.graphql(CHANGE, { current: `mauvais essai ${i}`, next: 'une nouvelle phrase de passe' }, token, client.headers)));
    expect(codes(guesses)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 7 });
    const right = await api.graphql(CHANGE, { current: password, next: 'une nouvelle phrase de passe' }, token, newClient().headers);
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(codes([await api.graphql(LOGIN, { email: target, password }, undefined, newClient().headers)])).toEqual({ TOO_MANY_ATTEMPTS: 1 });
    expect(await clientCount(client.ip)).toBe(5);
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { LinkRole } from '../access/ShareLinkStore.js';
import { hashPassword } from '../access/passwordHash.js';
import { SESSION_COOKIE } from '../access/sessionCookie.js';
import type { Role } from '../auth/roles.js';
import { CairnServer, type CairnServerOptions } from '../CairnServer.js';
import { createTestDatabase } from './createTestDatabase.js';
import { loadConfig } from '../config.js';

export interface TestServerOptions extends CairnServerOptions {
  /** Reuse a data directory (to test restarts); a fresh temporary one otherwise. */
  readonly dataDir?: string;
  /** Extra environment variables, as the server reads them. */
  readonly env?: CairnServerOptions['env'];
  readonly variables?: Record<string, string>;
}

/** An account made for a test, signed in. */
export interface TestAccount {
  readonly userId: string;
  readonly email: string;
  /** `cairn_session=<secret>`, ready for a `Cookie` header. */
  readonly cookie: string;
}

/** A share link made for a test. */
export interface TestShareLink {
  readonly id: string;
  /** `cairnlink_…`, for `Authorization: Bearer` or the provider token. */
  readonly secret: string;
}

/** A running server on 127.0.0.1 and an ephemeral port. */
export interface TestServer {
  readonly server: CairnServer;
  readonly url: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Makes a token of `role` and returns its secret. */
  token(role: Role, name?: string): string;
  /**
   * Makes an account as `POST /api/auth/signup` would (first account of a fresh directory:
   * workspace admin) and signs it in.
   */
  signUp(account: { email: string; name: string; password?: string }): Promise<TestAccount>;
  /** Signs an existing account in once more: another browser, another session. */
  signIn(userId: string): TestAccount;
  /** Sets an account's workspace role (null: none). */
  setWorkspaceRole(userId: string, role: Role | null): void;
  /** Makes an account a member of a board. */
  addMember(boardId: string, userId: string, role: Role): void;
  /** Makes a share link of `boardId`, as if its first admin token had made it. */
  shareLink(
    boardId: string,
    role: LinkRole,
    options?: { label?: string; expiresAt?: number | null },
  ): TestShareLink;
  /** Stops the server; removes the data directory unless it was given. */
  stop(): Promise<void>;
}

/**
 * Starts a Cairn server for a test. Call `stop` in the test's teardown. With
 * `CAIRN_TEST_POSTGRES` set to a PostgreSQL server's address (`postgres://user@host:port`), each
 * server gets a fresh database there instead of SQLite, so any test runs on PostgreSQL too.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cairn-test-'));
  const postgres = process.env['CAIRN_TEST_POSTGRES'];
  const database =
    postgres && options.variables?.['DATABASE_URL'] === undefined
      ? { DATABASE_URL: await createTestDatabase(postgres, dataDir) }
      : {};
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CAIRN_WEB_DIR: '',
    LOG_LEVEL: 'silent',
    ...database,
    ...options.variables,
  });
  const server = await CairnServer.start(config, {
    logger: options.logger ?? pino({ level: process.env.CAIRN_TEST_LOG ?? 'silent' }),
    ...(options.env ? { env: options.env } : {}),
    ...(options.compaction ? { compaction: options.compaction } : {}),
  });
  const url = `http://127.0.0.1:${server.port}`;
  const { accounts } = server;
  const signIn = (userId: string): TestAccount => {
    const user = accounts.users.get(userId);
    if (!user) throw new Error(`No account ${userId}.`);
    const session = accounts.sessions.create(userId);
    return { userId, email: user.email, cookie: `${SESSION_COOKIE}=${session.secret}` };
  };
  return {
    server,
    url,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    dataDir,
    token: (role, name = `${role} tester`) => server.tokens.create(name, role).token,
    signUp: async ({ email, name, password = 'correct horse battery staple' }) => {
      const normalised = email.trim().toLowerCase();
      const user = accounts.users.create(normalised, name, await hashPassword(password));
      if (!user) throw new Error(`An account with ${normalised} exists already.`);
      return signIn(user.id);
    },
    signIn,
    setWorkspaceRole: (userId, role) => {
      const result = accounts.users.setRole(userId, role);
      if (typeof result === 'string')
        throw new Error(`Cannot set the role of ${userId}: ${result}.`);
    },
    addMember: (boardId, userId, role) => accounts.memberships.set(boardId, userId, role),
    shareLink: (boardId, role, options = {}) => {
      const created = accounts.links.create({
        boardId,
        role,
        label: options.label ?? `${role} link`,
        createdBy: 'test',
        expiresAt: options.expiresAt ?? null,
      });
      return { id: created.id, secret: created.secret };
    },
    stop: async () => {
      await server.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

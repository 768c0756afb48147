import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hashPassword } from '../access/passwordHash.js';
import { SessionStore } from '../access/SessionStore.js';
import { UserStore } from '../access/UserStore.js';
import { ROLES, type Role } from '../auth/roles.js';
import { TokenStore } from '../auth/TokenStore.js';
import { loadConfig } from '../config.js';
import type { Db } from '../storage/Db.js';
import { openStorage } from '../storage/openStorage.js';

const USAGE = `Usage:
  cairn token create --name <name> --role <${ROLES.join('|')}>   prints the new token on the last line
  cairn token list                                          lists tokens (never their secrets)
  cairn token revoke <id>                                   revokes a token (its open sockets close within a second)
  cairn user list                                           lists accounts: id, email, workspace role, name
  cairn user role <email> <${ROLES.join('|')}|none>          sets an account's workspace role
  cairn user reset-password <email>                         signs the account out everywhere and
                                                            prints a new password on the last line

Uses DATA_DIR (default ./data), or DATABASE_URL, like the server; safe to run while it runs.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function tokenCommand(
  db: Db,
  command: string | undefined,
  argument: string | undefined,
  values: { name?: string; role?: string },
): void {
  const tokens = new TokenStore(db, Date.now);
  switch (command) {
    case 'create': {
      const name = values.name?.trim();
      if (!name) fail('token create needs --name.');
      if (!values.role || !isRole(values.role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
      const created = tokens.create(name, values.role);
      process.stdout.write(`Created ${created.role} token ${created.id} for ${created.name}.\n`);
      process.stdout.write(`${created.token}\n`);
      return;
    }
    case 'list':
      for (const token of tokens.list()) {
        const state = token.revokedAt === null ? 'active' : 'revoked';
        process.stdout.write(`${token.id}\t${token.role}\t${state}\t${token.name}\n`);
      }
      return;
    case 'revoke':
      if (!argument) fail('token revoke needs the token id.');
      if (!tokens.get(argument)) fail(`No token ${argument}.`);
      tokens.revoke(argument);
      process.stdout.write(`Revoked ${argument}.\n`);
      return;
    default:
      fail(`Unknown token command ${JSON.stringify(command ?? '')}.`);
  }
}

async function userCommand(
  db: Db,
  [command, email, role]: readonly (string | undefined)[],
): Promise<void> {
  const users = new UserStore(db, Date.now);
  const account = () => {
    if (!email) fail(`user ${command} needs the account's email.`);
    const user = users.byEmail(email.trim().toLowerCase());
    if (!user) fail(`No account with the email ${email}.`);
    return user;
  };
  switch (command) {
    case 'list':
      for (const user of users.list()) {
        process.stdout.write(`${user.id}\t${user.email}\t${user.role ?? '-'}\t${user.name}\n`);
      }
      return;
    case 'role': {
      const user = account();
      if (role !== 'none' && (role === undefined || !isRole(role))) {
        fail(`The role must be one of ${ROLES.join(', ')}, or none.`);
      }
      const result = users.setRole(user.id, role === 'none' ? null : role);
      if (result === 'last-admin')
        fail(`${user.email} is the last workspace admin; make another first.`);
      process.stdout.write(`${user.email} now has the workspace role ${role}.\n`);
      return;
    }
    case 'reset-password': {
      const user = account();
      const password = randomBytes(15).toString('base64url');
      users.setPasswordHash(user.id, await hashPassword(password));
      const ended = new SessionStore(db, Date.now).endAllOf(user.id);
      process.stdout.write(
        `Set a new password for ${user.email} and ended ${ended} session(s); give it to them privately.\n`,
      );
      process.stdout.write(`${password}\n`);
      return;
    }
    default:
      fail(`Unknown user command ${JSON.stringify(command ?? '')}.`);
  }
}

const OPTIONS = {
  name: { type: 'string' },
  role: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/**
 * `argv` with every argument that is not one of OPTIONS (or an option's value) moved after `--`:
 * ids are base64url and a sixty-fourth of them begin with '-', which parseArgs would otherwise
 * take for an unknown option (`cairn token revoke -cSGhvaOAbzg` crashed).
 */
function positionalsLast(argv: readonly string[]): string[] {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    const option = /^--(\w+)(=|$)/.exec(argument);
    const known = option && Object.hasOwn(OPTIONS, option[1] ?? '') ? option[1] : null;
    if (known === null) {
      positionals.push(argument);
      continue;
    }
    options.push(argument);
    const takesValue = OPTIONS[known as keyof typeof OPTIONS].type === 'string';
    if (takesValue && option?.[2] === '' && index + 1 < argv.length) {
      index += 1;
      options.push(argv[index] ?? '');
    }
  }
  return [...options, '--', ...positionals];
}

/** The operator's command line: API tokens and accounts, in the server's database. */
async function main(argv: readonly string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: positionalsLast(argv),
    allowPositionals: true,
    options: OPTIONS,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [group, ...rest] = positionals;
  if (group !== 'token' && group !== 'user')
    fail(`Unknown command ${JSON.stringify(group ?? '')}.`);
  const db = openStorage(loadConfig(process.env));
  try {
    if (group === 'token') tokenCommand(db, rest[0], rest[1], values);
    else await userCommand(db, rest);
  } finally {
    db.close();
  }
}

// Piped into a reader that stops early (`cairn token list | head -1`): end quietly, as a command
// killed by SIGPIPE does, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

await main(process.argv.slice(2));

import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../auth/roles.js';
import { TokenStore } from '../auth/TokenStore.js';
import { loadConfig } from '../config.js';
import { openStorage } from '../storage/openStorage.js';

const USAGE = `Usage:
  cairn token create --name <name> --role <${ROLES.join('|')}>   prints the new token on the last line
  cairn token list                                          lists tokens (never their secrets)
  cairn token revoke <id>                                   revokes a token at once

Uses DATA_DIR (default ./data), or DATABASE_URL, like the server; safe to run while it runs.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The operator's command line: manage API tokens in the data directory. */
function main(argv: readonly string[]): void {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [group, command, argument] = positionals;
  if (group !== 'token') fail(`Unknown command ${JSON.stringify(group ?? '')}.`);
  const config = loadConfig(process.env);
  const db = openStorage(config);
  const tokens = new TokenStore(db, Date.now);
  try {
    switch (command) {
      case 'create': {
        const name = values.name?.trim();
        if (!name) fail('token create needs --name.');
        if (!values.role || !isRole(values.role))
          fail(`--role must be one of ${ROLES.join(', ')}.`);
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
  } finally {
    db.close();
  }
}

main(process.argv.slice(2));

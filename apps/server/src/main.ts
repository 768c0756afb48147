import { ensureStartupToken } from './auth/ensureStartupToken.js';
import { CairnServer } from './CairnServer.js';
import { loadConfig } from './config.js';
import { routeConsoleToLogger } from './routeConsoleToLogger.js';

/**
 * `npm start` ends here: start one Cairn process, print the admin link, stop cleanly on SIGTERM
 * or SIGINT.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await CairnServer.start(config);
  routeConsoleToLogger(server.logger);
  const token = ensureStartupToken(server.tokens, config.dataDir);
  process.stdout.write(
    `\nCairn is running at ${server.url}/\n` +
      `Open it as an administrator: ${server.url}/#token=${token}\n` +
      `(Keep that link private. Data lives in ${config.dataDir}.)\n\n`,
  );
  const stop = (signal: string) => {
    server.logger.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Cairn could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

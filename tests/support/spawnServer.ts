import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The built server entry point, as `npm start` runs it. */
export const SERVER_MAIN = fileURLToPath(
  new URL('../../apps/server/dist/main.js', import.meta.url),
);

/** A Cairn server in its own process, for tests that kill it. */
export interface SpawnedServer {
  readonly url: string;
  readonly wsUrl: string;
  /** The admin token from the start-up link. */
  readonly adminToken: string;
  readonly child: ChildProcess;
  /** Sends `signal` and resolves with the exit code (null when killed by the signal). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node apps/server/dist/main.js` on 127.0.0.1 and an ephemeral port over `dataDir`. */
export async function spawnServer(
  dataDir: string,
  variables: Record<string, string> = {},
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CAIRN_WEB_DIR: '',
      LOG_LEVEL: 'warn',
      ...variables,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const started = new Promise<{ url: string; adminToken: string }>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const running = /Cairn is running at (http:\/\/\S+?)\/\n/.exec(output);
      const admin = /#token=(\S+)\n/.exec(output);
      if (running?.[1] && admin?.[1]) {
        // The link says localhost for people; tests use the address the server is bound to.
        resolve({ url: running[1].replace('localhost', '127.0.0.1'), adminToken: admin[1] });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Server exited (${code}) before starting:\n${output}`)),
    );
  });
  const { url, adminToken } = await started;
  return {
    url,
    wsUrl: `${url.replace('http:', 'ws:')}/collab`,
    adminToken,
    child,
    stop: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      child.kill(signal);
      const [code] = await exited;
      return code;
    },
  };
}

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cairn/server/testing';

/** Debian's nginx, installed by `npm test` where missing (scripts/ensureSystemPackages.mjs). */
const NGINX = '/usr/sbin/nginx';

/** The balancer configuration `docker-compose.yml` runs. */
const DEPLOY_NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** nginx on a loopback port, in front of Cairn processes. */
export interface RunningNginx {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Replaces `pattern` in `text`, which must match once: a changed deploy file fails loudly. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected one match of ${pattern}, found ${matches.length}`);
  }
  return text.replace(pattern, replacement);
}

/**
 * deploy/nginx.conf as it runs here: Docker's DNS name for the processes replaced by their
 * loopback addresses (the `resolve` parameter also needs nginx 1.27; Debian has 1.22), and the
 * public port 80 by a loopback one. Everything else (proxying, WebSocket upgrades, headers,
 * timeouts, retrying the next process) is the file as shipped.
 */
function loopbackConfig(conf: string, port: number, backendPorts: readonly number[]): string {
  let text = replaceOnce(conf, /^\s*resolver [^;]*;\n/m, '');
  text = replaceOnce(
    text,
    /^(\s*)server cairn:\d+ resolve;$/m,
    backendPorts.map((backend) => `$1server 127.0.0.1:${backend};`).join('\n'),
  );
  return replaceOnce(text, /listen 80;/, `listen 127.0.0.1:${port};`);
}

/**
 * Resolves once nginx accepts connections on `port`. It announces nothing when it does, so the
 * port is tried every 20 ms (at most 10 s).
 */
async function untilListening(port: number, exited: Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 10_000;
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    if (stopped) throw new Error('nginx exited while starting');
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Starts Debian's nginx with deploy/nginx.conf (see `loopbackConfig`) in front of the Cairn
 * processes on `backendPorts`, in the foreground, with its files in a temporary directory.
 */
export async function startNginx(backendPorts: readonly number[]): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'cairn-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, loopbackConfig(readFileSync(DEPLOY_NGINX_CONF, 'utf8'), port, backendPorts));
  const globals = `daemon off; pid ${join(prefix, 'nginx.pid')}; error_log stderr crit;`;
  // Run as root, the workers would be `nobody`, who cannot write the temporary directory.
  const user = process.getuid?.() === 0 ? ' user root;' : '';
  const args = ['-p', prefix, '-c', conf, '-g', globals + user];
  const checked = spawnSync(NGINX, ['-t', '-q', ...args], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`nginx -t: ${checked.stderr}`);
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = once(child, 'exit');
  await untilListening(port, exited);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

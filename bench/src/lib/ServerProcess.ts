import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Which server a {@link ServerProcess} runs. */
export type ServerKind = 'cairn' | 'y-websocket' | 'hocuspocus-sqlite';

/** What a started server tells its parent. */
export interface ServerReady {
  /** Cairn: `…/collab`; y-websocket: clients append `/<document>`; Hocuspocus: the socket URL. */
  readonly wsUrl: string;
  /** Cairn only: the REST base URL and two tokens. */
  readonly url?: string;
  readonly adminToken?: string;
  readonly editorToken?: string;
}

/** What the server process measured of itself since `statsStart`. */
export interface ServerStats {
  /** CPU time (user + system) of the server process. */
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  /** Event-loop delay percentiles (perf_hooks' monitorEventLoopDelay, 10 ms resolution). */
  readonly loopP50Ms: number;
  readonly loopP99Ms: number;
  readonly loopMaxMs: number;
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** Bytes the process wrote to the block device (`/proc/self/io` write_bytes). */
  readonly writtenBytes: number;
  /** Kind-specific storage counters. */
  readonly storage: Record<string, number>;
}

export type ServerRequest = { readonly id: number } & (
  | { readonly op: 'statsStart' | 'stats' | 'memoryAfterGc' | 'loadedDocuments' | 'metrics' }
  | { readonly op: 'stop' }
);

interface Answer {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

const MAIN = fileURLToPath(new URL('./serverProcessMain.js', import.meta.url));

/**
 * A server running alone in a child Node process (with `--expose-gc`), so that what it costs is
 * measured apart from the clients driving it: the benchmark's clients stay in the parent.
 */
export class ServerProcess {
  private nextId = 0;
  private readonly pending = new Map<number, (answer: Answer) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: ServerReady,
  ) {
    child.on('message', (message: Answer) => {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  /** Starts `kind` with `options` (Cairn: environment variables and `dataDir`). */
  static async start(
    kind: ServerKind,
    options: Record<string, string> = {},
  ): Promise<ServerProcess> {
    // BENCH_SERVER_CPU_PROF=<dir> writes a CPU profile of each server process there.
    const profileDir = process.env['BENCH_SERVER_CPU_PROF'];
    const child = fork(MAIN, [kind, JSON.stringify(options)], {
      execArgv: [
        '--expose-gc',
        ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<ServerReady>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${kind} did not start within 30 s.`)),
        30_000,
      );
      child.once('message', (message: { ready: ServerReady }) => {
        clearTimeout(timer);
        resolve(message.ready);
      });
      child.once('exit', (code) =>
        reject(new Error(`${kind} exited with ${code} while starting.`)),
      );
    });
    return new ServerProcess(child, ready);
  }

  statsStart(): Promise<void> {
    return this.request('statsStart') as Promise<void>;
  }

  stats(): Promise<ServerStats> {
    return this.request('stats') as Promise<ServerStats>;
  }

  /**
   * Memory held after full garbage collections: the heap in use plus array buffers (whose bytes
   * live outside the heap: a board asleep keeps its encoded state in one).
   */
  memoryAfterGc(): Promise<number> {
    return this.request('memoryAfterGc') as Promise<number>;
  }

  loadedDocuments(): Promise<readonly string[]> {
    return this.request('loadedDocuments') as Promise<readonly string[]>;
  }

  /** Cairn's `/metrics` text, read in the server process (empty for the peers). */
  metrics(): Promise<string> {
    return this.request('metrics') as Promise<string>;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.request('stop').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  private request(op: ServerRequest['op']): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`The server process did not answer ${op} within 60 s.`));
      }, 60_000);
      this.pending.set(id, (answer) => {
        clearTimeout(timer);
        if (answer.error !== undefined) reject(new Error(answer.error));
        else resolve(answer.result);
      });
      this.child.send({ id, op } satisfies ServerRequest);
    });
  }
}

import { connect, createServer, type Server, type Socket } from 'node:net';

/** One address in front of several servers, as a load balancer without sticky sessions. */
export interface RoundRobinProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** How many connections went to each backend, by its port. */
  readonly connections: ReadonlyMap<number, number>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on a loopback port: each new connection goes to the next backend in turn, skipping
 * one that refuses it (a dead process), so people reconnect to whichever is alive.
 */
export async function startRoundRobinProxy(
  backendPorts: readonly number[],
): Promise<RoundRobinProxy> {
  const connections = new Map<number, number>();
  const open = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.pause();
    const tryBackend = (attempt: number): void => {
      if (attempt >= backendPorts.length) {
        client.destroy();
        return;
      }
      const port = backendPorts[next++ % backendPorts.length] as number;
      const upstream = connect(port, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => {
        if (connected) client.destroy();
        else tryBackend(attempt + 1);
      });
      upstream.once('connect', () => {
        connected = true;
        connections.set(port, (connections.get(port) ?? 0) + 1);
        open.add(upstream);
        client.on('error', () => upstream.destroy());
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        client.pipe(upstream).pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Proxy has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    connections,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

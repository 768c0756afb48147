import type { ResolveHook } from 'node:module';

/**
 * Module resolution hooks that give the reference server one Yjs. As installed,
 * `@y/websocket-server` 0.1.5 imports `yjs` (14.0.0-16) while its `@y/protocols` imports `@y/y`
 * (14.0.0-rc.7), and the sync protocol then fails on the server's documents ("store.getClock is
 * not a function"). Resolving the server's `yjs` to the `@y/y` its protocols use runs the server's
 * own code unchanged with a consistent Yjs. Both speak the update format of the Yjs 13 clients.
 */
export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  if (specifier === 'yjs' && (context.parentURL ?? '').includes('/@y/websocket-server/')) {
    const protocols = await nextResolve('@y/protocols/sync', context);
    return nextResolve('@y/y', { ...context, parentURL: protocols.url });
  }
  return nextResolve(specifier, context);
};

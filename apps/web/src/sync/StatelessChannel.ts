import type { HocuspocusProvider, onStatelessParameters } from '@hocuspocus/provider';

/**
 * Short messages to and from the server over the board's socket that are not part of the
 * document (Hocuspocus "stateless" messages), such as a facilitator's "bring everyone to me".
 * The server checks who may send what and relays with the sender's server-stamped identity.
 */
export interface StatelessChannel {
  /** Sends `payload` (JSON text) to the server; dropped while the socket is down. */
  send(payload: string): void;
  /** Calls `listener` with every payload the server sends on this board; returns the unsubscribe. */
  subscribe(listener: (payload: string) => void): () => void;
}

/** The stateless channel of `provider`. */
export function statelessChannelOf(provider: HocuspocusProvider): StatelessChannel {
  return {
    send: (payload) => provider.sendStateless(payload),
    subscribe: (listener) => {
      const onStateless = ({ payload }: onStatelessParameters) => listener(payload);
      provider.on('stateless', onStateless);
      return () => provider.off('stateless', onStateless);
    },
  };
}

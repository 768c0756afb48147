import type { TestServer } from '@cairn/server/testing';
import { onTestFinished } from 'vitest';
import { api, type ApiResponse } from './api.js';
import { connectProvider, type TestClient } from './connectProvider.js';
import { waitFor } from './waitFor.js';

/** Someone calling the server in a comments test: their secret, person id and name. */
export interface TestPerson {
  readonly token: string;
  readonly id: string;
  readonly name: string;
}

/** Makes a token of `role` named `name`; its id (from `/api/me`) is the person id. */
export async function makePerson(
  server: TestServer,
  role: 'viewer' | 'commenter' | 'editor' | 'admin',
  name: string,
): Promise<TestPerson> {
  const token = server.token(role, name);
  const me = await api<{ id: string }>(server.url, token, 'GET', '/api/me');
  return { token, id: me.body.id, name };
}

/** Calls the REST API as `who`. */
export function callAs<T = { error: string }>(
  server: TestServer,
  who: TestPerson,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return api<T>(server.url, who.token, method, path, body);
}

/** A provider on `boardId` as `who`, synced; destroyed in the test's teardown. */
export async function connectAs(
  server: TestServer,
  boardId: string,
  who: TestPerson,
): Promise<TestClient> {
  const client = connectProvider(server.wsUrl, boardId, who.token);
  onTestFinished(() => client.destroy());
  await client.synced();
  return client;
}

/** Every stateless message a provider receives, parsed, and a way to await one. */
export interface StatelessRecorder {
  readonly received: unknown[];
  /** Resolves with the first message (already received or still to come) that `matches`. */
  next(what: string, matches: (message: unknown) => boolean): Promise<unknown>;
}

export function recordStateless(client: TestClient): StatelessRecorder {
  const received: unknown[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    received.push(JSON.parse(payload));
  });
  return {
    received,
    next: async (what, matches) => {
      await waitFor(what, client.provider, 'stateless', () => received.some(matches));
      return received.find(matches);
    },
  };
}

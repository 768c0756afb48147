import {
  Hocuspocus,
  type Configuration,
  type Document,
  type WebSocketLike,
} from '@hocuspocus/server';
import { batchBroadcasts, PRESENCE_WINDOW_MS } from './batchBroadcasts.js';
import type { CollabContext } from './CollabContext.js';
import { dropAwarenessUpdateHook } from './dropAwarenessUpdateHook.js';
import { answerFirstSyncWhileAsleep } from './firstSyncWhileAsleep.js';
import type { PresenceWindow } from './PresencePacing.js';

/** The Hocuspocus message type of the acknowledgement a provider counts its unsynced changes by. */
const SYNC_STATUS = 8;

/** What acknowledgements wait for: the group commit of the updates they acknowledge. */
export interface CommitWaiter {
  afterCommit(callback: () => void): void;
}

/** Whether `frame` is a SyncStatus message: a document name (lib0 varString), then type 8. */
export function isSyncStatus(frame: unknown): boolean {
  if (!(frame instanceof Uint8Array)) return false;
  let position = 0;
  let length = 0;
  for (let multiplier = 1; ; multiplier *= 128) {
    const byte = frame[position++];
    if (byte === undefined) return false;
    length += (byte & 0x7f) * multiplier;
    if (byte < 0x80) break;
  }
  return frame[position + length] === SYNC_STATUS;
}

/**
 * Hocuspocus with these changes.
 *
 * Its `unloadDocument` checks the document by *name*: a late unload of an instance that was
 * already destroyed (from a debounced store or a second close) finds the name in the map, now
 * held by a fresh instance, and deletes that fresh instance's entry without destroying it. The
 * orphan keeps serving whoever holds it while the next connection loads yet another instance: two
 * live copies of one board that no longer see each other's edits. Found by the durability test
 * that unloads and reloads a board under concurrent writes.
 *
 * And it sends the acknowledgement of an update right after applying it; with group commit
 * (GroupCommit) the update is on disk only a moment later, so each socket's acknowledgements are
 * held until then. Nothing else waits: peers may see an edit before it is durable, as before.
 *
 * And every document it loads broadcasts through `batchBroadcasts`: no echo to the sender, and
 * presence gathered over a frame (longer while the server is busy).
 *
 * And a client's first sync of a board asleep is answered without waking it
 * (`answerFirstSyncWhileAsleep`).
 *
 * And when nothing has an `onAwarenessUpdate` hook, the documents it loads do without the
 * listener that runs it on every presence change (`dropAwarenessUpdateHook`).
 */
export class CairnHocuspocus extends Hocuspocus<CollabContext> {
  /** Whether any extension, or the configuration itself, has an `onAwarenessUpdate` hook. */
  private readonly awarenessHooked: boolean;

  constructor(
    configuration: Partial<Configuration<CollabContext>>,
    private readonly commits: CommitWaiter | null = null,
    /** How long presence changes are gathered (see batchBroadcasts and PresencePacing). */
    private readonly presenceWindow: PresenceWindow = { windowMs: PRESENCE_WINDOW_MS },
  ) {
    // Read before Hocuspocus adds its own extension (with a do-nothing hook) to this very array.
    const awarenessHooked =
      configuration.onAwarenessUpdate !== undefined ||
      (configuration.extensions ?? []).some((extension) => 'onAwarenessUpdate' in extension);
    super(configuration);
    this.awarenessHooked = awarenessHooked;
    answerFirstSyncWhileAsleep();
  }

  override async unloadDocument(document: Document): Promise<void> {
    if (document.isDestroyed || this.documents.get(document.name) !== document) return;
    await super.unloadDocument(document);
  }

  override async loadDocument(
    ...args: Parameters<Hocuspocus<CollabContext>['loadDocument']>
  ): Promise<Document> {
    const document = await super.loadDocument(...args);
    batchBroadcasts(document, this.presenceWindow);
    if (!this.awarenessHooked) dropAwarenessUpdateHook(document.awareness);
    return document;
  }

  override handleConnection(
    incoming: WebSocketLike,
    request: Request,
    defaultContext?: CollabContext,
  ): ReturnType<Hocuspocus<CollabContext>['handleConnection']> {
    const commits = this.commits;
    if (commits) {
      const send = incoming.send.bind(incoming);
      incoming.send = (data) => {
        if (!isSyncStatus(data)) return send(data);
        commits.afterCommit(() => {
          try {
            send(data);
          } catch {
            // The socket closed meanwhile: the provider resends what it did not hear back about.
          }
        });
      };
    }
    return super.handleConnection(incoming, request, defaultContext);
  }
}

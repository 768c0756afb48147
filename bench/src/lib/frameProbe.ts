/** What {@link installFrameProbe} records, in the page's `performance.now()` milliseconds. */
export interface FrameProbe {
  /** Start times of the animation frames since `startFrames()` (the `requestAnimationFrame` time). */
  frames: number[];
  /** Whether the frame loop runs. */
  recording: boolean;
  /** Starts recording frames (clearing earlier ones). */
  startFrames(): void;
  /** Stops recording frames. */
  stopFrames(): void;
  /** `performance.now()` in the capturing keydown listener of the last edit key not yet matched. */
  pendingKeyAt?: number;
  /** Per edit key: from its keydown to the first Yjs update frame the page sent after it. */
  keyToUpdate: number[];
  /** Yjs update frames the page sent on its `/collab` sockets. */
  updatesSent: number;
  /** Messages the page received on its `/collab` sockets while recording frames. */
  messagesWhileRecording: number;
}

/** Where the probe lives on `window`. */
export const FRAME_PROBE_KEY = '__cairnFrameProbe';

/** What {@link installFrameProbe} needs: where to keep its record and which keys are edits. */
export interface FrameProbeOptions {
  readonly key: string;
  /** `KeyboardEvent.key` values that make a local edit, e.g. `Enter`, `ArrowRight`. */
  readonly editKeys: readonly string[];
}

/**
 * Runs in the page before any of its scripts (`page.addInitScript`), so it references nothing
 * outside its own body.
 *
 * - Frames: a `requestAnimationFrame` loop, started and stopped on demand, records each frame's
 *   start time; the intervals between them are the page's frame times. Messages arriving on the
 *   page's `/collab` sockets meanwhile are counted, to show the remote changes reached the page.
 * - Edits: a capturing `keydown` listener on `window` (installed before the app's, so it runs
 *   first) notes the time of an edit key; a wrapped `WebSocket.prototype.send` notes the first
 *   Yjs update the page sends after it. The Hocuspocus provider sends an update from the Y.Doc's
 *   `update` event, in the task of the transaction, so that send bounds the transaction's time
 *   from above. A sent frame is a Yjs update when it reads, as Hocuspocus writes it, document name
 *   (var string), message type 0 (Sync), sync message type 2 (Update).
 */
export function installFrameProbe({ key, editKeys }: FrameProbeOptions): void {
  /** Counts recordings, so only the latest one's frame loop runs on. */
  let generation = 0;
  const probe: FrameProbe = {
    frames: [],
    recording: false,
    keyToUpdate: [],
    updatesSent: 0,
    messagesWhileRecording: 0,
    startFrames() {
      probe.frames = [];
      probe.messagesWhileRecording = 0;
      probe.recording = true;
      // A loop of an earlier recording may still have a frame scheduled: it ends there.
      const recording = ++generation;
      const onFrame = (time: number) => {
        if (!probe.recording || recording !== generation) return;
        probe.frames.push(time);
        requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    },
    stopFrames() {
      probe.recording = false;
    },
  };
  Object.defineProperty(window, key, { value: probe });

  window.addEventListener(
    'keydown',
    (event) => {
      if (editKeys.includes(event.key)) probe.pendingKeyAt = performance.now();
    },
    { capture: true },
  );

  /** Reads an unsigned varint (lib0) at `offset`: the value and the offset after it. */
  const readVarUint = (bytes: Uint8Array, offset: number): [number, number] => {
    let value = 0;
    let shift = 0;
    let at = offset;
    while (at < bytes.length && shift < 35) {
      const byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return [value, at];
      shift += 7;
    }
    return [Number.NaN, at];
  };
  const isYjsUpdate = (data: unknown): boolean => {
    const bytes =
      data instanceof Uint8Array
        ? data
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : undefined;
    if (bytes === undefined) return false;
    const [nameLength, afterLength] = readVarUint(bytes, 0);
    const [messageType, afterType] = readVarUint(bytes, afterLength + nameLength);
    const [syncType] = readVarUint(bytes, afterType);
    return messageType === 0 && syncType === 2;
  };

  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (!String(url).includes('/collab')) return;
      this.addEventListener('message', () => {
        if (probe.recording) probe.messagesWhileRecording++;
      });
    }
  };

  // Called below with the socket as `this`, as the native method expects.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const nativeSend = WebSocket.prototype.send;
  WebSocket.prototype.send = function send(
    this: WebSocket,
    data: string | ArrayBufferLike | Blob | ArrayBufferView,
  ) {
    if (this.url.includes('/collab') && isYjsUpdate(data)) {
      const now = performance.now();
      probe.updatesSent++;
      if (probe.pendingKeyAt !== undefined) {
        probe.keyToUpdate.push(now - probe.pendingKeyAt);
        probe.pendingKeyAt = undefined;
      }
    }
    nativeSend.call(this, data);
  };
}

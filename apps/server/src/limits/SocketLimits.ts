/** The per-socket limits of the collaboration socket (see the README's configuration table). */
export interface SocketLimits {
  /** Messages per second a socket may send on average, and how many at once. */
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
  /** Awareness states per second (a message setting n client states counts n), and at once. */
  readonly awarenessPerSecond: number;
  readonly awarenessBurst: number;
}

/** How a socket is closed for breaking a limit; the provider sees code and reason. */
export interface LimitClose {
  readonly code: number;
  readonly reason: string;
}

/** A frame that does not parse as the Hocuspocus protocol. */
export const MALFORMED: LimitClose = { code: 4400, reason: 'malformed-message' };

/** More messages or awareness updates than the socket's rate allows. */
export const RATE_LIMITED: LimitClose = { code: 4429, reason: 'rate-limited' };

/** An update that would take the board past CAIRN_MAX_DOCUMENT_BYTES. */
export const DOCUMENT_TOO_LARGE: LimitClose = { code: 4413, reason: 'document-too-large' };

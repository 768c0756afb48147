import type { Document } from '@hocuspocus/server';

/** What the size limit needs from storage: the bytes stored for a loaded document. */
export interface StoredSize {
  /** Snapshot plus log bytes of this loaded document (an upper bound of its encoded size). */
  storedBytes(document: Document): number;
  /** Folds the log into the snapshot now, so `storedBytes` becomes the exact encoded size. */
  compactNow(document: Document): void;
}

/** A REST write to a board that is already at its size limit; answered 413. */
export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';

  constructor(maxBytes: number) {
    super(`The board has reached its size limit of ${maxBytes} bytes.`);
  }
}

/**
 * The document size limit (CAIRN_MAX_DOCUMENT_BYTES). It counts the bytes stored for the board,
 * which is cheap to keep (no encoding per update) and at most about twice the encoded document
 * between compactions; near the limit it compacts first, so a board is refused only when its
 * real encoded size plus the incoming update is over the limit.
 */
export class DocumentSizeLimit {
  constructor(
    readonly maxBytes: number,
    private readonly sizes: StoredSize,
  ) {}

  /** Whether `incomingBytes` more may be added to `document`. */
  allows(document: Document, incomingBytes: number): boolean {
    if (this.sizes.storedBytes(document) + incomingBytes <= this.maxBytes) return true;
    this.sizes.compactNow(document);
    return this.sizes.storedBytes(document) + incomingBytes <= this.maxBytes;
  }

  /**
   * Throws DocumentTooLargeError when `document` is full. A REST write's size is known only once
   * it is made, so a write is refused when the board is already at the limit, and the last one
   * accepted may pass it by one write (REST bodies are at most CAIRN_MAX_BODY_BYTES).
   */
  assertRoom(document: Document): void {
    if (!this.allows(document, 1)) throw new DocumentTooLargeError(this.maxBytes);
  }
}

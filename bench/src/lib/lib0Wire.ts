/**
 * lib0's variable-length encoding, the subset the sync protocols use, written out so the bench
 * needs no `lib0`: unsigned varints (7 bits a byte, low first), length-prefixed bytes and UTF-8
 * strings.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends lib0 values; `done()` returns the bytes. */
export class WireWriter {
  private bytes = new Uint8Array(64);
  private length = 0;

  varUint(value: number): this {
    let rest = value;
    while (rest > 0x7f) {
      this.push(0x80 | (rest & 0x7f));
      rest = Math.floor(rest / 128);
    }
    this.push(rest);
    return this;
  }

  varBytes(bytes: Uint8Array): this {
    this.varUint(bytes.byteLength);
    this.reserve(bytes.byteLength);
    this.bytes.set(bytes, this.length);
    this.length += bytes.byteLength;
    return this;
  }

  varString(text: string): this {
    return this.varBytes(encoder.encode(text));
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.byteLength) return;
    const grown = new Uint8Array(Math.max(this.bytes.byteLength * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads lib0 values from `bytes`; throws past the end. */
export class WireReader {
  position = 0;

  constructor(readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    for (let multiplier = 1; ; multiplier *= 128) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Error('Truncated lib0 value.');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
    }
  }

  varBytes(): Uint8Array {
    const length = this.varUint();
    if (this.position + length > this.bytes.byteLength) throw new Error('Truncated lib0 bytes.');
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  varString(): string {
    return decoder.decode(this.varBytes());
  }

  /** What is left, without copying. */
  rest(): Uint8Array {
    return this.bytes.subarray(this.position);
  }
}

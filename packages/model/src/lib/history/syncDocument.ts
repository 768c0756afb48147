import * as Y from 'yjs';
import type { TransactionOrigin } from '../core/TransactionOrigin.js';
import { alignSequences } from './alignSequences.js';

/** The shared types a board document uses, as a root or nested. */
type SharedKind = 'map' | 'array' | 'text' | 'xml';

/**
 * Any shared type. Yjs types the event parameter of AbstractType invariantly, so no narrower
 * parameter admits every type; nothing here observes events.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SharedType = Y.AbstractType<any>;

/** A sequence type whose children are inserted and deleted by index. */
type Sequence = Y.Array<unknown> | Y.XmlFragment;

/** The kind of a root that was received but never read (Yjs keeps it as an AbstractType). */
function inferredKind(type: SharedType): SharedKind | undefined {
  if (type._map.size > 0) return 'map';
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const { content } = item;
    if (
      content instanceof Y.ContentString ||
      content instanceof Y.ContentFormat ||
      content instanceof Y.ContentEmbed
    ) {
      return 'text';
    }
    if (
      content instanceof Y.ContentType &&
      (content.type instanceof Y.XmlElement ||
        content.type instanceof Y.XmlText ||
        content.type instanceof Y.XmlHook)
    ) {
      return 'xml';
    }
    return 'array';
  }
  return undefined;
}

function kindOf(type: SharedType): SharedKind | undefined {
  if (type instanceof Y.Map) return 'map';
  if (type instanceof Y.Array) return 'array';
  if (type instanceof Y.Text) return 'text';
  if (type instanceof Y.XmlFragment) return 'xml';
  return inferredKind(type);
}

function rootOf(doc: Y.Doc, name: string, kind: SharedKind): SharedType {
  switch (kind) {
    case 'map':
      return doc.getMap<unknown>(name);
    case 'array':
      return doc.getArray<unknown>(name);
    case 'text':
      return doc.getText(name);
    case 'xml':
      return doc.getXmlFragment(name);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of two plain (JSON-like) values as Yjs stores them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, index) => byte === b[index]);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b) && !(a instanceof Y.AbstractType)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
    );
  }
  return false;
}

/**
 * True when `target` can be changed in place to equal `source`: the same shared type (and, for
 * XML elements, the same node name). Otherwise the value is replaced whole.
 */
function syncable(target: unknown, source: unknown): boolean {
  if (target instanceof Y.XmlElement || source instanceof Y.XmlElement) {
    return (
      target instanceof Y.XmlElement &&
      source instanceof Y.XmlElement &&
      target.nodeName === source.nodeName
    );
  }
  if (target instanceof Y.XmlText || source instanceof Y.XmlText) {
    return target instanceof Y.XmlText && source instanceof Y.XmlText;
  }
  if (target instanceof Y.XmlHook || source instanceof Y.XmlHook) return false;
  return (
    (target instanceof Y.Map && source instanceof Y.Map) ||
    (target instanceof Y.Array && source instanceof Y.Array) ||
    (target instanceof Y.Text && source instanceof Y.Text) ||
    (target instanceof Y.XmlFragment && source instanceof Y.XmlFragment)
  );
}

/** A value of `source` ready to insert into another document (shared types are cloned). */
function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/** A string that is equal for equal values: what sequences are aligned on. */
function fingerprint(value: unknown): string {
  if (value instanceof Y.XmlText) return `x:${JSON.stringify(value.toDelta())}`;
  if (value instanceof Y.XmlElement) {
    const attributes = JSON.stringify(value.getAttributes());
    return `e:${value.nodeName}:${attributes}:${value.toJSON()}`;
  }
  if (value instanceof Y.AbstractType) return `t:${JSON.stringify(value.toJSON())}`;
  if (value instanceof Uint8Array) return `b:${Array.from(value).join(',')}`;
  return `v:${JSON.stringify(value) ?? 'undefined'}`;
}

function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const [key, value] of source.entries()) {
    if (!target.has(key)) {
      target.set(key, copyOf(value));
      continue;
    }
    const current = target.get(key);
    if (syncable(current, value)) syncShared(current as SharedType, value);
    else if (
      !(current instanceof Y.AbstractType) &&
      !(value instanceof Y.AbstractType) &&
      sameValue(current, value)
    ) {
      continue;
    } else target.set(key, copyOf(value));
  }
  for (const key of Array.from(target.keys())) {
    if (!source.has(key)) target.delete(key);
  }
}

function insertInto(target: Sequence, index: number, values: readonly unknown[]): void {
  if (values.length === 0) return;
  const copies = values.map(copyOf);
  if (target instanceof Y.XmlFragment) {
    target.insert(index, copies as (Y.XmlElement | Y.XmlText)[]);
  } else target.insert(index, copies);
}

/**
 * Makes the children of `target` equal those of `source`: equal children are kept (aligned as in
 * a text diff), and between them a run of as many target children as source children, pairwise
 * of the same type, is synced child by child (an edited paragraph keeps its identity, so
 * carets and concurrent edits inside it survive); any other run is deleted and re-inserted.
 */
function syncSequence(target: Sequence, source: Sequence): void {
  const before: unknown[] = target.toArray();
  const after: unknown[] = source.toArray();
  const hunks = alignSequences(before.map(fingerprint), after.map(fingerprint));
  // From the end, so earlier indices stay valid while later runs change.
  for (const hunk of [...hunks].reverse()) {
    const olds = before.slice(hunk.from, hunk.from + hunk.fromLength);
    const news = after.slice(hunk.to, hunk.to + hunk.toLength);
    if (olds.length === news.length && olds.every((old, index) => syncable(old, news[index]))) {
      olds.forEach((old, index) => syncShared(old as SharedType, news[index]));
      continue;
    }
    target.delete(hunk.from, hunk.fromLength);
    insertInto(target, hunk.from, news);
  }
}

function isPlainText(delta: readonly { insert?: unknown; attributes?: unknown }[]): boolean {
  return delta.every((op) => typeof op.insert === 'string' && op.attributes === undefined);
}

/** Makes a Y.Text (or XML text) equal another: one splice when both are plain, else rewritten. */
function syncText(target: Y.Text, source: Y.Text): void {
  const was = target.toDelta() as { insert?: unknown; attributes?: unknown }[];
  const now = source.toDelta() as { insert?: unknown; attributes?: unknown }[];
  if (sameValue(was, now)) return;
  if (isPlainText(was) && isPlainText(now)) {
    const a = was.map((op) => op.insert as string).join('');
    const b = now.map((op) => op.insert as string).join('');
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let end = 0;
    while (
      end < a.length - start &&
      end < b.length - start &&
      a[a.length - 1 - end] === b[b.length - 1 - end]
    ) {
      end++;
    }
    target.delete(start, a.length - start - end);
    target.insert(start, b.slice(start, b.length - end));
    return;
  }
  target.delete(0, target.length);
  target.applyDelta(now);
}

function syncAttributes(target: Y.XmlElement, source: Y.XmlElement): void {
  const now = source.getAttributes() as Record<string, unknown>;
  const was = target.getAttributes() as Record<string, unknown>;
  for (const [key, value] of Object.entries(now)) {
    if (!sameValue(was[key], value)) target.setAttribute(key, value as string);
  }
  for (const key of Object.keys(was)) {
    if (!Object.hasOwn(now, key)) target.removeAttribute(key);
  }
}

function syncShared(target: SharedType, source: unknown): void {
  if (target instanceof Y.Map && source instanceof Y.Map) syncMap(target, source);
  else if (target instanceof Y.Text && source instanceof Y.Text) syncText(target, source);
  else if (target instanceof Y.XmlElement && source instanceof Y.XmlElement) {
    syncAttributes(target as Y.XmlElement, source as Y.XmlElement);
    syncSequence(target, source);
  } else if (target instanceof Y.XmlFragment && source instanceof Y.XmlFragment) {
    syncSequence(target, source);
  } else if (target instanceof Y.Array && source instanceof Y.Array) {
    syncSequence(target, source);
  }
}

/** Clears a root that the source does not have (or has as another type). */
function clearRoot(root: SharedType): void {
  if (root instanceof Y.Map) {
    for (const key of Array.from(root.keys())) root.delete(key);
  } else if (root instanceof Y.Array || root instanceof Y.XmlFragment || root instanceof Y.Text) {
    root.delete(0, root.length);
  }
}

/** Options of `syncDocument`. */
export interface SyncOptions {
  /** Roots left as they are in the target (the server-owned facilitation state, say). */
  readonly keepRoots?: readonly string[];
}

/**
 * Makes every root of `target` hold what `source` holds, in one transaction with `origin`,
 * writing only the differences: map keys set or deleted where they differ, nested maps, arrays,
 * texts and XML (rich text) synced in place. Used to roll a board back to a version, as an edit
 * everyone sees live: a concurrent edit elsewhere in the document merges as usual, and one to an
 * entry the rollback changes lands after or before it like any two edits of that entry.
 *
 * Roots of `target` that `source` lacks are emptied (Yjs cannot delete a root). A root of a
 * different shared type in each is emptied and left so: a document never changes a root's type.
 */
export function syncDocument(
  target: Y.Doc,
  source: Y.Doc,
  origin: TransactionOrigin,
  options: SyncOptions = {},
): void {
  const keep = new Set(options.keepRoots ?? []);
  target.transact(() => {
    const names = new Set([...source.share.keys(), ...target.share.keys()]);
    for (const name of [...names].sort()) {
      if (keep.has(name)) continue;
      const sourceType = source.share.get(name);
      const targetType = target.share.get(name);
      const sourceKind = sourceType ? kindOf(sourceType) : undefined;
      const targetKind = targetType ? kindOf(targetType) : undefined;
      if (sourceKind === undefined) {
        if (targetKind !== undefined) clearRoot(rootOf(target, name, targetKind));
      } else if (targetKind !== undefined && targetKind !== sourceKind) {
        clearRoot(rootOf(target, name, targetKind));
      } else {
        syncShared(rootOf(target, name, sourceKind), rootOf(source, name, sourceKind));
      }
    }
  }, origin);
}

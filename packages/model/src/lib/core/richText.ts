import * as Y from 'yjs';

/**
 * Rich text (descriptions of roadmap items, personas, launch tasks) is a Y.XmlFragment inside the
 * entry's Y.Map: the document TipTap's Collaboration extension edits live, with carets. Blocks
 * are Y.XmlElements named after ProseMirror nodes (`paragraph`, `heading`, `bulletList`…) holding
 * Y.XmlText. REST and search see it as plain text: one line per block.
 */

/** One paragraph per line of `plain` (none for the empty string). */
function paragraphs(plain: string): Y.XmlElement[] {
  if (plain === '') return [];
  return plain.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (line !== '') paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
}

/** A new rich-text value holding `plain`, to store in an entry when it is created. */
export function createRichText(plain = ''): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  fragment.insert(0, paragraphs(plain));
  return fragment;
}

/** The rich text stored under `field`, or undefined when it is missing or not rich text. */
export function richTextOf(entry: Y.Map<unknown>, field: string): Y.XmlFragment | undefined {
  const value = entry.get(field);
  return value instanceof Y.XmlFragment ? value : undefined;
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    // toDelta, not toString: toString renders marks as tags, which would mix with literal text.
    const delta = node.toDelta() as { insert?: unknown }[];
    return delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  if (node instanceof Y.XmlElement) {
    const inline = node.toArray().map((child) => textOf(child as Y.XmlElement | Y.XmlText));
    const isBlockContainer = node.toArray().some((child) => child instanceof Y.XmlElement);
    return inline.join(isBlockContainer ? '\n' : '');
  }
  return '';
}

/**
 * The plain text of the rich text under `field`: one line per block, marks dropped. A plain
 * string stored there (by an older or foreign client) is returned as it is.
 */
export function readRichTextPlain(entry: Y.Map<unknown>, field: string): string {
  const value = entry.get(field);
  if (typeof value === 'string') return value;
  if (!(value instanceof Y.XmlFragment)) return '';
  return value
    .toArray()
    .map((node) => textOf(node as Y.XmlElement | Y.XmlText))
    .join('\n');
}

/**
 * Replaces the rich text under `field` with `plain` (one paragraph per line), for writers that
 * only have plain text, such as the REST API. Call inside the caller's transaction.
 */
export function writeRichTextPlain(entry: Y.Map<unknown>, field: string, plain: string): void {
  const existing = richTextOf(entry, field);
  if (!existing) {
    entry.set(field, createRichText(plain));
    return;
  }
  existing.delete(0, existing.length);
  existing.insert(0, paragraphs(plain));
}

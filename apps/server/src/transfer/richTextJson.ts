import * as Y from 'yjs';
import { z } from 'zod';

/**
 * Rich text (a `Y.XmlFragment`, docs/rich-text.md) as ProseMirror's JSON, the shape TipTap's
 * `editor.getJSON()` gives: `{type: 'doc', content: [...]}`, block nodes with `type`, optional
 * `attrs` and `content`, text nodes with `text` and optional `marks`. It is the same tree the
 * fragment holds (y-prosemirror stores nodes as `Y.XmlElement`s named after their type, their
 * attributes as the element's attributes, and marks as formatting attributes of `Y.XmlText`),
 * so writing it back gives a fragment that reads the same.
 */

/** A text node: a run of characters with the same marks. */
export interface RichTextTextNode {
  readonly type: 'text';
  readonly text: string;
  readonly marks?: readonly RichTextMark[];
}

/** A mark on a text run (`bold`, `italic`, `code`…); `attrs` as the editor stored them. */
export interface RichTextMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

/** A block or inline element (`paragraph`, `heading`, `bulletList`, `hardBreak`…). */
export interface RichTextElementNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly RichTextNode[];
}

export type RichTextNode = RichTextTextNode | RichTextElementNode;

/** The whole description. */
export interface RichTextDoc {
  readonly type: 'doc';
  readonly content: readonly RichTextNode[];
}

/**
 * How deep nodes may nest (a list in a list in a quote…). Far beyond what an editor makes, and it
 * keeps a hostile document from exhausting the stack of the validator or the writer.
 */
const MAX_DEPTH = 32;

/** Node and mark names: what ProseMirror schemas use, never markup. */
const nodeName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must be a node or mark name such as "paragraph"');

const attrs = z.record(z.string().max(100), z.json());

const mark = z.strictObject({ type: nodeName, attrs: attrs.optional() });

const textNode = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1, 'a text node holds at least one character'),
  marks: z.array(mark).max(20).optional(),
});

function nodeAtDepth(depth: number): z.ZodType<RichTextNode> {
  const content =
    depth >= MAX_DEPTH
      ? z.array(textNode).max(0, `rich text nests at most ${MAX_DEPTH} levels`)
      : z.array(z.lazy(() => nodeAtDepth(depth + 1))).max(10_000);
  const element = z.strictObject({
    type: nodeName.refine((name) => name !== 'text' && name !== 'doc', 'is reserved'),
    attrs: attrs.optional(),
    content: content.optional(),
  });
  return z.union([textNode, element]);
}

/** The JSON of one description, validated. */
export const richTextDocSchema: z.ZodType<RichTextDoc> = z.strictObject({
  type: z.literal('doc'),
  content: z.array(nodeAtDepth(1)).max(10_000),
});

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

function textNodesOf(text: Y.XmlText): RichTextTextNode[] {
  const delta = text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[];
  const nodes: RichTextTextNode[] = [];
  for (const op of delta) {
    // Embeds (non-string inserts) are not something TipTap writes; they are left out.
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = Object.entries(op.attributes ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([type, value]): RichTextMark => {
        if (value === null || value === undefined || isEmptyObject(value)) return { type };
        return { type, attrs: value as Record<string, unknown> };
      });
    nodes.push(
      marks.length > 0
        ? { type: 'text', text: op.insert, marks }
        : { type: 'text', text: op.insert },
    );
  }
  return nodes;
}

function nodesOf(parent: Y.XmlFragment | Y.XmlElement): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      nodes.push(...textNodesOf(child));
    } else if (child instanceof Y.XmlElement) {
      const attributes = child.getAttributes() as Record<string, unknown>;
      const content = nodesOf(child);
      nodes.push({
        type: child.nodeName,
        ...(Object.keys(attributes).length > 0 ? { attrs: sortedObject(attributes) } : {}),
        ...(content.length > 0 ? { content } : {}),
      });
    }
    // Y.XmlHook is not used by the editor; it is left out.
  }
  return nodes;
}

function sortedObject(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The fragment as ProseMirror JSON. */
export function richTextToJson(fragment: Y.XmlFragment): RichTextDoc {
  return { type: 'doc', content: nodesOf(fragment) };
}

/** Plain text (one paragraph per line, as `createRichText` stores it) as ProseMirror JSON. */
export function plainTextToJson(plain: string): RichTextDoc {
  if (plain === '') return { type: 'doc', content: [] };
  return {
    type: 'doc',
    content: plain.split('\n').map((line) => ({
      type: 'paragraph',
      ...(line === '' ? {} : { content: [{ type: 'text' as const, text: line }] }),
    })),
  };
}

/** Y children for `nodes`: consecutive text nodes share one `Y.XmlText`, as y-prosemirror does. */
function yNodesOf(nodes: readonly RichTextNode[]): (Y.XmlElement | Y.XmlText)[] {
  const children: (Y.XmlElement | Y.XmlText)[] = [];
  let run: { insert: string; attributes: Record<string, unknown> }[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(run);
    children.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' && 'text' in node) {
      const attributes: Record<string, unknown> = {};
      for (const { type, attrs: markAttrs } of node.marks ?? []) attributes[type] = markAttrs ?? {};
      run.push({ insert: node.text, attributes });
      continue;
    }
    flush();
    const element = node as RichTextElementNode;
    const yElement = new Y.XmlElement(element.type);
    for (const [key, value] of Object.entries(element.attrs ?? {})) {
      // Yjs types attributes as strings, but stores any JSON; ProseMirror attrs (a heading's
      // level) are numbers and booleans too, and y-prosemirror stores them as they are.
      yElement.setAttribute(key, value as string);
    }
    yElement.insert(0, yNodesOf(element.content ?? []));
    children.push(yElement);
  }
  flush();
  return children;
}

/** A new fragment holding `doc`, to store in an entry's map. */
export function richTextFromJson(doc: RichTextDoc): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  fragment.insert(0, yNodesOf(doc.content));
  return fragment;
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  richTextDocSchema,
  richTextFromJson,
  richTextToJson,
  type RichTextDoc,
} from './richTextJson.js';

const DOC: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Why' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Charge ' },
        { type: 'text', text: 'per seat', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' <b>not markup</b>' },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }],
        },
      ],
    },
  ],
};

describe('rich text as ProseMirror JSON', () => {
  it('writes a fragment that reads back as the same JSON', () => {
    const doc = new Y.Doc();
    doc.getMap('entry').set('description', richTextFromJson(DOC));
    const fragment = doc.getMap('entry').get('description') as Y.XmlFragment;
    expect(richTextToJson(fragment)).toEqual(DOC);
    expect(fragment.toJSON()).toContain('<bold><italic>per seat</italic></bold>');
  });

  it('refuses nodes nested too deep and names that are not node names', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 40; depth++) node = { type: 'blockquote', content: [node] };
    expect(richTextDocSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
    const script = { type: 'doc', content: [{ type: '<script>' }] };
    expect(richTextDocSchema.safeParse(script).success).toBe(false);
    expect(richTextDocSchema.safeParse(DOC).success).toBe(true);
  });
});

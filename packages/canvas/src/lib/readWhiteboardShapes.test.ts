import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CANVAS_RECORDS } from './canvasRoots.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';
import { readWhiteboardShapes, richTextToPlain } from './readWhiteboardShapes.js';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function note(id: string, text: string, x = 10) {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    parentId: 'page:page',
    x,
    y: 20,
    props: { richText: { type: 'doc', content: [paragraph(text)] } },
  };
}

describe('readWhiteboardShapes', () => {
  it('reads the latest value of every shape, with its text as plain text', () => {
    const doc = new Y.Doc();
    const records = createKeyValueRecordMap(doc);
    records.set('shape:b', note('shape:b', 'Second'));
    records.set('shape:a', note('shape:a', 'First'));
    records.set('shape:a', note('shape:a', 'First, moved', 99));
    records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1' });

    expect(readWhiteboardShapes(doc)).toEqual([
      { id: 'shape:a', type: 'note', parentId: 'page:page', x: 99, y: 20, text: 'First, moved' },
      { id: 'shape:b', type: 'note', parentId: 'page:page', x: 10, y: 20, text: 'Second' },
    ]);
  });

  it('skips foreign entries and never writes to the document', () => {
    const doc = new Y.Doc();
    const array = doc.getArray<unknown>(CANVAS_RECORDS);
    array.push([42, { key: 7 }, { key: 'shape:x', val: { typeName: 'shape' } }, null]);
    array.push([
      { key: 'shape:y', val: { typeName: 'shape', type: 'geo', parentId: 'page:page' } },
    ]);
    const before = Y.encodeStateAsUpdate(doc);

    expect(readWhiteboardShapes(doc)).toEqual([
      { id: 'shape:y', type: 'geo', parentId: 'page:page', x: 0, y: 0, text: '' },
    ]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('joins paragraphs with new lines and keeps hard breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        paragraph('One'),
        { type: 'paragraph', content: [{ type: 'text', text: 'Two' }, { type: 'hardBreak' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Three')] }] },
      ],
    };
    expect(richTextToPlain(doc)).toBe('One\nTwo\n\nThree');
  });
});

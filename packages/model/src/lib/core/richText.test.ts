import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRichText, readRichTextPlain, richTextOf, writeRichTextPlain } from './richText.js';

/** An entry Y.Map inside a document (Yjs types only hold content once integrated). */
function newEntry(): Y.Map<unknown> {
  const doc = new Y.Doc();
  const entry = new Y.Map<unknown>();
  doc.getMap<unknown>('items').set('entry', entry);
  return entry;
}

describe('rich text', () => {
  it.each([
    ['', 'empty text'],
    ['One line', 'one line'],
    ['First\nSecond\n\nAfter a blank line', 'several lines with a blank one'],
    ['  spaces kept  ', 'leading and trailing spaces'],
    ['Ünïcödé 🚀 \u202Eright-to-left', 'non-ASCII text'],
  ])('round-trips %j (%s) through plain text', (plain) => {
    const entry = newEntry();
    entry.set('description', createRichText(plain));
    expect(readRichTextPlain(entry, 'description')).toBe(plain);
    writeRichTextPlain(entry, 'description', `${plain}!`);
    expect(readRichTextPlain(entry, 'description')).toBe(`${plain}!`);
  });

  it('stores one paragraph per line, as TipTap lays them out', () => {
    const entry = newEntry();
    entry.set('description', createRichText('a\nb'));
    const fragment = richTextOf(entry, 'description');
    expect(fragment?.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });

  it('keeps literal markup as text, never as elements', () => {
    const entry = newEntry();
    const hostile = '<b>bold</b> <img src=x onerror=alert(1)> &amp;';
    entry.set('description', createRichText(hostile));
    expect(readRichTextPlain(entry, 'description')).toBe(hostile);
    const paragraph = richTextOf(entry, 'description')?.get(0) as Y.XmlElement;
    expect(paragraph.toArray()).toHaveLength(1);
    expect(paragraph.get(0)).toBeInstanceOf(Y.XmlText);
  });

  it('drops marks when reading plain text, without turning them into tags', () => {
    const entry = newEntry();
    entry.set('description', createRichText(''));
    const fragment = richTextOf(entry, 'description');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    fragment?.insert(0, [paragraph]);
    paragraph.insert(0, [text]);
    text.insert(0, 'plain ');
    text.insert(6, 'bold', { bold: true });
    expect(readRichTextPlain(entry, 'description')).toBe('plain bold');
  });

  it('reads nested blocks (lists) one line per block', () => {
    const entry = newEntry();
    entry.set('description', createRichText(''));
    const list = new Y.XmlElement('bulletList');
    richTextOf(entry, 'description')?.insert(0, [list]);
    for (const line of ['one', 'two']) {
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      list.push([item]);
      item.insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText(line)]);
    }
    expect(readRichTextPlain(entry, 'description')).toBe('one\ntwo');
  });

  it('reads a plain string stored by an older or foreign client as it is', () => {
    const entry = newEntry();
    entry.set('description', 'written as a string');
    expect(readRichTextPlain(entry, 'description')).toBe('written as a string');
    expect(richTextOf(entry, 'description')).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [42, 'a number'],
    [null, 'null'],
    [{ text: 'x' }, 'an object'],
  ])('reads %j (%s) as empty text', (value) => {
    const entry = newEntry();
    entry.set('description', value);
    expect(readRichTextPlain(entry, 'description')).toBe('');
    expect(richTextOf(entry, 'description')).toBeUndefined();
  });

  it('reads a missing field as empty text', () => {
    expect(readRichTextPlain(newEntry(), 'description')).toBe('');
  });

  it('replaces a foreign value with rich text when writing plain text', () => {
    const entry = newEntry();
    entry.set('description', 42);
    writeRichTextPlain(entry, 'description', 'fixed');
    expect(richTextOf(entry, 'description')).toBeInstanceOf(Y.XmlFragment);
    expect(readRichTextPlain(entry, 'description')).toBe('fixed');
  });

  it('edits the existing fragment in place, so live editors keep their binding', () => {
    const entry = newEntry();
    entry.set('description', createRichText('before'));
    const fragment = richTextOf(entry, 'description');
    writeRichTextPlain(entry, 'description', 'after');
    expect(richTextOf(entry, 'description')).toBe(fragment);
    expect(readRichTextPlain(entry, 'description')).toBe('after');
  });
});

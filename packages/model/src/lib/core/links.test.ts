import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from '../roadmap/addItem.js';
import { deleteItem } from '../roadmap/deleteItem.js';
import { updateItem } from '../roadmap/updateItem.js';
import { boardMaps } from './boardMaps.js';
import { addLink, LINKS_FIELD, linkKey, readLinks, removeLink, type LinkTarget } from './links.js';
import { META_FIELDS, SCHEMA_VERSION } from './schema.js';

const PERSONA: LinkTarget = { boardId: 'PersonasBoard001', itemId: 'PersonaEntry0001' };
const GOAL: LinkTarget = { boardId: 'StrategyBoard001', itemId: 'GoalEntry0000001' };
const LAUNCH: LinkTarget = { boardId: 'LaunchBoard00001', itemId: null };

/** The item's Y.Map, for reading its links. */
function itemMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const item = boardMaps(doc).items.get(id);
  if (!(item instanceof Y.Map)) throw new Error(`no item ${id}`);
  return item;
}

describe('links', () => {
  it('stores a link on the pointing entry, once per target, sorted by key', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    addLink(doc, 'items', id, PERSONA, ctx);
    addLink(doc, 'items', id, GOAL, ctx);
    addLink(doc, 'items', id, PERSONA, ctx);
    expect(readLinks(itemMap(doc, id))).toEqual(
      [PERSONA, GOAL].sort((a, b) => (linkKey(a) < linkKey(b) ? -1 : 1)),
    );
  });

  it('links a whole board with itemId null, with its own key', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Release 1' }, ctx);
    addLink(doc, 'items', id, LAUNCH, ctx);
    expect(linkKey(LAUNCH)).toBe('LaunchBoard00001/');
    expect(readLinks(itemMap(doc, id))).toEqual([LAUNCH]);
  });

  it('writes each link in one transaction with the caller origin', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    addLink(doc, 'items', id, PERSONA, ctx);
    removeLink(doc, 'items', id, PERSONA, ctx);
    expect(origins).toEqual([ctx.origin, ctx.origin]);
  });

  it('keeps links across a rename of the pointing entry and removes one on request', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    addLink(doc, 'items', id, PERSONA, ctx);
    addLink(doc, 'items', id, GOAL, ctx);
    updateItem(doc, id, { title: 'Invoicing' }, ctx);
    removeLink(doc, 'items', id, PERSONA, ctx);
    expect(readLinks(itemMap(doc, id))).toEqual([GOAL]);
  });

  it('refuses malformed targets and unknown entries without writing', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    expectRefused(doc, 'invalid', () =>
      addLink(doc, 'items', id, { boardId: '', itemId: null }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addLink(doc, 'items', id, { boardId: 'a/b', itemId: 'PersonaEntry0001' }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addLink(doc, 'items', id, { boardId: PERSONA.boardId, itemId: '<b>x</b>' }, ctx),
    );
    expectRefused(doc, 'not-found', () => addLink(doc, 'items', 'NoSuchItem000001', PERSONA, ctx));
    expectRefused(doc, 'not-found', () => addLink(doc, 'releases', id, PERSONA, ctx));
    expectRefused(doc, 'not-found', () =>
      removeLink(doc, 'items', 'NoSuchItem000001', PERSONA, ctx),
    );
  });

  it('refuses a collection name that a foreign client used for another shared type', () => {
    const { doc, ctx } = createTestBoard();
    doc.getText('notes').insert(0, 'hello');
    expectRefused(doc, 'not-found', () => addLink(doc, 'notes', 'PersonaEntry0001', PERSONA, ctx));
  });

  it('does nothing when removing a link that is not there', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    const before = Y.encodeStateAsUpdate(doc);
    removeLink(doc, 'items', id, PERSONA, ctx);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('caps the links of one entry but still accepts a link it already has', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    const targets = Array.from({ length: 100 }, (_, index) => ({
      boardId: PERSONA.boardId,
      itemId: `Persona${String(index).padStart(9, '0')}`,
    }));
    for (const target of targets) addLink(doc, 'items', id, target, ctx);
    expectRefused(doc, 'invalid', () => addLink(doc, 'items', id, GOAL, ctx));
    addLink(doc, 'items', id, at(targets, 0), ctx);
    expect(readLinks(itemMap(doc, id))).toHaveLength(100);
  });

  it('refuses to write to a board of a newer schema', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    boardMaps(doc).meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION + 1);
    expectRefused(doc, 'unsupported-schema', () => addLink(doc, 'items', id, PERSONA, ctx));
  });

  it('reads foreign values as no links, and skips entries that are not links', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    const item = itemMap(doc, id);
    item.set(LINKS_FIELD, 'not a map');
    expect(readLinks(item)).toEqual([]);
    const links = new Y.Map<unknown>();
    item.set(LINKS_FIELD, links);
    links.set('x', 42);
    links.set('y', null);
    links.set('wrong/key', { boardId: PERSONA.boardId, itemId: PERSONA.itemId });
    links.set('B/', { boardId: 'B', itemId: 7 });
    links.set(linkKey(GOAL), { boardId: GOAL.boardId, itemId: GOAL.itemId });
    expect(readLinks(item)).toEqual([GOAL]);
    // A foreign value in the field is replaced by the first link added.
    item.set(LINKS_FIELD, 'not a map');
    addLink(doc, 'items', id, PERSONA, ctx);
    expect(readLinks(item)).toEqual([PERSONA]);
  });

  it('converges when two people link the same item to different targets at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 21);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(alice, { title: 'Billing' }, at(contexts, 0));
    addLink(alice, 'items', id, GOAL, at(contexts, 0));
    network.deliverAll();
    addLink(alice, 'items', id, PERSONA, at(contexts, 0));
    addLink(bob, 'items', id, LAUNCH, at(contexts, 1));
    network.deliverAll();
    const expected = readLinks(itemMap(alice, id));
    expect(expected).toHaveLength(3);
    expect(readLinks(itemMap(bob, id))).toEqual(expected);
  });

  it('drops the links with the entry when the entry is deleted', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    addLink(doc, 'items', id, PERSONA, ctx);
    deleteItem(doc, id, ctx);
    expectRefused(doc, 'not-found', () => removeLink(doc, 'items', id, PERSONA, ctx));
  });
});

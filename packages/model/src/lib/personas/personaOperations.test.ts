import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { richTextOf } from '../core/richText.js';
import { addPersona, deletePersona, movePersona, updatePersona } from './personaOperations.js';
import { personaMap } from './personaMap.js';
import { PERSONA_FIELDS, PERSONA_LIMITS } from './personasSchema.js';
import { readPersonas, type PersonasItemView } from './readPersonas.js';

function personasBoard(seed = 1) {
  return createTestBoard(seed, { kind: 'personas', title: 'Personas' });
}

function personaOf(doc: Y.Doc, id: string): PersonasItemView {
  const persona = readPersonas(doc).items.find((item) => item.id === id);
  if (!persona) throw new Error(`No persona ${id}.`);
  return persona;
}

describe('addPersona', () => {
  it('adds a persona with defaults and a rich-text description', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: ' Priya ' }, ctx);
    expect(personaOf(doc, id)).toMatchObject({
      title: 'Priya',
      role: '',
      segment: '',
      goals: [],
      pains: [],
      jobs: [],
      quotes: [],
      description: '',
    });
    const map = personaMap(doc, id);
    expect(map && richTextOf(map, PERSONA_FIELDS.description)).toBeInstanceOf(Y.XmlFragment);
  });

  it('stores every field given, trimmed, in order', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(
      doc,
      {
        title: 'Priya',
        role: ' Platform PM ',
        segment: 'Mid-size SaaS',
        goals: ['One plan', ' Fewer meetings '],
        pains: ['Roadmap drift'],
        jobs: ['When planning, I want one board'],
        quotes: [{ text: ' We live in spreadsheets ', source: 'Interview 3', date: '2026-03-14' }],
        description: 'Leads planning.\nOwns the roadmap.',
      },
      ctx,
    );
    const persona = personaOf(doc, id);
    expect(persona).toMatchObject({
      role: 'Platform PM',
      goals: ['One plan', 'Fewer meetings'],
      pains: ['Roadmap drift'],
      jobs: ['When planning, I want one board'],
      description: 'Leads planning.\nOwns the roadmap.',
    });
    expect(persona.quotes).toEqual([
      {
        id: persona.quotes[0]?.id,
        text: 'We live in spreadsheets',
        source: 'Interview 3',
        date: '2026-03-14',
      },
    ]);
  });

  it('orders personas by index', () => {
    const { doc, ctx } = personasBoard();
    const a = addPersona(doc, { title: 'A' }, ctx);
    const b = addPersona(doc, { title: 'B' }, ctx);
    const c = addPersona(doc, { title: 'C', index: 0 }, ctx);
    expect(readPersonas(doc).items.map((item) => item.id)).toEqual([c, a, b]);
    movePersona(doc, c, 5, ctx);
    expect(readPersonas(doc).items.map((item) => item.id)).toEqual([a, b, c]);
  });

  it.each([
    ['a missing name', { title: undefined as unknown as string }],
    ['a blank name', { title: ' ' }],
    ['an over-long name', { title: 'x'.repeat(PERSONA_LIMITS.titleLength + 1) }],
    ['an over-long role', { title: 'a', role: 'x'.repeat(PERSONA_LIMITS.roleLength + 1) }],
    ['a role that is not text', { title: 'a', role: 7 as unknown as string }],
    ['a blank goal', { title: 'a', goals: [' '] }],
    [
      'too many pains',
      { title: 'a', pains: Array.from({ length: PERSONA_LIMITS.listEntries + 1 }, () => 'p') },
    ],
    ['a quote without text', { title: 'a', quotes: [{ text: '' }] }],
    ['a quote dated 2026-02-30', { title: 'a', quotes: [{ text: 'q', date: '2026-02-30' }] }],
    ['a quote dated 14/03/2026', { title: 'a', quotes: [{ text: 'q', date: '14/03/2026' }] }],
    ['a quote naming an id', { title: 'a', quotes: [{ id: 'x', text: 'q' }] }],
    [
      'an over-long description',
      { title: 'a', description: 'x'.repeat(PERSONA_LIMITS.descriptionLength + 1) },
    ],
  ])('refuses %s', (_, input) => {
    const { doc, ctx } = personasBoard();
    expectRefused(doc, 'invalid', () => addPersona(doc, input, ctx));
  });
});

describe('updatePersona', () => {
  it('changes only the given fields and rewrites the description as paragraphs', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: 'Priya', role: 'PM', pains: ['Drift', 'Meetings'] }, ctx);
    updatePersona(
      doc,
      id,
      { segment: 'Enterprise', pains: ['Meetings', 'Tool sprawl'], description: 'a\nb' },
      ctx,
    );
    const persona = personaOf(doc, id);
    expect(persona).toMatchObject({
      title: 'Priya',
      role: 'PM',
      segment: 'Enterprise',
      pains: ['Meetings', 'Tool sprawl'],
      description: 'a\nb',
    });
    expect(persona.updatedAt).toBeGreaterThan(persona.createdAt);
  });

  it('replaces the quotes: updates listed ids, adds new ones, deletes the rest', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: 'P', quotes: [{ text: 'one' }, { text: 'two' }] }, ctx);
    const [one] = personaOf(doc, id).quotes;
    updatePersona(
      doc,
      id,
      {
        quotes: [
          { id: at(personaOf(doc, id).quotes, 1).id, date: '2025-12-01' },
          { text: 'three' },
        ],
      },
      ctx,
    );
    const quotes = personaOf(doc, id).quotes;
    expect(quotes.map((quote) => [quote.text, quote.date])).toEqual([
      ['two', '2025-12-01'],
      ['three', ''],
    ]);
    expect(quotes.some((quote) => quote.id === one?.id)).toBe(false);
  });

  it('refuses unknown personas and quotes', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: 'P' }, ctx);
    expectRefused(doc, 'not-found', () => updatePersona(doc, 'nope', { role: 'x' }, ctx));
    expectRefused(doc, 'not-found', () =>
      updatePersona(doc, id, { quotes: [{ id: 'nope' }] }, ctx),
    );
    expectRefused(doc, 'invalid', () => updatePersona(doc, id, { title: '' }, ctx));
    expectRefused(doc, 'not-found', () => movePersona(doc, 'nope', 0, ctx));
    expectRefused(doc, 'invalid', () => movePersona(doc, id, -1, ctx));
  });

  it('keeps goals two people add at once, and rich text typed concurrently', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 8, { kind: 'personas' });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addPersona(alice, { title: 'P', goals: ['Ship'] }, at(contexts, 0));
    network.deliverAll();
    updatePersona(alice, id, { goals: ['Ship', 'Learn'], role: 'PM' }, at(contexts, 0));
    updatePersona(bob, id, { goals: ['Ship', 'Hire'], segment: 'SMB' }, at(contexts, 1));
    network.deliverAll();
    const views = replicas.map((doc) => personaOf(doc, id));
    expect(at(views, 1)).toEqual(at(views, 0));
    expect(at(views, 0)).toMatchObject({ role: 'PM', segment: 'SMB' });
    expect([...at(views, 0).goals].sort()).toEqual(['Hire', 'Learn', 'Ship']);
  });
});

describe('deletePersona', () => {
  it('removes it, refuses it twice, and refuses a document that is not a board', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: 'P' }, ctx);
    deletePersona(doc, id, ctx);
    expect(readPersonas(doc).items).toEqual([]);
    expectRefused(doc, 'not-found', () => deletePersona(doc, id, ctx));
    const empty = new Y.Doc();
    expectRefused(empty, 'not-found', () => addPersona(empty, { title: 'P' }, testContext(1)));
  });
});

describe('readPersonas', () => {
  it('reads foreign or garbage fields as their defaults without throwing', () => {
    const { doc, ctx } = personasBoard();
    const id = addPersona(doc, { title: 'P', goals: ['g'], quotes: [{ text: 'q' }] }, ctx);
    const map = personaMap(doc, id);
    doc.transact(() => {
      map?.set(PERSONA_FIELDS.title, 42);
      map?.set(PERSONA_FIELDS.pains, 'not a list');
      map?.set(PERSONA_FIELDS.description, { html: '<b>x</b>' });
      doc.getMap('items').set('junk', 'not a persona');
    });
    expect(personaOf(doc, id)).toMatchObject({
      title: '',
      pains: [],
      description: '',
      goals: ['g'],
    });
    expect(readPersonas(doc).items).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addPersona, deletePersona } from './personaOperations.js';
import { PERSONA_LIMITS } from './personasSchema.js';
import { addQuote, deleteQuote, updateQuote } from './quoteOperations.js';
import { readPersonas, type QuoteView } from './readPersonas.js';

function quotesOf(doc: Y.Doc, id: string): readonly QuoteView[] {
  return readPersonas(doc).items.find((item) => item.id === id)?.quotes ?? [];
}

describe('quote operations', () => {
  it('adds quotes at the end, updates given fields, deletes', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'personas' });
    const persona = addPersona(doc, { title: 'P' }, ctx);
    const first = addQuote(
      doc,
      persona,
      { text: ' Too many tools ', source: 'Ana', date: '2026-02-28' },
      ctx,
    );
    const second = addQuote(doc, persona, { text: 'Need one plan' }, ctx);
    expect(quotesOf(doc, persona)).toEqual([
      { id: first, text: 'Too many tools', source: 'Ana', date: '2026-02-28' },
      { id: second, text: 'Need one plan', source: '', date: '' },
    ]);
    updateQuote(doc, persona, second, { source: 'Ben', date: '2024-02-29' }, ctx);
    updateQuote(doc, persona, first, { date: '' }, ctx);
    expect(quotesOf(doc, persona).map((quote) => [quote.source, quote.date])).toEqual([
      ['Ana', ''],
      ['Ben', '2024-02-29'],
    ]);
    deleteQuote(doc, persona, first, ctx);
    expect(quotesOf(doc, persona).map((quote) => quote.id)).toEqual([second]);
  });

  it('refuses dates that are not real dates, bad text and unknown ids', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'personas' });
    const persona = addPersona(doc, { title: 'P' }, ctx);
    const id = addQuote(doc, persona, { text: 'q' }, ctx);
    for (const date of ['2026-02-29', '2026-13-01', 'March 3', '2026-3-3']) {
      expectRefused(doc, 'invalid', () => addQuote(doc, persona, { text: 'q', date }, ctx));
      expectRefused(doc, 'invalid', () => updateQuote(doc, persona, id, { date }, ctx));
    }
    expectRefused(doc, 'invalid', () => addQuote(doc, persona, { text: '  ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      addQuote(doc, persona, { text: 'x'.repeat(PERSONA_LIMITS.quoteLength + 1) }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addQuote(
        doc,
        persona,
        { text: 'q', source: 'x'.repeat(PERSONA_LIMITS.quoteSourceLength + 1) },
        ctx,
      ),
    );
    expectRefused(doc, 'not-found', () => addQuote(doc, 'nope', { text: 'q' }, ctx));
    expectRefused(doc, 'not-found', () => updateQuote(doc, persona, 'nope', { text: 'q' }, ctx));
    expectRefused(doc, 'not-found', () => deleteQuote(doc, persona, 'nope', ctx));
  });

  it('merges concurrent edits of one quote and keeps concurrent additions; delete wins', () => {
    const { network, replicas, contexts } = createTestReplicas(3, 6, { kind: 'personas' });
    const [alice, bob, carol] = [at(replicas, 0), at(replicas, 1), at(replicas, 2)];
    const persona = addPersona(alice, { title: 'P' }, at(contexts, 0));
    const id = addQuote(alice, persona, { text: 'q' }, at(contexts, 0));
    const doomed = addQuote(alice, persona, { text: 'doomed' }, at(contexts, 0));
    network.deliverAll();
    updateQuote(alice, persona, id, { source: 'Ana' }, at(contexts, 0));
    updateQuote(bob, persona, id, { date: '2026-01-02' }, at(contexts, 1));
    addQuote(bob, persona, { text: 'from Bob' }, at(contexts, 1));
    addQuote(carol, persona, { text: 'from Carol' }, at(contexts, 2));
    deleteQuote(carol, persona, doomed, at(contexts, 2));
    updateQuote(alice, persona, doomed, { text: 'saved?' }, at(contexts, 0));
    network.deliverAll();
    const views = replicas.map((doc) => quotesOf(doc, persona));
    for (const view of views) expect(view).toEqual(at(views, 0));
    expect(at(views, 0).find((quote) => quote.id === id)).toMatchObject({
      source: 'Ana',
      date: '2026-01-02',
    });
    expect(
      at(views, 0)
        .map((quote) => quote.text)
        .sort(),
    ).toEqual(['from Bob', 'from Carol', 'q']);
    deletePersona(alice, persona, at(contexts, 0));
    expectRefused(alice, 'not-found', () =>
      addQuote(alice, persona, { text: 'q' }, at(contexts, 0)),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ModelError } from '../lib/core/ModelError.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { compareOrdered } from '../lib/core/orderKeys.js';
import { writeRichTextPlain } from '../lib/core/richText.js';
import { personaMap } from '../lib/personas/personaMap.js';
import {
  addPersona,
  deletePersona,
  movePersona,
  updatePersona,
} from '../lib/personas/personaOperations.js';
import { PERSONA_FIELDS } from '../lib/personas/personasSchema.js';
import { addQuote, deleteQuote, updateQuote } from '../lib/personas/quoteOperations.js';
import { readPersonas, type PersonasView } from '../lib/personas/readPersonas.js';
import { at } from './boardQueries.js';
import { createTestReplicas } from './createTestBoard.js';

/**
 * Targets are picks, not ids (ids only exist once the run creates them): a pick indexes the
 * acting replica's entries followed by every id any replica ever created, so some picks name
 * personas or quotes this replica has deleted or not yet received, and the operation refuses them.
 */
type Pick = number;

type Step =
  | { kind: 'addPersona'; replica: number; title: string; index?: number; pains: string[] }
  | { kind: 'updatePersona'; replica: number; persona: Pick; patch: PersonaPatch }
  | { kind: 'typeDescription'; replica: number; persona: Pick; text: string }
  | { kind: 'movePersona'; replica: number; persona: Pick; index: number }
  | { kind: 'deletePersona'; replica: number; persona: Pick }
  | { kind: 'addQuote'; replica: number; persona: Pick; text: string; date: string }
  | {
      kind: 'updateQuote';
      replica: number;
      persona: Pick;
      quote: Pick;
      source: string;
      date: string;
    }
  | { kind: 'deleteQuote'; replica: number; persona: Pick; quote: Pick }
  | { kind: 'deliver'; count: number };

interface PersonaPatch {
  title?: string;
  role?: string;
  segment?: string;
  goals?: string[];
  pains?: string[];
  jobs?: string[];
  description?: string;
}

const pick = fc.nat({ max: 30 });
const replica = fc.nat({ max: 5 });
const text = fc.constantFrom('Alpha', 'Beta', ' Gamma ', 'Δelta', '🚀', '  ');
const list = fc.subarray(['Ship', 'Learn', 'Hire', 'Plan', 'Rest']);
const date = fc.constantFrom('', '2026-02-28', '2024-02-29', '2026-02-29', 'soon');

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('addPersona' as const),
        replica,
        title: text,
        index: fc.nat({ max: 5 }),
        pains: list,
      },
      { requiredKeys: ['kind', 'replica', 'title', 'pains'] },
    ),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('updatePersona' as const),
      replica,
      persona: pick,
      patch: fc.record(
        {
          title: text,
          role: text,
          segment: text,
          goals: list,
          pains: list,
          jobs: list,
          description: text,
        },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('typeDescription' as const),
      replica,
      persona: pick,
      text,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('movePersona' as const),
      replica,
      persona: pick,
      index: fc.nat({ max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deletePersona' as const), replica, persona: pick }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addQuote' as const),
      replica,
      persona: pick,
      text,
      date,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('updateQuote' as const),
      replica,
      persona: pick,
      quote: pick,
      source: text,
      date,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteQuote' as const),
      replica,
      persona: pick,
      quote: pick,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      count: fc.integer({ min: 1, max: 12 }),
    }),
  },
);

function resolvePick(choice: Pick, local: readonly string[], known: readonly string[]): string {
  const candidates = [...local, ...known];
  return candidates.length === 0 ? 'nothing-yet' : at(candidates, choice % candidates.length);
}

function refusable(operation: () => unknown): boolean {
  try {
    operation();
    return true;
  } catch (error) {
    if (error instanceof ModelError) return false;
    throw error;
  }
}

/** Personas strictly ordered by (order key, id); every quote date empty or a real date. */
function expectInvariants(view: PersonasView): void {
  view.items.forEach((persona, position) => {
    const previous = view.items[position - 1];
    if (previous && compareOrdered(previous, persona) >= 0) {
      throw new Error(`Personas ${previous.id} and ${persona.id} are out of order.`);
    }
    for (const quote of persona.quotes)
      expect(['', '2026-02-28', '2024-02-29']).toContain(quote.date);
  });
}

interface Known {
  personas: string[];
  quotes: string[];
}

function applyStep(
  doc: Y.Doc,
  ctx: OperationContext,
  step: Exclude<Step, { kind: 'deliver' }>,
  known: Known,
): void {
  const view = readPersonas(doc);
  const persona = (choice: Pick) =>
    resolvePick(
      choice,
      view.items.map((item) => item.id),
      known.personas,
    );
  const quote = (personaId: string, choice: Pick) =>
    resolvePick(
      choice,
      view.items.find((item) => item.id === personaId)?.quotes.map((entry) => entry.id) ?? [],
      known.quotes,
    );
  switch (step.kind) {
    case 'addPersona': {
      let id = '';
      if (
        refusable(
          () =>
            (id = addPersona(
              doc,
              { title: step.title, index: step.index, pains: step.pains },
              ctx,
            )),
        )
      ) {
        known.personas.push(id);
        const ids = readPersonas(doc).items.map((item) => item.id);
        expect(ids.indexOf(id)).toBe(Math.min(step.index ?? ids.length, ids.length - 1));
      }
      return;
    }
    case 'updatePersona':
      refusable(() => updatePersona(doc, persona(step.persona), step.patch, ctx));
      return;
    case 'typeDescription': {
      // What the rich-text editor does: edits the shared fragment in place, outside operations.
      const map = personaMap(doc, persona(step.persona));
      if (map)
        doc.transact(
          () => writeRichTextPlain(map, PERSONA_FIELDS.description, step.text),
          ctx.origin,
        );
      return;
    }
    case 'movePersona':
      refusable(() => movePersona(doc, persona(step.persona), step.index, ctx));
      return;
    case 'deletePersona':
      refusable(() => deletePersona(doc, persona(step.persona), ctx));
      return;
    case 'addQuote': {
      let id = '';
      if (
        refusable(
          () =>
            (id = addQuote(doc, persona(step.persona), { text: step.text, date: step.date }, ctx)),
        )
      ) {
        known.quotes.push(id);
      }
      return;
    }
    case 'updateQuote': {
      const id = persona(step.persona);
      refusable(() =>
        updateQuote(doc, id, quote(id, step.quote), { source: step.source, date: step.date }, ctx),
      );
      return;
    }
    case 'deleteQuote': {
      const id = persona(step.persona);
      refusable(() => deleteQuote(doc, id, quote(id, step.quote), ctx));
      return;
    }
  }
}

describe('replicas of a personas board', () => {
  it('converge to the same valid board whatever the operations and the network do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.nat(),
        fc.array(stepArbitrary, { minLength: 20, maxLength: 80, size: 'max' }),
        (count, seed, steps) => {
          const { network, replicas, contexts } = createTestReplicas(count, seed, {
            kind: 'personas',
          });
          const known: Known = { personas: [], quotes: [] };
          for (const step of steps) {
            if (step.kind === 'deliver') {
              network.deliverSome(step.count);
              continue;
            }
            const acting = step.replica % count;
            applyStep(at(replicas, acting), at(contexts, acting), step, known);
            expectInvariants(readPersonas(at(replicas, acting)));
          }
          network.deliverAll();
          const views = replicas.map((doc) => readPersonas(doc));
          for (const view of views) expect(view).toEqual(at(views, 0));
          expectInvariants(at(views, 0));
        },
      ),
      {
        numRuns: Number(process.env.MODEL_FUZZ_RUNS ?? 200),
        seed: Number(process.env.MODEL_FUZZ_SEED ?? 20261126),
      },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type * as Y from 'yjs';
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
import {
  deliverSteps,
  refusable,
  replicaStep,
  resolvePick,
  testConvergence,
  type DeliverStep,
  type Pick,
} from './convergenceHarness.js';

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
  | { kind: 'deleteQuote'; replica: number; persona: Pick; quote: Pick };

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
const text = fc.constantFrom('Alpha', 'Beta', ' Gamma ', 'Δelta', '🚀', '  ');
const list = fc.subarray(['Ship', 'Learn', 'Hire', 'Plan', 'Rest']);
const date = fc.constantFrom('', '2026-02-28', '2024-02-29', '2026-02-29', 'soon');

const stepArbitrary: fc.Arbitrary<Step | DeliverStep> = fc.oneof(
  replicaStep(3, 'addPersona', { title: text, index: fc.nat({ max: 5 }), pains: list }, ['index']),
  replicaStep(4, 'updatePersona', {
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
  replicaStep(2, 'typeDescription', { persona: pick, text }),
  replicaStep(1, 'movePersona', { persona: pick, index: fc.nat({ max: 5 }) }),
  replicaStep(1, 'deletePersona', { persona: pick }),
  replicaStep(3, 'addQuote', { persona: pick, text, date }),
  replicaStep(3, 'updateQuote', { persona: pick, quote: pick, source: text, date }),
  replicaStep(1, 'deleteQuote', { persona: pick, quote: pick }),
  deliverSteps(4),
);

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

function applyStep(doc: Y.Doc, ctx: OperationContext, step: Step, known: Known): void {
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
  testConvergence(
    'personas',
    'converge to the same valid board whatever the operations and the network do',
    {
      board: { kind: 'personas' },
      steps: stepArbitrary,
      known: (): Known => ({ personas: [], quotes: [] }),
      read: readPersonas,
      apply: applyStep,
      expectInvariants,
    },
  );
});

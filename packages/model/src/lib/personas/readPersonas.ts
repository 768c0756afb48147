import type * as Y from 'yjs';
import { boardMaps, forEachChildMap, readNumber, readString } from '../core/boardMaps.js';
import { compareOrdered } from '../core/orderKeys.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import { readRichTextPlain } from '../core/richText.js';
import { readListEntries, readTextList } from '../core/orderedList.js';
import { PERSONA_FIELDS, QUOTE_FIELDS } from './personasSchema.js';

/** An interview quote. */
export interface QuoteView {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  /** 'YYYY-MM-DD' or '' when unknown. */
  readonly date: string;
}

/** A persona card, as views and the REST API show it. */
export interface PersonasItemView {
  readonly id: string;
  /** The persona's name. */
  readonly title: string;
  readonly role: string;
  readonly segment: string;
  readonly goals: readonly string[];
  readonly pains: readonly string[];
  readonly jobs: readonly string[];
  readonly quotes: readonly QuoteView[];
  /** The rich-text description as plain text, one line per block. */
  readonly description: string;
  readonly order: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A plain, read-only picture of a personas board. */
export interface PersonasView extends BoardMetaView {
  readonly kind: 'personas';
  /** In (order, id) order. */
  readonly items: readonly PersonasItemView[];
}

function readQuotes(persona: Y.Map<unknown>): QuoteView[] {
  return readListEntries(persona, PERSONA_FIELDS.quotes).map(({ id, map }) => ({
    id,
    text: readString(map, QUOTE_FIELDS.text),
    source: readString(map, QUOTE_FIELDS.source),
    date: readString(map, QUOTE_FIELDS.date),
  }));
}

/** Reads one persona's Y.Map into plain values. */
export function readPersona(persona: Y.Map<unknown>, id: string): PersonasItemView {
  return {
    id,
    title: readString(persona, PERSONA_FIELDS.title),
    role: readString(persona, PERSONA_FIELDS.role),
    segment: readString(persona, PERSONA_FIELDS.segment),
    goals: readTextList(persona, PERSONA_FIELDS.goals),
    pains: readTextList(persona, PERSONA_FIELDS.pains),
    jobs: readTextList(persona, PERSONA_FIELDS.jobs),
    quotes: readQuotes(persona),
    description: readRichTextPlain(persona, PERSONA_FIELDS.description),
    order: readString(persona, PERSONA_FIELDS.order),
    createdAt: readNumber(persona, PERSONA_FIELDS.createdAt),
    updatedAt: readNumber(persona, PERSONA_FIELDS.updatedAt),
  };
}

/** Reads a personas board into plain values; never throws on foreign or half-synced data. */
export function readPersonas(doc: Y.Doc): PersonasView {
  const items: PersonasItemView[] = [];
  forEachChildMap(boardMaps(doc).items, (persona, id) => items.push(readPersona(persona, id)));
  return { kind: 'personas', ...readMeta(doc), items: items.sort(compareOrdered) };
}

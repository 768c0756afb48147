/**
 * The layout of a personas board, beside the `meta` map every board has:
 * - `items` Y.Map<personaId, Y.Map>: persona cards.
 * Roadmap items point at the personas they serve from their own `links` (lib/core/links.ts); a
 * persona stores no links of its own, so a link is one write to one board.
 * docs/boards/personas.md describes the same layout for third-party clients.
 */

/** Keys of a persona's Y.Map. */
export const PERSONA_FIELDS = {
  /** The persona's name, e.g. "Priya, the platform PM"; plain string, last writer wins. */
  title: 'title',
  /** Job title or role, e.g. "Product manager"; plain string. */
  role: 'role',
  /** Market segment, e.g. "Mid-size SaaS"; plain string. */
  segment: 'segment',
  /**
   * What they want to achieve: an ordered text list, Y.Map<entryId, Y.Map{text, order}> (see
   * orderedList.ts), so entries added by two people in a workshop at once both survive.
   */
  goals: 'goals',
  /** What gets in their way; an ordered text list like `goals`. */
  pains: 'pains',
  /** Jobs to be done ("When …, I want to …, so I can …"); an ordered text list like `goals`. */
  jobs: 'jobs',
  /**
   * Interview quotes: Y.Map<quoteId, Y.Map{text, source, date, order}>, so one person fixing a
   * quote's source while another adds a quote keeps both.
   */
  quotes: 'quotes',
  /** Free-form notes: a Y.XmlFragment edited live with carets (lib/core/richText.ts). */
  description: 'description',
  /** Fractional order key among the personas; ties broken by id. */
  order: 'order',
  /** Milliseconds since the epoch, from the clock of whoever created the persona. */
  createdAt: 'createdAt',
  /** Milliseconds since the epoch of the last change made through a named operation. */
  updatedAt: 'updatedAt',
} as const;

/** Keys of a quote's Y.Map. */
export const QUOTE_FIELDS = {
  /** What the person said, verbatim. */
  text: 'text',
  /** Who said it or where it was heard, e.g. "Interview #12, Acme"; may be empty. */
  source: 'source',
  /** When, as an ISO calendar date 'YYYY-MM-DD' (a real date), or '' when unknown. */
  date: 'date',
  /** Fractional order key among the persona's quotes. */
  order: 'order',
} as const;

/** Limits of a persona's text and lists; the REST API and the UI enforce the same. */
export const PERSONA_LIMITS = {
  titleLength: 200,
  roleLength: 100,
  segmentLength: 100,
  listEntryLength: 300,
  listEntries: 50,
  quoteLength: 2_000,
  quoteSourceLength: 200,
  quotesPerPersona: 100,
  descriptionLength: 20_000,
} as const;

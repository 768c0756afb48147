import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { validateText } from '../core/validateText.js';
import { isCalendarDate } from './isCalendarDate.js';
import { PERSONA_LIMITS, QUOTE_FIELDS } from './personasSchema.js';

/** A new quote: the text is required. */
export interface NewQuote {
  readonly text: string;
  /** Who said it; '' when absent. */
  readonly source?: string;
  /** 'YYYY-MM-DD' or '' (unknown); '' when absent. */
  readonly date?: string;
}

/** The editable fields of a quote, all optional. */
export interface QuotePatch {
  readonly text?: string;
  readonly source?: string;
  readonly date?: string;
}

/** Validated quote fields, ready to write. */
export interface ValidQuoteFields {
  text?: string;
  source?: string;
  date?: string;
}

function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new ModelError('invalid', `${field} must be text.`);
  return value;
}

/** Checks every given field; throws ModelError('invalid'). */
export function validateQuotePatch(patch: QuotePatch): ValidQuoteFields {
  if (typeof patch !== 'object' || patch === null) {
    throw new ModelError('invalid', 'A quote must be an object.');
  }
  const valid: ValidQuoteFields = {};
  if (patch.text !== undefined) {
    const text = requireString('Quote', patch.text);
    valid.text = validateText('Quote', text, PERSONA_LIMITS.quoteLength);
  }
  if (patch.source !== undefined) {
    const source = requireString('Source', patch.source);
    valid.source = validateText('Source', source, PERSONA_LIMITS.quoteSourceLength, true);
  }
  if (patch.date !== undefined) {
    const date = requireString('Date', patch.date).trim();
    if (date !== '' && !isCalendarDate(date)) {
      throw new ModelError(
        'invalid',
        `Date ${JSON.stringify(date)} is not a real date written as YYYY-MM-DD.`,
      );
    }
    valid.date = date;
  }
  return valid;
}

/** Checks a new quote and fills its defaults. */
export function validateNewQuote(input: NewQuote): Required<ValidQuoteFields> {
  const valid = validateQuotePatch(input);
  if (valid.text === undefined) throw new ModelError('invalid', 'Quote text is required.');
  return { text: valid.text, source: valid.source ?? '', date: valid.date ?? '' };
}

/** Writes validated fields into a quote's Y.Map; only fields that changed are written. */
export function writeQuoteFields(quote: Y.Map<unknown>, fields: ValidQuoteFields): void {
  for (const key of ['text', 'source', 'date'] as const) {
    const value = fields[key];
    if (value !== undefined && quote.get(QUOTE_FIELDS[key]) !== value) {
      quote.set(QUOTE_FIELDS[key], value);
    }
  }
}

import { deleteQuote, updateQuote, type QuoteView } from '@cairn/model';
import { useId, useState } from 'react';
import { ConfirmDeleteButton } from '../../ui/ConfirmDeleteButton';
import { LiveTextField } from '../../ui/LiveTextField';
import type { KindOperation } from '../useBoardOperation';

interface QuoteItemProps {
  readonly personaId: string;
  readonly quote: QuoteView;
  readonly readOnly: boolean;
  readonly perform: (operation: KindOperation) => string | null;
}

/** One interview quote, its source and date, each edited in place. */
export function QuoteItem({ personaId, quote, readOnly, perform }: QuoteItemProps) {
  const dateId = useId();
  const [dateError, setDateError] = useState<string | null>(null);
  const save = (patch: Parameters<typeof updateQuote>[3]) =>
    perform((doc, ctx) => updateQuote(doc, personaId, quote.id, patch, ctx));
  if (readOnly) {
    return (
      <li className="quote">
        <blockquote className="quote__text" dir="auto">
          {quote.text}
        </blockquote>
        <p className="quote__source" dir="auto">
          {[quote.source, quote.date].filter((part) => part !== '').join(', ')}
        </p>
      </li>
    );
  }
  return (
    <li className="quote">
      <div className="quote__head">
        <LiveTextField
          label="Quote"
          hideLabel
          multiline
          value={quote.text}
          readOnly={false}
          onSave={(text) => save({ text })}
          className="quote__text-field"
        />
        <ConfirmDeleteButton
          what={`quote “${quote.text.slice(0, 40)}”`}
          onDelete={() => {
            perform((doc, ctx) => deleteQuote(doc, personaId, quote.id, ctx));
          }}
        />
      </div>
      <div className="quote__meta">
        <LiveTextField
          label="Source"
          value={quote.source}
          readOnly={false}
          onSave={(source) => save({ source })}
        />
        <div className="live-field">
          <label htmlFor={dateId} className="live-field__label">
            Date
          </label>
          <input
            id={dateId}
            type="date"
            value={quote.date}
            aria-invalid={dateError !== null}
            onChange={(event) => setDateError(save({ date: event.target.value }))}
          />
          {dateError !== null && (
            <p className="field-error" role="alert">
              {dateError}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

import { useId, useState, type FormEvent } from 'react';

/** A quote as typed into the form. */
export interface QuoteDraft {
  readonly text: string;
  readonly source: string;
  /** 'YYYY-MM-DD' from the date picker, or ''. */
  readonly date: string;
}

interface AddQuoteFormProps {
  /** Accessible name of the form, e.g. "Add a quote to Priya". */
  readonly label: string;
  /** Adds the quote; returns the refusal message, or null. */
  readonly onAdd: (quote: QuoteDraft) => string | null;
}

/** Quote, who said it and when: Enter in a field (or Add) saves and clears for the next one. */
export function AddQuoteForm({ label, onAdd }: AddQuoteFormProps) {
  const [draft, setDraft] = useState<QuoteDraft>({ text: '', source: '', date: '' });
  const [error, setError] = useState<string | null>(null);
  const ids = { text: useId(), source: useId(), date: useId(), error: useId() };
  const edit = (field: keyof QuoteDraft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setError(null);
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const message = onAdd(draft);
    setError(message);
    if (message === null)
      setDraft((current) => ({ text: '', source: current.source, date: current.date }));
  };
  return (
    <form className="add-quote" aria-label={label} onSubmit={submit} noValidate>
      <div className="field add-quote__text">
        <label htmlFor={ids.text}>Quote</label>
        <input
          id={ids.text}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="What did they say?"
          value={draft.text}
          aria-describedby={error !== null ? ids.error : undefined}
          onChange={(event) => edit('text', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.source}>Source</label>
        <input
          id={ids.source}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="Interview, customer"
          value={draft.source}
          onChange={(event) => edit('source', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.date}>Date</label>
        <input
          id={ids.date}
          type="date"
          value={draft.date}
          onChange={(event) => edit('date', event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Add quote
      </button>
      {error !== null && (
        <p id={ids.error} className="field-error add-quote__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

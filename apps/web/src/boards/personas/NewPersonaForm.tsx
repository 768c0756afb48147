import { addPersona } from '@cairn/model';
import { useId, useState, type FormEvent } from 'react';
import type { KindOperation } from '../useBoardOperation';

interface NewPersonaFormProps {
  readonly perform: (operation: KindOperation) => string | null;
}

/**
 * A persona sketch in one go, straight from an interview: a name, and optionally the quote that
 * prompted it with its source. Enter creates the card and clears the form for the next sketch.
 */
export function NewPersonaForm({ perform }: NewPersonaFormProps) {
  const [name, setName] = useState('');
  const [quote, setQuote] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), quote: useId(), source: useId(), error: useId() };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const quotes = quote.trim() === '' ? [] : [{ text: quote, source }];
    const message = perform((doc, ctx) => void addPersona(doc, { title: name, quotes }, ctx));
    setError(message);
    if (message === null) {
      setName('');
      setQuote('');
    }
  };

  return (
    <form className="new-persona" aria-label="New persona" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>Persona name</label>
        <input
          id={ids.name}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="Name, e.g. Priya the platform PM"
          value={name}
          aria-describedby={error !== null ? ids.error : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field new-persona__quote">
        <label htmlFor={ids.quote}>From the quote (optional)</label>
        <input
          id={ids.quote}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="“We plan in five tools.”"
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
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
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary">
        Add persona
      </button>
      {error !== null && (
        <p id={ids.error} className="field-error new-persona__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

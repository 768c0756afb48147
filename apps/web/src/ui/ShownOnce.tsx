import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { copyText } from '../share/copyText';
import { Icon } from './Icon';

interface ShownOnceProps {
  /** What the value is, as the field's label ("Published address", "Signing secret"). */
  readonly label: string;
  readonly value: string;
  /** What to tell the person about it, above the field. */
  readonly children: ReactNode;
  readonly onDone: () => void;
  readonly doneLabel: string;
}

/** A secret the server keeps no copy of (or never shows again), shown once with Copy. */
export function ShownOnce({ label, value, children, onDone, doneLabel }: ShownOnceProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  return (
    <section className="share-created" aria-label="Shown once">
      {children}
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <div className="copy-field">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            readOnly
            value={value}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void copyText(value, inputRef.current).then((ok) => setCopied(ok ? 'yes' : 'failed'));
            }}
          >
            <Icon name="copy" /> Copy
          </button>
        </div>
        <p className="field__hint" aria-live="polite">
          {copied === 'yes' && 'Copied to the clipboard.'}
          {copied === 'failed' && 'Could not copy: select it and copy it yourself.'}
        </p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { CreatedShareLink } from '../api/accessTypes';
import { Icon } from '../ui/Icon';
import { copyText } from './copyText';
import { shareLinkUrl } from './shareLinkUrl';

interface CreatedLinkProps {
  readonly boardId: string;
  readonly link: CreatedShareLink;
  readonly onDone: () => void;
}

/**
 * The link just made, shown once: the server keeps only a hash of its secret. The address is
 * built here, from this page's origin, so it opens the Cairn the person is using.
 */
export function CreatedLink({ boardId, link, onDone }: CreatedLinkProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const url = shareLinkUrl(window.location.origin, boardId, link.secret);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  return (
    <section className="share-created" aria-label="Link just created">
      <p>
        Anyone with this link can open the board as a <strong>{link.role}</strong>
        {link.label !== null && (
          <>
            {' '}
            under the name <strong dir="auto">{link.label}</strong>
          </>
        )}
        . Send it privately. It is shown only once.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Share link</label>
        <div className="copy-field">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void copyText(url, inputRef.current).then((ok) => setCopied(ok ? 'yes' : 'failed'));
            }}
          >
            <Icon name="copy" /> Copy link
          </button>
        </div>
        <p className="field__hint" aria-live="polite">
          {copied === 'yes' && 'Link copied to the clipboard.'}
          {copied === 'failed' && 'Could not copy: select the link and copy it yourself.'}
        </p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone}>
          Make another link
        </button>
      </div>
    </section>
  );
}

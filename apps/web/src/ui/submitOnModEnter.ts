import type { KeyboardEvent } from 'react';

/** A form's onKeyDown: Ctrl+Enter (⌘+Enter on a Mac) anywhere in the form submits it. */
export function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

import type { Editor } from 'tldraw';

interface TemplatesMenuProps {
  readonly editor: Editor;
}

/** Start from a workshop template. (Stub.) */
export function TemplatesMenu(_props: TemplatesMenuProps) {
  return null;
}

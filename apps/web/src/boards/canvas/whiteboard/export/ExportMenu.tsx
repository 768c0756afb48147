import type { Editor } from 'tldraw';

interface ExportMenuProps {
  readonly editor: Editor;
}

/** Export the canvas or the selection as PNG or SVG. (Stub.) */
export function ExportMenu(_props: ExportMenuProps) {
  return null;
}

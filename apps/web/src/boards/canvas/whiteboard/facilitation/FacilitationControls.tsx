import type { Editor } from 'tldraw';

interface FacilitationControlsProps {
  readonly editor: Editor;
}

/** The shared timer and dot voting. (Stub.) */
export function FacilitationControls(_props: FacilitationControlsProps) {
  return null;
}

import type { Editor } from 'tldraw';

interface CardsMenuProps {
  readonly editor: Editor;
}

/** Put roadmap items and personas on the canvas, and turn stickies into roadmap items. (Stub.) */
export function CardsMenu(_props: CardsMenuProps) {
  return null;
}

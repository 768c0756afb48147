import { useValue, type Editor } from 'tldraw';
import { isVotable, shapeText, shortLabel } from './votableShapes';

interface SelectionDotButtonsProps {
  readonly editor: Editor;
  /** Places `delta` dots on the shape (takes them back when negative). */
  readonly onChange: (shapeId: string, delta: number) => void;
  /** The person's dots on each shape. */
  readonly dotsOn: (shapeId: string) => number;
  readonly dotsLeft: number;
}

/** The keyboard way to vote: place or take back a dot on the one selected votable shape. */
export function SelectionDotButtons({
  editor,
  onChange,
  dotsOn,
  dotsLeft,
}: SelectionDotButtonsProps) {
  const selected = useValue(
    'selected votable shape',
    () => {
      const shape = editor.getOnlySelectedShape();
      return shape && isVotable(shape) ? { id: shape.id, text: shapeText(editor, shape) } : null;
    },
    [editor],
  );
  const title = selected
    ? `Selected: ${shortLabel(selected.text)}`
    : 'Select one sticky or card to vote with these buttons';
  return (
    <>
      <button
        type="button"
        className="button"
        title={title}
        disabled={!selected || dotsLeft === 0}
        onClick={() => selected && onChange(selected.id, 1)}
      >
        Add dot to selection
      </button>
      <button
        type="button"
        className="button"
        title={title}
        disabled={!selected || dotsOn(selected.id) === 0}
        onClick={() => selected && onChange(selected.id, -1)}
      >
        Remove dot from selection
      </button>
    </>
  );
}

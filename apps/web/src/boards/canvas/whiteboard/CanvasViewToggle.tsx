import './canvasViewToggle.css';

/** The two ways to look at a canvas board: the sticky notes of `@cairn/model`, or tldraw. */
export type CanvasView = 'notes' | 'whiteboard';

const VIEWS: ReadonlyArray<{ readonly id: CanvasView; readonly label: string }> = [
  { id: 'notes', label: 'Notes' },
  { id: 'whiteboard', label: 'Whiteboard' },
];

interface CanvasViewToggleProps {
  readonly current: CanvasView;
  readonly onChange: (view: CanvasView) => void;
}

/** A two-button switch between the Notes and Whiteboard views (`aria-pressed` on the current one). */
export function CanvasViewToggle({ current, onChange }: CanvasViewToggleProps) {
  return (
    <div className="canvas-view-toggle" role="group" aria-label="Canvas view">
      {VIEWS.map((view) => (
        <button
          key={view.id}
          type="button"
          className="canvas-view-toggle__option"
          aria-pressed={view.id === current}
          onClick={() => onChange(view.id)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}

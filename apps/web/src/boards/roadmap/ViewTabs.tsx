import { useRef, type KeyboardEvent } from 'react';
import { VIEW_MODES, type ViewMode } from './roadmapViewModes';

interface ViewTabsProps {
  readonly current: ViewMode;
  readonly onChange: (mode: ViewMode) => void;
  /** Id prefix shared with the tab panel (`<prefix>-panel`). */
  readonly idPrefix: string;
}

/**
 * The view switcher: a tablist (Board, Timeline, Table, Prioritise). Arrow keys, Home and End
 * move between tabs and select them, as the ARIA tabs pattern asks.
 */
export function ViewTabs({ current, onChange, idPrefix }: ViewTabsProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (index: number): void => {
    const count = VIEW_MODES.length;
    const next = VIEW_MODES[(index + count) % count];
    if (!next) return;
    onChange(next.id);
    tabs.current[(index + count) % count]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = VIEW_MODES.findIndex((mode) => mode.id === current);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: VIEW_MODES.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="Roadmap views" onKeyDown={onKeyDown}>
      {VIEW_MODES.map((mode, index) => (
        <button
          key={mode.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${mode.id}`}
          aria-selected={mode.id === current}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={mode.id === current ? 0 : -1}
          className="view-tabs__tab"
          onClick={() => onChange(mode.id)}
        >
          {mode.label}
        </button>
      ))}
    </div>
  );
}

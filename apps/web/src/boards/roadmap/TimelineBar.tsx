import { updateItem, type ItemView } from '@cairn/model';
import type { CSSProperties, KeyboardEvent } from 'react';
import { barSpan, shiftSpan, type BarSpan } from './barDates';
import { describeWarning, HEALTH_LABEL } from './healthLabel';
import { formatDay, offsetOf, type TimelineScale, type TimelineZoom } from './timelineScale';
import { useBarDrag, type BarDragMode } from './useBarDrag';
import { useRoadmap } from './useRoadmap';

interface TimelineBarProps {
  readonly item: ItemView;
  readonly scale: TimelineScale;
  readonly zoom: TimelineZoom;
  /** Id of the element that explains the keys. */
  readonly instructionsId: string;
}

/**
 * An item as a bar from its start to its end date. Editors drag it (or its end handle) with the
 * pointer, or focus it and use the arrow keys: a day at a time by month, a week by quarter;
 * Shift changes the end date only. Each drag or key press is one updateItem.
 */
export function TimelineBar({ item, scale, zoom, instructionsId }: TimelineBarProps) {
  const { view, readOnly, perform, reportError, openItem } = useRoadmap();
  const stored = barSpan(item);

  const commit = (span: BarSpan): void => {
    const message = perform((doc, ctx) =>
      updateItem(doc, item.id, { startDate: span.start, endDate: span.end }, ctx),
    );
    if (message !== null) reportError(message);
  };
  const drag = useBarDrag(scale.days, (mode, days) => {
    if (stored) commit(shiftSpan(stored, mode, days));
  });
  if (!stored) return null;

  const shown = drag.preview ? shiftSpan(stored, drag.preview.mode, drag.preview.days) : stored;
  const left = offsetOf(scale, shown.start);
  const width = offsetOf(scale, shown.end) - left + 100 / scale.days;
  const warnings = item.warnings.map((warning) => describeWarning(warning, view));
  const style = { left: `${left}%`, width: `${width}%` } as CSSProperties;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (readOnly || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const step = (zoom === 'month' ? 1 : 7) * (event.key === 'ArrowLeft' ? -1 : 1);
    const mode: BarDragMode = event.shiftKey ? 'resize' : 'move';
    commit(shiftSpan(stored, mode, step));
  };

  const label =
    `${item.title}: ${formatDay(shown.start)} to ${formatDay(shown.end)}, ` +
    `${HEALTH_LABEL[item.health]}` +
    (warnings.length > 0 ? `. Warning: ${warnings.join(' ')}` : '');

  return (
    <div className="timeline__bar-row">
      <button
        type="button"
        className={[
          'timeline-bar',
          `timeline-bar--${item.health}`,
          warnings.length > 0 ? 'timeline-bar--warning' : '',
          drag.preview ? 'timeline-bar--dragging' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        style={style}
        data-testid="timeline-bar"
        data-item-id={item.id}
        data-start={shown.start}
        data-end={shown.end}
        aria-label={label}
        aria-describedby={readOnly ? undefined : instructionsId}
        title={warnings.join('\n') || undefined}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (!drag.consumeClick()) openItem(item.id);
        }}
        {...(readOnly
          ? {}
          : {
              onPointerDown: (event) => drag.onPointerDown(event, 'move'),
              onPointerMove: drag.onPointerMove,
              onPointerUp: drag.onPointerUp,
              onPointerCancel: drag.onPointerCancel,
            })}
      >
        <span className="timeline-bar__title" dir="auto">
          {warnings.length > 0 && (
            <span className="timeline-bar__warning" aria-hidden="true">
              ⚠{' '}
            </span>
          )}
          {item.title}
        </span>
        {!readOnly && (
          <span
            className="timeline-bar__handle"
            aria-hidden="true"
            onPointerDown={(event) => drag.onPointerDown(event, 'resize')}
          />
        )}
      </button>
    </div>
  );
}

import { useId, useMemo, useState } from 'react';
import { barSpan } from './barDates';
import type { GroupBy } from './roadmapViewModes';
import { swimlanesOf } from './swimlanesOf';
import { TimelineBar } from './TimelineBar';
import { TimelineReleaseMarkers } from './TimelineReleaseMarkers';
import { buildScale, fromDay, type TimelineZoom } from './timelineScale';
import { useRoadmap } from './useRoadmap';

const ZOOMS: readonly { id: TimelineZoom; label: string }[] = [
  { id: 'month', label: 'Months' },
  { id: 'quarter', label: 'Quarters' },
];

/**
 * Items with dates as bars on a month or quarter scale, in swimlanes, with release and milestone
 * markers; items without dates are listed below so none is hidden.
 */
export function TimelineView({ groupBy }: { readonly groupBy: GroupBy }) {
  const { view, readOnly, openItem } = useRoadmap();
  const [zoom, setZoom] = useState<TimelineZoom>('month');
  const instructionsId = useId();
  const today = useMemo(() => fromDay(new Date()), []);

  const scale = useMemo(() => {
    const dates = [
      ...view.items.flatMap((item) => [item.startDate, item.endDate]),
      ...view.releases.map((release) => release.date),
    ].filter((date): date is string => date !== null);
    return buildScale(dates.length > 0 ? dates : [today], zoom, new Date());
  }, [view.items, view.releases, zoom, today]);

  const swimlanes = swimlanesOf(view, groupBy)
    .map((swimlane) => ({ ...swimlane, items: swimlane.items.filter((item) => barSpan(item)) }))
    .filter((swimlane) => swimlane.items.length > 0);
  const unscheduled = view.items.filter((item) => !barSpan(item));

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline__toolbar">
        <div className="segmented" role="group" aria-label="Zoom">
          {ZOOMS.map((option) => (
            <button
              key={option.id}
              type="button"
              className="segmented__option"
              aria-pressed={zoom === option.id}
              onClick={() => setZoom(option.id)}
            >
              {option.label}
            </button>
          ))}
        </div>
        {!readOnly && (
          <p id={instructionsId} className="field__hint">
            Drag a bar to move it, or its right edge to change the end date. With the keyboard,
            focus a bar: arrow keys move it by a {zoom === 'month' ? 'day' : 'week'}, Shift+arrow
            keys change its end date, Enter opens it.
          </p>
        )}
      </div>
      <div className="roadmap-scroll">
        <div className="timeline__grid">
          <div className="timeline__row timeline__row--head">
            <div className="timeline__label" aria-hidden="true" />
            <div className="timeline__track" data-timeline-track>
              {scale.ticks.map((tick) => (
                <span
                  key={tick.key}
                  className="timeline__tick"
                  style={{ left: `${tick.left}%`, width: `${tick.width}%` }}
                >
                  {tick.label}
                </span>
              ))}
              <TimelineReleaseMarkers scale={scale} labelled />
            </div>
          </div>
          {swimlanes.length === 0 && (
            <p className="view-empty">
              No item has dates yet. Open an item to give it a start and end.
            </p>
          )}
          {swimlanes.map((swimlane) => (
            <div
              key={swimlane.id}
              className="timeline__row"
              role="group"
              aria-label={swimlane.name}
              data-testid="timeline-swimlane"
            >
              <h2 className="timeline__label" dir="auto">
                {swimlane.name}
              </h2>
              <div className="timeline__track" data-timeline-track>
                {scale.ticks.map((tick) => (
                  <span
                    key={tick.key}
                    className="timeline__gridline"
                    style={{ left: `${tick.left}%` }}
                    aria-hidden="true"
                  />
                ))}
                <TimelineReleaseMarkers scale={scale} labelled={false} />
                {swimlane.items.map((item) => (
                  <TimelineBar
                    key={item.id}
                    item={item}
                    scale={scale}
                    zoom={zoom}
                    instructionsId={instructionsId}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
      {unscheduled.length > 0 && (
        <div className="timeline__unscheduled">
          <h2 className="timeline__unscheduled-title">Without dates</h2>
          <ul className="chip-list">
            {unscheduled.map((item) => (
              <li key={item.id}>
                <button type="button" className="chip" dir="auto" onClick={() => openItem(item.id)}>
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

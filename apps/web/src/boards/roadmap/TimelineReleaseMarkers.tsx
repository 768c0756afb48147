import { formatDay, offsetOf, type TimelineScale } from './timelineScale';
import { useRoadmap } from './useRoadmap';

/**
 * Vertical markers of releases and milestones across a timeline track; the header's markers
 * carry the names, the rows' are lines only.
 */
export function TimelineReleaseMarkers({
  scale,
  labelled,
}: {
  readonly scale: TimelineScale;
  readonly labelled: boolean;
}) {
  const { view } = useRoadmap();
  return (
    <>
      {view.releases.map((release) => {
        if (release.date === null) return null;
        const left = offsetOf(scale, release.date) + 50 / scale.days;
        if (left < 0 || left > 100) return null;
        return labelled ? (
          <span
            key={release.id}
            className={`timeline-marker timeline-marker--${release.type} timeline-marker--label`}
            style={{ left: `${left}%` }}
            data-testid="timeline-marker"
            dir="auto"
          >
            <span aria-hidden="true">{release.type === 'milestone' ? '◆ ' : '▲ '}</span>
            {release.name}
            <span className="visually-hidden">
              {`, ${release.type} on ${formatDay(release.date)}`}
            </span>
          </span>
        ) : (
          <span
            key={release.id}
            className={`timeline-marker timeline-marker--${release.type}`}
            style={{ left: `${left}%` }}
            aria-hidden="true"
          />
        );
      })}
    </>
  );
}

import { ITEM_HEALTHS } from '@cairn/model';
import { useId } from 'react';
import { HEALTH_LABEL } from './healthLabel';
import type { Draft, EditDraft } from './itemDraft';
import { useRoadmap } from './useRoadmap';

/** The editor's schedule fields: start and end dates, health and the release it ships in. */
export function ItemPlanFields({
  draft,
  edit,
}: {
  readonly draft: Draft;
  readonly edit: EditDraft;
}) {
  const { view } = useRoadmap();
  const ids = { start: useId(), end: useId(), health: useId(), release: useId() };
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.start}>Start date</label>
          <input
            id={ids.start}
            type="date"
            value={draft.startDate}
            onChange={(event) => edit('startDate', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>End date</label>
          <input
            id={ids.end}
            type="date"
            value={draft.endDate}
            min={draft.startDate || undefined}
            onChange={(event) => edit('endDate', event.target.value)}
          />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.health}>Health</label>
          <select
            id={ids.health}
            value={draft.health}
            onChange={(event) => {
              const health = ITEM_HEALTHS.find((known) => known === event.target.value);
              if (health) edit('health', health);
            }}
          >
            {ITEM_HEALTHS.map((health) => (
              <option key={health} value={health}>
                {HEALTH_LABEL[health]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.release}>Release</label>
          <select
            id={ids.release}
            value={draft.releaseId}
            onChange={(event) => edit('releaseId', event.target.value)}
          >
            <option value="">None</option>
            {view.releases.map((release) => (
              <option key={release.id} value={release.id}>
                {release.name}
                {release.date === null ? '' : ` (${release.date})`}
              </option>
            ))}
          </select>
        </div>
      </div>
    </>
  );
}

import type { ItemView } from '@cairn/model';
import { ShowCommentsButton } from '../../comments/ShowCommentsButton';
import { LinkedItems } from '../../links/LinkedItems';
import { describeWarning, HEALTH_LABEL } from './healthLabel';
import { ITEM_STATUS_LABEL } from './itemStatusLabel';
import { formatDay } from './timelineScale';
import { useRoadmap } from './useRoadmap';

/** An item for people who may only read it: every field as text, nothing to edit. */
export function ItemDetails({
  item,
  onClose,
}: {
  readonly item: ItemView;
  readonly onClose: () => void;
}) {
  const { view, boardId, doc } = useRoadmap();
  const titleOf = (id: string) => view.items.find((entry) => entry.id === id)?.title ?? id;
  const release = view.releases.find((entry) => entry.id === item.releaseId);
  const score = (value: number | null) => (value === null ? 'Not set' : String(value));
  return (
    <div className="item-details">
      <dl className="item-details__fields">
        <dt>Status</dt>
        <dd>
          <span className={`status-pill status-pill--${item.status}`}>
            {ITEM_STATUS_LABEL[item.status]}
          </span>
        </dd>
        <dt>Health</dt>
        <dd>
          <span className={`health health--${item.health}`}>{HEALTH_LABEL[item.health]}</span>
        </dd>
        <dt>Owner</dt>
        <dd dir="auto">{item.owner === '' ? 'Nobody yet' : item.owner}</dd>
        <dt>Dates</dt>
        <dd>
          {item.startDate === null && item.endDate === null
            ? 'Not scheduled'
            : `${item.startDate === null ? '…' : formatDay(item.startDate)} to ${item.endDate === null ? '…' : formatDay(item.endDate)}`}
        </dd>
        <dt>Release</dt>
        <dd dir="auto">{release ? release.name : 'None'}</dd>
        <dt>Depends on</dt>
        <dd dir="auto">
          {item.dependencies.length === 0 ? 'Nothing' : item.dependencies.map(titleOf).join(', ')}
        </dd>
        <dt>RICE</dt>
        <dd>{score(item.riceScore)}</dd>
        <dt>Value/effort</dt>
        <dd>{score(item.valueEffort)}</dd>
        <dt>Tags</dt>
        <dd>
          {item.tags.length === 0 ? (
            'None'
          ) : (
            <ul className="item-card__tag-list">
              {item.tags.map((tag) => (
                <li key={tag} className="tag" dir="auto">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {item.warnings.length > 0 && (
        <ul className="item-details__warnings">
          {item.warnings.map((warning) => (
            <li key={`${warning.dependsOn}-${warning.reason}`} dir="auto">
              ⚠ {describeWarning(warning, view)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="item-details__heading">Description</h3>
      {item.description === '' ? (
        <p className="item-details__empty">No description.</p>
      ) : (
        <p className="item-details__description" dir="auto">
          {item.description}
        </p>
      )}
      <LinkedItems
        boardId={boardId}
        doc={doc}
        collection="items"
        entryId={item.id}
        targetKinds={['personas', 'strategy']}
        readOnly
      />
      <div className="dialog__actions">
        <ShowCommentsButton anchor={{ type: 'item', id: item.id }} onBeforeOpen={onClose} />
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

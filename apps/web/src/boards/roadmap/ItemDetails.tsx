import type { ItemView } from '@cairn/model';
import { ITEM_STATUS_LABEL } from './itemStatusLabel';

/** An item for people who may only read it: every field as text, nothing to edit. */
export function ItemDetails({
  item,
  onClose,
}: {
  readonly item: ItemView;
  readonly onClose: () => void;
}) {
  return (
    <div className="item-details">
      <dl className="item-details__fields">
        <dt>Status</dt>
        <dd>
          <span className={`status-pill status-pill--${item.status}`}>
            {ITEM_STATUS_LABEL[item.status]}
          </span>
        </dd>
        <dt>Owner</dt>
        <dd dir="auto">{item.owner === '' ? 'Nobody yet' : item.owner}</dd>
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
      <h3 className="item-details__heading">Description</h3>
      {item.description === '' ? (
        <p className="item-details__empty">No description.</p>
      ) : (
        <p className="item-details__description" dir="auto">
          {item.description}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

import type { ItemView } from '@cairn/model';
import type { CSSProperties } from 'react';
import type { PresenceUser } from '../../sync/PresencePeer';
import { readableTextColor } from '../../ui/readableTextColor';
import { HEALTH_LABEL } from './healthLabel';
import { ITEM_STATUS_LABEL } from './itemStatusLabel';

interface ItemCardBodyProps {
  readonly item: ItemView;
  /** Other people with this item open in their editor. */
  readonly editors: readonly PresenceUser[];
}

/**
 * What a card shows: title, status, health when not on track, a dependency warning, owner, tags,
 * and who is editing it. Pure presentation.
 */
export function ItemCardBody({ item, editors }: ItemCardBodyProps) {
  return (
    <>
      <p className="item-card__title" dir="auto">
        {item.title}
      </p>
      <p className="item-card__meta">
        <span className={`status-pill status-pill--${item.status}`}>
          <span className="visually-hidden">Status: </span>
          {ITEM_STATUS_LABEL[item.status]}
        </span>
        {item.health !== 'on-track' && (
          <span className={`health health--${item.health}`}>
            <span className="visually-hidden">Health: </span>
            {HEALTH_LABEL[item.health]}
          </span>
        )}
        {item.warnings.length > 0 && (
          <span className="health health--at-risk" title="Conflicts with what it depends on">
            ⚠<span className="visually-hidden"> Conflicts with what it depends on</span>
          </span>
        )}
        {item.owner !== '' && (
          <span className="item-card__owner" dir="auto">
            <span className="visually-hidden">Owner: </span>
            {item.owner}
          </span>
        )}
      </p>
      {item.tags.length > 0 && (
        // No aria-label here: "Tags" must stay the editor field's label alone.
        <div className="item-card__tags">
          <span className="visually-hidden">Tags: </span>
          <ul className="item-card__tag-list">
            {item.tags.map((tag) => (
              <li key={tag} className="tag" dir="auto">
                {tag}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editors.length > 0 && (
        <p className="item-card__editors">
          <span className="visually-hidden">Being edited by </span>
          {editors.map((user) => (
            <span
              key={user.id}
              className="editing-indicator"
              data-testid="editing-indicator"
              data-user-id={user.id}
              title={`${user.name} is editing this item`}
              dir="auto"
              style={
                {
                  '--editor-color': user.color,
                  '--editor-text': readableTextColor(user.color),
                } as CSSProperties
              }
            >
              {user.name}
            </span>
          ))}
        </p>
      )}
    </>
  );
}

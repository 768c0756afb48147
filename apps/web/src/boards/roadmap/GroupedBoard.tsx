import type { CSSProperties, KeyboardEvent } from 'react';
import { ItemCardBody } from './ItemCardBody';
import type { Swimlane } from './swimlanesOf';
import { useRoadmap } from './useRoadmap';

/**
 * The Now / Next / Later board with swimlanes by owner or tag. Cards open the item (where owner,
 * tags and horizon are changed); dragging stays on the board grouped by lane, where a drop has
 * one meaning.
 */
export function GroupedBoard({ swimlanes }: { readonly swimlanes: readonly Swimlane[] }) {
  const { view, openItem, editorsOf } = useRoadmap();
  const gridStyle = { '--horizon-count': view.horizons.length } as CSSProperties;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, itemId: string): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openItem(itemId);
    }
  };
  if (swimlanes.length === 0) return <p className="view-empty">No items yet.</p>;
  return (
    <div className="roadmap-scroll">
      <div className="roadmap-grid" style={gridStyle}>
        <div className="roadmap-grid__row roadmap-grid__row--head" aria-hidden="true">
          <div className="roadmap-grid__corner">Group</div>
          {view.horizons.map((horizon) => (
            <div key={horizon.id} className="horizon-header" dir="auto">
              {horizon.name}
            </div>
          ))}
        </div>
        {swimlanes.map((swimlane) => (
          <div key={swimlane.id} className="roadmap-grid__row" data-testid="swimlane">
            <div className="lane-header">
              <h2 className="lane-header__name" dir="auto">
                {swimlane.name}
              </h2>
              <p className="lane-header__count">
                {swimlane.items.length === 1 ? '1 item' : `${swimlane.items.length} items`}
              </p>
            </div>
            {view.horizons.map((horizon) => (
              <div
                key={horizon.id}
                className="roadmap-cell"
                role="group"
                aria-label={`${swimlane.name} / ${horizon.name}`}
              >
                <ol className="roadmap-cell__items">
                  {swimlane.items
                    .filter((item) => item.horizon === horizon.id)
                    .map((item) => (
                      <li key={item.id}>
                        <div
                          role="button"
                          tabIndex={0}
                          className="item-card"
                          data-testid="grouped-card"
                          data-item-id={item.id}
                          onClick={() => openItem(item.id)}
                          onKeyDown={(event) => onKeyDown(event, item.id)}
                        >
                          <ItemCardBody item={item} editors={editorsOf(item.id)} />
                        </div>
                      </li>
                    ))}
                </ol>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

import { useId } from 'react';
import { matrixQuadrant, QUADRANTS } from './matrixQuadrant';
import { useRoadmap } from './useRoadmap';

/**
 * The value-versus-effort 2×2: quick wins, big bets, fill-ins and money pits, each a labelled
 * list of its items (value 6 or more is high; effort over 2 person-months is high).
 */
export function ValueEffortMatrix() {
  const { view, openItem } = useRoadmap();
  const headingId = useId();
  const unplaced = view.items.filter((item) => matrixQuadrant(item) === null).length;
  return (
    <section className="matrix-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="view-heading">
        Value versus effort
      </h2>
      <div className="matrix" data-testid="value-effort-matrix">
        {QUADRANTS.map((quadrant) => {
          const items = view.items.filter((item) => matrixQuadrant(item) === quadrant.id);
          return (
            <section
              key={quadrant.id}
              className={`matrix__cell matrix__cell--${quadrant.id}`}
              aria-label={quadrant.label}
              data-quadrant={quadrant.id}
            >
              <h3 className="matrix__title">{quadrant.label}</h3>
              <p className="matrix__hint">{quadrant.hint}</p>
              <ul className="chip-list">
                {items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      className="chip"
                      dir="auto"
                      onClick={() => openItem(item.id)}
                    >
                      {item.title}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {unplaced > 0 && (
        <p className="field__hint">
          {unplaced === 1 ? '1 item needs' : `${unplaced} items need`} a value and an effort to
          appear in the matrix.
        </p>
      )}
    </section>
  );
}

import {
  RICE_IMPACTS,
  ROADMAP_LIMITS,
  updateItem,
  type ItemFieldsInput,
  type ItemView,
} from '@cairn/model';
import { useId } from 'react';
import { ScoreInput } from './ScoreInput';
import { useRoadmap } from './useRoadmap';
import { ValueEffortMatrix } from './ValueEffortMatrix';
import { CommentCountBadge } from '../../comments/CommentCountBadge';

/** Items by RICE score, highest first; unscored items last, in board order. */
function byRice(items: readonly ItemView[]): ItemView[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [x, y] = [a.item.riceScore, b.item.riceScore];
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return y - x || a.index - b.index;
    })
    .map(({ item }) => item);
}

/**
 * Prioritisation: items ranked by RICE score with their inputs editable in place, and the
 * value-versus-effort matrix.
 */
export function PrioritiseView() {
  const { view, readOnly, perform, openItem } = useRoadmap();
  const impactId = useId();
  const ranked = byRice(view.items);
  const write = (item: ItemView, patch: ItemFieldsInput) =>
    perform((doc, ctx) => updateItem(doc, item.id, patch, ctx));

  return (
    <div className="prioritise">
      <section aria-labelledby={`${impactId}-rice`}>
        <h2 id={`${impactId}-rice`} className="view-heading">
          RICE ranking
        </h2>
        <p className="field__hint">
          Score = reach × impact × confidence ÷ effort. Impact: 0.25 minimal, 0.5 low, 1 medium, 2
          high, 3 massive. Effort in person-months; value from 1 to 10.
        </p>
        <div className="roadmap-scroll">
          <table className="roadmap-table" data-testid="rice-table">
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Item</th>
                <th scope="col">Reach</th>
                <th scope="col">Impact</th>
                <th scope="col">Confidence %</th>
                <th scope="col">Effort</th>
                <th scope="col">Value</th>
                <th scope="col">RICE</th>
                <th scope="col">Value/effort</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((item, index) => (
                <tr key={item.id} data-testid="rice-row" data-item-id={item.id}>
                  <td>{item.riceScore === null ? '–' : index + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="table-open"
                      dir="auto"
                      onClick={() => openItem(item.id)}
                    >
                      {item.title}
                    </button>
                    <CommentCountBadge anchor={{ type: 'item', id: item.id }} title={item.title} />
                  </th>
                  <td>
                    <ScoreInput
                      label={`Reach of ${item.title}`}
                      value={item.reach}
                      min={0}
                      max={ROADMAP_LIMITS.maxReach}
                      step={1}
                      readOnly={readOnly}
                      onCommit={(reach) => write(item, { reach })}
                    />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`${impactId}-${item.id}`}>
                      {`Impact of ${item.title}`}
                    </label>
                    <select
                      id={`${impactId}-${item.id}`}
                      value={item.impact === null ? '' : String(item.impact)}
                      disabled={readOnly}
                      onChange={(event) =>
                        write(item, {
                          impact: event.target.value === '' ? null : Number(event.target.value),
                        })
                      }
                    >
                      <option value="">–</option>
                      {RICE_IMPACTS.map((impact) => (
                        <option key={impact} value={String(impact)}>
                          {impact}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <ScoreInput
                      label={`Confidence of ${item.title}`}
                      value={item.confidence}
                      min={0}
                      max={ROADMAP_LIMITS.maxConfidence}
                      step={5}
                      readOnly={readOnly}
                      onCommit={(confidence) => write(item, { confidence })}
                    />
                  </td>
                  <td>
                    <ScoreInput
                      label={`Effort of ${item.title}`}
                      value={item.effort}
                      min={0.1}
                      max={ROADMAP_LIMITS.maxEffort}
                      step={0.5}
                      readOnly={readOnly}
                      onCommit={(effort) => write(item, { effort })}
                    />
                  </td>
                  <td>
                    <ScoreInput
                      label={`Value of ${item.title}`}
                      value={item.value}
                      min={ROADMAP_LIMITS.minValue}
                      max={ROADMAP_LIMITS.maxValue}
                      step={1}
                      readOnly={readOnly}
                      onCommit={(value) => write(item, { value })}
                    />
                  </td>
                  <td className="roadmap-table__number" data-testid="rice-score">
                    {item.riceScore ?? ''}
                  </td>
                  <td className="roadmap-table__number">{item.valueEffort ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ValueEffortMatrix />
    </div>
  );
}

import { useState } from 'react';
import { formatDay } from './timelineScale';
import { HEALTH_LABEL, describeWarning } from './healthLabel';
import { ITEM_STATUS_LABEL } from './itemStatusLabel';
import { sortItems, TABLE_COLUMNS, type TableColumn, type TableSort } from './sortItems';
import { useRoadmap } from './useRoadmap';
import { CommentCountBadge } from '../../comments/CommentCountBadge';

/**
 * Every item in a real table with sortable column headers: the accessible alternative to the
 * board and the timeline, and the quickest way to scan a large roadmap.
 */
export function TableView() {
  const { view, openItem } = useRoadmap();
  const [sort, setSort] = useState<TableSort>({ column: 'title', direction: 'ascending' });
  const items = sortItems(view, sort);
  const laneName = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  const horizonName = new Map(view.horizons.map((horizon) => [horizon.id, horizon.name]));

  const toggle = (column: TableColumn): void =>
    setSort((current) => ({
      column,
      direction:
        current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="roadmap-scroll">
      <table className="roadmap-table" data-testid="roadmap-table">
        <caption className="visually-hidden">
          All items, sorted by {TABLE_COLUMNS.find((c) => c.id === sort.column)?.label},{' '}
          {sort.direction}
        </caption>
        <thead>
          <tr>
            {TABLE_COLUMNS.map((column) => (
              <th
                key={column.id}
                scope="col"
                aria-sort={sort.column === column.id ? sort.direction : 'none'}
              >
                <button type="button" className="table-sort" onClick={() => toggle(column.id)}>
                  {column.label}
                  <span aria-hidden="true" className="table-sort__arrow">
                    {sort.column === column.id
                      ? sort.direction === 'ascending'
                        ? ' ▲'
                        : ' ▼'
                      : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="table-row" data-item-id={item.id}>
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
                {item.warnings.length > 0 && (
                  <span
                    className="table-warning"
                    title={item.warnings.map((w) => describeWarning(w, view)).join('\n')}
                  >
                    {' '}
                    ⚠
                    <span className="visually-hidden">
                      {' '}
                      {item.warnings.map((w) => describeWarning(w, view)).join(' ')}
                    </span>
                  </span>
                )}
              </th>
              <td dir="auto">{laneName.get(item.lane) ?? ''}</td>
              <td dir="auto">{horizonName.get(item.horizon) ?? ''}</td>
              <td>{ITEM_STATUS_LABEL[item.status]}</td>
              <td>
                <span className={`health health--${item.health}`}>{HEALTH_LABEL[item.health]}</span>
              </td>
              <td dir="auto">{item.owner}</td>
              <td>{item.startDate === null ? '' : formatDay(item.startDate)}</td>
              <td>{item.endDate === null ? '' : formatDay(item.endDate)}</td>
              <td className="roadmap-table__number">{item.riceScore ?? ''}</td>
              <td className="roadmap-table__number">{item.valueEffort ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="view-empty">No items yet.</p>}
    </div>
  );
}

import { useId } from 'react';
import { GROUP_BY_OPTIONS, type GroupBy } from './roadmapViewModes';

/** "Group by": swimlanes by lane, owner or tag, for the Board and the Timeline. */
export function GroupBySelect({
  value,
  onChange,
}: {
  readonly value: GroupBy;
  readonly onChange: (groupBy: GroupBy) => void;
}) {
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>Group by</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = GROUP_BY_OPTIONS.find((option) => option.id === event.target.value);
          if (next) onChange(next.id);
        }}
      >
        {GROUP_BY_OPTIONS.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

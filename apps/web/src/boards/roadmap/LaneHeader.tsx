import { moveLane, renameLane, type AxisView } from '@cairn/model';
import { EditableText } from '../../ui/EditableText';
import { Icon } from '../../ui/Icon';
import { useRoadmap } from './useRoadmap';

interface LaneHeaderProps {
  readonly lane: AxisView;
  readonly index: number;
  readonly laneCount: number;
  readonly itemCount: number;
}

/** A lane's name (renamable), its item count and, for editors, move and delete buttons. */
export function LaneHeader({ lane, index, laneCount, itemCount }: LaneHeaderProps) {
  const { readOnly, perform, reportError, requestDeleteLane } = useRoadmap();

  const move = (to: number): void => {
    const message = perform((doc, ctx) => moveLane(doc, lane.id, to, ctx));
    if (message !== null) reportError(message);
  };

  return (
    <div className="lane-header">
      <h2 className="lane-header__name">
        <EditableText
          value={lane.name}
          label="Lane name"
          hint="Rename lane"
          readOnly={readOnly}
          onSave={(name) => perform((doc, ctx) => renameLane(doc, lane.id, name, ctx))}
        />
      </h2>
      <p className="lane-header__count">{itemCount === 1 ? '1 item' : `${itemCount} items`}</p>
      {!readOnly && (
        <div className="lane-header__actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move lane ${lane.name} up`}
            title="Move lane up"
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move lane ${lane.name} down`}
            title="Move lane down"
            disabled={index === laneCount - 1}
            onClick={() => move(index + 1)}
          >
            <Icon name="down" />
          </button>
          {laneCount > 1 && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Delete lane ${lane.name}`}
              title="Delete lane"
              onClick={() => requestDeleteLane(lane.id)}
            >
              <Icon name="trash" />
            </button>
          )}
        </div>
      )}
    </div>
  );
}

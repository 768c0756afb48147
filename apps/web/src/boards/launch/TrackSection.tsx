import { addTask, deleteTrack, moveTrack, renameTrack, type LaunchTrackView } from '@cairn/model';
import { EditableText } from '../../ui/EditableText';
import { Icon } from '../../ui/Icon';
import { QuickAddInput } from '../../ui/QuickAddInput';
import { ReadinessBar } from './ReadinessBar';
import { TaskCard } from './TaskCard';
import { useLaunch } from './useLaunch';

interface TrackSectionProps {
  readonly track: LaunchTrackView;
  readonly index: number;
  readonly trackCount: number;
}

/**
 * A track as a column: name (renamable), readiness, its tasks by due date, and for editors the
 * quick-add field and move and delete buttons. Deleting moves its tasks to the first other track.
 */
export function TrackSection({ track, index, trackCount }: TrackSectionProps) {
  const { view, readOnly, perform, reportError } = useLaunch();
  const tasks = view.items.filter((task) => task.track === track.id);
  const headingId = `track-${track.id}`;

  const run = (operation: Parameters<typeof perform>[0]): void => {
    const message = perform(operation);
    if (message !== null) reportError(message);
  };

  return (
    <section className="launch-track" aria-labelledby={headingId} data-track-id={track.id}>
      <div className="launch-track__head">
        <h2 className="launch-track__name" id={headingId}>
          <EditableText
            value={track.name}
            label="Track name"
            hint="Rename track"
            readOnly={readOnly}
            onSave={(name) => perform((doc, ctx) => renameTrack(doc, track.id, name, ctx))}
          />
        </h2>
        {!readOnly && (
          <div className="launch-track__actions">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move track ${track.name} left`}
              title="Move track left"
              disabled={index === 0}
              onClick={() => run((doc, ctx) => moveTrack(doc, track.id, index - 1, ctx))}
            >
              <Icon name="up" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move track ${track.name} right`}
              title="Move track right"
              disabled={index === trackCount - 1}
              onClick={() => run((doc, ctx) => moveTrack(doc, track.id, index + 1, ctx))}
            >
              <Icon name="down" />
            </button>
            {trackCount > 1 && (
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Delete track ${track.name}`}
                title="Delete track (its tasks move to the first other track)"
                onClick={() => {
                  const confirmed =
                    tasks.length === 0 ||
                    window.confirm(
                      `Delete ${track.name}? Its ${tasks.length} tasks move to the first other track.`,
                    );
                  if (confirmed) run((doc, ctx) => deleteTrack(doc, track.id, {}, ctx));
                }}
              >
                <Icon name="trash" />
              </button>
            )}
          </div>
        )}
      </div>
      <ReadinessBar readiness={track.readiness} label={`${track.name} readiness`} />
      <ul className="launch-track__tasks" aria-label={`${track.name} tasks`}>
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </ul>
      {!readOnly && (
        // The new task is due on launch day; open it to reschedule.
        <QuickAddInput
          label={`Add task to ${track.name}`}
          placeholder="+ Add task"
          className="add-item"
          inputClassName="add-item__input"
          onAdd={(title) =>
            perform((doc, ctx) => {
              addTask(doc, { title, track: track.id }, ctx);
            })
          }
        />
      )}
    </section>
  );
}

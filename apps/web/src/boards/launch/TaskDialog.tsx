import { findTaskEntry, formatLaunchDate, TASK_FIELDS } from '@cairn/model';
import type * as Y from 'yjs';
import { LinkedItems } from '../../links/LinkedItems';
import type { BoardAwareness } from '../../sync/BoardAwareness';
import { Dialog } from '../../ui/Dialog';
import { DeletedEntryDialog } from '../DeletedEntryDialog';
import { usePublishEditing } from '../usePublishEditing';
import { RichTextEditor } from '../../ui/RichTextEditor';
import { TASK_STATUS_LABEL } from './launchLabels';
import { TaskEditorForm } from './TaskEditorForm';
import { useLaunch } from './useLaunch';

/** The caret colour of this person in rich text until presence tells the client its own colour. */

interface TaskDialogProps {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly taskId: string;
  readonly awareness: BoardAwareness | null;
  /** The local person, as their caret shows to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly onClose: () => void;
  /** Publishes the open task to other people's presence. */
  readonly setEditing: (taskId: string | null) => void;
}

/** A task's dialog: the editor for people who may edit, plain details for everyone else. */
export function TaskDialog(props: TaskDialogProps) {
  const { boardId, doc, taskId, awareness, user, onClose, setEditing } = props;
  const { view, readOnly } = useLaunch();
  const task = view.items.find((candidate) => candidate.id === taskId);
  const entry = findTaskEntry(doc, taskId);

  usePublishEditing(taskId, readOnly, setEditing);

  if (task === undefined || entry === undefined) {
    return <DeletedEntryDialog noun="task" onClose={onClose} />;
  }

  const description = (
    <div className="field">
      <span className="field__label">Description</span>
      <RichTextEditor
        entry={entry}
        field={TASK_FIELDS.description}
        awareness={awareness}
        user={user}
        readOnly={readOnly}
        label="Description"
      />
    </div>
  );
  const links = (
    <LinkedItems
      boardId={boardId}
      doc={doc}
      collection="items"
      entryId={taskId}
      targetKinds={[]}
      readOnly={readOnly}
    />
  );

  if (readOnly) {
    return (
      <Dialog title={task.title} onClose={onClose} className="item-dialog">
        <dl className="launch-details">
          <dt>Due</dt>
          <dd>
            {task.offsetLabel} · {formatLaunchDate(task.dueDate)}
          </dd>
          <dt>Status</dt>
          <dd>{TASK_STATUS_LABEL[task.status]}</dd>
          <dt>Owner</dt>
          <dd dir="auto">{task.owner === '' ? 'Nobody yet' : task.owner}</dd>
          <dt>Track</dt>
          <dd dir="auto">{view.tracks.find((track) => track.id === task.track)?.name ?? ''}</dd>
        </dl>
        {description}
        {links}
      </Dialog>
    );
  }

  return (
    <Dialog title="Edit task" onClose={onClose} className="item-dialog">
      <TaskEditorForm key={taskId} task={task} description={description} onClose={onClose} />
      {links}
    </Dialog>
  );
}

import { formatLaunchDate, type LaunchItemView } from '@cairn/model';
import { CommentCountBadge } from '../../comments/CommentCountBadge';
import { useOpenThreadCount } from '../../comments/CommentsContext';
import { TASK_STATUS_LABEL } from './launchLabels';
import { useLaunch } from './useLaunch';

/** One task in its track: title, owner, status and "T-14d · 12 Mar 2027". Opens its dialog. */
export function TaskCard({ task }: { readonly task: LaunchItemView }) {
  const { openTask } = useLaunch();
  const commented = useOpenThreadCount({ type: 'item', id: task.id }) > 0;
  return (
    <li
      className={
        commented ? 'comment-badge-slot comment-badge-slot--commented' : 'comment-badge-slot'
      }
    >
      <button
        type="button"
        className={`launch-task launch-task--${task.status}`}
        data-testid="launch-task"
        data-task-id={task.id}
        data-status={task.status}
        onClick={() => openTask(task.id)}
      >
        <span className="launch-task__title" dir="auto">
          {task.title}
        </span>
        <span className="launch-task__meta">
          <span className={`launch-status launch-status--${task.status}`}>
            <span className="visually-hidden">Status: </span>
            {TASK_STATUS_LABEL[task.status]}
          </span>
          {task.owner !== '' && (
            <span className="launch-task__owner" dir="auto">
              <span className="visually-hidden">Owner: </span>
              {task.owner}
            </span>
          )}
          <span className="launch-task__due" data-testid="task-due">
            <span className="visually-hidden">Due: </span>
            {task.offsetLabel} · {formatLaunchDate(task.dueDate)}
          </span>
        </span>
      </button>
      <CommentCountBadge anchor={{ type: 'item', id: task.id }} title={task.title} />
    </li>
  );
}

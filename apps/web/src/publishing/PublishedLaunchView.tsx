import { PublishedHeader } from './PublishedHeader';
import { dateText, words } from './publishedText';
import type { PublishedLaunch, PublishedTask, Readiness } from './publishingTypes';

function readinessText(readiness: Readiness): string {
  return readiness.percent === null
    ? 'nothing to do yet'
    : `${readiness.percent}% ready (${readiness.done} of ${readiness.total} done)`;
}

function TaskCard({ task }: { readonly task: PublishedTask }) {
  return (
    <li className="published-card" data-testid="published-item">
      <p className="published-card__title" dir="auto">
        {task.title}
      </p>
      <p className="published-card__meta">
        {task.offsetLabel !== undefined && <span>{task.offsetLabel}</span>}
        {task.dueDate !== undefined && <span>{dateText(task.dueDate)}</span>}
        {task.status !== undefined && (
          <span className={`published-badge published-badge--${task.status}`}>
            {words(task.status)}
          </span>
        )}
        {task.owner !== undefined && task.owner !== '' && <bdi>{task.owner}</bdi>}
      </p>
      {task.description !== undefined && task.description !== '' && (
        <p className="published-card__description" dir="auto">
          {task.description}
        </p>
      )}
    </li>
  );
}

/** A published launch plan: launch day and tier, then each track's tasks in due order. */
export function PublishedLaunchView({ launch }: { readonly launch: PublishedLaunch }) {
  return (
    <div className="published">
      <PublishedHeader board={launch}>
        <p className="published__label">
          {words(launch.tier)} launch
          {launch.launchDate !== undefined && <> on {dateText(launch.launchDate)}</>}
          {launch.readiness !== undefined && <> · {readinessText(launch.readiness)}</>}
        </p>
      </PublishedHeader>
      <main className="published__tracks">
        {launch.tracks.map((track) => {
          const tasks = launch.items.filter((task) => task.track === track.id);
          return (
            <section key={track.id} className="published__track" aria-label={track.name}>
              <h2 dir="auto">{track.name}</h2>
              {track.readiness !== undefined && (
                <p className="published-card__detail">{readinessText(track.readiness)}</p>
              )}
              {tasks.length === 0 ? (
                <p className="published__empty">No tasks.</p>
              ) : (
                <ul className="published__cell">
                  {tasks.map((task) => (
                    <TaskCard key={task.id} task={task} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </main>
    </div>
  );
}

import type { PublishedItem, PublishedRoadmap } from './publishingTypes';
import { PublishedHeader } from './PublishedHeader';
import { dateText, words } from './publishedText';

function ItemCard({ item, roadmap }: { item: PublishedItem; roadmap: PublishedRoadmap }) {
  const release = roadmap.releases.find((candidate) => candidate.id === item.releaseId);
  const dependsOn = (item.dependencies ?? [])
    .map((id) => roadmap.items.find((candidate) => candidate.id === id)?.title)
    .filter((title): title is string => title !== undefined);
  const dates = [item.startDate, item.endDate].filter(
    (date): date is string => typeof date === 'string',
  );
  return (
    <li className="published-card" data-testid="published-item">
      <p className="published-card__title" dir="auto">
        {item.title}
      </p>
      <p className="published-card__meta">
        {item.status !== undefined && (
          <span className={`published-badge published-badge--${item.status}`}>
            {words(item.status)}
          </span>
        )}
        {item.health !== undefined && item.health !== 'on-track' && (
          <span className={`published-badge published-badge--${item.health}`}>
            {words(item.health)}
          </span>
        )}
        {item.owner !== undefined && item.owner !== '' && <bdi>{item.owner}</bdi>}
      </p>
      {dates.length > 0 && (
        <p className="published-card__detail">{dates.map(dateText).join(' – ')}</p>
      )}
      {release !== undefined && (
        <p className="published-card__detail">
          Ships in <bdi>{release.name}</bdi>
        </p>
      )}
      {item.tags !== undefined && item.tags.length > 0 && (
        <ul className="published-card__tags" aria-label="Tags">
          {item.tags.map((tag) => (
            <li key={tag} dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {item.riceScore !== undefined && item.riceScore !== null && (
        <p className="published-card__detail">RICE {item.riceScore}</p>
      )}
      {item.valueEffort !== undefined && item.valueEffort !== null && (
        <p className="published-card__detail">Value/effort {item.valueEffort}</p>
      )}
      {item.description !== undefined && item.description !== '' && (
        <p className="published-card__description" dir="auto">
          {item.description}
        </p>
      )}
      {dependsOn.length > 0 && (
        <p className="published-card__detail">
          Depends on: <bdi>{dependsOn.join(', ')}</bdi>
        </p>
      )}
    </li>
  );
}

/** A published roadmap: lanes × horizons, then its releases and milestones. */
export function PublishedRoadmapView({ roadmap }: { roadmap: PublishedRoadmap }) {
  return (
    <div className="published">
      <PublishedHeader board={roadmap} />
      <main>
        <div className="published__scroll">
          <table className="published__grid">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Lane</span>
                </th>
                {roadmap.horizons.map((horizon) => (
                  <th key={horizon.id} scope="col" dir="auto">
                    {horizon.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roadmap.lanes.map((lane) => (
                <tr key={lane.id}>
                  <th scope="row" dir="auto">
                    {lane.name}
                  </th>
                  {roadmap.horizons.map((horizon) => {
                    const items = roadmap.items.filter(
                      (item) => item.lane === lane.id && item.horizon === horizon.id,
                    );
                    return (
                      <td key={horizon.id}>
                        {items.length > 0 && (
                          <ul className="published__cell">
                            {items.map((item) => (
                              <ItemCard key={item.id} item={item} roadmap={roadmap} />
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {roadmap.items.length === 0 && <p className="published__empty">Nothing planned yet.</p>}
        {roadmap.releases.length > 0 && (
          <section className="published__releases" aria-labelledby="published-releases">
            <h2 id="published-releases">Releases and milestones</h2>
            <ul>
              {roadmap.releases.map((release) => (
                <li key={release.id}>
                  <span className="published__release-name" dir="auto">
                    {release.name}
                  </span>{' '}
                  <span className="published__release-type">{words(release.type)}</span>
                  {typeof release.date === 'string' && <> · {dateText(release.date)}</>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}

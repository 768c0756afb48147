import { addRelease, deleteRelease, updateRelease, type ReleaseView } from '@cairn/model';
import { useState } from 'react';
import { LinkedItems } from '../../links/LinkedItems';
import { Dialog } from '../../ui/Dialog';
import { ReleaseForm } from './ReleaseForm';
import { formatDay } from './timelineScale';
import { useRoadmap } from './useRoadmap';

/** One release in the manager: its fields, its launch-plan links, and edit and delete. */
function ReleaseRow({ release }: { readonly release: ReleaseView }) {
  const { readOnly, perform, boardId, doc, view } = useRoadmap();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const itemCount = view.items.filter((item) => item.releaseId === release.id).length;
  return (
    <li className="release-row" data-testid="release-row" data-release-id={release.id}>
      {editing ? (
        <ReleaseForm
          initial={{ name: release.name, date: release.date ?? '', type: release.type }}
          submitLabel="Save release"
          onCancel={() => setEditing(false)}
          onSubmit={(draft) => {
            const message = perform((d, ctx) => updateRelease(d, release.id, draft, ctx));
            if (message === null) setEditing(false);
            return message;
          }}
        />
      ) : (
        <div className="release-row__summary">
          <p className="release-row__name" dir="auto">
            <span aria-hidden="true">{release.type === 'milestone' ? '◆ ' : '▲ '}</span>
            {release.name}
          </p>
          <p className="release-row__meta">
            {release.type === 'milestone' ? 'Milestone' : 'Release'}
            {release.date === null ? '' : `, ${formatDay(release.date)}`}
            {`, ${itemCount === 1 ? '1 item' : `${itemCount} items`}`}
          </p>
          {!readOnly && (
            <div className="release-row__actions">
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Edit release ${release.name}`}
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--quiet button--danger-text"
                aria-label={`Delete release ${release.name}`}
                onClick={() => setError(perform((d, ctx) => deleteRelease(d, release.id, ctx)))}
              >
                Delete
              </button>
            </div>
          )}
        </div>
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LinkedItems
        boardId={boardId}
        doc={doc}
        collection="releases"
        entryId={release.id}
        targetKinds={['launch']}
        readOnly={readOnly}
      />
    </li>
  );
}

/** Milestones and releases of the board: list, add, edit, delete, and links to launch plans. */
export function ReleaseManager({ onClose }: { readonly onClose: () => void }) {
  const { view, readOnly, perform } = useRoadmap();
  return (
    <Dialog title="Releases and milestones" onClose={onClose} className="release-dialog">
      {view.releases.length === 0 ? (
        <p className="field__hint">No releases or milestones yet.</p>
      ) : (
        <ul className="release-list">
          {view.releases.map((release) => (
            <ReleaseRow key={release.id} release={release} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <section className="release-add" aria-label="Add a release or milestone">
          <h3 className="item-details__heading">Add</h3>
          <ReleaseForm
            initial={{ name: '', date: '', type: 'release' }}
            submitLabel="Add release"
            onSubmit={(draft) => perform((doc, ctx) => void addRelease(doc, draft, ctx))}
          />
        </section>
      )}
    </Dialog>
  );
}

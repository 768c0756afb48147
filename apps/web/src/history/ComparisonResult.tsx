import { CHANGE_GROUP_TITLES, CHANGE_TYPES, describeChange, type BoardChange } from '@cairn/model';
import { useId, useRef, useState } from 'react';
import { copyText } from '../share/copyText';
import { Icon } from '../ui/Icon';
import type { VersionDiff } from './historyTypes';

/** "“Q3 review”" for a version, "now" for the live board. */
export function stateName(state: VersionDiff['from']): string {
  return state.id === 'now' ? 'now' : `“${state.name}”`;
}

/** The changes of a comparison, grouped like the changelog, and the changelog to copy. */
export function ComparisonResult({ diff }: { readonly diff: VersionDiff }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const changelogRef = useRef<HTMLTextAreaElement>(null);
  const changelogId = useId();
  const groups = CHANGE_TYPES.map((type) => ({
    type,
    changes: diff.changes.filter((change: BoardChange) => change.type === type),
  })).filter((group) => group.changes.length > 0);

  return (
    <section className="version-comparison" aria-label="Comparison">
      <h3 className="version-comparison__title">
        From <bdi>{stateName(diff.from)}</bdi> to <bdi>{stateName(diff.to)}</bdi>:{' '}
        {diff.changes.length === 0
          ? 'no changes'
          : `${diff.changes.length} ${diff.changes.length === 1 ? 'change' : 'changes'}`}
      </h3>
      {groups.map((group) => (
        <div key={group.type} className="version-comparison__group">
          <h4>{CHANGE_GROUP_TITLES[group.type]}</h4>
          <ul data-testid={`changes-${group.type}`}>
            {group.changes.map((change, index) => (
              <li key={index} dir="auto">
                {describeChange(change)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="field">
        <label htmlFor={changelogId}>Changelog for stakeholders</label>
        <textarea
          ref={changelogRef}
          id={changelogId}
          className="version-comparison__changelog"
          readOnly
          rows={8}
          value={diff.changelog}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="version-comparison__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              void copyText(diff.changelog, null).then((ok) => {
                if (!ok) changelogRef.current?.select();
                setCopied(ok ? 'yes' : 'failed');
              });
            }}
          >
            <Icon name="copy" /> Copy changelog
          </button>
          <span className="field__hint" aria-live="polite">
            {copied === 'yes' && 'Copied to the clipboard.'}
            {copied === 'failed' && 'Could not copy: it is selected, copy it yourself.'}
          </span>
        </div>
      </div>
    </section>
  );
}

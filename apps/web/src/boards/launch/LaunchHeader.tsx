import { LAUNCH_TIERS, renameBoard, setLaunchDate, setLaunchTier } from '@cairn/model';
import { useId } from 'react';
import type { PresencePeer } from '../../sync/PresencePeer';
import type { SyncStatus } from '../../sync/deriveSyncStatus';
import { EditableText } from '../../ui/EditableText';
import { Icon } from '../../ui/Icon';
import { PresenceAvatars } from '../../ui/PresenceAvatars';
import { SyncStatusIndicator } from '../../ui/SyncStatusIndicator';
import { LAUNCH_TIER_LABEL } from './launchLabels';
import { ReadinessBar } from './ReadinessBar';
import { useLaunch } from './useLaunch';

interface LaunchHeaderProps {
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
}

/** Title, launch date, tier and overall readiness, with sync status and presence. */
export function LaunchHeader({ status, peers }: LaunchHeaderProps) {
  const { view, readOnly, perform, reportError } = useLaunch();
  const dateId = useId();
  const tierId = useId();

  const run = (operation: Parameters<typeof perform>[0]): void => {
    const message = perform(operation);
    if (message !== null) reportError(message);
  };

  return (
    <header className="board-header launch-header">
      <div className="board-header__title-row">
        <h1 className="board-header__title">
          <EditableText
            value={view.title}
            label="Board title"
            hint="Rename board"
            readOnly={readOnly}
            onSave={(title) => perform((doc, ctx) => renameBoard(doc, title, ctx))}
          />
        </h1>
        {readOnly && (
          <span
            className="badge badge--view-only"
            title="You can read this plan but not change it."
          >
            <Icon name="eye" /> View only
          </span>
        )}
      </div>
      <div className="launch-header__plan">
        <div className="launch-header__field">
          <label htmlFor={dateId}>Launch date</label>
          <input
            id={dateId}
            type="date"
            value={view.launchDate}
            readOnly={readOnly}
            required
            onChange={(event) => {
              // An incomplete date in the picker reads as ''; wait for a whole one.
              const value = event.target.value;
              if (!readOnly && value !== '' && value !== view.launchDate) {
                run((doc, ctx) => setLaunchDate(doc, value, ctx));
              }
            }}
          />
        </div>
        <div className="launch-header__field">
          <label htmlFor={tierId}>Tier</label>
          <select
            id={tierId}
            value={view.tier}
            disabled={readOnly}
            onChange={(event) => {
              const tier = LAUNCH_TIERS.find((known) => known === event.target.value);
              if (tier) run((doc, ctx) => setLaunchTier(doc, tier, ctx));
            }}
          >
            {LAUNCH_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {LAUNCH_TIER_LABEL[tier]}
              </option>
            ))}
          </select>
        </div>
        <div className="launch-header__field launch-header__readiness">
          <span className="launch-header__label">Overall readiness</span>
          <ReadinessBar readiness={view.readiness} label="Overall readiness" />
        </div>
      </div>
      <div className="board-header__tools">
        <SyncStatusIndicator status={status} />
        <PresenceAvatars peers={peers} />
      </div>
    </header>
  );
}

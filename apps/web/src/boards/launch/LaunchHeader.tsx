import { LAUNCH_TIERS, setLaunchDate, setLaunchTier } from '@cairn/model';
import { useId } from 'react';
import type { PresencePeer } from '../../sync/PresencePeer';
import type { SyncStatus } from '../../sync/deriveSyncStatus';
import { KindBoardHeader } from '../KindBoardHeader';
import { LAUNCH_TIER_LABEL } from './launchLabels';
import { ReadinessBar } from './ReadinessBar';
import { useLaunch } from './useLaunch';

interface LaunchHeaderProps {
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
  /** Opens the Share dialog; null for people who may not share. */
  readonly onShare: (() => void) | null;
}

/** The shared board header, with the launch date, tier and overall readiness. */
export function LaunchHeader({ status, peers, onShare }: LaunchHeaderProps) {
  const { view, readOnly, perform, reportError } = useLaunch();
  const dateId = useId();
  const tierId = useId();

  const run = (operation: Parameters<typeof perform>[0]): void => {
    const message = perform(operation);
    if (message !== null) reportError(message);
  };

  return (
    <KindBoardHeader
      title={view.title}
      readOnly={readOnly}
      status={status}
      peers={peers}
      perform={perform}
      onShare={onShare}
      readOnlyHint="You can read this plan but not change it."
      className="launch-header"
    >
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
    </KindBoardHeader>
  );
}

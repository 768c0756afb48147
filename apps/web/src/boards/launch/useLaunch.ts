import { useContext } from 'react';
import { LaunchContext, type Launch } from './LaunchContext';

/** The launch page's shared state; only inside LaunchBoard. */
export function useLaunch(): Launch {
  const launch = useContext(LaunchContext);
  if (!launch) throw new Error('useLaunch must be used inside LaunchBoard.');
  return launch;
}

import { useMemo } from 'react';
import { useBoardChrome } from '../boards/BoardChromeContext';
import { badgesByItem } from './changeBadge';
import { useComparison } from './comparisonStore';

/**
 * What changed about one entry in the comparison on show (nothing when none is): "Added",
 * "Moved from Next", "End slipped 5 days". Shown on roadmap cards.
 */
export function ItemChangeBadges({ itemId }: { readonly itemId: string }) {
  const { board } = useBoardChrome();
  const comparison = useComparison(board?.id);
  const badges = useMemo(
    () => (comparison ? badgesByItem(comparison.diff.changes) : null),
    [comparison],
  );
  const mine = badges?.get(itemId);
  if (!mine || mine.length === 0) return null;
  return (
    <ul className="change-badges" aria-label="Changes since the version compared">
      {mine.map((badge, index) => (
        <li key={index} className="change-badge" dir="auto" data-testid="change-badge">
          {badge}
        </li>
      ))}
    </ul>
  );
}

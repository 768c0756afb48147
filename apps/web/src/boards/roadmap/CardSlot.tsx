import type { ItemView } from '@cairn/model';
import { memo, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import type { PresenceUser } from '../../sync/PresencePeer';
import { useNearViewport } from '../../ui/useNearViewport';
import { ItemCard, StaticItemCard } from './ItemCard';

interface CardSlotProps {
  readonly item: ItemView;
  readonly editors: readonly PresenceUser[];
  readonly openItem: (itemId: string) => void;
  readonly readOnly: boolean;
  /**
   * Whether cards far from the viewport stay out of dnd-kit (a large board). Every sortable in a
   * cell renders again when the cell's order changes: on a 2,000-item board, each remote move
   * rendered over a thousand cards, a few frames' work. Near the viewport, focused or dragged,
   * a card is always sortable.
   */
  readonly sortableOnlyNearView: boolean;
  /** This card is the one being dragged here. */
  readonly active: boolean;
}

/** The list entry of one card in a cell: sortable for editors, or static (see props). */
export const CardSlot = memo(function CardSlot(props: CardSlotProps) {
  const { item, editors, openItem, readOnly, sortableOnlyNearView, active } = props;
  const slot = useRef<HTMLLIElement>(null);
  const near = useNearViewport(slot);
  const [focused, setFocused] = useState(false);
  const sortable = !readOnly && (!sortableOnlyNearView || near || focused || active);
  // A static card that takes the focus becomes sortable: a new element, which takes it over.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (!sortable || !refocus.current) return;
    refocus.current = false;
    slot.current?.querySelector<HTMLElement>('[data-testid="item-card"]')?.focus();
  }, [sortable]);

  const onFocus = (): void => {
    if (!sortable) refocus.current = true;
    setFocused(true);
  };
  const onBlur = (event: FocusEvent<HTMLLIElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };

  return (
    <li ref={slot} onFocus={onFocus} onBlur={onBlur}>
      {sortable ? (
        <ItemCard item={item} editors={editors} openItem={openItem} />
      ) : (
        <StaticItemCard item={item} editors={editors} openItem={openItem} draggable={!readOnly} />
      )}
    </li>
  );
});

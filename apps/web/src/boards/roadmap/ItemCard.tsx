import type { ItemView } from '@cairn/model';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS, type Transform } from '@dnd-kit/utilities';
import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { CommentCountBadge } from '../../comments/CommentCountBadge';
import { useOpenThreadCount } from '../../comments/CommentsContext';
import { ItemChangeBadges } from '../../history/ItemChangeBadges';
import type { PresenceUser } from '../../sync/PresencePeer';
import { ItemCardBody } from './ItemCardBody';

interface ItemCardProps {
  readonly item: ItemView;
  /** Other people with this item open in their editor. */
  readonly editors: readonly PresenceUser[];
  /** Opens the item's editor (or its details, when read-only). */
  readonly openItem: (itemId: string) => void;
}

/** What dnd-kit's sortable gives a card that can be dragged. */
interface SortableParts {
  readonly setNodeRef: (element: HTMLElement | null) => void;
  readonly attributes: DraggableAttributes;
  readonly listeners: DraggableSyntheticListeners;
  readonly transform: Transform | null;
  readonly transition: string | undefined;
  readonly isDragging: boolean;
}

/** The card as shown, sortable or not: click or Enter opens the item. */
function CardView({
  item,
  editors,
  openItem,
  draggable,
  sortable,
}: ItemCardProps & { readonly draggable: boolean; readonly sortable: SortableParts | null }) {
  const isDragging = sortable?.isDragging ?? false;
  const commented = useOpenThreadCount({ type: 'item', id: item.id }) > 0;
  const open = (): void => openItem(item.id);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      open();
      return;
    }
    if (sortable === null) {
      // Space opens a card that cannot be dragged; a draggable one picks it up once sortable.
      if (event.key === ' ' && !draggable) {
        event.preventDefault();
        open();
      }
      return;
    }
    const sortableKeyDown = sortable.listeners?.['onKeyDown'] as
      ((e: KeyboardEvent) => void) | undefined;
    sortableKeyDown?.(event);
  };

  const firstEditor = editors[0];
  const style: CSSProperties = {
    ...(sortable
      ? { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }
      : {}),
    ...(firstEditor ? { '--editor-color': firstEditor.color } : {}),
  };
  const className = [
    'item-card',
    isDragging ? 'item-card--placeholder' : '',
    firstEditor ? 'item-card--being-edited' : '',
    draggable ? 'item-card--draggable' : '',
    commented ? 'item-card--commented' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={sortable?.setNodeRef}
      {...(sortable ? sortable.attributes : { role: 'button', tabIndex: 0 })}
      {...sortable?.listeners}
      onKeyDown={onKeyDown}
      onClick={open}
      className={className}
      style={style}
      data-testid="item-card"
      data-item-id={item.id}
      data-status={item.status}
    >
      <ItemCardBody item={item} editors={editors} />
      <ItemChangeBadges itemId={item.id} />
      <CommentCountBadge anchor={{ type: 'item', id: item.id }} title={item.title} />
    </div>
  );
}

/**
 * A card in a cell for editors: a sortable, so Space picks it up for keyboard moving and a
 * pointer drag moves it. Memoised, and given all it shows as props rather than from the
 * roadmap's context (which changes with every edit): it renders again only when its item, its
 * editors or the drag around it changed.
 */
export const ItemCard = memo(function ItemCard(props: ItemCardProps) {
  const sortable = useSortable({ id: props.item.id });
  return <CardView {...props} draggable sortable={sortable} />;
});

/**
 * A card that dnd-kit does not know: for people who cannot edit, and on a large board for an
 * editor's cards far from the viewport (see CardSlot). It looks the same as the sortable card
 * and opens the item the same way; it renders only when its item or editors change, where each
 * sortable renders again whenever its cell's order changes.
 */
export const StaticItemCard = memo(function StaticItemCard(
  props: ItemCardProps & { readonly draggable: boolean },
) {
  return <CardView {...props} sortable={null} />;
});

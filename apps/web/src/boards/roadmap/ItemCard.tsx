import type { ItemView } from '@cairn/model';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties, KeyboardEvent } from 'react';
import { CommentCountBadge } from '../../comments/CommentCountBadge';
import { ItemChangeBadges } from '../../history/ItemChangeBadges';
import { ItemCardBody } from './ItemCardBody';
import { useRoadmap } from './useRoadmap';

/**
 * A card in a cell. Click or Enter opens the item; for editors it is also a sortable: Space picks
 * it up for keyboard moving, a pointer drag moves it. Read-only people get a plain button.
 */
export function ItemCard({ item }: { readonly item: ItemView }) {
  const { readOnly, openItem, editorsOf } = useRoadmap();
  const editors = editorsOf(item.id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: readOnly,
  });

  const open = (): void => openItem(item.id);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      open();
      return;
    }
    if (readOnly) {
      if (event.key === ' ') {
        event.preventDefault();
        open();
      }
      return;
    }
    const sortableKeyDown = listeners?.['onKeyDown'] as ((e: KeyboardEvent) => void) | undefined;
    sortableKeyDown?.(event);
  };

  const firstEditor = editors[0];
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    ...(firstEditor ? { '--editor-color': firstEditor.color } : {}),
  };
  const className = [
    'item-card',
    isDragging ? 'item-card--placeholder' : '',
    firstEditor ? 'item-card--being-edited' : '',
    readOnly ? '' : 'item-card--draggable',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={setNodeRef}
      {...(readOnly ? { role: 'button', tabIndex: 0 } : attributes)}
      {...(readOnly ? {} : listeners)}
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

import { useId, useState } from 'react';
import type { Draft, EditDraft } from './itemDraft';
import { useRoadmap } from './useRoadmap';

/** How many candidates show before the person narrows the list by typing. */
const MAX_SHOWN = 30;

/**
 * "Depends on": a checkbox per other item, filtered by title. Items that already depend on this
 * one are offered too; the model refuses a cycle with a message when saving.
 */
export function DependencyPicker({
  itemId,
  draft,
  edit,
}: {
  readonly itemId: string;
  readonly draft: Draft;
  readonly edit: EditDraft;
}) {
  const { view } = useRoadmap();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const needle = filter.trim().toLowerCase();
  const others = view.items.filter((item) => item.id !== itemId);
  const chosen = others.filter((item) => draft.dependencies.includes(item.id));
  const candidates = others
    .filter((item) => !draft.dependencies.includes(item.id))
    .filter((item) => needle === '' || item.title.toLowerCase().includes(needle));
  const toggle = (id: string, on: boolean): void =>
    edit(
      'dependencies',
      on ? [...draft.dependencies, id] : draft.dependencies.filter((entry) => entry !== id),
    );
  const option = (id: string, title: string, checked: boolean) => (
    <li key={id}>
      <label className="checkbox" dir="auto">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => toggle(id, event.target.checked)}
        />{' '}
        {title}
      </label>
    </li>
  );
  return (
    <fieldset className="item-form__group" data-testid="dependency-picker">
      <legend>Depends on</legend>
      {others.length === 0 ? (
        <p className="field__hint">No other items yet.</p>
      ) : (
        <>
          <ul className="checkbox-list">
            {chosen.map((item) => option(item.id, item.title, true))}
          </ul>
          <label htmlFor={filterId} className="visually-hidden">
            Find an item to depend on
          </label>
          <input
            id={filterId}
            type="search"
            placeholder="Find an item…"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <ul className="checkbox-list">
            {candidates.slice(0, MAX_SHOWN).map((item) => option(item.id, item.title, false))}
          </ul>
          {candidates.length > MAX_SHOWN && (
            <p className="field__hint">Type to find more of {candidates.length} items.</p>
          )}
        </>
      )}
    </fieldset>
  );
}

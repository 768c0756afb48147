import { HIDEABLE_FIELDS, type HideableField } from './publishingTypes';

interface HiddenFieldsPickerProps {
  /** The field groups that mean something on this kind of board. */
  readonly fields: readonly HideableField[];
  readonly hidden: readonly HideableField[];
  readonly onChange: (hidden: HideableField[]) => void;
  readonly disabled?: boolean;
}

/** Checkboxes: which field groups the published view leaves out. */
export function HiddenFieldsPicker({
  fields,
  hidden,
  onChange,
  disabled = false,
}: HiddenFieldsPickerProps) {
  const toggle = (id: HideableField, hide: boolean): void => {
    const next = new Set(hidden);
    if (hide) next.add(id);
    else next.delete(id);
    onChange(HIDEABLE_FIELDS.map((field) => field.id).filter((field) => next.has(field)));
  };
  return (
    <fieldset className="publish-fields" disabled={disabled}>
      <legend>Hide from the published view</legend>
      {HIDEABLE_FIELDS.filter((field) => fields.includes(field.id)).map((field) => (
        <label key={field.id} className="publish-fields__choice">
          <input
            type="checkbox"
            checked={hidden.includes(field.id)}
            onChange={(event) => toggle(field.id, event.currentTarget.checked)}
          />
          {field.label}
        </label>
      ))}
    </fieldset>
  );
}

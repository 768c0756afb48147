import { RICE_IMPACTS, ROADMAP_LIMITS } from '@cairn/model';
import { useId } from 'react';
import type { Draft, EditDraft } from './itemDraft';

/** The editor's prioritisation inputs: RICE (reach, impact, confidence, effort) and value. */
export function ItemScoreFields({
  draft,
  edit,
}: {
  readonly draft: Draft;
  readonly edit: EditDraft;
}) {
  const ids = {
    reach: useId(),
    impact: useId(),
    confidence: useId(),
    effort: useId(),
    value: useId(),
  };
  const number = (
    field: 'reach' | 'confidence' | 'effort' | 'value',
    label: string,
    min: number,
    max: number,
    step: number,
  ) => (
    <div className="field">
      <label htmlFor={ids[field]}>{label}</label>
      <input
        id={ids[field]}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft[field]}
        onChange={(event) => edit(field, event.target.value)}
      />
    </div>
  );
  return (
    <fieldset className="item-form__group">
      <legend>Prioritisation</legend>
      <div className="field-row field-row--wrap">
        {number('reach', 'Reach', 0, ROADMAP_LIMITS.maxReach, 1)}
        <div className="field">
          <label htmlFor={ids.impact}>Impact</label>
          <select
            id={ids.impact}
            value={draft.impact}
            onChange={(event) => edit('impact', event.target.value)}
          >
            <option value="">Not set</option>
            {RICE_IMPACTS.map((impact) => (
              <option key={impact} value={String(impact)}>
                {impact}
              </option>
            ))}
          </select>
        </div>
        {number('confidence', 'Confidence (%)', 0, ROADMAP_LIMITS.maxConfidence, 5)}
        {number('effort', 'Effort (person-months)', 0.1, ROADMAP_LIMITS.maxEffort, 0.5)}
        {number('value', 'Value (1–10)', ROADMAP_LIMITS.minValue, ROADMAP_LIMITS.maxValue, 1)}
      </div>
    </fieldset>
  );
}

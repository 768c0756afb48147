import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { validateText } from '../core/validateText.js';
import { KEY_RESULT_FIELDS, STRATEGY_LIMITS } from './strategySchema.js';
import { validateNumber } from './validateNumber.js';

/** A new key result: the measure's name and target are required. */
export interface NewKeyResult {
  readonly name: string;
  /** Defaults to 0. */
  readonly start?: number;
  readonly target: number;
  /** Defaults to `start`. */
  readonly current?: number;
  /** Defaults to ''. */
  readonly unit?: string;
}

/** The editable fields of a key result, all optional. */
export interface KeyResultPatch {
  readonly name?: string;
  readonly start?: number;
  readonly target?: number;
  readonly current?: number;
  readonly unit?: string;
}

/** Validated key-result fields, ready to write. */
export interface ValidKeyResultFields {
  name?: string;
  start?: number;
  target?: number;
  current?: number;
  unit?: string;
}

/** Checks every given field; throws ModelError('invalid'). */
export function validateKeyResultPatch(patch: KeyResultPatch): ValidKeyResultFields {
  if (typeof patch !== 'object' || patch === null) {
    throw new ModelError('invalid', 'A key result must be an object.');
  }
  const valid: ValidKeyResultFields = {};
  const max = STRATEGY_LIMITS.maxAbsValue;
  if (patch.name !== undefined) {
    if (typeof patch.name !== 'string') throw new ModelError('invalid', 'Measure must be text.');
    valid.name = validateText('Measure', patch.name, STRATEGY_LIMITS.measureNameLength);
  }
  if (patch.start !== undefined) valid.start = validateNumber('Start', patch.start, max);
  if (patch.target !== undefined) valid.target = validateNumber('Target', patch.target, max);
  if (patch.current !== undefined) valid.current = validateNumber('Current', patch.current, max);
  if (patch.unit !== undefined) {
    if (typeof patch.unit !== 'string') throw new ModelError('invalid', 'Unit must be text.');
    valid.unit = validateText('Unit', patch.unit, STRATEGY_LIMITS.unitLength, true);
  }
  return valid;
}

/** Checks a new key result and fills its defaults. */
export function validateNewKeyResult(input: NewKeyResult): Required<ValidKeyResultFields> {
  const valid = validateKeyResultPatch(input);
  if (valid.name === undefined) throw new ModelError('invalid', 'Measure is required.');
  if (valid.target === undefined) throw new ModelError('invalid', 'Target is required.');
  const start = valid.start ?? 0;
  return {
    name: valid.name,
    start,
    target: valid.target,
    current: valid.current ?? start,
    unit: valid.unit ?? '',
  };
}

/** Writes validated fields into a key result's Y.Map; only fields that changed are written. */
export function writeKeyResultFields(map: Y.Map<unknown>, fields: ValidKeyResultFields): void {
  for (const key of ['name', 'start', 'target', 'current', 'unit'] as const) {
    const value = fields[key];
    if (value !== undefined && map.get(KEY_RESULT_FIELDS[key]) !== value) {
      map.set(KEY_RESULT_FIELDS[key], value);
    }
  }
}

import type { TimerView } from '@cairn/model';
import { useId, useState } from 'react';
import type { FacilitationClient } from './FacilitationClient';
import { parseTimerMinutes } from './parseFacilitatorInput';
import { TimerDisplay } from './TimerDisplay';

/** The lengths a facilitator picks from; "custom" asks for minutes. */
const PRESET_MINUTES = [1, 3, 5, 10] as const;
const CUSTOM = 'custom';

interface TimerControlsProps {
  readonly timer: TimerView | null;
  readonly clockOffsetMs: number;
  readonly facilitates: boolean;
  readonly client: FacilitationClient;
}

/** The shared timer for everyone; Start (a preset or custom length) and Stop for facilitators. */
export function TimerControls({ timer, clockOffsetMs, facilitates, client }: TimerControlsProps) {
  const [length, setLength] = useState<string>('5');
  const [customMinutes, setCustomMinutes] = useState('15');
  const customId = useId();
  if (!timer && !facilitates) return null;

  const seconds = length === CUSTOM ? parseTimerMinutes(customMinutes) : Number(length) * 60;
  return (
    <div className="facilitation-group" role="group" aria-label="Timer">
      {timer && <TimerDisplay key={timer.endsAt} timer={timer} clockOffsetMs={clockOffsetMs} />}
      {facilitates && timer && (
        <button type="button" className="button" onClick={() => client.stopTimer()}>
          Stop timer
        </button>
      )}
      {facilitates && !timer && (
        <form
          className="facilitation-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (seconds !== null) client.startTimer(seconds);
          }}
        >
          <select
            aria-label="Timer length"
            className="facilitation-select"
            value={length}
            onChange={(event) => setLength(event.target.value)}
          >
            {PRESET_MINUTES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes === 1 ? '1 minute' : `${minutes} minutes`}
              </option>
            ))}
            <option value={CUSTOM}>Custom…</option>
          </select>
          {length === CUSTOM && (
            <>
              <label className="visually-hidden" htmlFor={customId}>
                Minutes (up to 240)
              </label>
              <input
                id={customId}
                type="text"
                inputMode="decimal"
                className="facilitation-number"
                value={customMinutes}
                aria-invalid={seconds === null}
                onChange={(event) => setCustomMinutes(event.target.value)}
              />
            </>
          )}
          <button type="submit" className="button" disabled={seconds === null}>
            Start timer
          </button>
        </form>
      )}
    </div>
  );
}

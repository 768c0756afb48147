import type { FacilitationPerson } from '@cairn/model';
import type { FacilitationClient } from './FacilitationClient';

interface FacilitatorsPanelProps {
  readonly facilitators: readonly FacilitationPerson[];
  readonly facilitates: boolean;
  readonly client: FacilitationClient;
}

/** For admins: who facilitates this board, and a way to become a facilitator themselves. */
export function FacilitatorsPanel({ facilitators, facilitates, client }: FacilitatorsPanelProps) {
  const names = facilitators.map((person) => person.name).join(', ');
  return (
    <div className="facilitation-group" role="group" aria-label="Facilitators">
      <span className="facilitation-status" dir="auto">
        {names === '' ? 'No facilitator yet' : `Facilitators: ${names}`}
      </span>
      {!facilitates && (
        <button type="button" className="button" onClick={() => client.becomeFacilitator()}>
          Make me facilitator
        </button>
      )}
    </div>
  );
}

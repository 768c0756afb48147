import { useEffect } from 'react';
import type { Editor } from 'tldraw';
import { ErrorBanner } from '../../../../ui/ErrorBanner';
import { useWhiteboardSession } from '../WhiteboardSession';
import { FacilitatorsPanel } from './FacilitatorsPanel';
import { TimerControls } from './TimerControls';
import { useFacilitation } from './useFacilitation';
import { VoteControls } from './VoteControls';
import { VoteResults } from './VoteResults';
import './facilitation.css';

interface FacilitationControlsProps {
  readonly editor: Editor;
}

/**
 * The shared timer and dot voting, in the toolbar above the canvas. Everyone sees the timer and
 * the vote's state live from the document; facilitators get the controls, admins see who
 * facilitates, and the results of a revealed vote are listed below the toolbar.
 */
export function FacilitationControls({ editor }: FacilitationControlsProps) {
  const { role } = useWhiteboardSession();
  const { view, client, mine, facilitates, canVote } = useFacilitation();
  const voteId = view.vote?.id ?? null;
  const timerEndsAt = view.timer?.endsAt ?? null;

  // The person's own ballot whenever another vote opens, and the server clock again with every
  // timer (the page is idle by then, so the round trip and the clock estimate are tighter).
  useEffect(() => client.refresh(voteId), [client, voteId, timerEndsAt]);

  return (
    <>
      <TimerControls
        timer={view.timer}
        clockOffsetMs={mine.clockOffsetMs}
        facilitates={facilitates}
        client={client}
      />
      <VoteControls
        editor={editor}
        vote={view.vote}
        mine={mine}
        facilitates={facilitates}
        canVote={canVote}
        client={client}
      />
      {role === 'admin' && (
        <FacilitatorsPanel
          facilitators={view.facilitators}
          facilitates={facilitates}
          client={client}
        />
      )}
      {mine.error !== null && (
        <div className="facilitation-wide">
          <ErrorBanner message={mine.error} onDismiss={() => client.dismissError()} />
        </div>
      )}
      {view.vote?.results && (
        <div className="facilitation-wide">
          <VoteResults editor={editor} results={view.vote.results} />
        </div>
      )}
    </>
  );
}

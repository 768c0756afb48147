import { isFacilitator, readFacilitation, type FacilitationView } from '@cairn/model';
import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  addFacilitator,
  castBallot,
  endVote,
  fetchMyFacilitation,
  openVote,
  revealVote,
  startTimer,
  stopTimer,
} from '../../../../api/facilitationApi';
import { useSession } from '../../../../auth/useSession';
import { useDocView } from '../../../useDocView';
import { useWhiteboardSession, type WhiteboardSession } from '../WhiteboardSession';
import { FacilitationClient, type FacilitationClientState } from './FacilitationClient';

/** Everything the facilitation parts of the whiteboard show and do. */
export interface Facilitation {
  /** The shared state, live from the document. */
  readonly view: FacilitationView;
  readonly client: FacilitationClient;
  /** What the server told only this person (clock offset, own ballot, last refusal). */
  readonly mine: FacilitationClientState;
  /** The person may start, stop and reveal (the server checks too). */
  readonly facilitates: boolean;
  /** The person may place dots: commenters and up, not viewers. */
  readonly canVote: boolean;
}

const NO_FACILITATION: FacilitationView = { facilitators: [], timer: null, vote: null };

/**
 * One client per board document. The toolbar and tldraw's overlay slot share it, and tldraw's
 * slots take no props, so they find it through the document they both know.
 */
const clients = new WeakMap<Y.Doc, FacilitationClient>();

function clientFor(session: WhiteboardSession, token: string): FacilitationClient {
  const { doc, boardId, me } = session;
  let client = clients.get(doc);
  if (!client) {
    client = new FacilitationClient({
      fetchMine: () => fetchMyFacilitation(token, boardId),
      castBallot: (voteId, dots) => castBallot(token, boardId, voteId, dots),
      becomeFacilitator: () => addFacilitator(token, boardId, { id: me.id, name: me.name }),
      startTimer: (seconds) => startTimer(token, boardId, seconds),
      stopTimer: () => stopTimer(token, boardId),
      openVote: (budget) => openVote(token, boardId, budget),
      revealVote: (voteId) => revealVote(token, boardId, voteId),
      endVote: (voteId) => endVote(token, boardId, voteId),
    });
    clients.set(doc, client);
  }
  return client;
}

/** The facilitation of the whiteboard around this component: shared state, own ballot, rights. */
export function useFacilitation(): Facilitation {
  const session = useWhiteboardSession();
  const { token } = useSession();
  const view = useDocView(session.doc, readFacilitation) ?? NO_FACILITATION;
  const client = clientFor(session, token);
  const mine = useSyncExternalStore(client.subscribe, client.getState);
  return {
    view,
    client,
    mine,
    facilitates: isFacilitator(view, session.me.id),
    canVote: session.role !== 'viewer',
  };
}

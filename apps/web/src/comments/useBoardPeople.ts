import { useEffect, useState } from 'react';
import { fetchBoardPeople } from '../api/commentsApi';
import type { BoardPerson } from '../api/commentTypes';

/**
 * Everyone who can read the board (`GET …/people`), for mentions; null until it arrives. It is
 * fetched when the board opens and again whenever the panel opens or closes, so people added to
 * the board since it opened can be mentioned; the list shown meanwhile stays. A failure keeps the last list: comments still
 * work, only the autocomplete may miss someone.
 */
export function useBoardPeople(
  token: string,
  boardId: string,
  panelOpen: boolean,
): readonly BoardPerson[] | null {
  const [people, setPeople] = useState<readonly BoardPerson[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchBoardPeople(token, boardId, controller.signal).then(setPeople, () => undefined);
    return () => controller.abort();
  }, [token, boardId, panelOpen]);
  return people;
}

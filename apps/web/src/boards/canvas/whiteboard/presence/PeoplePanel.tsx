import { isFacilitator, readFacilitation } from '@cairn/model';
import { useMemo } from 'react';
import { computed, createUserId, useEditor, useValue } from 'tldraw';
import { useDocView } from '../../../useDocView';
import { useWhiteboardSession } from '../WhiteboardSession';
import { PersonAvatar } from './PersonAvatar';
import { SUMMON_REQUEST } from './readSummon';
import { sameWhiteboardPeople, whiteboardPeopleOf } from './whiteboardPeopleOf';
import './peoplePanel.css';

/**
 * The people on the whiteboard (tldraw's `SharePanel` slot): initials and name of each, a
 * Follow / Stop following toggle per person, "Following <name>" with a Stop button while this
 * person follows someone, and for facilitators "Bring everyone here", which asks the server to
 * make everyone else follow them. Names are untrusted and only ever rendered as text.
 */
export function PeoplePanel() {
  const editor = useEditor();
  const { me, doc, stateless } = useWhiteboardSession();
  const myUserId = createUserId(me.id);
  const $people = useMemo(
    () =>
      computed('whiteboard people', () => whiteboardPeopleOf(editor.getCollaborators(), myUserId), {
        isEqual: sameWhiteboardPeople,
      }),
    [editor, myUserId],
  );
  const people = useValue($people);
  const followingUserId = useValue(
    'whiteboard following',
    () => editor.getInstanceState().followingUserId,
    [editor],
  );
  const facilitation = useDocView(doc, readFacilitation);
  const canSummon =
    stateless !== null && facilitation !== null && isFacilitator(facilitation, me.id);
  const leader = people.find((person) => person.userId === followingUserId) ?? null;

  return (
    <section
      className="people-panel"
      aria-label="People on the whiteboard"
      data-testid="people-panel"
      data-following={leader?.userId ?? ''}
    >
      <p className="people-panel__following" role="status">
        {leader && `Following ${leader.name}`}
      </p>
      {leader && (
        <button
          type="button"
          className="button people-panel__stop"
          onClick={() => editor.stopFollowingUser()}
        >
          Stop
        </button>
      )}
      {people.length === 0 ? (
        <p className="people-panel__empty">No one else is here yet.</p>
      ) : (
        <ul className="people-panel__list">
          {people.map((person) => {
            const following = person.userId === followingUserId;
            return (
              <li key={person.userId} className="people-panel__person">
                <PersonAvatar name={person.name} color={person.color} />
                <span className="people-panel__name">{person.name}</span>
                {person.followsMe && <span className="people-panel__note">follows you</span>}
                <button
                  type="button"
                  className="button people-panel__toggle"
                  aria-label={`${following ? 'Stop following' : 'Follow'} ${person.name}`}
                  onClick={() =>
                    following
                      ? editor.stopFollowingUser()
                      : editor.startFollowingUser(person.userId)
                  }
                >
                  {following ? 'Stop following' : 'Follow'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {canSummon && (
        <button
          type="button"
          className="button button--primary people-panel__summon"
          onClick={() => stateless.send(SUMMON_REQUEST)}
        >
          Bring everyone here
        </button>
      )}
    </section>
  );
}

import type { Me } from '../api/apiTypes';
import { initialsOf } from '../ui/initialsOf';

/** Initials, name and workspace role (when there is one) of the person using this tab. */
export function MeSummary({ me }: { readonly me: Me }) {
  return (
    <>
      <span className="app-bar__initials" aria-hidden="true">
        {initialsOf(me.name)}
      </span>
      <span className="app-bar__name" dir="auto">
        {me.name}
      </span>
      {me.role !== null && <span className="app-bar__role">{me.role}</span>}
    </>
  );
}

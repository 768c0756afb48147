/** The people on the whiteboard: follow one, or (facilitators) bring everyone to you. (Stub.) */
export function PeoplePanel() {
  return null;
}

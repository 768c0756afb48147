import type { Role } from '../api/apiTypes';

/** What each role may do on a board, as the Share dialog's role pickers say it. */
export const ROLE_DESCRIPTION: Readonly<Record<Role, string>> = {
  viewer: 'Viewer: can read the board',
  commenter: 'Commenter: can read and comment',
  editor: 'Editor: can change the board',
  admin: 'Admin: can also manage members and links',
};

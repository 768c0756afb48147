/** The page shown when the server refuses or ends a board's connection. */
export interface BoardRefusal {
  readonly title: string;
  readonly explanation: string;
}

/**
 * Turns the server's refusal reason into words for a person. The server sends short codes
 * (`unauthorized`, `not-found`); `access-ended` is the app's own, for an open connection the
 * server closed because access is gone. Anything else is shown as the server wrote it.
 */
export function describeBoardRefusal(reason: string): BoardRefusal {
  switch (reason) {
    case 'access-ended':
    case 'unauthorized':
      return {
        title: 'You no longer have access to this board',
        explanation:
          'The server ended this tab’s access to the board: the link it was opened with may have ' +
          'been revoked or have expired, your membership may have been removed, or you were ' +
          'signed out. Ask the person who shared it for a new link, or sign in again.',
      };
    case 'document-too-large':
      return {
        title: 'This board is full',
        explanation:
          'The board has reached the size limit this Cairn server allows, so your last change ' +
          'could not be saved; the board is as it was before it. Reload to keep working, and ' +
          'move some of its content to a new board, or ask whoever runs Cairn to raise ' +
          'CAIRN_MAX_DOCUMENT_BYTES.',
      };
    case 'not-found':
      return {
        title: 'Board not found',
        explanation:
          'There is no board at this address, or you do not have access to it. It may have been ' +
          'deleted, or the link mistyped. Ask the person who shared it to add you.',
      };
    default:
      return {
        title: 'You cannot open this board',
        explanation: `The server refused the connection: ${reason}`,
      };
  }
}

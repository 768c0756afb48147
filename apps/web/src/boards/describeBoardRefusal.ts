/** The page shown when the server refuses a board's connection. */
export interface BoardRefusal {
  readonly title: string;
  readonly explanation: string;
}

/**
 * Turns the server's refusal reason into words for a person. The server sends short codes
 * (`unauthorized`, `not-found`); anything else is shown as the server wrote it.
 */
export function describeBoardRefusal(reason: string): BoardRefusal {
  switch (reason) {
    case 'unauthorized':
      return {
        title: 'Your access link no longer works',
        explanation:
          'The server did not accept the access link this tab was opened with. It may have been ' +
          'revoked. Ask the person who shared it for a new link.',
      };
    case 'not-found':
      return {
        title: 'Board not found',
        explanation:
          'There is no board at this address. It may have been deleted, or the link mistyped.',
      };
    default:
      return {
        title: 'You cannot open this board',
        explanation: `The server refused the connection: ${reason}`,
      };
  }
}

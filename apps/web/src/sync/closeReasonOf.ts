/**
 * What a closed board connection means for the person. The server closes with code 4401 and
 * reason `unauthorized` when access is gone (session ended, token or link revoked or expired,
 * membership removed) and with 4403 `role-changed` when the role changed (docs/access.md). When
 * it closes one document on a shared socket, the provider reports code 1000 and only the reason
 * survives, so both are read. It closes with 4413 `document-too-large` when a change would take
 * the board past its size limit: resending it would only be refused again.
 */
export type CloseReason = 'access-ended' | 'role-changed' | 'document-too-large' | 'other';

/**
 * Reads a close event of the provider (`code`, `reason`). The reason decides when there is one:
 * the server also uses 4403 for other refusals (`forbidden`, a write to a server-only part of the
 * document), which reconnecting would not mend.
 */
export function closeReasonOf(event: {
  readonly code?: number;
  readonly reason?: string;
}): CloseReason {
  switch (event.reason) {
    case 'unauthorized':
      return 'access-ended';
    case 'role-changed':
      return 'role-changed';
    case 'document-too-large':
      return 'document-too-large';
    case undefined:
    case '':
      if (event.code === 4401) return 'access-ended';
      if (event.code === 4403) return 'role-changed';
      if (event.code === 4413) return 'document-too-large';
      return 'other';
    default:
      return 'other';
  }
}

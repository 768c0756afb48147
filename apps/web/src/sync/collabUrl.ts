/** Path of the Hocuspocus endpoint on the server (and on the Vite dev server's proxy). */
export const COLLAB_PATH = '/collab';

/** The WebSocket URL of the collaboration endpoint on this page's origin (wss on https). */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${COLLAB_PATH}`;
}

/**
 * Creates a canvas board through Cairn's REST API (`POST /api/boards`) with an admin token and
 * returns its id.
 */
export async function createCanvasBoard(
  baseUrl: string,
  adminToken: string,
  title: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'canvas', title }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
  }
  const body = (await response.json()) as { id?: unknown };
  if (typeof body.id !== 'string') throw new Error('POST /api/boards returned no board id.');
  return body.id;
}

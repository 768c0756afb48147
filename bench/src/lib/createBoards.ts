/**
 * Creates `count` boards of `kind` through Cairn's REST API (`POST /api/boards`), a few at a
 * time, and returns their ids in order.
 */
export async function createBoards(
  baseUrl: string,
  adminToken: string,
  kind: 'roadmap' | 'canvas',
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  const create = async (index: number) => {
    const response = await fetch(`${baseUrl}/api/boards`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind, title: `Bench ${index + 1}` }),
    });
    if (response.status !== 201) {
      throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
    }
    const body = (await response.json()) as { id?: unknown };
    if (typeof body.id !== 'string') throw new Error('POST /api/boards returned no board id.');
    ids[index] = body.id;
  };
  const parallel = 8;
  for (let first = 0; first < count; first += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - first) }, (_, k) => first + k);
    await Promise.all(batch.map(create));
  }
  return ids;
}

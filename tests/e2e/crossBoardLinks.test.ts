import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

async function create(token: string, body: object): Promise<string> {
  const created = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', body);
  expect(created.status).toBe(201);
  return created.body.id;
}

async function addEntry(token: string, boardId: string, body: object): Promise<string> {
  const created = await api<{ id: string }>(
    e2e.server.url,
    token,
    'POST',
    `/api/boards/${boardId}/items`,
    body,
  );
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('links between boards in Chromium', () => {
  it('shows a roadmap item’s link to a persona on both boards, following renames', async () => {
    const token = e2e.server.token('editor', 'Priya Patel');
    const personasId = await create(token, { kind: 'personas', title: 'Interview personas' });
    const personaId = await addEntry(token, personasId, { title: 'Dana, the data analyst' });
    const roadmapId = await create(token, { kind: 'roadmap', title: 'Q3 roadmap' });
    await addEntry(token, roadmapId, { title: 'Usage dashboards' });

    const roadmap = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${roadmapId}#token=${token}`,
    );
    await roadmap.saved();
    await roadmap.card('Usage dashboards').click();
    const links = roadmap.page.getByRole('region', { name: 'Links' });
    await links.getByLabel('Link to…').fill('Dana');
    await links.getByRole('button', { name: 'Link to Dana, the data analyst' }).click();
    await links
      .getByRole('list', { name: 'Links to' })
      .getByText('Dana, the data analyst')
      .waitFor();
    await roadmap.saved();

    const personas = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${personasId}#token=${token}`,
    );
    await personas.saved();
    await personas.page
      .getByRole('button', { name: 'Open persona Dana, the data analyst' })
      .click();
    const incoming = personas.page
      .getByRole('region', { name: 'Links' })
      .getByRole('list', { name: 'Linked from' });
    await incoming.getByText('Usage dashboards').waitFor();

    // A rename on the persona's board shows on the roadmap's side once its panel refreshes.
    const renamed = await api(
      e2e.server.url,
      token,
      'PATCH',
      `/api/boards/${personasId}/items/${personaId}`,
      {
        title: 'Dana, the analytics lead',
      },
    );
    expect(renamed.status).toBe(200);
    await roadmap.page.keyboard.press('Escape');
    await roadmap.card('Usage dashboards').click();
    await roadmap.page
      .getByRole('region', { name: 'Links' })
      .getByRole('list', { name: 'Links to' })
      .getByText('Dana, the analytics lead')
      .waitFor();

    await roadmap.close();
    await personas.close();
  });
});

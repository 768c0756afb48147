import { describe, expect, it } from 'vitest';
import { getUserPreferences } from 'tldraw';
import { createWhiteboardUser } from './useWhiteboardUser';

const ADA = { id: 'person-ada', name: 'Ada', color: '#c2255c' };

describe('createWhiteboardUser', () => {
  it('is the person the server knows', () => {
    const user = createWhiteboardUser(ADA);
    expect(user.userPreferences.get()).toMatchObject(ADA);
  });

  it('keeps the identity when tldraw changes preferences, and stores only the preferences', () => {
    const user = createWhiteboardUser(ADA);
    const storedBefore = getUserPreferences();
    user.setUserPreferences({
      ...user.userPreferences.get(),
      id: 'someone-else',
      name: 'Mallory',
      color: '#000000',
      isSnapMode: true,
    });
    expect(user.userPreferences.get()).toMatchObject({ ...ADA, isSnapMode: true });
    const storedAfter = getUserPreferences();
    expect(storedAfter).toMatchObject({ isSnapMode: true, id: storedBefore.id });
    expect(storedAfter.name).toBe(storedBefore.name);
  });
});

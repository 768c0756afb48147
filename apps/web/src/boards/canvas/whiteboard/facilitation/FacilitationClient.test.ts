import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../api/ApiError';
import type { Ballot } from '@cairn/model';
import type { MyFacilitation } from '../../../../api/facilitationApi';
import { FacilitationClient, type FacilitationCalls } from './FacilitationClient';

interface Pending<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

/** Calls that wait until the test answers them, recording what was sent. */
function fakeCalls() {
  const fetches: Pending<MyFacilitation>[] = [];
  const casts: { voteId: string; dots: Ballot; answer: Pending<Ballot> }[] = [];
  const actions: { name: string; answer: Pending<void> }[] = [];
  const action = (name: string) => () =>
    new Promise<void>((resolve, reject) => actions.push({ name, answer: { resolve, reject } }));
  const calls: FacilitationCalls = {
    fetchMine: () => new Promise((resolve, reject) => fetches.push({ resolve, reject })),
    castBallot: (voteId, dots) =>
      new Promise((resolve, reject) => casts.push({ voteId, dots, answer: { resolve, reject } })),
    becomeFacilitator: action('becomeFacilitator'),
    startTimer: action('startTimer'),
    stopTimer: action('stopTimer'),
    openVote: action('openVote'),
    revealVote: action('revealVote'),
    endVote: action('endVote'),
  };
  return { calls, fetches, casts, actions };
}

/** Every shape is on the board, unless a test says otherwise. */
const onBoard = () => true;

/** Lets the promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A client whose ballot in vote `v1` is known to be `ballot`. */
async function clientWithBallot(ballot: Ballot) {
  const fake = fakeCalls();
  let clock = 1_000;
  const client = new FacilitationClient(fake.calls, () => clock);
  client.refresh('v1');
  clock = 1_100;
  fake.fetches[0]?.resolve({ serverTime: 61_050, ballot });
  await settle();
  return { client, ...fake };
}

describe('FacilitationClient', () => {
  it('learns the server clock and the own ballot from a refresh', async () => {
    const { client } = await clientWithBallot({ 'shape:a': 2 });
    expect(client.getState()).toMatchObject({
      clockOffsetMs: 60_000,
      voteId: 'v1',
      ballot: { 'shape:a': 2 },
    });
  });

  it('keeps the clock offset measured over the shortest round trip', async () => {
    const fake = fakeCalls();
    let clock = 0;
    const client = new FacilitationClient(fake.calls, () => clock);
    client.refresh(null);
    clock = 2_000;
    // A slow answer (a busy page): the server read 61,000 early on, the estimate is 1 s off.
    fake.fetches[0]?.resolve({ serverTime: 61_000, ballot: null });
    await settle();
    expect(client.getState().clockOffsetMs).toBe(60_000);

    client.refresh(null);
    clock = 2_010;
    fake.fetches[1]?.resolve({ serverTime: 62_005 + 1_000, ballot: null });
    await settle();
    expect(client.getState().clockOffsetMs).toBe(61_000);

    client.refresh(null);
    clock = 3_000;
    fake.fetches[2]?.resolve({ serverTime: 0, ballot: null });
    await settle();
    expect(client.getState().clockOffsetMs).toBe(61_000);
  });

  it('shows a dot at once and sends the whole ballot', async () => {
    const { client, casts } = await clientWithBallot({ 'shape:a': 1 });
    client.changeDots('v1', 'shape:b', 1, 3, onBoard);
    expect(client.getState().ballot).toEqual({ 'shape:a': 1, 'shape:b': 1 });
    expect(casts.map(({ voteId, dots }) => ({ voteId, dots }))).toEqual([
      { voteId: 'v1', dots: { 'shape:a': 1, 'shape:b': 1 } },
    ]);
  });

  it('sends one ballot at a time, the latest next, so answers never cross', async () => {
    const { client, casts } = await clientWithBallot({});
    client.changeDots('v1', 'shape:a', 1, 3, onBoard);
    client.changeDots('v1', 'shape:a', 1, 3, onBoard);
    client.changeDots('v1', 'shape:b', 1, 3, onBoard);
    expect(casts).toHaveLength(1);

    casts[0]?.answer.resolve({ 'shape:a': 1 });
    await settle();
    // The answer to the first request does not undo the two dots placed since.
    expect(client.getState().ballot).toEqual({ 'shape:a': 2, 'shape:b': 1 });
    expect(casts).toHaveLength(2);
    expect(casts[1]?.dots).toEqual({ 'shape:a': 2, 'shape:b': 1 });

    casts[1]?.answer.resolve({ 'shape:a': 2, 'shape:b': 1 });
    await settle();
    expect(casts).toHaveLength(2);
  });

  it('rolls a refused ballot back to the last one the server kept, and says why', async () => {
    const { client, casts } = await clientWithBallot({ 'shape:a': 1 });
    client.changeDots('v1', 'shape:b', 1, 3, onBoard);
    casts[0]?.answer.reject(new ApiError(409, 'The vote is closed.'));
    await settle();
    expect(client.getState().ballot).toEqual({ 'shape:a': 1 });
    expect(client.getState().error).toBe('Your dot was not counted: The vote is closed.');

    client.dismissError();
    expect(client.getState().error).toBeNull();
  });

  it('ignores dots beyond the budget and dots for a vote whose ballot is not known yet', async () => {
    const { client, casts } = await clientWithBallot({ 'shape:a': 3 });
    client.changeDots('v1', 'shape:b', 1, 3, onBoard);
    client.changeDots('v2', 'shape:b', 1, 3, onBoard);
    expect(client.getState().ballot).toEqual({ 'shape:a': 3 });
    expect(casts).toHaveLength(0);
  });

  it('applies only the answer to the latest refresh', async () => {
    const { client, fetches } = await clientWithBallot({ 'shape:a': 1 });
    client.refresh('v2');
    client.refresh('v3');
    fetches[2]?.resolve({ serverTime: 0, ballot: { 'shape:c': 1 } });
    await settle();
    fetches[1]?.resolve({ serverTime: 0, ballot: { 'shape:b': 1 } });
    await settle();
    expect(client.getState()).toMatchObject({ voteId: 'v3', ballot: { 'shape:c': 1 } });
  });

  it('keeps dots not yet sent when a refresh of the same vote answers', async () => {
    const { client, fetches } = await clientWithBallot({});
    client.changeDots('v1', 'shape:a', 1, 3, onBoard);
    client.refresh('v1');
    fetches[1]?.resolve({ serverTime: 0, ballot: {} });
    await settle();
    expect(client.getState().ballot).toEqual({ 'shape:a': 1 });
  });

  it('gives back the dots on a deleted sticky instead of sending them', async () => {
    const { client, casts } = await clientWithBallot({ 'shape:gone': 3 });
    client.changeDots('v1', 'shape:a', 1, 3, (shapeId) => shapeId !== 'shape:gone');
    expect(client.getState().ballot).toEqual({ 'shape:a': 1 });
    expect(casts[0]?.dots).toEqual({ 'shape:a': 1 });
  });

  it('says why a facilitator action was refused', async () => {
    const { client, actions } = await clientWithBallot({});
    client.startTimer(60);
    expect(actions.map(({ name }) => name)).toEqual(['startTimer']);
    actions[0]?.answer.reject(new ApiError(403, 'Only facilitators can do that.'));
    await settle();
    expect(client.getState().error).toBe('The timer did not start: Only facilitators can do that.');
  });
});

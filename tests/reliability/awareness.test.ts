import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { awarenessFrame } from '../support/collabFrames.js';
import { connectProvider } from '../support/connectProvider.js';
import { measureEditLatency, percentile } from '../support/editLatency.js';
import { openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.js';
import { reportReliability, sized } from '../support/reliability.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

/** The spam: awareness updates per second from one socket (and its reconnections). */
const SPAM_PER_SECOND = 1_000;
const SPAM_SECONDS = sized(3, 30);
const LATENCY_EDITS = sized(40, 200);

const ms = (value: number) => `${value.toFixed(1)} ms`;

describe('awareness spam', () => {
  it(`${SPAM_PER_SECOND} awareness updates/s with fabricated ids are capped; others are unaffected`, async () => {
    const server = await useTestServer();
    const token = server.token('editor', 'Spammer');
    const board = await api<{ id: string }>(
      server.url,
      server.token('admin'),
      'POST',
      '/api/boards',
      {
        title: 'Spam',
        kind: 'canvas',
      },
    );
    const boardId = board.body.id;
    const alice = connectProvider(server.wsUrl, boardId, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, boardId, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      const aliceAwareness = alice.provider.awareness;
      if (!aliceAwareness) throw new Error('no awareness');
      bob.provider.setAwarenessField('cursor', 0);
      await waitFor('Bob’s presence', aliceAwareness, 'change', () =>
        aliceAwareness.getStates().has(bob.doc.clientID),
      );
      await measureEditLatency(bob.doc, alice.doc, 10); // warm-up, not counted
      const before = await measureEditLatency(bob.doc, alice.doc, LATENCY_EDITS);

      /**
       * Bob moves his cursor every 50 ms while `busy` runs; how many of his moves Alice saw.
       * Awareness is last-writer-wins and the provider coalesces, so not every move arrives even
       * without spam: the baseline below is the peer the spam is compared with.
       */
      let cursorValue = 0;
      const watchBobCursor = async (busy: () => Promise<void>) => {
        const seen = new Set<number>();
        const first = cursorValue + 1;
        const seeBob = () => {
          const state = aliceAwareness.getStates().get(bob.doc.clientID) as
            { cursor?: number } | undefined;
          if (state?.cursor !== undefined && state.cursor >= first) seen.add(state.cursor);
        };
        aliceAwareness.on('change', seeBob);
        const timer = setInterval(
          () => bob.provider.setAwarenessField('cursor', ++cursorValue),
          50,
        );
        try {
          await busy();
        } finally {
          clearInterval(timer);
          aliceAwareness.off('change', seeBob);
        }
        return { moves: cursorValue - first + 1, seen: seen.size };
      };
      const quietUntil = performance.now() + SPAM_SECONDS * 1000;
      const baseline = await watchBobCursor(async () => {
        while (performance.now() < quietUntil) await measureEditLatency(bob.doc, alice.doc, 5);
      });

      // Presence others see that is neither Alice's nor Bob's: at most the spammer's own.
      const honest = new Set([alice.doc.clientID, bob.doc.clientID]);
      let mostForeign = 0;
      const countForeign = () => {
        const foreign = [...aliceAwareness.getStates().keys()].filter((id) => !honest.has(id));
        mostForeign = Math.max(mostForeign, foreign.length);
      };
      aliceAwareness.on('change', countForeign);

      let sent = 0;
      let sockets = 0;
      const closes: { code: number; reason: string; afterMs: number; sentOnSocket: number }[] = [];
      let fabricated = 1;
      const spamStarted = performance.now();
      const spamUntil = spamStarted + SPAM_SECONDS * 1000;
      const spamming = (async () => {
        while (performance.now() < spamUntil) {
          const socket: RawCollabSocket = await openRawCollabSocket(server.wsUrl);
          sockets += 1;
          await socket.authenticate(boardId, token);
          const opened = performance.now();
          let sentOnSocket = 0;
          let open = true;
          void socket.closed.then(({ code, reason }) => {
            open = false;
            closes.push({ code, reason, afterMs: performance.now() - opened, sentOnSocket });
          });
          // Paced against the clock: by now `SPAM_PER_SECOND` a second since the spam began,
          // each for a new fabricated client id.
          while (open && performance.now() < spamUntil) {
            const due = ((performance.now() - spamStarted) * SPAM_PER_SECOND) / 1000;
            while (open && sent < due) {
              socket.send(
                awarenessFrame(boardId, [
                  {
                    clientId: 1_000_000 + fabricated++,
                    clock: 1,
                    state: { user: { name: 'Mallory', role: 'admin' }, cursor: { x: sent, y: 0 } },
                  },
                ]),
              );
              sent += 1;
              sentOnSocket += 1;
            }
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          socket.close();
          await socket.closed;
        }
      })();

      // Meanwhile Bob keeps moving his cursor and Alice keeps seeing it, and they keep editing.
      const during: number[] = [];
      const spammed = await watchBobCursor(async () => {
        while (performance.now() < spamUntil) {
          during.push(...(await measureEditLatency(bob.doc, alice.doc, 5)));
        }
      });
      await spamming;
      aliceAwareness.off('change', countForeign);
      const shareSeen = (watch: { moves: number; seen: number }) => watch.seen / watch.moves;

      const rateClosed = closes.filter((close) => close.reason === 'rate-limited');
      const p50 = [percentile(before, 50), percentile(during, 50)];
      const p99 = [percentile(before, 99), percentile(during, 99)];
      const spamRate = sent / SPAM_SECONDS;
      const meanLife =
        rateClosed.reduce((sum, close) => sum + close.afterMs, 0) / rateClosed.length;

      expect(spamRate).toBeGreaterThan(SPAM_PER_SECOND * 0.6);
      expect(mostForeign, 'fabricated presences others saw').toBeLessThanOrEqual(1);
      expect(rateClosed.length, 'spamming sockets closed for their rate').toBeGreaterThan(0);
      expect(
        shareSeen(spammed),
        'share of Bob’s cursor moves Alice saw during the spam, against without it',
      ).toBeGreaterThan(shareSeen(baseline) / 2);
      expect(p99[1], 'edit latency p99 during the spam').toBeLessThan(100);

      reportReliability({
        id: 'awareness',
        title: '6. Awareness spam',
        method: `One editor socket sends ${SPAM_PER_SECOND} awareness updates/s for ${SPAM_SECONDS} s, each for a new fabricated client id and claiming to be an admin; when the server closes it, it reconnects and goes on. Two honest providers (Alice and Bob) on the same board edit (one edit at a time, Bob's edit until Alice sees it) before and during the spam, and Bob moves his cursor every 50 ms. Server and clients share one process.`,
        figures: [
          {
            measure: 'spam sent',
            value: `${sent} updates (${spamRate.toFixed(0)}/s) over ${sockets} sockets`,
          },
          {
            measure: 'fabricated presences others saw (at once)',
            value: `${mostForeign}`,
            target: '≤ 1 (the socket’s own)',
            pass: mostForeign <= 1,
          },
          {
            measure: 'spamming sockets closed `rate-limited`',
            value: `${rateClosed.length} of ${closes.length}, after ${ms(meanLife)} on average`,
            target: 'closed',
            pass: rateClosed.length > 0,
          },
          {
            measure: 'edit latency p50, before → during the spam',
            value: `${ms(p50[0] ?? 0)} → ${ms(p50[1] ?? 0)}`,
          },
          {
            measure: 'edit latency p99, before → during the spam',
            value: `${ms(p99[0] ?? 0)} → ${ms(p99[1] ?? 0)}`,
            target: '< 100 ms',
            pass: (p99[1] ?? Infinity) < 100,
          },
          {
            measure: 'Bob’s cursor moves Alice saw, without → during the spam',
            value: `${baseline.seen} of ${baseline.moves} → ${spammed.seen} of ${spammed.moves}`,
            target: '> half the share without spam',
            pass: shareSeen(spammed) > shareSeen(baseline) / 2,
          },
        ],
        notes: [
          'Limits: CAIRN_AWARENESS_PER_SECOND 200 with a burst of 400 states per socket, CAIRN_MESSAGES_PER_SECOND 500 with a burst of 1,000; a provider may set presence for one client id only (frames for others are dropped).',
        ],
      });
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });
});

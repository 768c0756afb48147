import type { BoardKind } from '@cairn/model';
import { z } from 'zod';
import type { BoardKindApi } from './BoardKindApi.js';
import { canvasApi } from './canvasApi.js';
import { launchApi } from './launchApi.js';
import { personasApi } from './personasApi.js';
import { roadmapApi } from './roadmapApi.js';
import { strategyApi } from './strategyApi.js';

/** Every board kind's REST handling, by kind. */
export const BOARD_KIND_APIS: Readonly<Record<BoardKind, BoardKindApi>> = {
  roadmap: roadmapApi,
  strategy: strategyApi,
  personas: personasApi,
  launch: launchApi,
  canvas: canvasApi,
};

/** `POST /api/boards`: one strict shape per kind, chosen by `kind`. */
export const createBoardBody = z.discriminatedUnion('kind', [
  roadmapApi.createBoardBody,
  strategyApi.createBoardBody,
  personasApi.createBoardBody,
  launchApi.createBoardBody,
  canvasApi.createBoardBody,
]);

import { ModelError } from '@cairn/model';
import { z } from 'zod';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

const notYet = (): never => {
  throw new ModelError('invalid', 'Entries of canvas boards cannot be changed over REST yet.');
};

/** canvas boards over REST. */
export const canvasApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('canvas'), title: textField }),
  addItem: notYet,
  updateItem: notYet,
  deleteItem: notYet,
};

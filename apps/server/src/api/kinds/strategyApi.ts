import { ModelError } from '@cairn/model';
import { z } from 'zod';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

const notYet = (): never => {
  throw new ModelError('invalid', 'Entries of strategy boards cannot be changed over REST yet.');
};

/** strategy boards over REST. */
export const strategyApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('strategy'), title: textField }),
  addItem: notYet,
  updateItem: notYet,
  deleteItem: notYet,
};

import { ModelError } from '@cairn/model';
import { z } from 'zod';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

const notYet = (): never => {
  throw new ModelError('invalid', 'Entries of launch boards cannot be changed over REST yet.');
};

/** launch boards over REST. */
export const launchApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('launch'), title: textField }),
  addItem: notYet,
  updateItem: notYet,
  deleteItem: notYet,
};

import { ModelError } from '@cairn/model';
import { z } from 'zod';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

const notYet = (): never => {
  throw new ModelError('invalid', 'Entries of personas boards cannot be changed over REST yet.');
};

/** personas boards over REST. */
export const personasApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('personas'), title: textField }),
  addItem: notYet,
  updateItem: notYet,
  deleteItem: notYet,
};

import { LIMITS } from '@cairn/model';
import { z } from 'zod';

/**
 * A text field in a request body. The model checks content (trimmed, non-empty, its own length
 * limits); this bound only keeps a huge string from reaching it, so errors stay short.
 */
export const textField = z.string().max(LIMITS.descriptionLength * 4);

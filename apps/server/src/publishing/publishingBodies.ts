import { z } from 'zod';
import { personNameField } from '../access/accessBodies.js';
import { HIDEABLE_FIELDS } from './publishedFields.js';
import { MAX_WEBHOOK_URL_LENGTH } from './webhookDestination.js';
import { WEBHOOK_EVENTS } from './webhookEvents.js';

const hiddenField = z
  .array(z.enum(HIDEABLE_FIELDS, `Hidden fields are ${HIDEABLE_FIELDS.join(', ')}.`))
  .max(HIDEABLE_FIELDS.length * 2, 'Too many hidden fields.');

/** `POST /api/boards/:id/publications`: both optional (no label; notes and owners hidden). */
export const newPublicationBody = z.strictObject({
  label: personNameField.optional(),
  hidden: hiddenField.optional(),
});

/** `PATCH /api/boards/:id/publications/:publicationId`: what changes; `label: null` clears it. */
export const patchPublicationBody = z
  .strictObject({
    label: personNameField.nullable().optional(),
    hidden: hiddenField.optional(),
  })
  .refine(
    (patch) => patch.label !== undefined || patch.hidden !== undefined,
    'Give label or hidden.',
  );

/** `POST /api/boards/:id/webhooks`. The secret, when given, is what receivers already hold. */
export const newWebhookBody = z.strictObject({
  url: z.string().trim().min(1, 'url must not be empty.').max(MAX_WEBHOOK_URL_LENGTH),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, `Events are ${WEBHOOK_EVENTS.join(', ')}.`))
    .min(1, 'Give at least one event.')
    .max(WEBHOOK_EVENTS.length * 2, 'Too many events.'),
  secret: z
    .string()
    .min(16, 'A secret must be at least 16 characters.')
    .max(256, 'A secret must be at most 256 characters.')
    .regex(/^[\x21-\x7e]+$/, 'A secret must be printable ASCII without spaces.')
    .optional(),
});

import type { AccessService } from '../access/AccessService.js';
import type { BoardService } from '../boards/BoardService.js';
import type { PublishingServices } from './createPublishingServices.js';

/** What the publishing routes need from the API (a part of ApiDependencies). */
export interface PublishingDependencies {
  readonly boards: BoardService;
  readonly accounts: { readonly access: AccessService };
  readonly publishing: PublishingServices;
}

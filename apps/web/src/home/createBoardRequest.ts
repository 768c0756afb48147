import type { NewBoardRequest } from '../api/apiTypes';
import type { HomeKind } from './boardKinds';

/** How a new launch plan starts: with the go-to-market tasks, or with its tracks only. */
export const LAUNCH_TEMPLATE_CHOICES = [
  { value: 'go-to-market', label: 'Go-to-market (tasks for every track)' },
  { value: 'empty', label: 'Empty (tracks only)' },
] as const;
export type LaunchTemplateChoice = (typeof LAUNCH_TEMPLATE_CHOICES)[number]['value'];

/** What the create form holds, whatever the kind. */
export interface CreateBoardDraft {
  readonly kind: HomeKind;
  readonly title: string;
  /** Roadmaps: lane names, already split; empty for the server's default lane. */
  readonly lanes: readonly string[];
  /** Launch plans: 'YYYY-MM-DD' from the date field, or '' for the server's default. */
  readonly launchDate: string;
  readonly template: LaunchTemplateChoice;
}

/** The request body for a draft: only the options of its kind, and only those filled in. */
export function createBoardRequest(draft: CreateBoardDraft): NewBoardRequest {
  const title = draft.title.trim();
  switch (draft.kind) {
    case 'roadmap':
      return { kind: 'roadmap', title, ...(draft.lanes.length > 0 ? { lanes: draft.lanes } : {}) };
    case 'launch':
      return {
        kind: 'launch',
        title,
        ...(draft.launchDate !== '' ? { launchDate: draft.launchDate } : {}),
        template: draft.template,
      };
    case 'strategy':
    case 'personas':
    case 'canvas':
      return { kind: draft.kind, title };
  }
}

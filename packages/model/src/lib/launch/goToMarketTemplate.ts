import type { DEFAULT_TRACKS } from './launchSchema.js';

/** A task of a template: which default track it is on and when it is due. */
export interface TemplateTask {
  readonly title: string;
  readonly track: (typeof DEFAULT_TRACKS)[number]['id'];
  readonly offsetDays: number;
}

/**
 * The go-to-market plan a new launch board starts with: the outbound work of a product launch,
 * each task on the function that usually owns it, due when it usually has to be ready (messaging
 * first, since everything else builds on it; training before the sales kick-off; briefings under
 * embargo a week out; follow-up after launch day).
 */
export const GO_TO_MARKET_TASKS: readonly TemplateTask[] = [
  { title: 'Competitive differentiation', track: 'product', offsetDays: -42 },
  { title: 'Positioning and messaging', track: 'marketing', offsetDays: -35 },
  { title: 'Naming and branding', track: 'marketing', offsetDays: -28 },
  { title: 'Feature freeze and release candidate', track: 'engineering', offsetDays: -21 },
  { title: 'Launch blog post and website page', track: 'marketing', offsetDays: -7 },
  { title: 'Sales training and pitch deck', track: 'sales', offsetDays: -14 },
  { title: 'Support training and help-centre articles', track: 'support', offsetDays: -10 },
  { title: 'Press and analyst briefings', track: 'press', offsetDays: -7 },
  { title: 'Customer communication', track: 'marketing', offsetDays: 0 },
  { title: 'Launch event', track: 'marketing', offsetDays: 0 },
  { title: 'Release to production', track: 'engineering', offsetDays: 0 },
  { title: 'Launch review and adoption metrics', track: 'product', offsetDays: 14 },
];

/** The kinds of board the home page shows, in the order of their groups. */
export const HOME_KINDS = ['roadmap', 'strategy', 'personas', 'launch', 'canvas'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];

/** How each kind is named: one board ("Launch plan") and the group of them ("Launch plans"). */
export const KIND_NAMES: Readonly<Record<HomeKind, { one: string; many: string }>> = {
  roadmap: { one: 'Roadmap', many: 'Roadmaps' },
  strategy: { one: 'Strategy', many: 'Strategy' },
  personas: { one: 'Personas', many: 'Personas' },
  launch: { one: 'Launch plan', many: 'Launch plans' },
  canvas: { one: 'Canvas', many: 'Canvases' },
};

/** True for a kind this client knows; a newer server may list kinds it does not. */
export function isHomeKind(kind: string): kind is HomeKind {
  return (HOME_KINDS as readonly string[]).includes(kind);
}

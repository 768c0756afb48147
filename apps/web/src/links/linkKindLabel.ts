const LABELS: Readonly<Record<string, string>> = {
  roadmap: 'Roadmap item',
  personas: 'Persona',
  strategy: 'Goal',
  launch: 'Launch plan',
  canvas: 'Canvas',
};

/** What a link target of a board kind is called in the link panel (e.g. personas → Persona). */
export function linkKindLabel(kind: string | null): string {
  return (kind !== null ? LABELS[kind] : undefined) ?? 'Board';
}

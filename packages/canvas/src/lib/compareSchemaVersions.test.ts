import { describe, expect, it } from 'vitest';
import { compareSchemaVersions } from './compareSchemaVersions.js';

const local = {
  schemaVersion: 2,
  sequences: { 'com.tldraw.shape': 4, 'com.tldraw.shape.frame': 1 },
} as const;

describe('compareSchemaVersions', () => {
  it.each([
    ['the same versions', { 'com.tldraw.shape': 4, 'com.tldraw.shape.frame': 1 }, 'same'],
    [
      'a lower version in the document',
      { 'com.tldraw.shape': 4, 'com.tldraw.shape.frame': 0 },
      'local-newer',
    ],
    ['a sequence the document lacks', { 'com.tldraw.shape': 4 }, 'local-newer'],
    [
      'a higher version in the document',
      { 'com.tldraw.shape': 5, 'com.tldraw.shape.frame': 1 },
      'local-older',
    ],
    [
      'a sequence only the document has',
      { ...local.sequences, 'com.example.shape.card': 0 },
      'local-older',
    ],
    [
      'one lower and one higher (cannot read, so older)',
      { 'com.tldraw.shape': 5, 'com.tldraw.shape.frame': 0 },
      'local-older',
    ],
  ] as const)('%s is %s', (_, sequences, expected) => {
    expect(compareSchemaVersions(local, { schemaVersion: 2, sequences })).toBe(expected);
  });

  it('treats a legacy version-1 schema as older', () => {
    expect(
      compareSchemaVersions(local, { schemaVersion: 1, storeVersion: 4, recordVersions: {} }),
    ).toBe('local-newer');
  });
});

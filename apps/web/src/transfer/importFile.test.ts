import { describe, expect, it } from 'vitest';
import { baseName, recogniseImportFile } from './importFile';

const EXPORT = {
  format: 'cairn.board',
  version: 1,
  kind: 'roadmap',
  title: 'Plan <b>2026</b>',
  exportedAt: '2026-11-26T10:00:00.000Z',
  schemaVersion: 3,
  createdAt: 0,
  meta: {},
  lanes: [{ id: 'l1' }, { id: 'l2' }],
  releases: [],
  items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
};

describe('recogniseImportFile', () => {
  it('summarises a Cairn export', () => {
    const file = recogniseImportFile('plan.json', `\uFEFF${JSON.stringify(EXPORT)}`);
    expect(file.kind).toBe('cairn');
    if (file.kind !== 'cairn') return;
    expect(file.summary).toEqual({
      kind: 'roadmap',
      title: 'Plan <b>2026</b>',
      items: 3,
      sections: [{ name: 'lanes', count: 2 }],
      exportedAt: '2026-11-26T10:00:00.000Z',
      version: 1,
    });
    expect(file.document).toEqual(EXPORT);
  });

  it('recognises an export by its content whatever its name', () => {
    expect(recogniseImportFile('download', JSON.stringify(EXPORT)).kind).toBe('cairn');
  });

  it('refuses JSON that is broken or not an export', () => {
    const broken = recogniseImportFile('plan.json', '{"format":');
    expect(broken).toMatchObject({ kind: 'unusable', reason: 'This file is not valid JSON.' });
    const other = recogniseImportFile('plan.json', '{"format":"trello"}');
    expect(other).toMatchObject({ kind: 'unusable' });
    expect(recogniseImportFile('plan.json', '[1,2]').kind).toBe('unusable');
  });

  it('reads a CSV', () => {
    const file = recogniseImportFile('Jira.CSV', 'Summary,Status\nLogin,Done\n');
    expect(file.kind).toBe('csv');
    if (file.kind !== 'csv') return;
    expect(file.table.headers).toEqual(['Summary', 'Status']);
    expect(file.table.rowCount).toBe(1);
  });

  it('refuses an empty CSV, one without rows, and other files', () => {
    expect(recogniseImportFile('a.csv', '').kind).toBe('unusable');
    expect(recogniseImportFile('a.csv', 'Title\n').kind).toBe('unusable');
    expect(recogniseImportFile('a.xlsx', 'PK…').kind).toBe('unusable');
  });
});

describe('baseName', () => {
  it('drops the extension', () => {
    expect(baseName('Jira export.csv')).toBe('Jira export');
    expect(baseName('.csv')).toBe('.csv');
    expect(baseName('plan')).toBe('plan');
  });
});

import { describe, expect, it } from 'vitest';
import {
  autoMapping,
  looksLikeJira,
  mappingSource,
  unmappedRequired,
  type ImportField,
} from './autoMapping';

const field = (name: string, label: string, required = false): ImportField => ({
  name,
  label,
  required,
  description: '',
});

const FIELDS: ImportField[] = [
  field('title', 'Title', true),
  field('description', 'Description'),
  field('lane', 'Lane'),
  field('horizon', 'Horizon'),
  field('status', 'Status'),
  field('owner', 'Owner'),
  field('startDate', 'Start date'),
  field('endDate', 'End date'),
  field('release', 'Release'),
  field('tags', 'Tags'),
  field('epic', 'Epic'),
];

const JIRA = {
  title: 'Summary',
  description: 'Description',
  status: 'Status',
  owner: 'Assignee',
  endDate: 'Due date',
  release: 'Fix versions',
  tags: 'Labels',
  epic: 'Parent summary',
};

const JIRA_HEADERS = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Assignee',
  'Fix versions',
  'Fix versions',
  'Labels',
  'Labels',
  'Due date',
  'Description',
  'Custom field (Epic Link)',
];

describe('looksLikeJira', () => {
  it('recognises a Jira export', () => {
    expect(looksLikeJira(JIRA_HEADERS, JIRA)).toBe(true);
    expect(
      looksLikeJira(
        JIRA_HEADERS.map((header) => header.toLowerCase()),
        JIRA,
      ),
    ).toBe(true);
  });

  it('does not take a spreadsheet with a Summary column for Jira', () => {
    expect(looksLikeJira(['Summary', 'Owner', 'Lane'], JIRA)).toBe(false);
    expect(looksLikeJira(['Summary', 'Issue key'], JIRA)).toBe(false);
    expect(looksLikeJira(JIRA_HEADERS, undefined)).toBe(false);
  });
});

describe('autoMapping', () => {
  it('applies the Jira preset to a Jira export', () => {
    const mapping = autoMapping(JIRA_HEADERS, FIELDS, { jira: JIRA });
    expect(mapping).toEqual({
      title: 'Summary',
      description: 'Description',
      status: 'Status',
      owner: 'Assignee',
      endDate: 'Due date',
      release: 'Fix versions',
      tags: 'Labels',
    });
    expect(mappingSource(JIRA_HEADERS, { jira: JIRA })).toBe('jira');
  });

  it('keeps the file’s spelling of a preset header', () => {
    const headers = JIRA_HEADERS.map((header) => header.toUpperCase());
    expect(autoMapping(headers, FIELDS, { jira: JIRA })['title']).toBe('SUMMARY');
  });

  it('matches field names and labels loosely in other files', () => {
    const headers = ['TITLE', 'start_date', 'End Date', 'owner', 'Notes', 'tags'];
    expect(autoMapping(headers, FIELDS, { jira: JIRA })).toEqual({
      title: 'TITLE',
      startDate: 'start_date',
      endDate: 'End Date',
      owner: 'owner',
      tags: 'tags',
    });
    expect(mappingSource(headers, { jira: JIRA })).toBe('names');
  });

  it('gives a header to one field only', () => {
    const fields = [field('title', 'Name', true), field('owner', 'Name')];
    expect(autoMapping(['Name'], fields, {})).toEqual({ title: 'Name' });
  });

  it('maps nothing when nothing matches', () => {
    expect(autoMapping(['A', 'B'], FIELDS, {})).toEqual({});
  });
});

describe('unmappedRequired', () => {
  it('lists required fields without a column', () => {
    expect(unmappedRequired(FIELDS, {}).map((f) => f.name)).toEqual(['title']);
    expect(unmappedRequired(FIELDS, { title: '' }).map((f) => f.name)).toEqual(['title']);
    expect(unmappedRequired(FIELDS, { title: 'Summary' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/loaders/content-dir.ts';

describe('contentDir', () => {
  it('is content/ unless ARCHIVE_CONTENT_DIR names another copy', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ ARCHIVE_CONTENT_DIR: '/tmp/bench/content' })).toBe('/tmp/bench/content');
    expect(contentDir({ ARCHIVE_CONTENT_DIR: '  ' })).toBe('./content');
  });
});

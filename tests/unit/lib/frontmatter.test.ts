import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('article files', () => {
  it('split at the closing «---» even with a BOM and Windows line endings', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: "سرت"\r\n---\r\nنص')).toEqual({ yaml: 'title: "سرت"', body: 'نص' });
  });
  it('have no frontmatter when the first line is not «---»', () => {
    expect(splitFrontmatter('نص\n---\ntitle: x\n---\n')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { cleanFields, cleanLines } from '../../../src/ingest/hygiene.ts';

describe('text hygiene at ingest', () => {
  it('takes a right-to-left override left open out of a line and records it at the line’s number', () => {
    const { lines, changes } = cleanLines([{ n: 7, text: 'قال المتحدث \u202eإن المعركة انتهت' }]);
    expect(lines).toEqual([{ n: 7, text: 'قال المتحدث إن المعركة انتهت' }]);
    expect(changes).toEqual([{ field: 'body', line: 7, char: 'U+202E', kind: 'bidi' }]);
  });

  it('keeps a paired isolate, which is text, and a clean line as the same object', () => {
    const line = { n: 1, text: 'نقلت وكالة \u2068Reuters\u2069 الخبر' };
    expect(cleanLines([line])).toEqual({ lines: [line], changes: [] });
    expect(cleanLines([line]).lines[0]).toBe(line);
  });

  it('joins a line broken by U+0085 with a space, and drops a line left empty', () => {
    const { lines, changes } = cleanLines([{ n: 2, text: 'سرت\u0085مصراتة' }, { n: 3, text: '\u0007\ufffe' }]);
    expect(lines).toEqual([{ n: 2, text: 'سرت مصراتة' }]);
    expect(changes.map((c) => c.char)).toEqual(['U+0085', 'U+0007', 'U+FFFE']);
  });

  it('cleans title, author and publisher, a field left empty becoming null, and leaves null and absent fields alone', () => {
    const { values, changes } = cleanFields({ title: 'تحرير\u0000 سرت', author: '\u202b', publisher: null });
    expect(values).toEqual({ title: 'تحرير سرت', author: null, publisher: null });
    expect(changes).toEqual([
      { field: 'title', char: 'U+0000', kind: 'control' },
      { field: 'author', char: 'U+202B', kind: 'bidi' },
    ]);
  });
});

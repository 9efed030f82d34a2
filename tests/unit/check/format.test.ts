import { describe, expect, it } from 'vitest';
import { formatProblem, summary } from '../../../src/check/format.ts';
import { ARABIC, PROBLEM_CODES } from '../../../src/check/problem.ts';

/** Problems of a whole file or folder, which the line names before the wording. */
const WHOLE_FILE = new Set(['file-shape', 'no-content-folder', 'orphan-source', 'no-such-file', 'empty-file', 'not-text', 'not-arabic', 'no-article', 'missing-title', 'missing-date']);

describe('the bilingual message table', () => {
  it('words every rule in Arabic, naming the value it is given', () => {
    for (const code of PROBLEM_CODES) {
      const text = ARABIC[code]('sirte');
      expect(text, code).toMatch(/^[\p{Script=Arabic}«]/u);
      // Only a problem of a whole file or folder names no value.
      if (!WHOLE_FILE.has(code)) expect(text, code).toContain('sirte');
    }
  });

  it('writes one line: file:line path, the Arabic, then the English with its fix', () => {
    const line = formatProblem({
      file: 'content/events.yaml',
      line: 41,
      path: 'events[7].claims[1].quote',
      code: 'quote-not-found',
      arg: '2016-12-sirte-reuters',
      message: 'quote not found in article 2016-12-sirte-reuters — copy the sentence exactly from the article',
    });
    expect(line).toBe(
      'content/events.yaml:41 events[7].claims[1].quote: النص غير موجود في المقال 2016-12-sirte-reuters / quote not found in article 2016-12-sirte-reuters — copy the sentence exactly from the article',
    );
  });

  it('writes a problem of the whole file without line or path', () => {
    expect(formatProblem({ file: 'content/places.yaml', path: '', code: 'file-shape', message: 'the gazetteer is missing — restore it' })).toBe(
      'content/places.yaml بنية الملف غير صحيحة / the gazetteer is missing — restore it',
    );
  });
});

describe('the summary', () => {
  it('says «لا أخطاء» with each count in agreement with its noun and in the genitive after «فحص» («ومكانين»)', () => {
    expect(summary({ articles: 5, places: 78, events: 37 }, 0)).toBe('تم فحص 5 مقالات و78 مكانًا و37 حدثًا: لا أخطاء');
    expect(summary({ articles: 1, places: 2, events: 11 }, 0)).toBe('تم فحص مقال واحد ومكانين و11 حدثًا: لا أخطاء');
  });

  it('counts the problems in both languages', () => {
    expect(summary({ articles: 3, places: 3, events: 3 }, 1)).toBe('تم فحص 3 مقالات و3 أماكن و3 أحداث: خطأ واحد / 1 problem — fix it and run npm run check again');
    expect(summary({ articles: 3, places: 3, events: 3 }, 4)).toBe('تم فحص 3 مقالات و3 أماكن و3 أحداث: 4 أخطاء / 4 problems — fix them and run npm run check again');
  });
});

import { describe, expect, it } from 'vitest';
import { quoteLink, textFragment } from '../../../src/lib/text-fragment.ts';

describe('a source link opens the article at the quoted sentence', () => {
  it('quotes a short sentence whole: «سيطر التنظيم على سرت»', () => {
    const directive = textFragment('سيطر التنظيم على سرت');
    expect(directive.startsWith(':~:text=')).toBe(true);
    expect(decodeURIComponent(directive.slice(':~:text='.length))).toBe('سيطر التنظيم على سرت');
  });
  it('uses the first and last words of a long quote as «start,end»', () => {
    const quote = 'وأعلنت القوات الموالية لحكومة الوفاق الوطني في السادس من ديسمبر 2016 السيطرة الكاملة على مدينة سرت بعد معارك استمرت أشهرا';
    const [start, end] = textFragment(quote).slice(':~:text='.length).split(',');
    expect(decodeURIComponent(start!)).toBe('وأعلنت القوات الموالية لحكومة الوفاق');
    expect(decodeURIComponent(end!)).toBe('سرت بعد معارك استمرت أشهرا');
  });
  it('encodes the directive’s own syntax: a hyphen, a comma and an ampersand inside the quote', () => {
    const directive = textFragment('قتل 700، وجرح 3-200 & أكثر');
    expect(directive.slice(':~:text='.length)).not.toMatch(/[-,&]/);
    expect(directive).toContain('%2D');
    expect(directive).toContain('%26');
  });
  it('folds the white space of a quote copied across lines', () => {
    expect(textFragment('سيطر  التنظيم\nعلى سرت')).toBe(textFragment('سيطر التنظيم على سرت'));
  });
  it('keeps an anchor the article page may create before the directive', () => {
    expect(quoteLink('/articles/2016-12-sirte-reuters/', 'سيطر التنظيم على سرت', 'quote-x-1')).toMatch(
      /^\/articles\/2016-12-sirte-reuters\/#quote-x-1:~:text=/,
    );
  });
  it('links to the page alone when there is no quote and no anchor', () => {
    expect(quoteLink('/articles/a/', '  ')).toBe('/articles/a/');
  });
});

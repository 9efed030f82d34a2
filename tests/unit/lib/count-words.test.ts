import { describe, expect, it } from 'vitest';
import { ARTICLES, CLAIMS, countWords, EVENTS, formatNumber, LINES, mentionsLabel, MENTIONS, PLACES, SOURCES } from '../../../src/lib/count-words.ts';

describe('countWords', () => {
  it('writes one mention as «إشارة واحدة» and two as the dual «إشارتان», without a digit', () => {
    expect(countWords(1, MENTIONS)).toBe('إشارة واحدة');
    expect(countWords(2, MENTIONS)).toBe('إشارتان');
  });

  it('uses the plural from 3 to 10: «3 إشارات», «10 مقالات», «5 أماكن»', () => {
    expect(countWords(3, MENTIONS)).toBe('3 إشارات');
    expect(countWords(10, ARTICLES)).toBe('10 مقالات');
    expect(countWords(5, PLACES)).toBe('5 أماكن');
  });

  it('uses the accusative singular from 11 to 99: «11 إشارة», «25 مقالًا»', () => {
    expect(countWords(11, MENTIONS)).toBe('11 إشارة');
    expect(countWords(25, ARTICLES)).toBe('25 مقالًا');
  });

  it('uses the singular for 100 and 102, and the plural again for 103: «100 مقال», «103 مقالات»', () => {
    expect(countWords(100, ARTICLES)).toBe('100 مقال');
    expect(countWords(102, ARTICLES)).toBe('102 مقال');
    expect(countWords(103, ARTICLES)).toBe('103 مقالات');
  });

  it('writes thousands with Western digits grouped as in Libya (ar-LY): «1.250 إشارة»', () => {
    expect(countWords(1250, MENTIONS)).toBe('1.250 إشارة');
  });
});

describe('the case of a counted noun', () => {
  it('changes only the dual: «مصدران» as a subject, «من مصدرين» after a preposition', () => {
    expect(countWords(2, SOURCES)).toBe('مصدران');
    expect(countWords(2, SOURCES, 'oblique')).toBe('مصدرين');
    expect(countWords(2, CLAIMS, 'oblique')).toBe('روايتين');
    expect(countWords(3, SOURCES, 'oblique')).toBe(countWords(3, SOURCES));
    expect(countWords(1, EVENTS, 'oblique')).toBe('حدث واحد');
  });
});

describe('mentionsLabel', () => {
  it('says how much the articles say about a place: «12 إشارة في 3 مقالات», «إشارة واحدة في مقال واحد»', () => {
    expect(mentionsLabel(12, 3)).toBe('12 إشارة في 3 مقالات');
    expect(mentionsLabel(1, 1)).toBe('إشارة واحدة في مقال واحد');
  });

  it('puts the articles after «في» in the genitive: «إشارتان في مقالين», never «في مقالان»', () => {
    expect(mentionsLabel(2, 2)).toBe('إشارتان في مقالين');
    expect(mentionsLabel(5, 2)).toBe('5 إشارات في مقالين');
  });

  it('counts events with their own noun: «حدثان», «4 أحداث»', () => {
    expect(countWords(2, EVENTS)).toBe('حدثان');
    expect(countWords(4, EVENTS)).toBe('4 أحداث');
  });

  it('counts removed lines with the noun Arabic needs: «سطر واحد», «سطران», «3 أسطر», «19 سطرًا»', () => {
    expect(countWords(1, LINES)).toBe('سطر واحد');
    expect(countWords(2, LINES)).toBe('سطران');
    expect(countWords(3, LINES)).toBe('3 أسطر');
    expect(countWords(19, LINES)).toBe('19 سطرًا');
  });

  it('formats every bare number the same way: Western digits, never Arabic-Indic', () => {
    expect(formatNumber(37)).toBe('37');
    expect(formatNumber(3200)).toMatch(/^3\D?200$/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  containsNormalized,
  countArabicLetters,
  foldWhitespace,
  hasArabic,
  matchKey,
  normalizeArabic,
  stripMarks,
  toLatinDigits,
} from '../../../src/lib/arabic.ts';

describe('Arabic normalization', () => {
  it('strips harakat and tatweel: «مُحَمَّـــد» becomes «محمد»', () => {
    expect(stripMarks('مُحَمَّـــد')).toBe('محمد');
  });

  it('reads Arabic-Indic and Persian digits as Western digits: «١٢ ماي ٢٠١٦»', () => {
    expect(toLatinDigits('١٢ ماي ٢٠١٦')).toBe('12 ماي 2016');
    expect(toLatinDigits('۲۰۱۵')).toBe('2015');
  });

  it('folds hamza on alef: «الإسلامية» and «الاسلامية» share a key', () => {
    expect(normalizeArabic('الإسلامية')).toBe(normalizeArabic('الاسلامية'));
    expect(normalizeArabic('آذار')).toBe('اذار');
  });

  it('folds hamza seats: «مسئول» and «مسؤول» share a key', () => {
    expect(normalizeArabic('مسئول')).toBe(normalizeArabic('مسؤول'));
  });

  it('folds the old spelling «شواطيء» onto «شواطئ»', () => {
    expect(normalizeArabic('شواطيء')).toBe(normalizeArabic('شواطئ'));
  });

  it('folds ta marbuta and alef maqsura: «مصراتة» = «مصراته», «مستشفى» = «مستشفي»', () => {
    expect(normalizeArabic('مصراتة')).toBe(normalizeArabic('مصراته'));
    expect(normalizeArabic('مستشفى')).toBe(normalizeArabic('مستشفي'));
  });

  it('keeps word boundaries: the same number of words before and after', () => {
    const text = 'قالت القوات الليبية، يوم الاثنين: «سرت» تحررت.';
    expect(normalizeArabic(text).split(' ').length).toBe(text.split(' ').length);
  });

  it('drops invisible bidi and zero-width characters that scraped pages carry', () => {
    expect(normalizeArabic('سر\u200Fت')).toBe('سرت');
  });

  it('knows Arabic text from Latin text', () => {
    expect(hasArabic('Sirte سرت')).toBe(true);
    expect(hasArabic('Sirte 2016')).toBe(false);
    expect(countArabicLetters('سرت 2016')).toBe(3);
  });

  it('folds runs of white space and line breaks into one space', () => {
    expect(foldWhitespace('  سرت \n\n  ليبيا\t')).toBe('سرت ليبيا');
  });

  it('finds a quote in an article whatever its harakat, hamza and line breaks', () => {
    const article = 'وقال المتحدث باسم القوات\nإن القوات تسيطر على حي الجيزة البحرية.';
    expect(containsNormalized(article, 'إنّ القوات تسيطر على حيّ الجيزة البحريه')).toBe(true);
    expect(containsNormalized(article, 'القوات انسحبت من الجيزة')).toBe(false);
    expect(matchKey('')).toBe('');
    expect(containsNormalized(article, '   ')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  containsNormalized,
  countArabicLetters,
  foldWhitespace,
  hasArabic,
  matchKey,
  normalizeArabic,
  normalizeArabicWithOffsets,
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

  it('maps every character of the key back to the original, harakat and invisible marks included', () => {
    const text = 'في نَيْسَان/\u200Fأبريل ١٢ مـايو';
    const { key, start, end } = normalizeArabicWithOffsets(text);
    expect(key).toBe(normalizeArabic(text));
    const at = key.indexOf('نيسان');
    expect(text.slice(start[at], end[at + 'نيسان'.length - 1])).toBe('نَيْسَان');
    const may = key.indexOf('مايو');
    expect(text.slice(start[may], end[may + 3])).toBe('مـايو');
    expect(text.slice(start[key.indexOf('12')], end[key.indexOf('12') + 1])).toBe('١٢');
  });

  it('gives the same key as normalizeArabic for «شواطيء», «بيئة», lam-alef ligatures and composed hamza', () => {
    for (const text of ['شواطيء أوروبا', 'بيئة مثالية', 'ىء', 'ي\u200Fء', '\uFEFBسرت \uFE80', 'ا\u0654 و\u0654', '\u064Eسرت']) {
      expect(normalizeArabicWithOffsets(text).key).toBe(normalizeArabic(text));
    }
  });
});

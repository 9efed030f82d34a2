/** Each kind of evidence about a line, measured the same way on any site. */
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic.ts';
import { classify } from '../../../src/ingest/extract/classify.ts';
import { findCore } from '../../../src/ingest/extract/core.ts';
import { evidenceOf, isFunctionWord, repeatCounts } from '../../../src/ingest/extract/evidence.ts';
import { FUNCTION_WORDS } from '../../../src/ingest/extract/function-words.ts';
import { P } from './helpers.ts';

describe('evidence: what a line shows of itself', () => {
  it('counts words, and the share of Arabic function words: a sentence has many, a menu none', () => {
    const sentence = evidenceOf(P[0]);
    expect(sentence.words).toBe(24);
    expect(sentence.functionShare).toBeGreaterThan(0.15);
    expect(evidenceOf('الرئيسية محليات دولي اقتصاد رياضة').functionShare).toBe(0);
  });
  it('counts a function word behind a clitic («وفي», «فإن», «بأن») and written with hamza or alef maqsura («إلى», «على»)', () => {
    expect(['وفي', 'فإن', 'بأن', 'إلى', 'على', 'الذي'].map((w) => isFunctionWord(normalizeArabic(w)))).toEqual([true, true, true, true, true, true]);
    expect(evidenceOf('وفي فإن بأن إلى على الذي').functionShare).toBe(1);
  });
  it('keeps its list of function words as data, each written once in its folded form', () => {
    expect(new Set(FUNCTION_WORDS).size).toBe(FUNCTION_WORDS.length);
    expect(FUNCTION_WORDS.every((w) => !/[أإآىة]/.test(w))).toBe(true);
  });
  it('sees how a line ends and whether it has the punctuation of prose', () => {
    expect(evidenceOf('وقال المتحدث إن المعارك انتهت.').sentenceEnd).toBe(true);
    expect(evidenceOf('وقال «إن المعارك انتهت.»').sentenceEnd).toBe(true);
    expect(evidenceOf('القوات تستعيد حي الجيزة').sentenceEnd).toBe(false);
    expect(evidenceOf('قال المتحدث، وهو ضابط، إن المعارك انتهت').innerPunctuation).toBe(2);
  });
  it('measures the share of words not in Arabic script: an English menu, a Chinese advert', () => {
    expect(evidenceOf('Home World Sports').latinShare).toBe(1);
    expect(evidenceOf('今天购买手机享受优惠').latinShare).toBe(1);
    expect(evidenceOf('ونقلت صحيفة The Guardian البريطانية عن مسؤول ليبي قوله').latinShare).toBeLessThan(0.5);
  });
  it('measures digits and symbols', () => {
    expect(evidenceOf('طرابلس 05:12 06:40 12:31 15:55').digitShare).toBeGreaterThan(0.6);
    expect(evidenceOf('★★★ ▶ ◀').symbolShare).toBeGreaterThan(0.5);
  });
  it('sees code and markup, but not an Arabic sentence that quotes some', () => {
    for (const code of ['<script>window.dataLayer = window.dataLayer || [];</script>', '// paste this tag into the page head', '<!-- ad slot -->', 'var x = 1;', 'function(){ return 0 }']) {
      expect(evidenceOf(code).code, code).toBe(true);
    }
    expect(evidenceOf('قال المتحدث إن الرسالة احتوت على <script>alert(1)</script> ولم يُنفَّذ منها شيء.').code).toBe(false);
  });
  it('counts how often the page repeats a line, folding spelling and spacing', () => {
    expect(repeatCounts(['الرئيسية', 'أخبار', 'الرئيسية', ' الرئيسية ', ''])).toEqual([2, 0, 2, 2, 0]);
  });
});

describe('classes before context (after jusText)', () => {
  const cls = (text: string, repeats = 0) => classify(evidenceOf(text, repeats), text, null);
  it('calls long punctuated prose good, a shorter sentence near, a short line short', () => {
    expect(cls(P[0])).toBe('good');
    expect(cls('ورفض والدا الطيار، وجماعته الدينية، التعليق على الخبر للصحيفة.')).toBe('near');
    expect(cls('معارك الشوارع')).toBe('short');
  });
  it('never calls a repeated line good unless it is a whole paragraph', () => {
    expect(cls('القوات الحكومية تستعيد حي الجيزة البحرية في سرت بعد أسابيع من القتال، وفق بيان رسمي.', 1)).toBe('short');
  });
  it('calls a line bad when a pattern named it, or when it is code or mostly Latin', () => {
    expect(classify(evidenceOf(P[0]), P[0], 'promo')).toBe('bad');
    expect(cls('var gtag = function(){ dataLayer.push(arguments); };')).toBe('bad');
    expect(cls('Copyright 2020 All Rights Reserved Managed by a company')).toBe('bad');
  });
});

describe('the core: the densest run of good lines', () => {
  it('takes the cluster with most words of prose, across a box shorter than the gap', () => {
    const cls = ['short', 'good', 'short', 'short', 'good', 'good', null, 'short', 'short', 'short', 'short', 'short', 'short', 'short', 'short', 'short', 'short', 'good'] as const;
    const words = cls.map((c) => (c === 'good' ? 30 : 1));
    expect(findCore([...cls], words)).toEqual({ start: 1, end: 5 });
  });
  it('does not cross the end of an article (comments, related heading), and discounts text after the copyright', () => {
    expect(findCore(['good', 'short', 'good'], [10, 1, 10], Infinity, [false, true, false])).toEqual({ start: 0, end: 0 });
    const cls = ['good', ...Array<'short'>(10).fill('short'), 'good', 'good'] as const;
    const words = [30, ...Array<number>(10).fill(1), 20, 20];
    expect(findCore([...cls], words)).toEqual({ start: 11, end: 12 });
    expect(findCore([...cls], words, 5)).toEqual({ start: 0, end: 0 });
  });
  it('finds no core on a page without prose', () => {
    expect(findCore(['short', 'bad', null], [1, 1, 0])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH, splitParagraph } from '../../../src/lib/paragraphs.ts';

const SENTENCES = ['سيطرت القوات على حي الجيزة البحرية في سرت.', 'هل انتهى التنظيم في ليبيا؟', 'قال المتحدث إن المعارك انتهت!', 'وبقيت خلايا في الجنوب…'];

describe('splitting a line too long for one paragraph', () => {
  it('returns a line that fits as it is', () => {
    const line = SENTENCES.join(' ');
    expect(splitParagraph(line)).toEqual([line]);
  });

  it('cuts at sentence ends, into paragraphs of about equal length, losing no word', () => {
    const line = Array.from({ length: 12 }, (_, i) => SENTENCES[i % 4]).join(' ');
    const paragraphs = splitParagraph(line, 200);
    expect(paragraphs).toHaveLength(Math.ceil(line.length / 200));
    for (const p of paragraphs) {
      expect(p.length).toBeLessThanOrEqual(200);
      expect(p).toMatch(/[.؟!…]$/);
    }
    expect(paragraphs.join(' ')).toBe(line);
    const lengths = paragraphs.map((p) => p.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(100);
  });

  it('cuts a sentence with no end punctuation at spaces', () => {
    const line = Array.from({ length: 300 }, () => 'سرت').join(' ');
    const paragraphs = splitParagraph(line, 100);
    expect(paragraphs.every((p) => p.length <= 100 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    expect(paragraphs.join(' ')).toBe(line);
  });

  it('cuts a word longer than a paragraph between characters, never inside an emoji or between a letter and its harakat', () => {
    const word = 'سَرْتُ🇱🇾'.repeat(40);
    const paragraphs = splitParagraph(word, 50);
    expect(paragraphs.every((p) => p.length <= 50)).toBe(true);
    expect(paragraphs.join('')).toBe(word);
    for (const p of paragraphs) {
      expect(p.isWellFormed()).toBe(true);
      expect(p).not.toMatch(/^\p{M}/u);
    }
  });

  it('makes a four-megabyte line paragraphs of at most 5,000 characters', () => {
    const line = Array.from({ length: 72_000 }, (_, i) => SENTENCES[i % 4]).join(' ');
    expect(Buffer.byteLength(line)).toBeGreaterThan(4_000_000);
    const paragraphs = splitParagraph(line);
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(MAX_PARAGRAPH);
    // As many as the length needs, give or take one in a hundred: each ends at the sentence end nearest its share.
    expect(paragraphs.length).toBeGreaterThanOrEqual(Math.ceil(line.length / MAX_PARAGRAPH));
    expect(paragraphs.length).toBeLessThanOrEqual(Math.ceil(line.length / MAX_PARAGRAPH) * 1.01);
    expect(paragraphs.join(' ')).toBe(line);
  });
});

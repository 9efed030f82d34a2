import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../src/lib/sentences.ts';

const text = 'سقطت سرت في ديسمبر. هل انتهى التنظيم؟ لا! بقي في الجنوب…\nقال المتحدث: «انتهى الأمر»';

describe('splitSentences', () => {
  it('ends a sentence at «.», «؟», «!», «…» and at a line break', () => {
    expect(splitSentences(text)).toEqual([
      'سقطت سرت في ديسمبر.',
      'هل انتهى التنظيم؟',
      'لا!',
      'بقي في الجنوب…',
      'قال المتحدث: «انتهى الأمر»',
    ]);
  });

  it('does not cut a number with a decimal point: «3.5 مليون» stays in its sentence', () => {
    expect(splitSentences('نزح 3.5 مليون شخص من بنغازي. ثم عادوا.')).toEqual(['نزح 3.5 مليون شخص من بنغازي.', 'ثم عادوا.']);
  });

  it('does not end a sentence at «؛» or «،»', () => {
    expect(splitSentences('دخلوا درنة؛ ثم خرجوا منها، وعادوا.')).toEqual(['دخلوا درنة؛ ثم خرجوا منها، وعادوا.']);
  });
});

describe('sentenceAt', () => {
  it('returns the whole sentence around a word: «سرت» is in the first one', () => {
    expect(sentenceAt(text, text.indexOf('سرت'))).toBe('سقطت سرت في ديسمبر.');
  });

  it('returns the last sentence, which has no terminator, for a word in it', () => {
    expect(sentenceAt(text, text.indexOf('المتحدث'))).toBe('قال المتحدث: «انتهى الأمر»');
  });

  it('counts the terminator as part of the sentence it closes', () => {
    expect(sentenceAt(text, text.indexOf('؟'))).toBe('هل انتهى التنظيم؟');
  });

  it('returns nothing for an offset outside the text', () => {
    expect(sentenceAt(text, -1)).toBe('');
    expect(sentenceAt(text, text.length)).toBe('');
  });
});

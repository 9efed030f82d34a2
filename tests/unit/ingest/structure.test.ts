import { describe, expect, it } from 'vitest';
import { plainText, structure } from '../../../src/ingest/steps/structure.ts';

const unit = (text: string) => ({ text, lines: [1] });
const P = 'وحققت القوات الحكومية تقدما سريعا في البداية، غير أن المعركة تحولت إلى حرب شوارع مع وصولها إلى مشارف المناطق السكنية.';

describe('structure: short standalone lines inside the body are subheadings', () => {
  it('makes «انهيار مفاجئ» and a question a subheading when a paragraph follows', () => {
    const blocks = structure([unit(P), unit('انهيار مفاجئ'), unit(P), unit('بعد خسارة سرت، هل تونس والجزائر هما الهدف؟'), unit(P)]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
  it('never makes the first block, the last block, or a sentence ending with a full stop a heading', () => {
    expect(structure([unit('خيارات محدودة'), unit(P)])[0]!.kind).toBe('paragraph');
    expect(structure([unit(P), unit('خيارات محدودة')])[1]!.kind).toBe('paragraph');
    expect(structure([unit(P), unit('وانتهت المعركة.'), unit(P)])[1]!.kind).toBe('paragraph');
  });
  it('gives the plain text as blocks separated by one blank line', () => {
    expect(plainText(structure([unit(P), unit('ثلاثة ملاذات'), unit(P)]))).toBe(`${P}\n\nثلاثة ملاذات\n\n${P}`);
  });
});

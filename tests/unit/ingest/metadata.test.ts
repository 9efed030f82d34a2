import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/steps/lines.ts';
import { extractMetadata } from '../../../src/ingest/steps/metadata.ts';

const P1 = 'وخسر التنظيم المتطرف معقله الرئيسي في ليبيا، مدينة سرت الساحلية، بعد ستة أشهر من المعارك العنيفة مع القوات الحكومية.';
const P2 = 'وأعلنت القوات الموالية لحكومة الوفاق الوطني المعترف بها دوليا سيطرتها الكاملة على المدينة في الأسبوع الأول من ديسمبر.';

const run = (text: string, crumb: string | null = null) => extractMetadata(toLines(text), crumb);
const bodyText = (r: ReturnType<typeof run>) => r.body.filter((l) => l.text).map((l) => l.text);

describe('metadata: headline, byline, signature and comments leave the body and become data', () => {
  it('takes a short first line followed by a paragraph as the headline', () => {
    const r = run(`سقوط سرت\n\n${P1}\n${P2}`);
    expect(r.title).toBe('سقوط سرت');
    expect(bodyText(r)).toEqual([P1, P2]);
  });
  it('finds no headline when the text starts with a sentence', () => {
    expect(run(`${P1}\n${P2}`).title).toBeNull();
  });
  it('takes the author from a byline «بقلم خالد الغالي:» or «كتب: سامي علي»', () => {
    expect(run(`بقلم خالد الغالي:\n\n${P1}`).author).toBe('خالد الغالي');
    expect(run(`كتب: سامي علي\n${P1}`).author).toBe('سامي علي');
  });
  it('takes a closing signature as the author and drops the reader comment after it', () => {
    const comment = 'تنظيم داعش صنيعة المخابرات ولا نظن أن أحدا سيقضي عليه قريبا';
    const r = run(`${P1}\n${P2}\nرشيد خشانة\n${comment}`);
    expect(r.author).toBe('رشيد خشانة');
    expect(bodyText(r)).toEqual([P1, P2]);
    expect(r.removed.map((x) => x.reason)).toEqual(['signature', 'comment']);
  });
  it('does not mistake a subheading followed by a long last paragraph for a signature', () => {
    const long = `${P2} ${P1} ${P2} ${P1}`;
    const r = run(`${P1}\nعداوة مستحكمة\n${long}`);
    expect(r.author).toBeNull();
    expect(bodyText(r)).toEqual([P1, 'عداوة مستحكمة', long]);
  });
  it('drops a sentence repeated verbatim but keeps short fragments such as a lone «و»', () => {
    const r = run(`${P1}\nو\nبحسب\n${P1}\nو\nيخشى`);
    expect(bodyText(r)).toEqual([P1, 'و', 'بحسب', 'و', 'يخشى']);
    expect(r.removed).toEqual([{ line: 4, text: P1, reason: 'duplicate' }]);
  });
  it('uses the breadcrumb to recognise the headline even when it is long', () => {
    const headline = 'عناصر داعش تبدأ في الرحيل من ليبيا نحو دول الجوار';
    expect(run(`${headline}\n${P1}`, headline).title).toBe(headline);
  });
});

describe('metadata: when a signature is doubtful, the text is kept', () => {
  const P = 'وخسر التنظيم المتطرف معقله الرئيسي في ليبيا، مدينة سرت الساحلية، بعد ستة أشهر من المعارك.';
  it('keeps a short last paragraph that ends like an edited sentence after a two-word subheading', () => {
    const last = 'وقال خبير أمني إن المعركة انتهت.';
    const r = extractMetadata(toLines(`${P}\nخاتمة المعركة\n${last}`), null);
    expect(r.author).toBeNull();
    expect(r.body.map((l) => l.text)).toEqual([P, 'خاتمة المعركة', last]);
  });
  it('does not take a Latin or code line for a signature: «import evil from x»', () => {
    const r = extractMetadata(toLines(`${P}\nimport evil from x\nتعليق قارئ بلا نقطة`), null);
    expect(r.author).toBeNull();
    expect(r.removed).toEqual([]);
  });
  it('takes a name on the very last line as the signature', () => {
    const r = extractMetadata(toLines(`${P}\nرشيد خشانة`), null);
    expect(r.author).toBe('رشيد خشانة');
    expect(r.body.map((l) => l.text)).toEqual([P]);
  });
});

/** Title, author and publication date come from the page itself, each with where it was found. */
import { describe, expect, it } from 'vitest';
import { publicationDay } from '../../../src/ingest/metadata/published.ts';
import { ingestText, P, reasonsOf } from './helpers.ts';

const MENU = ['الرئيسية', 'محليات', 'دولي', 'اقتصاد', 'رياضة'];
const HEADLINE = 'القوات الحكومية تستعيد حي الجيزة البحرية في سرت';

describe('title: the headline line, scored on evidence', () => {
  it('takes the short line before the first paragraph that shares its words, and says which line it was', () => {
    const r = ingestText([...MENU, HEADLINE, '', ...P].join('\n'));
    expect([r.title, r.titleFrom, r.titleBasis]).toEqual([HEADLINE, 'text', 'السطر 6']);
    expect(reasonsOf(r, 6)).toEqual(['title']);
  });
  it('never takes a ticker item, a section name or the site’s name, which share no words with the article', () => {
    const page = ['elwadi', 'أسعار الذهب تتراجع في الأسواق المحلية اليوم', 'المنتخب يستعد لمواجهة ودية في تونس', 'محليات', '', ...P];
    expect(ingestText(page.join('\n')).title).toBeNull();
  });
  it('prefers the copy nearest the article when a ticker repeats the headline behind a label', () => {
    const r = ingestText([`عاجل ${HEADLINE}`, ...MENU, HEADLINE, '', ...P].join('\n'));
    expect(r.title).toBe(HEADLINE);
  });
  it('takes no line of fewer than three content words for the headline: «سرت الجيزة» is a topic', () => {
    expect(ingestText(['سرت الجيزة', '', ...P].join('\n')).title).toBeNull();
  });
  it('lists the title as missing in a dry run instead of refusing', () => {
    expect(ingestText(P.join('\n\n')).missing).toEqual(['title', 'published']);
  });
});

describe('author: bylines in their common shapes, never a reader', () => {
  it.each([
    ['بقلم خالد الغالي:', 'خالد الغالي'],
    ['كتب: سامي علي', 'سامي علي'],
    ['كتبت آية محمود', 'آية محمود'],
    ['إعداد: هدى المصراتي', 'هدى المصراتي'],
    ['حوار: أسماء الزاوي', 'أسماء الزاوي'],
    ['Author, سالم الورفلي وعلي التاجوري', 'سالم الورفلي وعلي التاجوري'],
    ['محمد الهادي – طرابلس', 'محمد الهادي'],
  ])('reads «%s» above the article as %s', (line, name) => {
    const r = ingestText([HEADLINE, line, '', ...P].join('\n'));
    expect(r.author).toBe(name);
    expect(reasonsOf(r, 2)).toEqual(['byline']);
  });
  it('reads a name alone under the headline, but not the name of the person the article is about', () => {
    expect(ingestText([HEADLINE, 'نورا الفيتوري', '', ...P].join('\n')).author).toBe('نورا الفيتوري');
    const about = 'وقال المتحدث باسم غرفة العمليات أحمد الحاسي إن القوات تقدمت، وإن فرق الهندسة تعمل على تفكيك الألغام في الشوارع الضيقة.';
    expect(ingestText([HEADLINE, 'أحمد الحاسي', '', P[0], about, P[2]].join('\n')).author).toBeNull();
  });
  it('takes a signature right after the article, and leaves the comments after it as comments', () => {
    const r = ingestText([HEADLINE, '', ...P, '', 'رشيد خشانة', 'التعليقات', 'سالم: كلام جميل'].join('\n'));
    expect(r.author).toBe('رشيد خشانة');
    expect(r.removed.slice(-3).map((x) => x.reason)).toEqual(['signature', 'comment', 'comment']);
  });
  it('does not take a reader who signs a comment below the comments heading', () => {
    expect(ingestText([HEADLINE, '', ...P, 'التعليقات', 'سالم بن علي'].join('\n')).author).toBeNull();
  });
  it('does not take a section name above the headline («تحقيقات وملفات») for a name', () => {
    expect(ingestText([...MENU, 'تحقيقات وملفات', HEADLINE, '', ...P].join('\n')).author).toBeNull();
  });
});

describe('publication date: the page’s timestamp near the headline', () => {
  it.each([
    ['١٢ مايو ٢٠١٦ - ١٠:٣٠', '2016-05-12'],
    ['2016-05-12 | 10:30', '2016-05-12'],
    ['12/05/2016', '2016-05-12'],
    ['الخميس 12 أيار/مايو 2016', '2016-05-12'],
    ['March 3, 2016', '2016-03-03'],
    ['الأحد 17 فيفري 2019', '2019-02-17'],
    ['التاريخ: 14 يونيو 2021', '2021-06-14'],
    ['الخميس، 11 آب/اغسطس 2016، آخر تحديث 09:30 (GMT+0200)', '2016-08-11'],
  ])('reads «%s» as %s, with the line as its basis', (stamp, date) => {
    const r = ingestText([HEADLINE, stamp, '', ...P].join('\n'));
    expect(r.published).toEqual({ date, approximate: false, basis: `الصفحة تذكر «${stamp}» (السطر 2).` });
    expect(reasonsOf(r, 2)).toEqual(['timestamp']);
  });
  it('never takes an update time, nor the page header’s date above the headline', () => {
    expect(publicationDay('آخر تحديث: الخميس 19 مايو 2016 - 11:45')).toBeNull();
    const r = ingestText(['السبت، 16 يوليو 2016 10:05 ص', ...MENU, HEADLINE, 'الثلاثاء، 19 يوليو 2016 07:15 م', '', ...P].join('\n'));
    expect(r.published?.date).toBe('2016-07-19');
  });
  it('never takes a date inside the article', () => {
    const dated = 'وفي 12 مايو 2016 أطلقت القوات عمليتها لاستعادة مدينة سرت من التنظيم، بعد أشهر من التحضير والاستطلاع في محيط المدينة.';
    expect(ingestText([HEADLINE, '', dated, ...P].join('\n')).published).toBeNull();
  });
});

describe('title: a caption is not the headline', () => {
  it('takes the headline above the date, not the caption below it that names the article’s people', () => {
    const lead = 'حضر وزير الصحة في حكومة الوفاق سالم الفيتوري افتتاح قسم الطوارئ في مستشفى ابن سينا بسرت، بعد أشهر من إغلاقه خلال المعارك.';
    const r = ingestText([HEADLINE.replace('القوات الحكومية تستعيد حي الجيزة البحرية في سرت', 'الوزير يفتتح قسم الطوارئ في مستشفى ابن سينا بسرت'), 'الخميس، 9 مارس 2017 10:05 ص', 'وزير الصحة سالم الفيتوري', 'كتبت سلمى الورفلي', '', lead, P[1]].join('\n'));
    expect(r.title).toBe('الوزير يفتتح قسم الطوارئ في مستشفى ابن سينا بسرت');
    expect(r.author).toBe('سلمى الورفلي');
  });
  it('drops a caption that ends with its agency’s credit, but not a headline that ends with «(فيديو)»', () => {
    const r = ingestText([HEADLINE, 'عناصر من الشرطة في موقع الهجوم قرب سرت (رويترز)', '', ...P].join('\n'));
    expect([r.title, reasonsOf(r, 2)]).toEqual([HEADLINE, ['caption']]);
    expect(ingestText([`${HEADLINE} (فيديو)`, '', ...P].join('\n')).title).toBe(`${HEADLINE} (فيديو)`);
  });
  it('takes no poll button or section label for the author: «نتائج التصويت», «المزيد من الأخبار»', () => {
    expect(ingestText([HEADLINE, 'نتائج التصويت', '', ...P].join('\n')).author).toBeNull();
    expect(ingestText([HEADLINE, '', ...P, '', 'المزيد من الأخبار'].join('\n')).author).toBeNull();
  });
});

describe('title: a headline as long as a paragraph', () => {
  const LONG = 'وزارة المواصلات تشغل عشر حافلات كهربائية بين طرابلس وجنزور.. وتؤكد: الحجز يبدأ الأحد عبر تطبيق الهاتف والدفع نقدا أو بالبطاقة.. والحافلات مراقبة بكاميرات من الداخل والخارج ومزودة بأجهزة تحديد المواقع.. صور';
  const lead = 'تشغل وزارة المواصلات الحافلات الكهربائية يوم الأحد القادم بين طرابلس وجنزور، في مرحلة أولى تشمل عشر حافلات من أصل أربعين حافلة مقرر تشغيلها تباعا، وفق ما أعلنت الوزارة.';
  const page = (after: string[]) => [...MENU, '', LONG, ...after, '', lead, '', P[1], '', P[2]].join('\n');
  it('takes it for the title when its dateline and byline stand between it and the article, and keeps it out of the text', () => {
    const r = ingestText(page(['الأحد، 4 ديسمبر 2016 07:15 ص', 'حافلات كهربائية بين طرابلس وجنزور', 'كتب سالم الورفلي', 'مشاركة']));
    expect([r.title, r.author, r.published?.date]).toEqual([LONG, 'سالم الورفلي', '2016-12-04']);
    expect(r.paragraphs).toEqual([lead, P[1], P[2]]);
  });
  it('takes it when the page prints it twice, each time above a dateline or a byline', () => {
    const r = ingestText(page(['الأحد، 4 ديسمبر 2016 07:15 ص', LONG, 'كتب سالم الورفلي']));
    expect([r.title, r.author]).toEqual([LONG, 'سالم الورفلي']);
    expect(r.paragraphs).toEqual([lead, P[1], P[2]]);
  });
  it('keeps a first paragraph that ends like a sentence, even with a date line under it', () => {
    const r = ingestText([HEADLINE, '', P[0], 'الأحد، 4 ديسمبر 2016', '', P[1], '', P[2]].join('\n'));
    expect(r.paragraphs).toEqual([P[0], P[1], P[2]]);
  });
});

/**
 * A page saved by a text-mode browser (w3m, lynx) or copied from one: list bullets before items,
 * placeholders for what it cannot show («[svg]», «IFRAME: …», an inlined image's data), boxes a few lines
 * longer than a graphical browser gives. The article comes out the same. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholder, toLines, withoutListMarkers, wrapWidth } from '../../../src/ingest/steps/lines.ts';
import { ingestText, P, reasonsOf } from './helpers.ts';

const HEADLINE = 'القوات الحكومية تستعيد حي الجيزة البحرية في سرت';

describe('list markers of a dump', () => {
  it('drops a bullet glyph from any line, and an ASCII marker only when many lines share it', () => {
    const lines = toLines(['• الرئيسية', '◦ محليات', '* دولي', '* اقتصاد', '* رياضة', '+ ثقافة'].join('\n'));
    expect(lines.map((l) => l.text)).toEqual(['الرئيسية', 'محليات', 'دولي', 'اقتصاد', 'رياضة', '+ ثقافة']);
  });
  it('leaves a starred caption alone when no list shares its star: «*حطام» and «* حطام السيارة»', () => {
    const lines = [{ n: 1, text: '* حطام السيارة بعد الانفجار' }, { n: 2, text: P[0] }];
    expect(withoutListMarkers(lines)).toEqual(lines);
    expect(toLines('*حطام')[0]!.text).toBe('*حطام');
  });
  it('reads the byline of a bulleted «article information» box and keeps none of the menu', () => {
    const menu = ['* الرئيسية', '* أخبار', '* اقتصاد', '* رياضة'];
    const text = [...menu, '', HEADLINE, '', '* بقلم: سالم الورفلي', '* 12 مايو 2016', '', P[0], '', P[1], '', P[2]].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([P[0], P[1], P[2]]);
    expect(r.title).toBe(HEADLINE);
    expect(r.author).toBe('سالم الورفلي');
    expect(r.published?.date).toBe('2016-05-12');
  });
});

describe('placeholders of a dump are no lines of the page', () => {
  it.each([['[svg]'], ['[image]'], ['[INS::INS]'], ['[                    ]'], ['IFRAME: https://platform.example.net/widget.html'], ['(BUTTON)'], ['#'], ['*'], ['* * *'], ['PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz48c3ZnIHdpZHRoPSI0']])('«%s» is a placeholder', (line) => {
    expect(isPlaceholder(line)).toBe(true);
  });
  it.each([['[فيديو]'], ['سرت'], ['Home'], ['2016']])('«%s» is not', (line) => {
    expect(isPlaceholder(line)).toBe(false);
  });
  it('a box of suggested stories with a picture placeholder before each headline does not cut the article in two', () => {
    const box = ['قصص مقترحة', '[svg]', 'مهرجان الزيتون يعود إلى ترهونة بعد غياب', '[svg]', 'أسعار الذهب تتراجع في الأسواق المحلية', '[svg]', 'المنتخب يستعد لمواجهة ودية في تونس', '[svg]', 'افتتاح معرض الكتاب في طرابلس', 'نهاية القصص المقترحة'];
    const text = [HEADLINE, '', P[0], '', P[1], '', ...box, '', P[2], '', P[3]].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([...P]);
    expect(reasonsOf(r, 8)).toEqual(['low-text']);
  });
});

describe('a longer «اقرأ أيضا» box inside the article', () => {
  it('keeps the short sentences above a box of headlines, their dates and labels', () => {
    const lead = ['انتشر خبر وصول القافلة إلى سرت مساء أمس .', 'ولم تؤكد السلطات المحلية الخبر أو تنفه حتى الآن .'];
    const box = ['اقرأ أيضا', 'مهرجان الزيتون يعود إلى ترهونة بعد غياب', 'مهرجان الزيتون يعود إلى ترهونة بعد غياب', 'مايو 11, 2016', 'ثقافة', 'أسعار الذهب تتراجع في الأسواق المحلية', 'مايو 10, 2016'];
    const text = [HEADLINE, '', ...lead, '', ...box, '', P[0], '', P[1], '', P[2]].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([...lead, P[0], P[1], P[2]]);
    expect(r.text).not.toContain('مهرجان الزيتون');
  });
});

describe('teasers and pictures a dump spells out', () => {
  it('takes no teaser that ends with its date written the English way for a sentence of the article', () => {
    const teasers = [
      'وزير الداخلية: لا توجد أدلة على الاتهامات الموجهة إلى مديري الأمن في المنطقة الشرقية بالتقصير في حماية المقرات November 9, 2020',
      'المجلس البلدي في سرت يعلن خطة لإعادة فتح المدارس والأسواق في الأحياء التي دمرتها المعارك الأخيرة November 8, 2020',
    ];
    const text = [HEADLINE, '', P[0], '', P[1], '', P[2], '', 'أخبار ٢٤ ساعة', '', ...teasers.map((t) => `* ${t}`), '* المنتخب يستعد لمواجهة ودية في تونس November 7, 2020'].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([P[0], P[1], P[2]]);
  });
  it('takes a picture’s description printed above its credit for a caption, and the caption under the credit too', () => {
    const alt = 'صورة لأسرة تعود إلى منزلها في حي الجيزة البحرية بعد انتهاء المعارك';
    const caption = 'أسرة تعود إلى منزلها في حي الجيزة البحرية، سرت، 12 مايو 2016';
    const text = [HEADLINE, '', P[0], '', P[1], '', alt, '', 'مصدر الصورة، Reuters', 'التعليق على الصورة،', '', caption, '', P[2], '', P[3]].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([...P]);
    expect(r.removed.filter((x) => x.reason === 'caption').map((x) => x.text)).toEqual([alt, 'مصدر الصورة، Reuters', 'التعليق على الصورة،', caption]);
  });
});

/** Greedy word wrap at `width` columns, as `fmt`, `w3m -dump` or a terminal does it. */
function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent + word;
    } else line = line.trim() === '' ? indent + word : `${line} ${word}`;
  }
  return [...out, line];
}

describe('a dump wrapped at a fixed width', () => {
  const PARAS = [...P, 'وقال شاهد عيان إن أصوات الاشتباكات سمعت طوال الليل في الأحياء الشرقية من المدينة، وإن السكان لزموا بيوتهم خوفا من القناصة.'];
  const wrapped = (width: number, indent = '') => [
    ...['الرئيسية', 'محليات', 'دولي'].map((m) => `${indent}${m}`),
    '',
    HEADLINE,
    '',
    ...PARAS.flatMap((p) => [...wrap(p, width, indent), '']),
    `${indent}© 2016 جميع الحقوق محفوظة`,
  ].join('\n');
  it.each([[72, ''], [80, '   ']])('gives back every paragraph whole from a dump wrapped at %i columns', (width, indent) => {
    const r = ingestText(wrapped(width, indent));
    expect(r.paragraphs).toEqual(PARAS);
    expect(r.title).toBe(HEADLINE);
  });
  it('finds the width of a wrapped dump, and none in a browser’s text whose paragraphs stand one a line', () => {
    expect(wrapWidth(wrapped(72).split('\n'))).toBe(Math.max(...PARAS.flatMap((p) => wrap(p, 72)).map((l) => l.length)));
    expect(wrapWidth([HEADLINE, '', ...PARAS, '', 'مهرجان الزيتون يعود إلى ترهونة بعد غياب سنوات'])).toBeNull();
  });
  it('never joins a new list item, or a line after a blank one, to the line above', () => {
    const item = 'أسعار الذهب تتراجع في الأسواق المحلية مع تراجع الطلب خلال الأسبوع الماضي';
    const text = [wrapped(72), '', ...[item, item.replace('الذهب', 'الفضة'), item.replace('الذهب', 'النفط')].map((t) => `* ${t}`)].join('\n');
    const lines = toLines(text).map((l) => l.text);
    expect(lines.slice(-3)).toEqual([item, item.replace('الذهب', 'الفضة'), item.replace('الذهب', 'النفط')]);
  });
});

describe('a page saved as Markdown, or by a converter that marks its headlines', () => {
  const markdown = [
    '[![الوادي](https://example.org/logo.png)](https://example.org/)',
    '',
    '  * [الرئيسية](https://example.org/)',
    '  * [محليات](https://example.org/local)',
    '  * [دولي](https://example.org/world)',
    '',
    `# ${HEADLINE}`,
    '',
    '![أسرة تعود إلى منزلها](https://example.org/a-\\(2\\).jpg "أسرة تعود إلى منزلها")',
    '',
    `**بقلم: سالم الورفلي**`,
    '',
    P[0].replace('حي الجيزة البحرية', '[حي الجيزة البحرية](https://example.org/tag/jiza)'),
    '',
    P[1],
    '',
    '[',
    '',
    '## مهرجان الزيتون يعود إلى ترهونة',
    '',
    '](https://example.org/olive "مهرجان الزيتون")',
    '',
    // A list item whose only content was a picture: its bullet stays alone.
    '*',
    '',
    '[أسعار الذهب تتراجع في الأسواق](https://example.org/gold "أسعار الذهب")',
    '',
    '*',
    '',
    P[2],
  ].join('\n');
  it('reads the headline, the byline and the paragraphs without links (titled or not), pictures or marks', () => {
    const r = ingestText(markdown);
    expect([r.title, r.author]).toEqual([HEADLINE, 'سالم الورفلي']);
    expect(r.paragraphs).toEqual([P[0], P[1], P[2]]);
    expect(r.text).not.toMatch(/[[\]()#*]|https?:/);
  });
  it('takes the line under a picture that repeats its alt for the picture’s caption, as a text browser’s «[alt]»', () => {
    const page = ['* [الرئيسية](/)', '* [محليات](/local)', '* [دولي](/world)', '', `# ${HEADLINE}`, '', P[0], '', '![أسرة تعود إلى منزلها](/a.jpg)', '', 'أسرة تعود إلى منزلها', '', P[1], '', P[2]].join('\n');
    const r = ingestText(page);
    expect(r.paragraphs).toEqual([P[0], P[1], P[2]]);
    expect(r.removed.filter((x) => x.reason === 'caption').map((x) => x.text)).toEqual(['[أسرة تعود إلى منزلها]', 'أسرة تعود إلى منزلها']);
  });
  it('drops a picture whose address holds escaped parentheses, and its title with it', () => {
    const lines = toLines(markdown).map((l) => l.text);
    expect(lines.filter((l) => /jpg|example/.test(l))).toEqual([]);
  });
  it('leaves a browser’s text alone: one bracket or one hash mark does not make a page Markdown', () => {
    const lines = toLines([HEADLINE, '# وسم', P[0], '[تحديث]'].join('\n')).map((l) => l.text);
    expect(lines).toEqual([HEADLINE, '# وسم', P[0], '[تحديث]']);
  });
  it('takes «****** عنوان ******», a converter’s way of marking the headline, for the headline', () => {
    const r = ingestText([`****** ${HEADLINE} ******`, '', P[0], '', P[1], '', P[2]].join('\n'));
    expect(r.title).toBe(HEADLINE);
  });
});

describe('a page converted by html2text: framed headings, underlined links, pictures as their alt text', () => {
  const underline = (text: string) => text.replaceAll(' ', '_');
  const menu = ['    * الرئيسية', `    * ${underline('أخبار ليبيا')}`, `    * ${underline('اقتصاد وأعمال')}`, `    * ${underline('رياضة محلية')}`];
  const byline = `**${underline('_سالم الورفلي_')}**`;
  const linked = P[0].replace('حي الجيزة البحرية', underline('حي الجيزة البحرية'));
  const page = (width: number | null) => {
    const paras = [linked, P[1], P[2], P[3]].flatMap((p) => (width ? wrap(p, width) : [p]));
    const framed = `****** ${HEADLINE} ******`;
    const head = width ? [`${' '.repeat(Math.max(0, (width - framed.length) >> 1))}${framed}`] : [framed];
    // The lead picture's alt repeats the headline, as a gallery's pictures often do, between it and the date.
    const pictures = [`[${HEADLINE}]`, 'لقطة أرشيفية من ميناء طرابلس', `[${HEADLINE}]`, `[${HEADLINE}]`];
    return [...menu, '', ...head, ...pictures, byline, '12 مايو 2016', ...paras, `***** ${underline('مواضيع ذات صلة')} *****`].join('\n');
  };
  it.each([[null], [60]])('reads the headline (not a picture’s «[alt]» that repeats it), the byline and every paragraph with its words parted again (wrapped at %s)', (width) => {
    const r = ingestText(page(width));
    expect([r.title, r.author]).toEqual([HEADLINE, 'سالم الورفلي']);
    expect(r.paragraphs).toEqual([...P]);
  });
  it('still takes a headline that opens and closes with a label in brackets', () => {
    const labelled = `[عاجل] ${HEADLINE} [صور]`;
    expect(ingestText([labelled, '12 مايو 2016', P[0], P[1], P[2]].join('\n')).title).toBe(labelled);
  });
  it('keeps a hashtag, an address and a file name as written', () => {
    const lines = toLines([...menu, '#ليبيا_الآن', 'https://example.org/a_b', 'صورة_1.jpg'].join('\n')).map((l) => l.text);
    expect(lines).toEqual(['الرئيسية', 'أخبار ليبيا', 'اقتصاد وأعمال', 'رياضة محلية', '#ليبيا_الآن', 'https://example.org/a_b', 'صورة_1.jpg']);
  });
  it('leaves the underscores of a page that has one or two alone', () => {
    expect(toLines(['#ليبيا_الآن', 'وسم ليبيا_الآن'].join('\n')).map((l) => l.text)).toEqual(['#ليبيا_الآن', 'وسم ليبيا_الآن']);
  });
  it('never joins a framed heading or a picture’s «[alt]» to the line below, and joins a frame the width pushed down', () => {
    // A heading as wide as the page: its closing frame goes to the next line.
    const long = 'القوات الحكومية تستعيد حي الجيزة البحرية في سرت';
    const text = [wrap(P[0], 60), wrap(P[1], 60), wrap(P[2], 60), [`****** ${long}`, '******'], [`[${long}]`, 'وقال شاهد عيان']].flat().join('\n');
    const lines = toLines(text).map((l) => l.text);
    expect(lines.slice(-3)).toEqual([long, `[${long}]`, 'وقال شاهد عيان']);
  });
  it('an «[data:image/…» line, the first piece of an inlined picture, is a placeholder', () => {
    expect(isPlaceholder('[data:image/')).toBe(true);
    expect(isPlaceholder('[صورة]')).toBe(false);
  });
});

describe('a page dumped by lynx with its list of links (lynx -dump)', () => {
  const slug = (text: string) => `https://example.org/news/${encodeURI(text.replaceAll(' ', '-'))}`;
  const teasers = ['مهرجان الزيتون يعود إلى ترهونة بعد غياب سنوات طويلة', 'أسعار الذهب تتراجع في الأسواق المحلية مع تراجع الطلب', 'المنتخب يستعد لمواجهة ودية في تونس الأسبوع المقبل'];
  const linked = P[1].replace('غرفة العمليات', '[7]غرفة العمليات');
  const page = [
    '   [1]الرئيسية [2]محليات [3]دولي',
    '',
    `   ${HEADLINE}`,
    '',
    ...[P[0], linked, P[2], P[3]].flatMap((p) => [...wrap(p, 60, '   '), '']),
    '   مواضيع ذات صلة',
    ...teasers.map((t, i) => `   [${10 + i}]${t}`),
    '',
    'References',
    '',
    '   Visible links:',
    '   1. https://example.org/',
    '   2. https://example.org/local',
    '   3. https://example.org/world',
    '   7. https://example.org/tag/ops',
    ...teasers.map((t, i) => `  ${10 + i}. ${slug(t)}`),
  ].join('\n');
  it('reads every paragraph without the link numbers, and keeps none of the list of links', () => {
    const r = ingestText(page);
    expect(r.title).toBe(HEADLINE);
    expect(r.paragraphs).toEqual([...P]);
    expect(r.text).not.toMatch(/https?:|مهرجان|\[\d+\]/);
    expect(r.removed.filter((x) => x.reason === 'url')).toHaveLength(4 + teasers.length);
  });
  it('never joins two lines that each open with a link, nor an address wider than the width, to the line below', () => {
    const lines = toLines(page).map((l) => l.text);
    expect(lines.filter((l) => teasers.includes(l))).toEqual(teasers);
    expect(lines.filter((l) => l.startsWith('https://example.org/news/'))).toHaveLength(teasers.length);
  });
  it('never joins a picture’s placeholder to the paragraph above it, and takes a picture’s «[alt]» inside the article for a caption', () => {
    const alt = '[أسرة تعود إلى منزلها في حي الجيزة]';
    // Its last line full: the placeholder's first word would not have fitted after it.
    const full = `${P[1]} والعمل مستمر الآن.`;
    expect(wrap(full, 60, '   ').at(-1)!.length).toBeGreaterThan(55);
    const text = [`   ${HEADLINE}`, '', ...wrap(P[0], 60, '   '), '', ...wrap(full, 60, '   '), '   [8][photo-2016-05-12.jpg]', '', `   ${alt}`, '', ...[P[2], P[3]].flatMap((p) => [...wrap(p, 60, '   '), ''])].join('\n');
    const r = ingestText(text);
    expect(r.paragraphs).toEqual([P[0], full, P[2], P[3]]);
    expect(r.removed.find((x) => x.text === alt)?.reason).toBe('caption');
  });
  it('leaves «[12]» alone on a page with no list of links', () => {
    expect(toLines(['[12] مادة من القانون', P[0], '[3] مادة أخرى', '[4] مادة ثالثة'].join('\n'))[0]!.text).toBe('[12] مادة من القانون');
  });
});

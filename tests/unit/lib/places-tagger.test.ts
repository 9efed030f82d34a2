import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlaces } from '../../../src/check/rules/places.ts';
import { countMentions, createTagger, type PlaceMention } from '../../../src/lib/places/tagger.ts';
import type { Place } from '../../../src/schemas/place.ts';

const places = validatePlaces(readFileSync(new URL('../../../content/places.yaml', import.meta.url), 'utf8'), 'content/places.yaml').places;
const tag = createTagger(places);

/** Ids of the places found, in order. */
const ids = (text: string) => tag(text).map((m) => m.id);
/** The surface texts found for one place. */
const found = (text: string, id: string) => tag(text).filter((m) => m.id === id).map((m) => m.text);

describe('tagging spelling variants and normalization', () => {
  it('finds Misrata written with ه: «مصراته»', () => {
    expect(ids('اختيرت صورة لقناص من مصراته')).toEqual(['misrata']);
  });

  it('finds Benghazi written with ى: «بنغازى»', () => {
    expect(ids('وصل إلى بنغازى أمس')).toEqual(['benghazi']);
  });

  it('finds Ajdabiya with every hamza form: «أجدابيا», «إجدابيا», «اجدابيا»', () => {
    expect(ids('أجدابيا ثم إجدابيا ثم اجدابيا')).toEqual(['ajdabiya', 'ajdabiya', 'ajdabiya']);
  });

  it('finds «مُصْرَاتَة» with harakat and «مصــراتة» with tatweel, keeping the original letters', () => {
    expect(found('قوات مُصْرَاتَة وكتائب مصــراتة', 'misrata')).toEqual(['مُصْرَاتَة', 'مصــراتة']);
  });

  it('finds Ras Lanuf without its hamza: «راس لانوف»', () => {
    expect(ids('ميناء راس لانوف النفطي')).toEqual(['ras-lanuf']);
  });

  it('finds Ben Guerdane as «ابن قردان» and as «بن قردان»', () => {
    expect(ids('مدينة «ابن قردان» التونسية ومدينة بن قردان')).toEqual(['ben-guerdane', 'ben-guerdane']);
  });

  it('gives offsets into the original text, harakat and all', () => {
    const text = 'خرجوا مِنْ سِرْتَ إلى وبنغازي';
    for (const m of tag(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(tag(text).map((m) => m.text)).toEqual(['سِرْتَ', 'وبنغازي']);
  });
});

describe('tagging multi-word names', () => {
  it.each([
    ['بني وليد', 'وفي بني وليد (جنوب شرق طرابلس)', 'bani-walid'],
    ['رأس لانوف', 'مصفاة رأس لانوف', 'ras-lanuf'],
    ['الجبل الأخضر', 'مرافق كبيرة في منطقة الجبل الأخضر، حيث', 'jabal-al-akhdar'],
    ['ابن قردان', 'في مدينة «ابن قردان» التونسية', 'ben-guerdane'],
    ['عين أم الناس', 'بمنطقة عين أم الناس جنوب غرب الجزائر', 'in-amenas'],
    ['دير الزور', 'وهي مفتاح دير الزور، وعلى حقول', 'deir-ez-zor'],
    ['الجيزة البحرية', 'حي الجيزة البحرية في سرت', 'giza-bahriya'],
  ])('finds «%s» as one mention', (name, text, id) => {
    const mention = tag(text).find((m) => m.id === id);
    expect(mention?.text).toBe(name);
  });

  it('finds «دير الزور» across two spaces or a line break', () => {
    expect(ids('دير  الزور')).toEqual(['deir-ez-zor']);
    expect(ids('دير\nالزور')).toEqual(['deir-ez-zor']);
  });

  it('does not join the words of a name across punctuation: «بني، وليد»', () => {
    expect(ids('قال بني، وليد')).toEqual([]);
  });

  it('prefers the longest name: «تونس العاصمة» is one mention of Tunis, «عين العرب كوباني» one of Kobani', () => {
    expect(tag('متحف باردو بضواحي تونس العاصمة').map((m) => [m.id, m.text])).toEqual([
      ['bardo', 'متحف باردو'],
      ['tunis', 'تونس العاصمة'],
    ]);
    expect(tag('في مدينة عين العرب كوباني، التي').map((m) => [m.id, m.text])).toEqual([['kobani', 'عين العرب كوباني']]);
  });
});

describe('tagging names with prefixes', () => {
  it.each([
    ['بسرت', 'sirte'],
    ['وبنغازي', 'benghazi'],
    ['لدرنة', 'derna'],
    ['فطرابلس', 'tripoli'],
    ['والبيضاء', 'al-bayda'],
    ['وبني وليد', 'bani-walid'],
    ['ولبنغازي', 'benghazi'],
    ['كطرابلس', 'tripoli'],
    ['«وسرت»', 'sirte'],
    ['للبيضاء', 'al-bayda'],
    ['وللخمس', 'al-khums'],
    ['بالموصل', 'mosul'],
    ['والجبل الأخضر', 'jabal-al-akhdar'],
    ['للرقة', 'raqqa'],
  ])('finds «%s»', (word, id) => {
    expect(ids(`وصلت القوات ${word} أمس`)).toEqual([id]);
  });

  it('keeps the prefix in the mention text: «وبنغازي»', () => {
    expect(tag('في البيضاء، وبنغازي، وسرت، والخمس')).toEqual<PlaceMention[]>([
      { id: 'al-bayda', start: 3, end: 10, text: 'البيضاء' },
      { id: 'benghazi', start: 12, end: 19, text: 'وبنغازي' },
      { id: 'sirte', start: 21, end: 25, text: 'وسرت' },
      { id: 'al-khums', start: 27, end: 33, text: 'والخمس' },
    ]);
  });

  it('reads «هون وودان» as Hun and Waddan, not «و» + «دان»', () => {
    expect(ids('بلدات هون وودان وسوكنة')).toEqual(['hun', 'waddan']);
  });
});

describe('not seeing a place in a word that contains its name', () => {
  it.each([
    ['أسرته', 'عاد إلى أسرته'],
    ['أسرت', 'أسرت القوات جنديين'],
    ['سرتها', 'سرتها الأخبار'],
    ['تيسرت', 'تيسرت الأمور'],
    ['أسرى', 'لم نشاهد أسرى'],
    ['مصر', 'أعلنت مصر قصف مواقع التنظيم'],
    ['مصرياً', 'إعدام 21 قبطياً مصرياً'],
    ['المصراتي', 'قال القائد المصراتي'],
    ['طرابلسي', 'مطعم طرابلسي قديم'],
    ['البيت الأبيض', 'أعلن البيت الأبيض'],
    ['زاوية', 'من زاوية أخرى'],
    ['يهون', 'الأمر يهون'],
    ['الخمسة', 'الأعضاء الخمسة'],
  ])('finds no place in «%s»', (_word, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('Sirte and the verb سرى (spread)', () => {
  it.each([
    'سرت شائعات عن مقتل البغدادي',
    'وسرت أنباء عن انسحاب المقاتلين',
    'سرت موجة من الذعر بين السكان',
    'وقد سرت حالة من الهلع',
    'سرت الشائعات بسرعة',
    'سرت في أوساط السكان مخاوف من عودة التنظيم',
    'سرت في عروقه قشعريرة',
    'سرت مسافة طويلة على قدمي',
    'كسرت الأمواج الصخور',
    'فسرت الحكومة ذلك بالحرب',
    'قوارب في خليج سرت',
    'حقول النفط في حوض سرت',
  ])('does not see Sirte in «%s»', (text) => {
    expect(ids(text)).not.toContain('sirte');
  });

  it.each([
    'انتشرت في سرت شائعات عن انسحاب المقاتلين',
    'من سرت أنباء عن معارك',
    'مدينة سرت الساحلية',
    'وستترك خسارة سرت التنظيم بلا سيطرة على أراض',
    'بالعمليات الجارية في سرت أبلغتها بفرار عدد من مقاتلي التنظيم',
    'لإخراج التنظيم من سرت (وسط) لم نشاهد أسرى',
    'حتى باتت سرت صنوا للرقة والموصل',
    'مقاتلو تنظيم الدولة الإسلامية في سرت معقلهم السابق',
    'وفر تقريبا جميع سكان سرت البالغ عددهم 80 ألفا',
    'وخسر التنظيم سرت، معقله الرئيسي',
    'القتال في سرت في صفوف القوات',
  ])('still sees Sirte in «%s»', (text) => {
    expect(ids(text)).toContain('sirte');
  });
});

describe('Tripoli in Lebanon', () => {
  it.each([
    'اشتباكات في طرابلس اللبنانية',
    'وصل إلى طرابلس الشام',
    'في مدينة طرابلس (شمال لبنان)',
    'في طرابلس، كبرى مدن الشمال اللبناني',
  ])('does not see Libya\'s capital in «%s»', (text) => {
    expect(ids(text)).not.toContain('tripoli');
  });

  it.each(['العاصمة الليبية طرابلس', 'طرابلس الغرب', 'السفير اللبناني في طرابلس', 'انتقلت إلى طرابلس في مارس'])(
    'sees Tripoli, Libya in «%s»',
    (text) => {
      expect(ids(text)).toEqual(['tripoli']);
    },
  );
});

describe('Al Khums and the number five', () => {
  it.each(['خلال السنوات الخمس الماضية', 'الخمس سنوات الأخيرة', 'الدول الخمس الكبرى', 'في الأعوام الخمس', 'الخمس الأخيرة', 'مجموعة الخمس', 'دفع الخمس'])(
    'does not see Al Khums in «%s»',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it.each(['مدينة الخمس', 'ميناء الخمس', 'بين زليتن والخمس', 'في البيضاء، وبنغازي، وسرت، والخمس'])('sees Al Khums in «%s»', (text) => {
    expect(ids(text)).toContain('al-khums');
  });
});

describe('Al Bayda and the colour white', () => {
  it.each([
    'رفعوا الراية البيضاء',
    'قتل بالأسلحة البيضاء',
    'القبعات البيضاء',
    'متطوعو الخوذ البيضاء',
    'مدينة الدار البيضاء المغربية',
    'بورصة البيضاء .. ملخص الأداء الأسبوعي',
    'الرايات السوداء والبيضاء',
    'اشتباكات في محافظة البيضاء',
    'البيضاء اليمنية',
  ])('does not see Al Bayda in «%s»', (text) => {
    expect(ids(text)).not.toContain('al-bayda');
  });

  it.each(['في البيضاء، وبنغازي', 'مدينة البيضاء', 'انتقلت الحكومة إلى البيضاء', 'حكومة البيضاء', 'برلمان طبرق وحكومة البيضاء'])(
    'sees Al Bayda in «%s»',
    (text) => {
      expect(ids(text)).toContain('al-bayda');
    },
  );
});

describe('Tunis the city and Tunisia the country', () => {
  it.each(['فرار العشرات نحو تونس', 'استنفرت كل من الجزائر وتونس جيشيهما', 'بدأت تونس بناء جدار'])('sees no place in «%s»', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each(['بضواحي تونس العاصمة', 'في مدينة تونس', 'ضواحي تونس'])('sees the city of Tunis in «%s»', (text) => {
    expect(ids(text)).toEqual(['tunis']);
  });
});

describe('Zawiya and the angle', () => {
  it.each(['من هذه الزاوية', 'حجر الزاوية في المشروع', 'حملة التبرع بالدم بدوار الزاوية إقليم تيزنيت', 'الزاوية الحادة', 'شيوخ الزاوية السنوسية'])(
    'does not see Zawiya in «%s»',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it.each(['مدينة الزاوية غرب طرابلس', 'مصفاة الزاوية'])('sees Zawiya in «%s»', (text) => {
    expect(ids(text)).toContain('zawiya');
  });
});

describe('short names that are also words or other names', () => {
  it.each<[string, string, string]>([
    ['هون', 'هون من شأن الهجوم', 'the verb هوّن'],
    ['هون', 'هون عليك', 'the verb هوّن'],
    ['غات', 'يتحدث ثلاث لغات', 'languages'],
    ['غات', 'ولغات أخرى', 'languages'],
    ['بن جواد', 'قال محمد بن جواد', "a person's name"],
    ['بنغازي', 'قال سالم بن غازي', "a person's name"],
    ['الكفرة', 'قتال الكفرة والمرتدين', 'the unbelievers'],
    ['الكفرة', 'الحكام الكفرة', 'the unbelievers'],
    ['الموصل', 'الطريق الموصل إلى المدينة', 'leading to'],
    ['الرمادي', 'اللون الرمادي', 'grey'],
    ['الباب', 'فتح الباب أمام التنظيم', 'the door'],
    ['الباب', 'طرق الباب', 'the door'],
    ['دابق', 'نشرت مجلة دابق', "the Islamic State's magazine"],
    ['باريس', 'فاز باريس سان جيرمان', 'the football club'],
    ['باردو', 'الممثلة بريجيت باردو', 'the actress'],
    ['سوسة', 'سوسة النخيل الحمراء', 'the weevil'],
    ['حماة', 'حماة الوطن', 'the protectors'],
    ['حمص', 'صحن حمص', 'chickpeas'],
    ['الرقة', 'تحدث بمنتهى الرقة', 'gentleness'],
    ['السخنة', 'المياه السخنة', 'hot'],
    ['السخنة', 'منتجع العين السخنة', "Egypt's Ain Sokhna"],
    ['براك', 'إيهود براك', 'a person'],
    ['براك', 'الرئيس براك أوباما', 'a person'],
    ['زوارة', 'استقبل زواره في مكتبه', 'his visitors'],
    ['برقة', 'قرية برقة قرب نابلس', 'the Palestinian village'],
    ['الجبل الأخضر', 'الجبل الأخضر في سلطنة عمان', 'Oman'],
    ['العزيزية', 'مجمع باب العزيزية', "Gaddafi's compound"],
    ['الأبيار', 'حي الأبيار بالجزائر العاصمة', 'Algiers'],
    ['المرج', 'المرج الأخضر', 'a meadow'],
    ['السدادة', 'السدادة المطاطية', 'a stopper'],
  ])('does not see «%s» in «%s» (%s)', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['مدينة هون', 'hun'],
    ['واحة غات', 'ghat'],
    ['من بلدة «بن جواد» شرقا', 'bin-jawad'],
    ['بين سرت وبن جواد', 'bin-jawad'],
    ['مدينة بن غازي', 'benghazi'],
    ['مدينة الكفرة جنوب شرق ليبيا', 'kufra'],
    ['من الموصل إلى الرقة', 'mosul'],
    ['خسارة الرمادي والفلوجة', 'ramadi'],
    ['ومدينة الباب في الشمال السوري', 'al-bab'],
    ['الباب (شمال حلب)', 'al-bab'],
    ['وجرابلس ودابق', 'dabiq'],
    ['خلال محاضرة ألقاها في باريس', 'paris'],
    ['في متحف باردو', 'bardo'],
    ['وفي مدينة سوسة السياحية', 'sousse'],
    ['ريف حماه الشرقي', 'hama'],
    ['في ريف حمص الشرقي', 'homs'],
    ['صنوا للرقة والموصل', 'raqqa'],
    ['بلدة السخنة في ريف حمص', 'sukhnah'],
    ['براك الشاطئ', 'brak'],
    ['انطلقوا من زوارة', 'zuwara'],
    ['فيما يسمى «إمارة برقة»', 'cyrenaica'],
    ['إلى جسر «السدادة» غربا', 'al-sidada'],
    ['مدينة مرزق', 'murzuq'],
    ['قاعدة الجفرة الجوية', 'jufra'],
    ['في نالوت والزنتان', 'nalut'],
    ['مطار سبها', 'sabha'],
    ['في الكفرة', 'kufra'],
    ['بنغازي والأبيار', 'al-abyar'],
  ])('sees the place in «%s»', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('every counter-example quoted in a trap of the gazetteer', () => {
  const examples = places.flatMap((place) =>
    place.traps.flatMap((trap) =>
      [...trap.why.matchAll(/«([^»]+)»/g)].map((m) => ({ id: place.id, example: m[1]!, why: trap.why })),
    ),
  );

  it('has at least one example per trap', () => {
    const traps = places.flatMap((p) => p.traps);
    expect(traps.filter((t) => !/«[^»]*\p{Script=Arabic}[^»]*»/u.test(t.why)).map((t) => t.why)).toEqual([]);
  });

  it.each(examples)('is not $id: «$example»', ({ id, example }) => {
    expect(ids(example)).not.toContain(id);
  });
});

describe('the tagging machinery', () => {
  const place = (over: Partial<Place>): Place => ({
    id: 'x',
    name: 'سرت',
    variants: [],
    latin: 'X',
    latinVariants: [],
    kind: 'town',
    country: 'LY',
    region: 'tripolitania',
    traps: [],
    ...over,
  });

  it('applies a trap with `names` only to those names', () => {
    const t = createTagger([place({ name: 'تونس العاصمة', variants: ['تونس'], traps: [{ why: 'w', names: ['تونس'], notPrevWord: ['مدينة'] }] })]);
    expect(t('تونس').length).toBe(0);
    expect(t('مدينة تونس').length).toBe(1);
    expect(t('تونس العاصمة').length).toBe(1);
  });

  it('applies a `clitic` trap only to the listed prefixes («» is the bare word)', () => {
    const t = createTagger([place({ traps: [{ why: 'w', clitic: [''], afterDefiniteNoun: true }] })]);
    expect(t('المدينة سرت').length).toBe(0);
    expect(t('المدينة وسرت').length).toBe(1);
    expect(t('إلى سرت').length).toBe(1);
  });

  it('treats a missing neighbour word as «not in the list» and never as «in the list»', () => {
    const t = createTagger([place({ traps: [{ why: 'w', prevWord: ['خليج'] }, { why: 'w', nextWord: ['شائعات'] }] })]);
    expect(t('خليج، سرت').length).toBe(1);
    expect(t('سرت، شائعات').length).toBe(1);
    expect(t('خليج سرت').length).toBe(0);
  });

  it('sees nothing with an empty gazetteer', () => {
    expect(createTagger([])('سرت وبنغازي')).toEqual([]);
  });
});

describe('countMentions', () => {
  it('counts mentions per place, most first, then by id', () => {
    const m = (id: string): PlaceMention => ({ id, start: 0, end: 1, text: '' });
    expect(countMentions([m('sirte'), m('derna'), m('sirte'), m('benghazi'), m('derna'), m('sirte')])).toEqual([
      { id: 'sirte', count: 3 },
      { id: 'derna', count: 2 },
      { id: 'benghazi', count: 1 },
    ]);
    expect(countMentions([m('tripoli'), m('benghazi')])).toEqual([
      { id: 'benghazi', count: 1 },
      { id: 'tripoli', count: 1 },
    ]);
  });
});

describe('long texts', () => {
  it('tags every mention in a 10,000-word text, and «سرت شائعات» in it stays a verb', () => {
    const paragraph =
      'وخسر التنظيم المتطرف معقله الرئيسي في ليبيا، مدينة سرت الساحلية (450 كلم شرق العاصمة طرابلس). وأعلنت القوات الموالية لحكومة الوفاق من مصراتة وبنغازي ودرنة سيطرتها الكاملة على المدينة بعد ستة أشهر من المعارك، وسرت شائعات عن فرار المقاتلين نحو الجنوب والجبل الأخضر وبني وليد.';
    const words = paragraph.split(/\s+/).length;
    const copies = Math.ceil(10_000 / words);
    const text = Array.from({ length: copies }, (_, i) => `${paragraph} ${i}`).join('\n');
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    // Speed is measured by the benchmark, not here: timings on shared machines are noise.
    const counts = countMentions(tag(text));
    expect(counts.find((c) => c.id === 'sirte')?.count).toBe(copies);
    expect(counts.find((c) => c.id === 'bani-walid')?.count).toBe(copies);
  });
});

describe('one tagger over many texts', () => {
  it('tags each text as a fresh tagger would, though it remembers the words of earlier ones', () => {
    const texts = [
      'وسرت شائعات عن فرار المقاتلين من سرت نحو بني وليد',
      'وصلت القوات إلى سرت، وسرت في المدينة أنباء عن معارك في بني',
      'أسرته في مصراته ثم في مصر، ووليد في بنغازى وللبيضاء',
      'وسرت شائعات عن فرار المقاتلين من سرت نحو بني وليد',
    ];
    const reused = createTagger(places);
    const seen = texts.map((t) => reused(t));
    expect(seen).toEqual(texts.map((t) => createTagger(places)(t)));
    expect(seen[0]!.map((m) => m.id)).toEqual(['sirte', 'bani-walid']);
    expect(seen[2]!.map((m) => m.text)).toEqual(['مصراته', 'بنغازى', 'وللبيضاء']);
  });
});

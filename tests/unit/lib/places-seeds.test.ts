import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlaces } from '../../../src/check/rules/places.ts';
import { countMentions, createTagger } from '../../../src/lib/places/tagger.ts';

const tag = createTagger(validatePlaces(readFileSync(new URL('../../../content/places.yaml', import.meta.url), 'utf8'), 'content/places.yaml').places);

interface Seed {
  slug: string;
  file: string;
  /** The article's first words: what comes before is web furniture. */
  from: string;
  /** The first words after the article (captions, signature, «read more»), or null when it runs to the end. */
  to: string | null;
  /** Every place mention a reader counts in the article, most first then by id. */
  places: [string, number][];
}

const SEEDS: Seed[] = [
  {
    slug: '2016-12-is-collapse-libya-irfaasawtak',
    file: '000_731515f2e7a1dc05.txt',
    from: 'انهار تنظيم داعش',
    to: '*الصورة',
    places: [
      ['sirte', 7], // مدينة سرت، تصبح سرت، على سرت، استعادة سرت، مدينة سرت ×2، تحرير سرت
      ['tobruk', 2], // طرابلس طبرق، برلمان طبرق
      ['tripoli', 2], // العاصمة طرابلس، في طرابلس
      ['derna', 1], // ولاية درنة
      ['fallujah', 1],
      ['misrata', 1], // كتائب ثوار مدينة مصراتة (the photo captions are not the article)
      ['ramadi', 1],
      ['skhirat', 1], // اتفاق الصخيرات
    ],
  },
  {
    slug: '2016-12-is-after-sirte',
    file: '001_b8c8b28ebd90ee3c.txt',
    from: 'أعلنت الاثنين',
    to: null,
    places: [
      ['sirte', 9],
      ['tripoli', 4], // «والعاصمة الليبية طرابلس.و», «وطرابلس في الغرب», «في طرابلس»، «جنوب شرق طرابلس»
      ['derna', 3],
      ['benghazi', 2], // «وبنغازي،», «مدينة بنغازي»
      ['cyrenaica', 2], // «إمارة برقة», «برقة في الشرق»
      ['al-bab', 1], // «ومدينة الباب في الشمال السوري»
      ['al-bayda', 1], // «في البيضاء،»
      ['al-khums', 1], // «والخمس،»
      ['al-sidada', 1], // جسر «السدادة»
      ['bani-walid', 1],
      ['ben-guerdane', 1], // «ابن قردان»
      ['bin-jawad', 1], // بلدة «بن جواد»
      ['brussels', 1], // «باربس وبروكسل»: the misspelt Paris is not guessed
      ['dabiq', 1],
      ['fezzan', 1],
      ['jabal-al-akhdar', 1],
      ['jarabulus', 1],
      ['kobani', 1], // «عين العرب كوباني»: one mention
      ['manbij', 1],
      ['misrata', 1], // «مدينتي مصراته وسرت»
      ['mosul', 1],
      ['qayyarah', 1],
      ['ramadi', 1],
      ['sabratha', 1],
      ['shirqat', 1],
      ['sinjar', 1],
      ['tal-abyad', 1],
      ['tikrit', 1],
    ],
  },
  {
    slug: '2016-is-leaving-libya-elmaouid',
    file: '002_1f6a6a192af01ecb.txt',
    from: 'دق وزير الدفاع',
    to: null,
    places: [
      ['sirte', 8],
      ['sinai', 2],
      ['tripoli', 2], // «شرق العاصمة طرابلس)», «كلم شرق طرابلس)»
      ['giza-bahriya', 1],
      ['misrata', 1],
      ['ndjamena', 1],
      ['paris', 1],
    ],
  },
  {
    slug: '2016-12-sirte-reuters',
    file: '003_2738f8024ceab370.txt',
    from: 'قالت القوات الليبية',
    to: 'انقر هنا',
    places: [
      ['sirte', 23],
      ['misrata', 8],
      ['tripoli', 4],
      ['benghazi', 2], // «ومرورا ببنغازي», «في بنغازي .»
      ['giza-bahriya', 2],
      ['derna', 1],
      ['mosul', 1],
    ],
  },
  {
    slug: '2017-08-is-havens-khashana',
    file: '004_89b814e3b23096b3.txt',
    from: 'مع تراجع الأراضي',
    to: 'رشيد خشانة',
    places: [
      ['sirte', 6],
      ['derna', 5],
      ['benghazi', 4],
      ['deir-ez-zor', 2],
      ['albu-kamal', 1],
      ['bardo', 1], // «متحف باردو»
      ['ben-guerdane', 1], // «مدينة بن قردان»
      ['hama', 1], // «ريف حماه»
      ['homs', 1], // «ريف حمص»
      ['in-amenas', 1], // «عين أم الناس»
      ['jabal-al-akhdar', 1],
      ['mosul', 1], // «للرقة والموصل»
      ['nawfaliya', 1],
      ['raqqa', 1],
      ['sousse', 1],
      ['sukhnah', 1],
      ['tiguentourine', 1],
      ['tunis', 1], // «تونس العاصمة»; «تونس» alone (four times) is the country
    ],
  },
];

/** The raw text as ingest keeps it (content/sources/<slug>.txt), or the seed it was made from. */
function raw(seed: Seed): string {
  const candidates = [
    new URL(`../../../content/sources/${seed.slug}.txt`, import.meta.url),
    new URL(`../../../../shared/seeds/${seed.file}`, import.meta.url),
    new URL(`file:///work/shared/seeds/${seed.file}`),
  ];
  const found = candidates.find((url) => existsSync(url));
  if (!found) throw new Error(`raw text of ${seed.slug} not found in content/sources/ nor in shared/seeds/`);
  return readFileSync(found, 'utf8');
}

/** The article between its hand-chosen first words and the furniture after it. */
function article(seed: Seed): string {
  const text = raw(seed);
  const start = text.indexOf(seed.from);
  const end = seed.to === null ? text.length : text.indexOf(seed.to, start);
  if (start < 0 || end < 0) throw new Error(`markers of ${seed.slug} not found`);
  return text.slice(start, end);
}

describe('the tagger over each seed article', () => {
  it.each(SEEDS)('counts in $slug the place mentions a reader counts', (seed) => {
    expect(countMentions(tag(article(seed))).map(({ id, count }) => [id, count])).toEqual(seed.places);
  });

  it.each(SEEDS)('cuts every mention of $slug out of the original text', (seed) => {
    const text = article(seed);
    for (const m of tag(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('sees no place in the news ticker of the Reuters page (Casablanca, a Moroccan «دوار الزاوية»)', () => {
    const seed = SEEDS.find((s) => s.file.startsWith('003'))!;
    const text = raw(seed);
    const ticker = text.slice(0, text.indexOf(seed.from));
    expect(ticker).toContain('بورصة البيضاء');
    expect(ticker).toContain('بدوار الزاوية');
    expect(tag(ticker)).toEqual([]);
  });
});

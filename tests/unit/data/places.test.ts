import { describe, expect, it } from 'vitest';
import { countsLabel, mapPlaces, placesByRegion, placeViews, toMapPlace } from '../../../src/data/join/places.ts';
import { normalizeArabic } from '../../../src/lib/arabic.ts';
import { articles, eventView, places } from './fixtures.ts';

const views = placeViews(places, articles, eventView.events);
const view = (id: string) => {
  const found = views.find((v) => v.place.id === id);
  if (!found) throw new Error(`no view for ${id}`);
  return found;
};

describe('the places index', () => {
  it('lists every place an article or an event names, once, and no other', () => {
    expect(views.map((v) => v.place.id).sort()).toEqual(['derna', 'giza-bahriya', 'misrata', 'mosul', 'sirte']);
  });

  it('counts for each place the mentions its articles add up to, its articles and its events', () => {
    expect(views.map((v) => [v.place.id, v.mentions, v.articles.length, v.events.length])).toEqual([
      ['sirte', 5, 3, 1],
      ['misrata', 2, 1, 0],
      ['giza-bahriya', 1, 1, 1],
      ['mosul', 1, 1, 0],
      ['derna', 0, 0, 1],
    ]);
  });

  it('groups the places under region headings in Arabic, Libya’s regions first, the most mentioned first within each', () => {
    const groups = placesByRegion(views);
    expect(groups.map((g) => [g.key, g.label, g.places.map((v) => v.place.id), g.mentions])).toEqual([
      ['tripolitania', 'إقليم طرابلس', ['sirte', 'misrata', 'giza-bahriya'], 8],
      ['cyrenaica', 'برقة', ['derna'], 0],
      ['iraq', 'العراق', ['mosul'], 1],
    ]);
  });

  it('writes a place’s counts with nouns that agree with their numbers', () => {
    expect(countsLabel(view('sirte'))).toBe('5 إشارات في 3 مقالات، حدث واحد');
    expect(countsLabel(view('misrata'))).toBe('إشارتان في مقال واحد');
    expect(countsLabel(view('derna'))).toBe('حدث واحد');
  });
});

describe('a place page', () => {
  it('links the place’s own page and each article’s page', () => {
    expect(view('sirte').href).toBe('/places/sirte/');
    expect(view('sirte').articles.map((a) => a.article.href)).toEqual(['/articles/2016-12-sirte-reuters/', '/articles/2016-05-misrata/', '/articles/2016-is-leaving/']);
  });

  it('lists the articles that mention it, most mentions first, then the newest, each with its count', () => {
    expect(view('sirte').articles.map((a) => [a.article.slug, a.count])).toEqual([
      ['2016-12-sirte-reuters', 3],
      ['2016-05-misrata', 1],
      ['2016-is-leaving', 1],
    ]);
  });

  it('quotes with each article the first sentence that names the place, whichever spelling it uses', () => {
    expect(view('sirte').articles[0]?.sentence).toBe('أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت.');
    expect(view('misrata').articles[0]?.sentence).toBe('هاجم التنظيم نقطة تفتيش غرب مصراتة.');
    expect(view('sirte').articles[1]?.sentence).toBe('وانطلقت القوات من مصراته نحو سرت!');
    for (const { article, sentence } of view('sirte').articles.filter((a) => a.sentence !== null)) {
      expect(['سرت', 'سرته'].some((n) => normalizeArabic(sentence!).includes(normalizeArabic(n))), article.slug).toBe(true);
    }
  });

  it('quotes no sentence for an article whose editors added the place by hand, the text naming it nowhere', () => {
    const byHand = view('sirte').articles.find((a) => a.article.slug === '2016-is-leaving');
    expect(byHand?.sentence).toBeNull();
    expect(normalizeArabic(articles[2]!.text)).not.toContain(normalizeArabic('سرت'));
  });

  it('lists the place’s events, chronologically, and gives a place only events name a page without articles', () => {
    expect(view('sirte').events.map((e) => e.id)).toEqual(['2016-12-sirte-liberated']);
    expect(view('derna')).toMatchObject({ mentions: 0, articles: [], events: [{ id: '2014-derna-pledge' }] });
  });

  it('names the place it lies in, linking that place’s page when it has one', () => {
    expect(view('giza-bahriya').partOf).toEqual({ id: 'sirte', name: 'سرت', href: '/places/sirte/' });
    expect(view('sirte').partOf).toBeNull();
  });

  it('puts on the Libya map only a place with coordinates inside its frame: not Mosul, not a site without coordinates', () => {
    expect(views.filter((v) => v.onMap).map((v) => v.place.id).sort()).toEqual(['derna', 'misrata', 'sirte']);
    expect(toMapPlace(view('giza-bahriya'))).toBeNull();
  });
});

describe('the places the maps draw', () => {
  it('are the places on the map that articles name, most mentioned first, each with its articles and its events (the days they cover, their words)', () => {
    const drawn = mapPlaces(views);
    expect(drawn.map((p) => p.id)).toEqual(['sirte', 'misrata']);
    expect(drawn[0]).toMatchObject({
      name: 'سرت',
      latin: 'Sirte',
      lat: 31.205,
      lon: 16.588,
      href: '/places/sirte/',
      mentions: 5,
      articles: [
        { title: 'القوات تسيطر على سرت', href: '/articles/2016-12-sirte-reuters/', count: 3 },
        { title: 'هجوم قرب مصراتة', href: '/articles/2016-05-misrata/', count: 1 },
        { title: 'مقاتلون يغادرون', href: '/articles/2016-is-leaving/', count: 1 },
      ],
      events: [
        { id: '2016-12-sirte-liberated', title: 'تحرير سرت', href: '/events/2016-12-sirte-liberated/', date: 'ديسمبر 2016', from: '2016-12-01', to: '2016-12-31', type: 'control-change', disputed: false },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { preview } from '../../../src/ingest/preview.ts';
import { ingestText, P } from './helpers.ts';

const lineOf = (text: string, field: string) => text.split('\n').find((l) => l.includes(`/ ${field}:`));

describe('the ingest’s preview for an editor', () => {
  it('counts one removed line as «سطر واحد» and one paragraph as «فقرة واحدة»', () => {
    const text = preview(ingestText(['الرئيسية / أخبار / ليبيا', P[0]].join('\n')));
    expect(lineOf(text, 'removed')).toMatch(/: سطر واحد$/);
    expect(lineOf(text, 'paragraphs')).toMatch(/: فقرة واحدة$/);
  });

  it('counts four paragraphs and a subheading in the words Arabic needs: «4 فقرات وعنوان فرعي واحد»', () => {
    const text = preview(ingestText([P[0], P[1], 'المعارك في الأحياء الشرقية', P[2], P[3]].join('\n')));
    expect(lineOf(text, 'paragraphs')).toMatch(/: 4 فقرات وعنوان فرعي واحد$/);
  });

  it('says «لا شيء» when nothing was removed, rather than «0 سطرًا»', () => {
    expect(lineOf(preview(ingestText([P[0], P[1]].join('\n'))), 'removed')).toMatch(/: لا شيء$/);
  });

  it('says how many timeline suggestions the article would give, with the command that lists them', () => {
    const r = ingestText([P[0], P[1]].join('\n'));
    const withSlug = { ...r, slug: '2016-12-sirte', published: { date: '2016-12', approximate: false, basis: 'تاريخ الصفحة' } };
    expect(lineOf(preview(withSlug, 3), 'timeline suggestions')).toMatch(/: 3 — npm run suggest -- 2016-12-sirte$/);
  });
});

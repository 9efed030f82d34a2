/**
 * A timeline to lay out in tests: the shape of the archive's story (a foothold in 2014, Sirte taken in 2015,
 * the campaign of 2016 crowding its last months), with every kind of date — days, months, years, intervals,
 * disputed dates and figures. Titles written for the tests.
 */
import type { KnownDate } from '../../../../src/lib/dates/date.ts';
import type { TypeGroup } from '../../../../src/lib/timeline/groups.ts';
import type { PayloadEvent } from '../../../../src/lib/timeline/payload.ts';
import type { EventType } from '../../../../src/schemas/event.ts';

/** One type for each group: what the type filter reads. */
const TYPE_OF: Record<TypeGroup, EventType> = { fighting: 'control-change', attacks: 'attack', politics: 'statement', tolls: 'casualty-report', reports: 'report' };

type Row = [id: string, title: string, dates: KnownDate[], group: TypeGroup, sources: number, dispute?: 'date' | 'figure', places?: string[]];

const ROWS: Row[] = [
  ['2013-gas-field', 'خطف رهائن في حقل غاز جنوب الجزائر', [{ value: '2013' }], 'attacks', 1],
  ['2014-foothold', 'التنظيم يجد موطئ قدم في ليبيا', [{ value: '2014' }], 'fighting', 2, undefined, ['derna', 'sirte']],
  ['2014-derna-pledge', 'مبايعة مسلحين في درنة وإعلان «ولاية»', [{ value: '2014-10' }, { value: '2014-11-13' }], 'politics', 2, 'date', ['derna']],
  ['2014-11-three-provinces', 'إعلان ثلاثة فروع للتنظيم في ليبيا', [{ value: '2014-11' }], 'politics', 1],
  ['2015-02-executions', 'إعدام رهائن على شاطئ قرب سرت', [{ value: '2015-02' }], 'attacks', 1, undefined, ['sirte']],
  ['2015-02-strikes', 'غارات جوية ردًا على الإعدام', [{ value: '2015-02' }], 'fighting', 1],
  ['2015-sirte-taken', 'التنظيم يسيطر على سرت', [{ value: '2015' }, { value: '2015-05' }, { value: '2015-06' }], 'fighting', 3, 'date', ['sirte']],
  ['2015-coast', 'التنظيم يمتد على ساحل طوله مئات الكيلومترات', [{ value: '2015' }], 'fighting', 1],
  ['2015-06-derna-expelled', 'طرد التنظيم من درنة', [{ value: '2015-06' }], 'fighting', 1, undefined, ['derna']],
  ['2015-12-agreement', 'توقيع اتفاق سياسي برعاية الأمم المتحدة', [{ value: '2015-12-17' }], 'politics', 2],
  ['2015-2016-camps', 'انتشار معسكرات التدريب في ليبيا', [{ from: '2015', to: '2016' }], 'reports', 1],
  ['2016-03-government', 'الحكومة الجديدة تصل إلى طرابلس', [{ value: '2016-03-30' }], 'politics', 1, undefined, ['tripoli']],
  ['2016-04-fighters', 'تقديرات مختلفة لعدد مقاتلي التنظيم', [{ value: '2016-04' }, { value: '2016-05' }], 'tolls', 2, 'date'],
  ['2016-05-offensive', 'انطلاق الحملة العسكرية لاستعادة سرت', [{ value: '2016-05-12' }], 'fighting', 3, undefined, ['sirte', 'misrata']],
  ['2016-05-12-toll', 'حصيلة القتلى والجرحى في معارك سرت', [{ from: '2016-05', to: '2016-12' }], 'tolls', 3, 'figure', ['sirte']],
  ['2016-07-report', 'تقرير أممي عن وجود التنظيم في ليبيا', [{ value: '2016-07' }], 'reports', 1],
  ['2016-08-strikes', 'غارات جوية دعمًا للحملة على سرت', [{ from: '2016-08-01', to: '2016-12-05' }], 'fighting', 2, undefined, ['sirte']],
  ['2016-10-siege', 'حصار آخر المقاتلين في حي صغير', [{ value: '2016-10' }], 'fighting', 1, undefined, ['sirte']],
  ['2016-12-district', 'السيطرة على آخر حي واستسلام عشرات المقاتلين', [{ value: '2016-12-05' }], 'fighting', 1, undefined, ['sirte']],
  ['2016-12-casualties', 'قتلى وجرحى في آخر المعارك', [{ value: '2016-12-05' }], 'tolls', 1, 'figure', ['sirte']],
  ['2016-12-liberated', 'إعلان تحرير سرت', [{ from: '2016-12-01', to: '2016-12-07' }], 'fighting', 3, undefined, ['sirte']],
  ['2016-12-remnants', 'ما بقي من التنظيم بعد سقوط سرت', [{ value: '2016-12' }], 'reports', 1],
  ['2017-warning', 'تحذير من عودة المقاتلين إلى الجوار', [{ value: '2017' }], 'politics', 1],
];

/** The fixture as the browser's payload carries it (items for the chart, plus what filters and cards read). */
export const EVENTS: PayloadEvent[] = ROWS.map(([id, title, dates, group, sources, dispute, places = []]) => ({
  id,
  title,
  dates,
  group,
  sources,
  dateConflict: dispute === 'date',
  figureConflict: dispute === 'figure',
  type: TYPE_OF[group],
  places,
  claims: sources,
  figureConflicts: dispute === 'figure' ? ['القتلى'] : [],
}));

/** The page of an event in these tests. */
export const hrefOf = (id: string) => `/events/${id}/`;

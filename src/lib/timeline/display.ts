/**
 * How events read on the page: Arabic names of event types and of what figures count, figures with the
 * qualifier their source gives (dates read through src/lib/dates/format.ts).
 */
import type { Figure } from '../events/dispute.ts';

/** Arabic names of the event types, in the schema's order, for filters, legends and event pages. */
export const EVENT_TYPE_LABELS = {
  'control-change': 'تغيّر السيطرة',
  attack: 'هجوم',
  'air-strike': 'غارات جوية',
  offensive: 'حملة عسكرية',
  siege: 'حصار',
  agreement: 'اتفاق',
  formation: 'تشكيل أو تنصيب',
  statement: 'تصريح أو إعلان',
  estimate: 'تقدير أعداد',
  'casualty-report': 'حصيلة ضحايا',
  pledge: 'مبايعة',
  report: 'تقرير',
  other: 'أحداث أخرى',
} as const satisfies Record<string, string>;

/** Arabic names of what figures count; an unknown label is shown as written. */
const FIGURE_LABELS: Record<string, string> = {
  killed: 'القتلى',
  dead: 'القتلى',
  'is-fighters-killed': 'قتلى التنظيم',
  'is-bodies-seen': 'جثث مقاتلي التنظيم التي شوهدت',
  executed: 'من أُعدموا',
  surrendered: 'من استسلموا',
  allies: 'الحلفاء',
  'coast-km': 'طول الساحل (كلم)',
  wounded: 'الجرحى',
  injured: 'الجرحى',
  fighters: 'المقاتلون',
  'foreign-fighters': 'المقاتلون الأجانب',
  strikes: 'الغارات',
  'air-strikes': 'الغارات الجوية',
  displaced: 'النازحون',
  hostages: 'الرهائن',
  captured: 'الأسرى',
  prisoners: 'الأسرى',
  families: 'العائلات',
  members: 'الأعضاء',
  soldiers: 'الجنود',
  civilians: 'المدنيون',
};

const figures = new Intl.NumberFormat('ar-LY', { numberingSystem: 'latn', useGrouping: false });
const number = (x: number) => figures.format(x);

/** «أكثر من 700», «بين 4000 و6000», «حوالي 5000». */
export function figureText(f: Figure): string {
  const value = f.max === undefined ? number(f.value) : `بين ${number(f.value)} و${number(f.max)}`;
  switch (f.bound) {
    case 'more-than':
      return `أكثر من ${value}`;
    case 'at-least':
      return `${value} على الأقل`;
    case 'about':
      return `حوالي ${value}`;
    case 'at-most':
      return `لا يتجاوز ${value}`;
    default:
      return value;
  }
}

/** The Arabic name of what a figure counts. */
export function figureLabel(label: string): string {
  return FIGURE_LABELS[label] ?? label;
}


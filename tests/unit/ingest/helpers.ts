/** Runs the whole pipeline on a text (or a saved page) written in a test, with no gazetteer. */
import { run, type IngestResult } from '../../../src/ingest/run.ts';

export function ingestText(text: string, file = 'page.txt'): IngestResult {
  return run(new TextEncoder().encode(text), file, {}, { countPlaces: () => [] });
}

/** The reasons recorded for one raw line. */
export const reasonsOf = (r: IngestResult, line: number) => r.removed.filter((x) => x.line === line).map((x) => x.reason);

/** Paragraphs of news prose, written for these tests. */
export const P = [
  'أعلنت القوات الموالية لحكومة الوفاق الوطني اليوم أنها استعادت السيطرة على حي الجيزة البحرية في مدينة سرت، بعد معارك استمرت أسابيع مع مقاتلي التنظيم.',
  'وقال المتحدث باسم غرفة العمليات إن الوحدات المتقدمة واجهت مقاومة عنيفة في الشوارع الضيقة، وإن فرق الهندسة تعمل الآن على تفكيك الألغام التي زرعها التنظيم.',
  'وأضاف المتحدث أن القوات تتقدم ببطء لتفادي الخسائر بين المدنيين الذين ما زالوا محاصرين في بعض الأحياء، مؤكدا أن الممرات الآمنة ستبقى مفتوحة.',
  'وأكد مسعفون في المستشفى الميداني غرب المدينة أنهم استقبلوا خلال اليومين الماضيين عشرات الجرحى، وأن الحاجة ملحة إلى الأدوية ووحدات الدم.',
] as const;

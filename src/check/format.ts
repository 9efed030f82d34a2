/**
 * The one way a content problem is written, wherever an editor meets it (`npm run check`, the build,
 * the dev server, the loaders, the ingest): «file:line path: عربي / English — fix», one line each.
 */
import { countWords, formatNumber, ARTICLES, EVENTS, PLACES, PROBLEMS } from '../lib/count-words.ts';
import { ARABIC, type Problem } from './problem.ts';

/** «content/events.yaml:41 events[7].claims[1].quote: النص غير موجود … / quote not found … — copy …». */
export function formatProblem(p: Problem): string {
  const at = `${p.file}${p.line === undefined ? '' : `:${p.line}`}`;
  return `${at} ${p.path ? `${p.path}: ` : ''}${ARABIC[p.code](p.arg ?? p.path)} / ${p.message}`;
}

/** How much was checked. */
export interface Counts {
  /** Article files read. */
  articles: number;
  /** Entries of the gazetteer. */
  places: number;
  /** Entries of the events file. */
  events: number;
}

/** «تم فحص 5 مقالات و78 مكانًا و37 حدثًا: لا أخطاء», or the number of problems in both languages. */
export function summary(counts: Counts, problems: number): string {
  const checked = `تم فحص ${countWords(counts.articles, ARTICLES, 'oblique')} و${countWords(counts.places, PLACES, 'oblique')} و${countWords(counts.events, EVENTS, 'oblique')}`;
  if (problems === 0) return `${checked}: لا أخطاء`;
  const english = `${formatNumber(problems)} problem${problems === 1 ? '' : 's'} — fix ${problems === 1 ? 'it' : 'them'} and run npm run check again`;
  return `${checked}: ${countWords(problems, PROBLEMS)} / ${english}`;
}

/** A check's report as the build and the dev server print it: the summary, then one line per problem. */
export function reportText({ counts, problems }: { counts: Counts; problems: readonly Problem[] }): string {
  return [summary(counts, problems.length), ...problems.map(formatProblem)].join('\n');
}

/**
 * An error whose message is all an editor needs: the lines of a report. It has no stack trace, so Astro
 * prints the lines alone (a trace would point into the archive's code, not at the file to fix).
 */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
    this.stack = '';
  }
}

/** An error whose message is one formatted line per problem: what a loader throws when its file does not pass its schema. */
export class ProblemsError extends ReportError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}

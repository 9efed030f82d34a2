/** Every date an article states is on the calendar: the schema checks the form, this the day and month. */
import { isCalendarDate } from '../../lib/dates/calendar.ts';
import type { Finding, Problem } from '../problem.ts';
import { articleProblems, type CheckedArticle } from './articles.ts';

/** A finding for a date that has the right form but no such day or month. */
function badDate(path: Finding['path'], value: string): Finding {
  return { path, code: 'bad-date', arg: `«${value}»`, message: `«${value}» is not a calendar date (no such day or month) — check the day against the month` };
}

/** The publication date of an article or a metadata sidecar, when it is not on the calendar: «2015-02-29», «2016-04-31». */
export function publishedNotOnCalendar(published: { date: string } | undefined): Finding[] {
  return published && !isCalendarDate(published.date) ? [badDate(['published', 'date'], published.date)] : [];
}

/** The publication date and each date the article mentions must exist on the calendar. */
export function checkArticleDates(article: CheckedArticle): Problem[] {
  const found: Finding[] = [];
  const { published, dates } = article.data;
  found.push(...publishedNotOnCalendar(published));
  dates.forEach((d, i) => {
    if (!isCalendarDate(d.value)) found.push(badDate(['dates', i, 'value'], d.value));
  });
  return articleProblems(article, found);
}

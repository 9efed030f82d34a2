/**
 * The one Arabic date parser: finds Gregorian date expressions in a text and gives each an ISO value
 * at the precision it was written with, resolving relative ones against the publication date.
 *
 * Rules, in short (each is tested in tests/unit/lib/dates.test.ts; the parts in dates-*.test.ts):
 * - Matching runs on the normalizeArabic key (hamza, ta marbuta, harakat, Arabic-Indic digits folded);
 *   `text`, `start`, `end` always refer to the original string.
 * - Month names are whole words, with the clitics و ف ب ل ك only («وفي مايو», «بمارس»), so
 *   «حماية», «جوانب», «يمارس», «الآباء» never read as months. A month alone needs a date context:
 *   a day, a year, «الماضي/المقبل», its other name («مايو أيار»), «شهر», a qualifier («منتصف»),
 *   or a temporal word before it (في، منذ، حتى، خلال، بحلول، قبل، بعد، يوم، ب…): «تيريزا ماي» is none.
 * - A bare four-digit number is a year only in 1800–2100 (Hijri years such as «1448ه» fall below),
 *   after عام/سنة (kept in the text), after في/منذ/حتى/خلال/قبل/بعد/بحلول/طوال/عامي or a qualifier
 *   (مطلع، أوائل، نهاية…), or inside a date or a range; never before a counted noun («في 2000 شخص»).
 *   «مونديال 2026» is no date.
 * - A year is never invented: a month or day written without one takes it only from its own
 *   construction («بين أيار وكانون الأول 2016», «في مايو ويونيو 2016»), or — marked relative — from
 *   the publication date (the latest such month/day not after it), and only when a temporal word
 *   introduces it; without one («ثورة السابع من فبراير», «على غرار ١١ سبتمبر») it names an event: null.
 * - Relative expressions («العام الماضي», «الشهر الماضي», «الاثنين الماضي», «جويلية الماضي», «أمس»)
 *   need a publication date at least as precise as they are, else value null; never explicit.
 * - Durations («خلال العامين الماضيين», «منذ خمس سنوات», «قبل أشهر»), «الأسبوع الماضي», a bare
 *   «اليوم» (also "nowadays") and Hijri dates are not reported.
 *
 * The parser reads a text through a token cursor (parser/tokens.ts); recognisers say which date
 * expression starts at a token (parser/recognise.ts); a pure resolver gives it its value against the
 * publication date (parser/resolve.ts); the scanners put the two together for each kind of expression
 * (parser/scan.ts), and parseDates tries them at every token, in this order.
 */
import { readPublished } from './parser/resolve.ts';
import { scanDate, scanQualified, scanRange, scanRelative, scanYearSpan } from './parser/scan.ts';
import { TokenCursor } from './parser/tokens.ts';
import type { DateContext, DateMention } from './parser/mention.ts';

export { explicitDates, mentionDate, type DateContext, type DateMention } from './parser/mention.ts';

/**
 * Every date expression in `text`, in text order: explicit dates, ranges, and relative expressions
 * (resolved against `context.published` when it is precise enough, else with value null).
 */
export function parseDates(text: string, context?: DateContext): DateMention[] {
  const cur = new TokenCursor(text);
  const pub = readPublished(context?.published?.date);
  const out: DateMention[] = [];
  let carried = -1; // token where a coordinated piece starts («و2015» after «في 2014»)
  for (let i = 0; i < cur.length; i += 1) {
    const found =
      scanRange(cur, i, pub) ??
      scanYearSpan(cur, i) ??
      scanQualified(cur, i, pub) ??
      scanDate(cur, i, pub, carried) ??
      scanRelative(cur, i, pub);
    if (!found) continue;
    out.push(found.mention);
    if (found.carry !== undefined && found.carry !== null) carried = found.carry;
    i = found.last;
  }
  return out;
}

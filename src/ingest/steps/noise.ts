/**
 * Patterns of page furniture, one line at a time: breadcrumbs, timestamps, share and follow prompts,
 * copyright, captions, cookie banners, skip links, tag lists, related-article headings, comments. They
 * are evidence among others: ../extract/decide.ts weighs them with the line's length, density and place.
 */
import { hasArabic, matchKey, toLatinDigits } from '../../lib/arabic.ts';
import { parseDates } from '../../lib/dates/parse.ts';
import { WEEKDAYS } from '../../lib/dates/months.ts';
import type { RemovalReason } from '../../schemas/article.ts';

const SEPARATOR_RUN = / {3,}|\t+/g;
/** A trail of short segments joined by / » › > | starting from a home link. */
const BREADCRUMB = /^(الرئيسية|الصفحة الرئيسية|home)\s*[/»›>|]/i;
const URL_ONLY = /^(<)?((?:https?|ftp|file):\/\/|www\.)\S+(>)?$/i;
const SOURCE_LINK = /^(انقر|اضغط|إضغط|اضغطوا|انقروا)\s+هنا\b|لقراءة (الخبر|المقال|الموضوع) (من|في) (مصدره|المصدر)|^(المصدر|رابط المصدر)\s*:\s*(https?:|www\.)/;
const IMAGE_WIDGET = /(شكرا|شكراً) على الإبلاغ|حجب هذه الصورة|(أبلغ|الإبلاغ) عن (هذه )?(الصورة|محتوى)/;
const SOCIAL = /(واتساب|واتس ?اب|whatsapp|تيليجرام|تلغرام|telegram|فيسبوك|فيس بوك|facebook|تويتر|twitter|إنستغرام|انستغرام|instagram|يوتيوب|youtube|النشرة|نشرتنا|قناتنا|صفحتنا|حسابنا|بريدكم|بريدك الإلكتروني)/i;
/** A share button's label standing alone: «شارك», «شارك المقال», «مشاركة عبر». */
const SHARE_LABEL = /^(شارك|شاركوا|مشاركة|انشر|أرسل لصديق)(\s+(المقال|الخبر|الموضوع|هذا المقال|هذا الخبر|عبر|على))?\s*:?$/;
const PROMO_VERB = /^(تابعونا|تابعوا|تابع|شارك|شاركوا|شاركها|اشترك|اشتركوا|حمّل|حمل|نزّل|يمكنكم|يمكنك|أرسلوا|راسلونا|للتواصل|تواصلوا|انضموا|انضم)/;
export const COPYRIGHT = /^(©|\(c\)|جميع الحقوق محفوظة|حقوق النشر|كل الحقوق محفوظة)/i;
export const RELATED_HEAD = /^(المزيد من المقالات|المزيد من الأخبار|مواضيع ذات صلة|مقالات ذات صلة|أخبار ذات صلة|قد يهمك أيضا|قد يهمك|الأكثر قراءة|الأكثر مشاهدة|ذات صلة|المزيد)\s*:?$/;
/** «اقرأ أيضا»: alone it introduces linked headlines (or the page's tail); with a headline after it, it is that one line. */
export const READ_ALSO = /^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|كذلك)\s*[:：]?$/;
export const READ_ALSO_LINE = /^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|كذلك)\s*[:：-]\s*\S/;
/** The comment section of the page: everything after it is readers' words. */
export const COMMENTS_HEAD = /^((ال)?تعليقات( القراء)?|أضف تعليقا|أضف تعليقاً|اترك تعليقا|اترك تعليقاً|اكتب تعليقك|\d+\s+تعليق(ات)?)\s*(\(\d+\))?\s*:?$/;
/** A caption: «*الصورة: …», «تصوير: …», or a short starred line that asks nothing («*حطام»); «*ما الذي يحدث؟» is an interview's question. */
const CAPTION = /^(\*\s*(الصورة|صورة)|\*[^؟?]{1,60}$|الصورة\s*:|صورة\s*:|\(صورة|تصوير\s*:|مصدر الصورة\s*:|الصورة من\s)/;
const TIMESTAMP_WORDS = /^(نشر|نُشر|تاريخ النشر|التاريخ|بتاريخ|آخر تحديث|اخر تحديث|تم التحديث|تم النشر|التحديث|تحديث|حدث في|منشور|published|updated)\s*(في|بتاريخ|:|on)?\s*/i;
const DATE_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(\s*[-–|،,]?\s*(الساعة\s*)?\d{1,2}:\d{2}(:\d{2})?\s*(ص|م|am|pm|gmt|[+-]\d{2}:?\d{2})?)?$/i;
const AGO = /^منذ\s+(\d+|ساعة|ساعتين|دقيقة|دقيقتين|يوم|يومين)\s*(ساعات|ساعة|دقائق|دقيقة|أيام|يوم)?$/;

/** A ticker: one long line made of many headlines separated by runs of spaces or tabs. */
function isTicker(text: string): boolean {
  const segments = text.split(SEPARATOR_RUN).filter((s) => s.trim() !== '');
  return segments.length >= 5 && text.length > 200;
}

function isBreadcrumb(text: string): boolean {
  if (BREADCRUMB.test(text)) return true;
  const parts = text.split(/\s[/»›>]\s/);
  return parts.length >= 3 && parts.slice(0, -1).every((p) => p.trim().split(/\s+/).length <= 3);
}

/** «٥ / ١٢ / ٢٠١٦» → «5/12/2016»: a numeric date spaced out by a page's layout, written as the parser reads it. */
export function compactNumericDates(text: string): string {
  return toLatinDigits(text).replace(/\b(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\b/g, '$1$2$3$2$4');
}

const WEEKDAY_KEYS = [...WEEKDAYS.keys()];
/** What may stand around a date on a timestamp line once the date itself is cut out. */
const STAMP_FILLER = /^(?:[\s\-–|،,/:()]|\d{1,2}:\d{2}(?::\d{2})?|الساعه|الساعة|ص|م|صباحا|مساء|مساءا|am|pm|gmt|بتوقيت|غرينتش|ليبيا|طرابلس|مكه|المكرمه|[+-]\d{2}:?\d{2})+$/i;

/** A line that only dates the page: «الخميس 12 مايو 2016 - 10:30», after any «نشر في:» marker. */
function isDateOnly(text: string): boolean {
  // Every timestamp has a number in it: the parser is not asked about lines without one.
  if (!/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text)) return false;
  // «الأربعاء، 28 آب 2013، آخر تحديث 14:00»: the update words stand with the times.
  const rest = text.replace(TIMESTAMP_WORDS, '').replace(/(آخر|اخر)\s+تحديث|محدث(ة|ه)?|updated/gi, ' ');
  const compact = compactNumericDates(rest);
  const dates = parseDates(compact).filter((d) => d.value !== null && !d.relative);
  if (dates.length === 0) return false;
  let left = compact;
  for (const d of [...dates].reverse()) left = `${left.slice(0, d.start)} ${left.slice(d.end)}`;
  const words = matchKey(left).split(' ').map((w) => w.replace(/[،,]$/, '')).filter((w) => w !== 'يوم' && !WEEKDAY_KEYS.includes(w));
  const remainder = words.join(' ').trim();
  return remainder === '' || STAMP_FILLER.test(remainder);
}

function isTimestamp(text: string): boolean {
  if (text.length > 80) return false;
  if (isDateOnly(text)) return true;
  const rest = text.replace(TIMESTAMP_WORDS, '').trim();
  if (rest !== text.trim() && (DATE_TIME.test(rest) || /\d{1,2}:\d{2}/.test(rest) || /\d{4}/.test(rest))) return true;
  return DATE_TIME.test(text) || AGO.test(text);
}

function isPromo(text: string): boolean {
  if (text.length > 300) return false;
  if (COPYRIGHT.test(text)) return true;
  if (SHARE_LABEL.test(text)) return true;
  // A sentence of the article may name a network («نشر التنظيم على تويتر…»); a promotion addresses the reader.
  return SOCIAL.test(text) && (PROMO_VERB.test(text) || /(على الرقم|صفحتنا|حسابنا|قناتنا|لموقعنا)/.test(text));
}

/**
 * A cookie or privacy-consent banner: names cookies and asks for consent or speaks of their use or a policy,
 * or tells of a changed privacy policy. Naming cookies alone is not enough: an article may quote
 * `document.cookie` in a sentence about an attack.
 */
const COOKIE_TERM = /ملفات (تعريف )?الارتباط|الكوكيز|كوكيز|\bcookies?\b/i;
const COOKIE_CONSENT = /نستخدم|يستخدم|تستخدم|استخدام|موافق|أوافق|توافق|قبول|أقبل|اقبل|التصفح|سياسة|الخصوصية|\b(use|uses|accept|agree|consent|policy|privacy|settings)\b/i;
const POLICY_CHANGED = /(حدثنا|حدّثنا|تحديث|غيرنا|نستخدم).{0,40}(سياسة|سياستنا) .{0,20}الخصوصية/;
const isCookieBanner = (text: string) => (COOKIE_TERM.test(text) && COOKIE_CONSENT.test(text)) || POLICY_CHANGED.test(text);
/** A word every cookie banner has, tested first because it is cheap. */
const COOKIE_WORD = /الارتباط|كوكيز|cookie|الخصوصية|ملفات/i;
/** Links that let a keyboard skip the page's menus: «انتقل إلى المحتوى», «تجاوز إلى القائمة», «Skip to content». */
const SKIP_LINK = /^(تخطى|تخطي|تجاوز|إذهب|اذهب|انتقل)\s+(إلى|الى)?\s*(المحتوى|القائمة|قائمة|المحتوي)|^skip (to|navigation)/i;
/** An advertisement's label standing alone. */
const AD_LABEL = /^(إعلان|اعلان|إعلانات|اعلانات|مساحة إعلانية|محتوى (مدعوم|ممول)|advertisement|sponsored|promoted links?|ads by .*)$/i;
/** The label of a tag list: «الكلمات المفتاحية:», «الوسوم», «Tags:». */
export const TAGS_HEAD = /^(ال)?(كلمات|الكلمات) (الدال(ة|ه)|الدلالية|المفتاحية|مفتاحية|دالة)\s*:?$|^(الوسوم|وسوم|الأوسمة|العلامات|tags?)\s*:?$/i;
/** A tag list on one line: «الكلمات الدلالية: مصر, فيروس كورونا», «وسوم: ليبيا - سرت». */
const TAGS_LINE = /^((ال)?كلمات (الدال(ة|ه)|الدلالية|المفتاحية|مفتاحية|دالة)|الوسوم|وسوم|tags?)\s*:\s*\S/i;
/** A label that introduces an image's credit or caption on the next line: «تعليق الصورة:», «مصدر الصورة،». */
export const CAPTION_LABEL = /^(التعليق على الصورة|تعليق الصورة|صدر الصورة|مصدر الصورة|المصدر الصورة|حقوق الصورة|الصورة)\s*[،,:]\s*(.{0,60})$/;
/** An agency's photo credit: «© AFP / Photographer Name», «(Getty Images)». */
const PHOTO_CREDIT = /^©\s*[A-Z][A-Za-z .&-]*(\/|$)|^\(?(Getty Images|AFP|Reuters|EPA|AP)( via [A-Za-z ]+)?\)?$/;

/** A picture a text dump shows by its «alt» in brackets (lynx, w3m, html2text): «[أسرة تعود إلى منزلها]», a few words. */
const PICTURE_ALT = /^\[(?=[^\]]*\p{sc=Arabic})\s*(?:[^\s\]]+\s*){1,12}\]$/u;

/** A link to the previous or next article: «Previous: …», «التالي: …». */
const PREV_NEXT = /^(previous|next|السابق|التالي|المقال السابق|المقال التالي|الخبر السابق|الخبر التالي)\s*[:：]\s*\S/i;

/**
 * A photo's caption that ends with its credit: «عناصر من الشرطة في موقع الهجوم (رويترز)». Headlines that
 * end by naming their kind («(فيديو)», «(تقرير)», «(خاص)») or a part number are not captions.
 */
const CREDITED_CAPTION = /^[^.!؟?]{20,220}\s\((?!\s*(فيديو|صور|بالصور|بالفيديو|فيديوجراف|انفوجراف|إنفوجراف|تقرير|حوار|تحليل|خاص|حصري|مباشر|محدث|شاهد|video|photos|live)\s*\))[^()\d]{2,25}\)$/i;

/** Classifies a single line out of context; null when it may be article text. */
export function lineNoise(text: string, index: number): RemovalReason | null {
  if (text === '') return null;
  if (text.length < 300 && COOKIE_WORD.test(text) && isCookieBanner(text)) return 'cookie';
  if (SKIP_LINK.test(text)) return 'menu';
  if (AD_LABEL.test(text)) return 'promo';
  if (TAGS_LINE.test(text) || TAGS_HEAD.test(text)) return 'tags';
  if (PREV_NEXT.test(text)) return 'related';
  if (PHOTO_CREDIT.test(text) || CAPTION_LABEL.test(text) || CREDITED_CAPTION.test(text) || PICTURE_ALT.test(text)) return 'caption';
  if (isTicker(text)) return 'ticker';
  // Before the breadcrumb: «٠٩:٣٠ الاثنين ٥ / ١٢ / ٢٠١٦» is split by slashes too.
  if (isTimestamp(text)) return 'timestamp';
  if (isBreadcrumb(text)) return 'breadcrumb';
  if (URL_ONLY.test(text)) return 'url';
  if (SOURCE_LINK.test(text) && text.length < 200) return 'source-link';
  if (IMAGE_WIDGET.test(text) && text.length < 200) return 'image-widget';
  if (CAPTION.test(text)) return 'caption';
  if (isPromo(text)) return 'promo';
  // A short Latin-only line near the top is the site's name (its logo's alt text).
  if (index < 6 && !hasArabic(text) && text.length <= 40 && /^[\p{L}\p{N} ._-]+$/u.test(text)) return 'site-name';
  return null;
}

/** A caption glued to the end of a paragraph: «… اليوم. *حطام». */
export const INLINE_CAPTION = /(?<=[.!؟?»"])\s+(\*[^*.!؟?]{1,40})$/;

/** The site speaking to its reader: «ننصحك», «يمكنك», «تعليقك», «بريدك», «عزيزي القارئ» (folded spelling). */
const READER_ADDRESS = /(?:^|\s)[وف]?(?:يمكنك|يمكنكم|ننصحك|ننصحكم|نرجو|نرجوا|نذكرك|نذكركم|ندعوك|ندعوكم|تعليقك|تعليقكم|تعليقاتك|تعليقاتكم|بريدك|اسمك|صورتك|مشاركتك|مشاركاتك|مشاركاتكم|بياناتك|موافقتك|رايك|رايكم|عزيزي القاري|القاري الكريم|القراء الكرام)(?=\s|$|[.،,:])/;
/** The page pointing at itself: «أدناه», «أعلاه», «هذا الموقع», «موقعنا», «رأي الموقع», «إدارة الموقع». */
const PAGE_DEIXIS = /(?:^|\s)(?:ادناه|اعلاه|هذا الموقع|موقعنا|راي الموقع|اداره الموقع|سياسه الموقع|الموقع غير مسءول|الموقع غير مسؤول)(?=\s|$|[.،,:])/;
/** Words of a comment or publication policy: comments, publishing, opinions, terms, privacy, responsibility. */
const POLICY_WORDS = /(?:^|\s)[وفبل]?(?:ال)?(?:تعليقات|تعليق|نشر|نشرها|اراء|راي|وجهات نظر|سياسه|خصوصيه|شروط|استخدام|ارشادات|مسؤوليه|مسءوليه|اصحابها|حذف|حوار|نقاش)(?=\s|$|[.،,:])/g;

/**
 * A comment or publication policy: a sentence about comments, opinions, terms or privacy (two such words
 * at least) that addresses the reader or points at the page itself. A news sentence about a policy («أعلنت
 * الشركة تحديث سياسة الخصوصية») neither says «you» to its reader nor «below» of itself.
 */
export function isReaderPolicy(text: string): boolean {
  const key = matchKey(text);
  if (!READER_ADDRESS.test(key) && !PAGE_DEIXIS.test(key)) return false;
  const words = new Set([...key.matchAll(POLICY_WORDS)].map((m) => m[0].trim().replace(/^[وفبل]?(ال)?/, '')));
  return words.size >= 2;
}

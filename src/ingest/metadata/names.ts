/** What a person's name looks like on a news page, shared by the byline and signature finders. */
import { matchKey } from '../../lib/arabic.ts';
import { isFunctionWord } from '../extract/evidence.ts';

/** Words that label a byline: «بقلم», «كتب», «كتبت», «إعداد», «تقرير», «حوار», «Author,», «By». */
export const BYLINE = /^(بقلم|كتب|كتبت|كتبه|كتبته|كتبها|إعداد|اعداد|تقرير|حوار|بواسطة|تحرير|إشراف|اشراف|متابعة|ترجمة|الكاتب|الكاتبة|المحرر|author|by|written by)\s*[:,،\-–]?\s+(.{2,80}?)\s*[:：.]?$/i;
/** «– القاهرة», «- طرابلس»: the city a correspondent files from, after the name. */
export const CITY_TAIL = /\s+[-–—]\s+[\p{L} ]{2,25}$/u;

/** A person's name, or two joined by «و»: two to eight words of letters, no digits, no sentence. */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || t.length > 70) return false;
  if (!/^[\p{L}\p{M} .'’-]+$/u.test(t)) return false;
  // «علي» the name folds onto «على» the preposition: as written, with ي, it is the name.
  return !words.some((w) => {
    const k = matchKey(w);
    return k !== 'و' && isFunctionWord(k) && !/^و?علي$/.test(w);
  });
}

/** The name a byline gives, without its label or the city after it; null when it is no byline. */
export function bylineName(text: string): string | null {
  const m = BYLINE.exec(text.trim());
  if (!m?.[2]) return null;
  const name = m[2].replace(CITY_TAIL, '').trim();
  return looksLikeName(name) ? name : null;
}

/** Words of a page's labels that no person's name has: «آخر الأخبار», «المزيد», «شاهد أيضا». */
const LABEL_WORDS = new Set(['اخر', 'اخبار', 'الاخبار', 'خبر', 'المزيد', 'مزيد', 'الاكثر', 'اكثر', 'اقرا', 'شاهد', 'فيديو', 'صور', 'تابع', 'تابعنا', 'عاجل', 'مقالات', 'موضوعات', 'الرئيسيه', 'قراءه', 'تعليقات', 'تعليق', 'نتاءج', 'اتصل', 'بنا', 'نحن', 'مشاهدات', 'مشاركه', 'ايضا', 'التالي', 'السابق',
  'عرض', 'النتاءج', 'استطلاع', 'الراي', 'ارسال', 'بحث', 'دخول', 'تسجيل', 'اشترك', 'المصدر', 'التاريخ', 'طباعه', 'استمع', 'القسم', 'قسم']);

/** A name alone on its line, as a signature or under a headline: no article «ال» on its first word, no label word. */
export function looksLikeBareName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.some((w) => LABEL_WORDS.has(matchKey(w)))) return false;
  return words.length >= 2 && words.length <= 4 && looksLikeName(text) && !/^(ال|لل)/.test(matchKey(words[0]!)) && !/[A-Za-z]/.test(text);
}

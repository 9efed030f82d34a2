/**
 * Arabic function words: the closed classes (prepositions, conjunctions, particles, pronouns,
 * relatives, demonstratives, auxiliaries) that make up a large share of any sentence and almost none
 * of a menu, a tag list or a list of headlines. They play the part of jusText's stop list (Pomikálek,
 * «Removing Boilerplate and Duplicate Content from Web Corpora», 2011, §3.2: a stop list per language of
 * its most frequent words), here chosen by hand from the closed classes of Modern Standard Arabic as
 * grammars list them (e.g. Ryding, «A Reference Grammar of Modern Standard Arabic», 2005, ch. 7, 12,
 * 16–18, 20) and written in their normalizeArabic form (أ/إ/آ → ا, ى → ي, ة → ه).
 */
export const FUNCTION_WORDS: readonly string[] = [
  // Prepositions and prepositional adverbs.
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'حتي', 'منذ', 'مذ', 'عند', 'لدي', 'بين', 'بعد', 'قبل', 'خلال',
  'حول', 'دون', 'ضد', 'نحو', 'عبر', 'تحت', 'فوق', 'امام', 'وراء', 'خلف', 'لكي', 'كي', 'اثناء', 'عقب', 'اثر',
  'حين', 'حيث', 'لان', 'ازاء', 'لدي', 'ضمن', 'سوي', 'غير', 'مثل', 'بسبب', 'بحسب', 'وفق', 'وفقا', 'نتيجه',
  // Conjunctions and particles.
  'و', 'او', 'ام', 'ثم', 'بل', 'لكن', 'لاكن', 'اما', 'اذ', 'اذا', 'ان', 'انه', 'انها', 'لانه', 'بان',
  'بانه', 'بانها', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكن', 'قد', 'لقد', 'فقد', 'وقد', 'سوف', 'لا', 'لم',
  'لن', 'ما', 'ماذا', 'لما', 'لو', 'لولا', 'هل', 'الا', 'الي', 'كما', 'كلما', 'مما', 'عما', 'فيما', 'بما',
  'انما', 'كذلك', 'ايضا', 'فقط', 'حتي', 'اي', 'كل', 'بعض', 'جميع', 'عده', 'احد', 'احدي', 'نفس', 'ذات',
  'ليس', 'ليست', 'لازال', 'مازال', 'لايزال', 'لاتزال', 'زال', 'يزال', 'تزال', 'اصبح', 'اصبحت', 'بات', 'ظل',
  'عندما', 'بينما', 'كيف', 'متي', 'اين', 'لماذا', 'منها', 'منه', 'فيه', 'فيها', 'عليه', 'عليها', 'اليه',
  'اليها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'معه', 'معها', 'لدينا', 'عليهم', 'منهم',
  'فيهم', 'اليهم', 'عنهم', 'بهذا', 'لهذا',
  // Pronouns, relatives, demonstratives.
  'هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
  'اللواتي', 'اللاتي', 'هذا', 'هذه', 'هذان', 'هاتان', 'هؤلاء', 'هءلاء', 'ذلك', 'تلك', 'اولءك', 'اولئك', 'هناك',
  'هنا', 'حيث',
]
  .filter((w, i, all) => all.indexOf(w) === i);

import { describe, expect, it } from 'vitest';
import { explicitDates, mentionDate, parseDates, type DateMention } from '../../../src/lib/dates/index.ts';
import type { Precision } from '../../../src/lib/dates/date.ts';

/** One expression in its sentence, what the parser must find in it, and the publication date it reads against. */
interface Row {
  says: string;
  input: string;
  text: string;
  value: string | null;
  precision: Precision;
  relative?: boolean;
  interval?: { from: string; to: string };
  published?: string;
}

const at = (published?: string) => (published ? { published: { date: published, approximate: true } } : undefined);

function expectOne(row: Row): void {
  const found = parseDates(row.input, at(row.published));
  expect(found).toHaveLength(1);
  const m = found[0] as DateMention;
  expect(m.text).toBe(row.text);
  expect(row.input.slice(m.start, m.end)).toBe(row.text);
  expect(m.value).toBe(row.value);
  expect(m.precision).toBe(row.precision);
  expect(m.relative).toBe(row.relative ?? false);
  expect(m.interval).toEqual(row.interval);
}

// Every date expression of the five seed articles, in its own sentence (content/sources/*.txt).
const SEED_ROWS: Row[] = [
  { says: 'reads «سنة 2016» as the year 2016', input: 'انهار تنظيم داعش في ليبيا بشكل سريع خلال سنة 2016، ولم يعد يسيطر', text: 'سنة 2016', value: '2016', precision: 'year' },
  { says: 'reads the Levantine/Gregorian pair «نيسان/أبريل 2016» as April 2016', input: 'حسب تصريحات قائد القوات الأميركية في أفريقيا (أفريكوم) ديفيد رودريغيز في نيسان/أبريل 2016.', text: 'نيسان/أبريل 2016', value: '2016-04', precision: 'month' },
  { says: 'reads «شباط/ فبراير 2015» with a space after the slash as February 2015', input: 'ردا على إعدام 21 قبطياً مصرياً في شباط/ فبراير 2015.', text: 'شباط/ فبراير 2015', value: '2015-02', precision: 'month' },
  { says: 'reads the two-word month «تشرين الأول/أكتوبر 2014» as October 2014', input: 'وأعلن داعش قيام “ولاية درنة”، الفرع الليبي للتنظيم، في تشرين الأول/أكتوبر 2014.', text: 'تشرين الأول/أكتوبر 2014', value: '2014-10', precision: 'month' },
  { says: 'reads «(أيار/مايو 2015)» inside brackets and ignores «بعد أشهر»', input: 'وبعد أشهر، أكمل سيطرته التامة على سرت (أيار/مايو 2015).', text: 'أيار/مايو 2015', value: '2015-05', precision: 'month' },
  { says: 'reads «كانون الأول/ديسمبر 2015» as December 2015, not as the first of anything', input: 'أسفر اتفاق الصخيرات (شمال غرب المغرب)، في كانون الأول/ديسمبر 2015، عن تشكيل حكومة', text: 'كانون الأول/ديسمبر 2015', value: '2015-12', precision: 'month' },
  { says: 'gives «وفي أيار/مايو،» the last May before publication, marked relative', input: 'وفي أيار/مايو، انطلقت العملية العسكرية التي أطلق عليها اسم “البنيان المرصوص”.', text: 'أيار/مايو', value: '2016-05', precision: 'month', relative: true, published: '2016-12' },
  { says: 'keeps the qualifier in «نهاية تشرين الأول/أكتوبر» and leaves «بحلول» out', input: 'وبحلول نهاية تشرين الأول/أكتوبر، كانت القوات الموالية لحكومة الوفاق تطبق الحصار', text: 'نهاية تشرين الأول/أكتوبر', value: '2016-10', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads «الأسبوع الأول من كانون الأول/ديسمبر» as December at month precision', input: 'قبل أن تعلن تحريرها في الأسبوع الأول من كانون الأول/ديسمبر.', text: 'الأسبوع الأول من كانون الأول/ديسمبر', value: '2016-12', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads the ordinal day «الحادي عشر من سبتمبر 2001» as 11 September 2001', input: 'كان أبرزها على الإطلاق أحداث الحادي عشر من سبتمبر 2001 في الولايات المتحدة الأميركية.', text: 'الحادي عشر من سبتمبر 2001', value: '2001-09-11', precision: 'day' },
  { says: 'reads «في عام 2021» as 2021 with «عام» in the text', input: 'انسحاب الولايات المتحدة من أفغانستان في عام 2021 سمح بعودة حركة طالبان', text: 'عام 2021', value: '2021', precision: 'year' },
  { says: 'does not date «على غرار ١١ سبتمبر»: a day-month with no temporal word names an event', input: 'ولن يكون بمقدور التنظيم توجيه ضربات كبيرة انطلاقاً من أفغانستان على غرار ١١ سبتمبر', text: '١١ سبتمبر', value: null, precision: 'day', relative: true, published: '2016-12' },
  { says: 'resolves «الاثنين الماضي» to the Monday before a Wednesday publication', input: 'أعلنت الاثنين الماضي القوات الموالية لحكومة الوفاق الوطني في ليبيا', text: 'الاثنين الماضي', value: '2016-12-05', precision: 'day', relative: true, published: '2016-12-07' },
  { says: 'resolves «منذ مطلع العام الماضي» to the year before publication', input: 'بعد هزائمه المتتالية في سورية منذ مطلع العام الماضي وتحديدًا منذ هزيمته', text: 'مطلع العام الماضي', value: '2015', precision: 'year', relative: true, published: '2016-12' },
  { says: 'reads «مارس / آذار من العام الماضي» as March of the year before publication', input: 'منذ هزيمته في تكريت في مارس / آذار من العام الماضي، وانسحاباته المتتالية', text: 'مارس / آذار من العام الماضي', value: '2015-03', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads the bracketed second name «أبريل (نيسان) 2016» as April 2016', input: 'مع مستشاريه في مجال الأمن القومي في أبريل (نيسان) 2016، وحذر منه كذلك', text: 'أبريل (نيسان) 2016', value: '2016-04', precision: 'month' },
  { says: 'reads «13 نوفمبر عام 2014» as 13 November 2014', input: 'وقد برز التنظيم فعليًا على أرض الواقع في ليبيا في 13 نوفمبر عام 2014 بعد مبايعة', text: '13 نوفمبر عام 2014', value: '2014-11-13', precision: 'day' },
  { says: 'reads «يونيو/حزيران 2015» as June 2015', input: 'تم دق أول إسفين في نعش تنظيم الدولة الإسلامية في ليبيا في يونيو/حزيران 2015، بعد أن تم طرده', text: 'يونيو/حزيران 2015', value: '2015-06', precision: 'month' },
  { says: 'resolves «هذا العام» to the publication year', input: 'بقصف مركز تجنيد للتنظيم في المدينة هذا العام، تلاه تطهير كتائب محلية', text: 'هذا العام', value: '2016', precision: 'year', relative: true, published: '2016-12' },
  { says: 'resolves «في العام الماضي» to the year before publication', input: 'حيث أشارت ليبراسيون الفرنسية في العام الماضي في هذا السياق', text: 'العام الماضي', value: '2015', precision: 'year', relative: true, published: '2016-12' },
  { says: 'does not give «ثورة السابع من فبراير» the publication year: it names a revolution', input: 'للكتائب التي شاركت في ثورة السابع من فبراير وعلى رأسهم قوات فجر ليبيا', text: 'السابع من فبراير', value: null, precision: 'day', relative: true, published: '2016-12' },
  { says: 'resolves the Maghrebi «جويلية الماضي» to the last July before publication', input: 'إلى البلاد المجاورة.وفي جويلية الماضي، قدم الأمين العام للأمم المتحدة بان كي مون', text: 'جويلية الماضي', value: '2016-07', precision: 'month', relative: true, published: '2016-11' },
  { says: 'resolves «الشهر الماضي» to the month before publication', input: 'ما أكده قائد غرفة عمليات تحرير سرت، الشهر الماضي، من أن مسألة تحرير سرت', text: 'الشهر الماضي', value: '2016-10', precision: 'month', relative: true, published: '2016-11' },
  { says: 'resolves «العام الماضي» against a publication known only to the year', input: 'بعد مبايعة جماعة “بوكو حرام” النيجيرية للتنظيم العام الماضي، وتحولها', text: 'العام الماضي', value: '2015', precision: 'year', relative: true, published: '2016' },
  { says: 'reads «منذ 2009» as 2009, the preposition left out of the text', input: 'وسّعت جماعة بوكو حرام الناشطة منذ 2009 فى نيجيريا، هجماتها', text: '2009', value: '2009', precision: 'year' },
  { says: 'resolves the bare weekday «الثلاثاء» to the Tuesday on or before publication', input: 'أفاد مصدر مسؤول في قوات “البنيان المرصوص”، بليبيا، الثلاثاء، أن “الهدوء يسيطر', text: 'الثلاثاء', value: '2016-11-22', precision: 'day', relative: true, published: '2016-11-23' },
  { says: 'reads the Maghrebi «في 12 ماي» as 12 May of the publication year', input: 'وبدأت قوات الحكومة المعترف بها دوليا في 12 ماي عمليتها لاستعادة مدينة سرت', text: '12 ماي', value: '2016-05-12', precision: 'day', relative: true, published: '2016-11' },
  { says: 'reads the Maghrebi «جوان 2015» as June 2015', input: 'التي سيطر عليها الجهاديون في جوان 2015. وبلغ عدد ضحايا', text: 'جوان 2015', value: '2015-06', precision: 'month' },
  { says: 'reads «عام 2011» as 2011', input: 'وولدت هذه الجماعات عام 2011 خلال الانتفاضة الشعبية', text: 'عام 2011', value: '2011', precision: 'year' },
  { says: 'reads «في 2021» in a headline as 2021', input: 'أخنوش من الناظور: أوفينا بالتزاماتنا التي قدمناها في 2021', text: '2021', value: '2021', precision: 'year' },
  { says: 'reads the Moroccan day range «من 8 إلى 19 دجنبر 2025» and skips the Hijri «1448ه»', input: 'موسم حج 1448ه.. تحديد فترة التسجيل الإلكتروني من 8 إلى 19 دجنبر 2025', text: 'من 8 إلى 19 دجنبر 2025', value: '2025-12', interval: { from: '2025-12-08', to: '2025-12-19' }, precision: 'day' },
  { says: 'resolves «اليوم السبت» to the publication day when it is a Saturday', input: 'نشرة إنذارية.. تساقطات ثلجية وأمطار قوية أحيانا رعدية مرتقبة اليوم السبت', text: 'اليوم السبت', value: '2025-12-13', precision: 'day', relative: true, published: '2025-12-13' },
  { says: 'resolves «وغدا الأحد» to the day after publication', input: 'مرتقبة غدا الأحد بعدد من مناطق المملكة', text: 'غدا الأحد', value: '2025-12-14', precision: 'day', relative: true, published: '2025-12-13' },
  { says: 'resolves «يوم الاثنين» to the Monday on or before publication', input: 'قالت القوات الليبية يوم الاثنين إنها على وشك السيطرة على آخر رقعة', text: 'الاثنين', value: '2016-12-05', precision: 'day', relative: true, published: '2016-12-06' },
  { says: 'reads «في أوائل عام 2015» as 2015 with its qualifier', input: 'وسيطر تنظيم الدولة الإسلامية على سرت في أوائل عام 2015 وأقام أهم قاعدة له', text: 'أوائل عام 2015', value: '2015', precision: 'year' },
  { says: 'reads the Reuters pair «مايو أيار» as May of the publication year', input: 'وشنت قوات تقودها كتائب من مدينة مصراتة هجوما مضادا على المتشددين في مايو أيار.', text: 'مايو أيار', value: '2016-05', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads «الأول من أغسطس آب» as the first of August', input: 'ومنذ الأول من أغسطس آب شنت الولايات المتحدة أكثر من 490 ضربة جوية لدعمها.', text: 'الأول من أغسطس آب', value: '2016-08-01', precision: 'day', relative: true, published: '2016-12' },
  { says: 'resolves «اليوم الاثنين» to a Monday publication day', input: 'إن ثلاثة من قوات مصراتة قتلوا اليوم الاثنين وأصيب 17 آخرون.', text: 'اليوم الاثنين', value: '2016-12-05', precision: 'day', relative: true, published: '2016-12-05' },
  { says: 'reads «في مارس آذار» as March of the publication year', input: 'حكومة تدعمها الأمم المتحدة انتقلت إلى طرابلس في مارس آذار في إطار الجهود الدولية', text: 'مارس آذار', value: '2016-03', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads «في 2011.» at the end of a sentence as 2011', input: 'التي تعصف بليبيا منذ الإطاحة بمعمر القذافي في 2011.', text: '2011', value: '2011', precision: 'year' },
  { says: 'reads «منذ 2014 وأن» as 2014', input: 'ومكنت الفوضى الدولة الإسلامية من أن تحظى بموطئ قدم منذ 2014 وأن ترسخ وجودها', text: '2014', value: '2014', precision: 'year' },
  { says: 'reads «في يونيو 2015» and ignores «أكثر من عام»', input: 'على مدى أكثر من عام، ومنذ سيطرته عليها بشكل كامل في يونيو 2015، شكلت سرت', text: 'يونيو 2015', value: '2015-06', precision: 'month' },
  { says: 'reads «في 2014،» before a comma as 2014', input: 'ليرسخ موطئ قدم له في 2014، بدءا من مدينة درنة في اقصى الشرق', text: '2014', value: '2014', precision: 'year' },
  { says: 'reads the unhamzated «منتصف ايار/مايو» as mid-May at month precision', input: 'لكن متحدثا باسم القوات الحكومية اعلن في منتصف ايار/مايو بعد إطلاق معركة سرت', text: 'منتصف ايار/مايو', value: '2016-05', precision: 'month', relative: true, published: '2016-12' },
  { says: 'reads «» منذ 2011.» after a closing quote as 2011', input: 'وغياب سلطة الدولة» منذ 2011.', text: '2011', value: '2011', precision: 'year' },
  { says: 'resolves the bare weekday «الأربعاء» to the Wednesday before a Thursday publication', input: 'في تصريحات أدلى بها الأربعاء لقناة فرنسية، أن أمريكا «لن تسمح', text: 'الأربعاء', value: '2017-08-16', precision: 'day', relative: true, published: '2017-08-17' },
  { says: 'reads «في السنة 2015» as 2015 with «السنة» in the text', input: 'نفذ ضربات موجعة في السنة 2015 في متحف باردو بضواحي تونس العاصمة', text: 'السنة 2015', value: '2015', precision: 'year' },
  { says: 'reads «تشكل في 2014 من» as 2014', input: 'وهو ائتلاف تشكل في 2014 من تنظيمات متشددة، بينها «أنصار الشريعة».', text: '2014', value: '2014', precision: 'year' },
  { says: 'reads «مطلع 2013» as 2013 with its qualifier', input: 'بمنطقة عين أم الناس جنوب غرب الجزائر مطلع 2013 راح ضحيتها العشرات', text: 'مطلع 2013', value: '2013', precision: 'year' },
];

// Other forms the Arabic press uses, written as it writes them.
const OTHER_ROWS: Row[] = [
  { says: 'reads Arabic-Indic digits «١٢ ماي ٢٠١٦» as 12 May 2016', input: 'انطلقت العملية في ١٢ ماي ٢٠١٦', text: '١٢ ماي ٢٠١٦', value: '2016-05-12', precision: 'day' },
  { says: 'reads the range «بين أيار وكانون الأول 2016», the first month taking the shared year', input: 'دارت المعارك بين أيار وكانون الأول 2016 في سرت', text: 'بين أيار وكانون الأول 2016', value: '2016', interval: { from: '2016-05', to: '2016-12' }, precision: 'month' },
  { says: 'reads the range of years «من 2014 إلى 2017»', input: 'سيطر التنظيم على أجزاء من ليبيا من 2014 إلى 2017', text: 'من 2014 إلى 2017', value: null, interval: { from: '2014', to: '2017' }, precision: 'year' },
  { says: 'reads «بين عامي 2014 و2017» as a range of years', input: 'تمدد التنظيم بين عامي 2014 و2017 في الساحل', text: 'بين عامي 2014 و2017', value: null, interval: { from: '2014', to: '2017' }, precision: 'year' },
  { says: 'puts the first month of «من نوفمبر إلى فبراير 2016» in the year before', input: 'استمر الحصار من نوفمبر إلى فبراير 2016', text: 'من نوفمبر إلى فبراير 2016', value: null, interval: { from: '2015-11', to: '2016-02' }, precision: 'month' },
  { says: 'reads «منذ عام 2014 وحتى عام 2016» as a range', input: 'حكم المدينة منذ عام 2014 وحتى عام 2016', text: 'منذ عام 2014 وحتى عام 2016', value: null, interval: { from: '2014', to: '2016' }, precision: 'year' },
  { says: 'reads the span «2014-2017» after «الفترة»', input: 'تقرير عن الفترة 2014-2017 في ليبيا', text: '2014-2017', value: null, interval: { from: '2014', to: '2017' }, precision: 'year' },
  { says: 'reads «13 نوفمبر/تشرين الثاني 2014» with a two-word second name', input: 'بايعت الجماعة في 13 نوفمبر/تشرين الثاني 2014 البغدادي', text: '13 نوفمبر/تشرين الثاني 2014', value: '2014-11-13', precision: 'day' },
  { says: 'reads the Reuters pair «أكتوبر تشرين الأول 2014»', input: 'وفي أكتوبر تشرين الأول 2014 أعلن مسلحون في درنة', text: 'أكتوبر تشرين الأول 2014', value: '2014-10', precision: 'month' },
  { says: 'reads «يناير كانون الثاني 2015» as January, not December', input: 'هاجم مسلحون فندق كورنثيا في يناير كانون الثاني 2015', text: 'يناير كانون الثاني 2015', value: '2015-01', precision: 'month' },
  { says: 'reads the Moroccan «يوليوز 2016» as July 2016', input: 'صدر التقرير في يوليوز 2016', text: 'يوليوز 2016', value: '2016-07', precision: 'month' },
  { says: 'reads the Moroccan «غشت 2016» as August 2016', input: 'نشرت الوثيقة في غشت 2016', text: 'غشت 2016', value: '2016-08', precision: 'month' },
  { says: 'reads the Moroccan «شتنبر 2015» as September 2015', input: 'وقعت الأطراف في شتنبر 2015 مسودة', text: 'شتنبر 2015', value: '2015-09', precision: 'month' },
  { says: 'reads the Moroccan «نونبر 2015» as November 2015', input: 'انتهت المفاوضات في نونبر 2015', text: 'نونبر 2015', value: '2015-11', precision: 'month' },
  { says: 'reads the Moroccan «17 دجنبر 2015» as 17 December 2015', input: 'وقع اتفاق الصخيرات يوم 17 دجنبر 2015', text: '17 دجنبر 2015', value: '2015-12-17', precision: 'day' },
  { says: 'reads the Maghrebi «جانفي 2015» as January 2015', input: 'اختطف الصحفيان في جانفي 2015', text: 'جانفي 2015', value: '2015-01', precision: 'month' },
  { says: 'reads the Maghrebi «فيفري 2015» as February 2015', input: 'ظهر الشريط في فيفري 2015', text: 'فيفري 2015', value: '2015-02', precision: 'month' },
  { says: 'reads the Maghrebi «أفريل 2016» as April 2016', input: 'دخل المجلس الرئاسي طرابلس في أفريل 2016', text: 'أفريل 2016', value: '2016-04', precision: 'month' },
  { says: 'reads the Maghrebi «أوت 2016» as August 2016', input: 'بدأت الغارات الأميركية في أوت 2016', text: 'أوت 2016', value: '2016-08', precision: 'month' },
  { says: 'reads the Maghrebi «7 مارس 2016» as 7 March 2016', input: 'هاجم مسلحون بن قردان يوم 7 مارس 2016', text: '7 مارس 2016', value: '2016-03-07', precision: 'day' },
  { says: 'reads the Egyptian «يونيه 2014» as June 2014', input: 'أجريت الانتخابات في يونيه 2014', text: 'يونيه 2014', value: '2014-06', precision: 'month' },
  { says: 'reads the Egyptian «يوليه 2016» as July 2016', input: 'تراجع التنظيم في يوليه 2016', text: 'يوليه 2016', value: '2016-07', precision: 'month' },
  { says: 'reads «إبريل 2015» with hamza below as April 2015', input: 'غرق القارب في إبريل 2015', text: 'إبريل 2015', value: '2015-04', precision: 'month' },
  { says: 'reads «كانون الثاني 2015» as January 2015', input: 'قتل الرهائن في كانون الثاني 2015', text: 'كانون الثاني 2015', value: '2015-01', precision: 'month' },
  { says: 'reads «أيلول 2014» as September 2014', input: 'أعلن التحالف في أيلول 2014', text: 'أيلول 2014', value: '2014-09', precision: 'month' },
  { says: 'reads «تموز 2016» as July 2016', input: 'اشتدت المعارك في تموز 2016', text: 'تموز 2016', value: '2016-07', precision: 'month' },
  { says: 'reads «آب 2016» as August 2016', input: 'بدأت الضربات في آب 2016', text: 'آب 2016', value: '2016-08', precision: 'month' },
  { says: 'reads «الخامس عشر من فبراير 2011» as 15 February 2011', input: 'اندلعت الاحتجاجات في الخامس عشر من فبراير 2011 في بنغازي', text: 'الخامس عشر من فبراير 2011', value: '2011-02-15', precision: 'day' },
  { says: 'reads «الثالث والعشرين من أكتوبر 2011» as 23 October 2011', input: 'أعلن التحرير في الثالث والعشرين من أكتوبر 2011', text: 'الثالث والعشرين من أكتوبر 2011', value: '2011-10-23', precision: 'day' },
  { says: 'reads the numeric day-month-year «5/12/2016»', input: 'صدر البيان بتاريخ 5/12/2016', text: '5/12/2016', value: '2016-12-05', precision: 'day' },
  { says: 'keeps the Gregorian mark in «سنة 2016م»', input: 'انتهت المعركة سنة 2016م', text: 'سنة 2016م', value: '2016', precision: 'year' },
  { says: 'reads the Gregorian side of «رمضان 1437 هـ الموافق 6 يونيو 2016 م» and leaves the Hijri side', input: 'في شهر رمضان 1437 هـ الموافق 6 يونيو 2016 م', text: '6 يونيو 2016 م', value: '2016-06-06', precision: 'day' },
  { says: 'reads «في يناير من عام 2015» as January 2015', input: 'هوجمت السفارة في يناير من عام 2015', text: 'يناير من عام 2015', value: '2015-01', precision: 'month' },
  { says: 'reads «أواخر عام 2014» as 2014', input: 'ظهر التنظيم في درنة أواخر عام 2014', text: 'أواخر عام 2014', value: '2014', precision: 'year' },
  { says: 'reads «النصف الثاني من 2015» as 2015', input: 'تمدد التنظيم خلال النصف الثاني من 2015', text: 'النصف الثاني من 2015', value: '2015', precision: 'year' },
  { says: 'reads «أواخر شهر مايو الماضي» as the last May before publication', input: 'تقدمت القوات في أواخر شهر مايو الماضي', text: 'أواخر شهر مايو الماضي', value: '2016-05', precision: 'month', relative: true, published: '2016-12' },
  { says: 'resolves «مايو المقبل» to the next May after publication', input: 'تنتهي ولاية المجلس في مايو المقبل', text: 'مايو المقبل', value: '2017-05', precision: 'month', relative: true, published: '2016-12' },
  { says: 'resolves «العام المقبل» to the year after publication', input: 'تجرى الانتخابات العام المقبل', text: 'العام المقبل', value: '2017', precision: 'year', relative: true, published: '2016-12' },
  { says: 'resolves «أمس» across a month boundary', input: 'قال المتحدث أمس إن القوات تقدمت', text: 'أمس', value: '2016-11-30', precision: 'day', relative: true, published: '2016-12-01' },
  { says: 'resolves «السنة الماضية» written in the feminine', input: 'تضاعف عدد المقاتلين منذ السنة الماضية', text: 'السنة الماضية', value: '2015', precision: 'year', relative: true, published: '2016-03' },
  { says: 'reads a month after a ب clitic: «بمارس 2016»', input: 'اجتمع المجلس بمارس 2016 في تونس', text: 'مارس 2016', value: '2016-03', precision: 'month' },
  { says: 'reads a harakat-laden «نَيْسَانَ 2016» and cuts the original text with its marks', input: 'في نَيْسَانَ 2016 أعلن', text: 'نَيْسَانَ 2016', value: '2016-04', precision: 'month' },
  { says: 'does not give «في مارس من العام نفسه» the publication year: it is the narrative year', input: 'وسيطر عليها في مارس من العام نفسه', text: 'مارس من العام نفسه', value: null, precision: 'month', relative: true, published: '2016-12' },
];

describe('parseDates reads every date expression of the seed articles', () => {
  it.each(SEED_ROWS)('$says', (row) => expectOne(row));
});

describe('parseDates reads the other forms of the Arabic press', () => {
  it.each(OTHER_ROWS)('$says', (row) => expectOne(row));

  it('finds both months of «في مايو ويونيو 2016», the first borrowing the shared year', () => {
    expect(parseDates('جرت المعارك في مايو ويونيو 2016').map((m) => [m.text, m.value, m.relative])).toEqual([
      ['مايو', '2016-05', false],
      ['يونيو 2016', '2016-06', false],
    ]);
  });

  it('finds both days of «في 5 و6 ديسمبر 2016»', () => {
    expect(parseDates('أعلن التحرير في 5 و6 ديسمبر 2016').map((m) => [m.text, m.value])).toEqual([
      ['5', '2016-12-05'],
      ['6 ديسمبر 2016', '2016-12-06'],
    ]);
  });

  it('finds both years of «عامي 2014 و2015»', () => {
    expect(parseDates('شهدت المدينة عامي 2014 و2015 معارك').map((m) => m.value)).toEqual(['2014', '2015']);
  });

  it('reads «الاثنين 5 ديسمبر 2016» as the date, not as a relative Monday', () => {
    expect(parseDates('أعلن الاثنين 5 ديسمبر 2016 التحرير').map((m) => [m.text, m.value])).toEqual([
      ['5 ديسمبر 2016', '2016-12-05'],
    ]);
  });

  it('reads «مايو» as May and never as its prefix «ماي»', () => {
    const [m] = parseDates('في مايو 2016');
    expect([m?.text, m?.value]).toEqual(['مايو 2016', '2016-05']);
  });

  it('drops an impossible day but keeps the month: «31 نوفمبر 2014» → November 2014', () => {
    expect(parseDates('في 31 نوفمبر 2014').map((m) => [m.text, m.value])).toEqual([['نوفمبر 2014', '2014-11']]);
  });

  it('knows 29 February only in leap years', () => {
    expect(parseDates('في 29 فبراير 2016')[0]?.value).toBe('2016-02-29');
    expect(parseDates('في 29 فبراير 2015')[0]?.value).toBe('2015-02');
  });
});

describe('parseDates does not fall into the traps', () => {
  const NONE: [string, string][] = [
    ['«حماية» contains «ماي»', 'دعت البعثة إلى حماية المدنيين في سرت'],
    ['«ماي» is Theresa May without a date context', 'قالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها'],
    ['«تُمارس» and «يمارس» are the verb, not March', 'إن الضغوط التي تُمارس مؤخرا على التنظيم، ويمارس الجيش ضغطا'],
    ['«مارسوا» is a verb', 'مارسوا العنف ضد السكان'],
    ['«مارسيل» is a name', 'سبقها تحذير البنيني، مارسيل آلان دو سوزا'],
    ['«جوانب» contains «جوان»', 'في جوانب عدة من الأزمة الليبية'],
    ['«الآباء» and «آباء» contain «آب»', 'في الآباء وآباء الضحايا'],
    ['«أب» (a father) folds onto «آب» but is not August', 'قتل في أب لثلاثة أطفال'],
    ['«باب» hides «آب» behind a ب', 'في باب العزيزية'],
    ['«التفاوت» ends with «اوت»', 'في ظل التفاوت الكبير بين المناطق'],
    ['«حرب تموز» has no date context', 'تذكر حرب تموز'],
    ['«450 كلم» is a distance', 'مدينة سرت الساحلية (450 كلم شرق العاصمة طرابلس)'],
    ['«2130 جريحا» is a count', 'بلغ عدد الضحايا 457 قتيلا، و2130 جريحا'],
    ['«3000 آخرين» is a count', 'مقتل 700 فرد من القوات الحكومية، إضافة إلى إصابة 3000 آخرين'],
    ['«في 2000 منزل» is a count after a preposition', 'توزعت المساعدات في 2000 منزل'],
    ['«5,1 درجات» is a magnitude', 'زلزال بقوة 5,1 درجات يضرب غرب إندونيسيا'],
    ['a phone number holds no year', 'عبر تطبيق “واتساب” على الرقم 0012022773659'],
    ['«1448ه» is a Hijri year', 'تحديد فترة التسجيل الإلكتروني لموسم حج 1448ه'],
    ['«عام 1437 هـ» is a Hijri year', 'في عام 1437 هـ'],
    ['«24 ساعة» and «مونديال 2026» carry no date context', 'مونديال 2026 | 5 ملايين طلب تذكرة في 24 ساعة'],
    ['durations are not dates', 'قبل عام فقط، وخلال العامين الماضيين، ومنذ خمس سنوات، وفي الأشهر الأخيرة'],
    ['«غدا» is also the verb "became"', 'غدا التنظيم أضعف من ذي قبل'],
    ['«الاثنين» alone is also "the two"', 'اتفق الاثنان على أن كلا الاثنين مسؤول'],
    ['«الأمين العام» is not a year', 'قدم الأمين العام للأمم المتحدة تقريرا'],
    ['a bare «اليوم» (also "nowadays") is not a date', 'فالتنظيم يتراجع اليوم ويضعف'],
    ['«من 1900 إلى 2000 مقاتل» is a count', 'ارتفع العدد من 1900 إلى 2000 مقاتل'],
  ];
  it.each(NONE)('%s', (_why, input) => {
    expect(parseDates(input, at('2016-12-05'))).toEqual([]);
  });

  it('dates «قوى 14 آذار» as nothing: a day-month with no temporal word is a name', () => {
    expect(parseDates('تحالف قوى 14 آذار', at('2016-12')).map((m) => [m.text, m.value])).toEqual([['14 آذار', null]]);
  });

  it('never converts a Hijri date: «15 رمضان 1437» yields nothing', () => {
    expect(parseDates('في 15 رمضان 1437', at('2016-12'))).toEqual([]);
  });
});

describe('parseDates resolves relative expressions only as far as the publication date allows', () => {
  const one = (input: string, published?: string) => parseDates(input, at(published))[0];

  it('leaves «الاثنين الماضي» unresolved when the publication is known only to the month', () => {
    expect(one('أعلنت الاثنين الماضي', '2016-12')).toMatchObject({ value: null, relative: true, precision: 'day' });
  });

  it('takes «الاثنين الماضي» written on a Monday to mean the Monday a week before', () => {
    expect(one('أعلنت الاثنين الماضي', '2016-12-05')?.value).toBe('2016-11-28');
  });

  it('resolves against an approximate publication date and still marks the mention relative', () => {
    const m = parseDates('العام الماضي', { published: { date: '2016-12', approximate: true } })[0];
    expect(m).toMatchObject({ value: '2015', relative: true });
  });

  it('leaves «الشهر الماضي» unresolved against a year and resolves it across January', () => {
    expect(one('الشهر الماضي', '2016')?.value).toBeNull();
    expect(one('الشهر الماضي', '2016-01')?.value).toBe('2015-12');
  });

  it('leaves everything relative unresolved without a publication date', () => {
    const found = parseDates('العام الماضي وفي مايو والاثنين الماضي وجويلية الماضي');
    expect(found.map((m) => m.value)).toEqual([null, null, null, null]);
    expect(found.every((m) => m.relative)).toBe(true);
  });

  it('takes «جويلية الماضي» written in July to mean the July of the year before', () => {
    expect(one('في جويلية الماضي', '2016-07')?.value).toBe('2015-07');
    expect(one('في جويلية الماضي', '2016-08')?.value).toBe('2016-07');
  });

  it('gives a month written without a year the latest such month not after publication', () => {
    expect(one('في ديسمبر', '2016-03')?.value).toBe('2015-12');
    expect(one('في ديسمبر', '2016-12')?.value).toBe('2016-12');
    expect(one('في 20 ديسمبر', '2016-12-05')?.value).toBe('2015-12-20');
  });

  it('cannot place a month without a year in a publication known only to the year', () => {
    expect(one('في 12 ماي', '2016')).toMatchObject({ value: null, relative: true });
  });

  it('refuses «اليوم الاثنين» when the publication day is not a Monday', () => {
    expect(one('قتلوا اليوم الاثنين', '2016-12-06')?.value).toBeNull();
  });

  it('resolves «أول أمس» to two days before publication', () => {
    expect(one('قال أول أمس', '2016-12-05')?.value).toBe('2016-12-03');
  });

  it('never changes an explicit date with the publication date', () => {
    const a = parseDates('في نيسان/أبريل 2016', at('2020-01-01'));
    const b = parseDates('في نيسان/أبريل 2016');
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ value: '2016-04', relative: false });
  });

  it('rejects a publication date that is not ISO', () => {
    expect(() => parseDates('العام الماضي', at('05/12/2016'))).toThrow(/YYYY/);
  });
});

describe('parseDates reports offsets in the original text', () => {
  it('cuts each mention from the input exactly, harakat, tatweel and invisible marks included', () => {
    const input = 'وفي أيّـار/\u200Fمايو ٢٠١٦، ثم في الأوَّل من أغسطس آب 2016.';
    const found = parseDates(input);
    expect(found.map((m) => input.slice(m.start, m.end))).toEqual(found.map((m) => m.text));
    expect(found.map((m) => m.text)).toEqual(['أيّـار/\u200Fمايو ٢٠١٦', 'الأوَّل من أغسطس آب 2016']);
    expect(found.map((m) => m.value)).toEqual(['2016-05', '2016-08-01']);
  });

  it('leaves a clitic out of the text: «وبمارس 2016» → «مارس 2016»', () => {
    const [m] = parseDates('وبمارس 2016');
    expect(m).toMatchObject({ text: 'مارس 2016', start: 2, end: 11 });
  });

  it('lists mentions in text order', () => {
    const found = parseDates('في 2014 ثم في مايو 2015 ثم العام الماضي', at('2016'));
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    expect(found.map((m) => m.text)).toEqual(['2014', 'مايو 2015', 'العام الماضي']);
  });
});

describe('explicitDates gives ingest the explicit dates only', () => {
  it('leaves out relative and unresolved mentions, even when resolved', () => {
    const found = parseDates('في 2011 ثم العام الماضي وفي مايو أيار وعلى غرار ١١ سبتمبر', at('2016-12'));
    expect(explicitDates(found)).toEqual([{ text: '2011', value: '2011' }]);
  });

  it('keeps one entry per text and value, in text order, whatever the spelling of hamza', () => {
    const found = parseDates('منذ 2014 ثم في أيار/مايو 2015 ومنذ 2014 وفي ايار/مايو 2015 وعام 2014');
    expect(explicitDates(found)).toEqual([
      { text: '2014', value: '2014' },
      { text: 'أيار/مايو 2015', value: '2015-05' },
      { text: 'عام 2014', value: '2014' },
    ]);
  });

  it('gives both ends of a range, each a plain ISO date', () => {
    expect(explicitDates(parseDates('بين أيار وكانون الأول 2016'))).toEqual([
      { text: 'بين أيار وكانون الأول 2016', value: '2016-05' },
      { text: 'بين أيار وكانون الأول 2016', value: '2016-12' },
    ]);
  });
});

describe('mentionDate gives a mention in the archive\'s one date type', () => {
  it('gives «نيسان/أبريل 2016» as { value } and «بين أيار وكانون الأول 2016» as its interval, not the year holding it', () => {
    const [april, range] = parseDates('في نيسان/أبريل 2016 ثم بين أيار وكانون الأول 2016');
    expect(mentionDate(april!)).toEqual({ value: '2016-04' });
    expect(mentionDate(range!)).toEqual({ from: '2016-05', to: '2016-12' });
  });
  it('gives no date for a mention whose value cannot be known: «على غرار ١١ سبتمبر»', () => {
    const [m] = parseDates('على غرار ١١ سبتمبر', { published: { date: '2016-12', approximate: false } });
    expect(mentionDate(m!)).toBeNull();
  });
});

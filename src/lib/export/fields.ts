/**
 * The open-data tables and their fields, defined once: the CSV and JSON writers, the GeoJSON
 * properties, datapackage.json and the /data/ page all read these lists, so a column cannot be added
 * to one file and forgotten in another.
 */

/** Frictionless field types the exports use; `list` is a `;`-separated list in CSV and an array in JSON. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'list';

/** Separator of list items inside one CSV cell (ids and short labels never contain it). */
export const LIST_DELIMITER = ';';

/** One column of a table. */
export interface Field<Row> {
  /** Column name: the CSV header, the JSON key and the GeoJSON property. */
  name: keyof Row & string;
  /** Its Frictionless type. */
  type: FieldType;
  /** What it holds, in Arabic, for the /data/ page and datapackage.json. */
  description: string;
}

/** A cell value as the JSON export writes it. */
export type Cell = string | number | boolean | null | readonly string[];

/** One article: metadata only, never its text. */
export interface ArticleRow {
  id: string;
  title: string;
  titleFrom: string;
  publisher: string | null;
  via: string | null;
  author: string | null;
  url: string | null;
  published: string;
  publishedPrecision: string;
  publishedApproximate: boolean;
  publishedBasis: string;
  words: number;
  places: string[];
  sourceSha256: string;
  sourceUrl: string;
  archiveUrl: string;
}

/** One place of the gazetteer. */
export interface PlaceRow {
  id: string;
  name: string;
  latin: string;
  kind: string;
  country: string;
  region: string;
  lat: number | null;
  lon: number | null;
  partOf: string | null;
  wikidata: string | null;
  mentions: number;
  articles: number;
  events: number;
  archiveUrl: string | null;
}

/** One event of the timeline. */
export interface EventRow {
  id: string;
  title: string;
  description: string;
  type: string;
  date: string;
  start: string;
  end: string;
  disputed: boolean;
  places: string[];
  claims: number;
  archiveUrl: string;
}

/** One source's account of an event, with its exact quote. */
export interface ClaimRow {
  id: string;
  event: string;
  article: string;
  quote: string;
  date: string | null;
  figures: string[];
  note: string | null;
  archiveUrl: string;
}

/** The rows of every table. */
export interface Tables {
  articles: ArticleRow[];
  places: PlaceRow[];
  events: EventRow[];
  claims: ClaimRow[];
}

/** The name of a table. */
export type TableName = keyof Tables;

/** A table: its name, Arabic title and description, and its fields in column order. */
export interface Table<Row> {
  name: TableName;
  title: string;
  description: string;
  fields: readonly Field<Row>[];
}

const DATE_WORDS = 'تاريخ ISO 8601 بالدقة المعروفة فقط: YYYY أو YYYY-MM أو YYYY-MM-DD';

export const ARTICLES: Table<ArticleRow> = {
  name: 'articles',
  title: 'المقالات',
  description: 'بيانات وصفية لكل مقال في الأرشيف، دون نصه: النصوص ملك ناشريها.',
  fields: [
    { name: 'id', type: 'string', description: 'المعرّف الثابت للمقال (لاتيني)، وهو أيضًا مساره في الموقع' },
    { name: 'title', type: 'string', description: 'العنوان كما نُشر' },
    { name: 'titleFrom', type: 'string', description: 'مصدر العنوان: text من سطر العنوان في النص، heading من عنوان الصفحة المحفوظة <h1>، meta من عنوانها المعلن (og:title أو JSON-LD)، أو editor إن وضعه المحررون لأن الصفحة بلا عنوان' },
    { name: 'publisher', type: 'string', description: 'الناشر الأصلي؛ فارغ إن لم يذكره النص' },
    { name: 'via', type: 'string', description: 'الموقع الذي أعاد نشر المقال إن جاء النص منه' },
    { name: 'author', type: 'string', description: 'الكاتب كما وقّع؛ فارغ إن كان المقال غير موقّع' },
    { name: 'url', type: 'string', description: 'رابط الصفحة الأصلية إن عُرف' },
    { name: 'published', type: 'string', description: `تاريخ النشر: ${DATE_WORDS}` },
    { name: 'publishedPrecision', type: 'string', description: 'دقة تاريخ النشر: year أو month أو day' },
    { name: 'publishedApproximate', type: 'boolean', description: 'true إن كان التاريخ مستنتجًا من الأحداث لا مطبوعًا على الصفحة' },
    { name: 'publishedBasis', type: 'string', description: 'كيف عُرف التاريخ، في جملة يمكن التحقق منها' },
    { name: 'words', type: 'integer', description: 'عدد كلمات النص المنظّف' },
    { name: 'places', type: 'list', description: 'معرّفات الأماكن التي يذكرها المقال (انظر places)' },
    { name: 'sourceSha256', type: 'string', description: 'بصمة SHA-256 للنص الخام كما وصل' },
    { name: 'sourceUrl', type: 'string', description: 'رابط النص الخام في الأرشيف' },
    { name: 'archiveUrl', type: 'string', description: 'رابط صفحة المقال في الأرشيف' },
  ],
};

export const PLACES: Table<PlaceRow> = {
  name: 'places',
  title: 'الأماكن',
  description: 'معجم الأماكن: الأسماء والإحداثيات، وعدد ما يذكر كل مكان من مقالات وأحداث.',
  fields: [
    { name: 'id', type: 'string', description: 'المعرّف الثابت للمكان (لاتيني)' },
    { name: 'name', type: 'string', description: 'الاسم العربي المعتمد' },
    { name: 'latin', type: 'string', description: 'الاسم اللاتيني المعتاد' },
    { name: 'kind', type: 'string', description: 'النوع: city أو town أو district أو region أو site' },
    { name: 'country', type: 'string', description: 'رمز الدولة ISO 3166-1' },
    { name: 'region', type: 'string', description: 'الإقليم الليبي (tripolitania، cyrenaica، fezzan) أو الدولة' },
    { name: 'lat', type: 'number', description: 'خط العرض بالدرجات العشرية؛ فارغ إن لم يُعرف بدقة' },
    { name: 'lon', type: 'number', description: 'خط الطول بالدرجات العشرية شرقًا' },
    { name: 'partOf', type: 'string', description: 'معرّف المكان الذي يقع فيه (حيّ من مدينة)' },
    { name: 'wikidata', type: 'string', description: 'معرّف ويكي بيانات إن عُرف يقينًا' },
    { name: 'mentions', type: 'integer', description: 'عدد مرات ذكره في مقالات الأرشيف' },
    { name: 'articles', type: 'integer', description: 'عدد المقالات التي تذكره' },
    { name: 'events', type: 'integer', description: 'عدد الأحداث التي وقعت فيه' },
    { name: 'archiveUrl', type: 'string', description: 'رابط صفحة المكان في الأرشيف؛ فارغ لمكان بلا مقالات ولا أحداث' },
  ],
};

export const EVENTS: Table<EventRow> = {
  name: 'events',
  title: 'الأحداث',
  description: 'أحداث الخط الزمني المؤرّخة، كل حدث بأماكنه وعدد روايات مصادره.',
  fields: [
    { name: 'id', type: 'string', description: 'المعرّف الثابت للحدث (لاتيني)' },
    { name: 'title', type: 'string', description: 'عنوان قصير' },
    { name: 'description', type: 'string', description: 'ما تقوله المصادر، في جملة أو جملتين' },
    { name: 'type', type: 'string', description: 'نوع الحدث (control-change، attack، air-strike…)' },
    { name: 'date', type: 'string', description: `التاريخ الذي يلخّصه المحررون: ${DATE_WORDS}، أو فترة «من/إلى»` },
    { name: 'start', type: 'string', description: 'أول يوم يشمله التاريخ (YYYY-MM-DD)' },
    { name: 'end', type: 'string', description: 'آخر يوم يشمله التاريخ (YYYY-MM-DD)' },
    { name: 'disputed', type: 'boolean', description: 'true إن اختلفت المصادر في التاريخ أو في الأرقام' },
    { name: 'places', type: 'list', description: 'معرّفات أماكن الحدث (انظر places)' },
    { name: 'claims', type: 'integer', description: 'عدد روايات المصادر (انظر claims)' },
    { name: 'archiveUrl', type: 'string', description: 'رابط صفحة الحدث في الأرشيف' },
  ],
};

export const CLAIMS: Table<ClaimRow> = {
  name: 'claims',
  title: 'الروايات',
  description: 'رواية كل مصدر لكل حدث: المقال، والجملة المقتبسة منه حرفيًا، وما تذكره من تاريخ وأرقام.',
  fields: [
    { name: 'id', type: 'string', description: 'معرّف الرواية: معرّف الحدث ثم رقمها فيه' },
    { name: 'event', type: 'string', description: 'معرّف الحدث (انظر events)' },
    { name: 'article', type: 'string', description: 'معرّف المقال الذي يرويه (انظر articles)' },
    { name: 'quote', type: 'string', description: 'الجملة كما وردت في المقال حرفًا بحرف' },
    { name: 'date', type: 'string', description: `التاريخ الذي يذكره هذا المصدر إن ذكر تاريخًا: ${DATE_WORDS}، أو فترة «من/إلى»` },
    { name: 'figures', type: 'list', description: 'الأرقام التي يذكرها المصدر، كل رقم بما يعدّه' },
    { name: 'note', type: 'string', description: 'ملاحظة المحررين على قراءة الاقتباس' },
    { name: 'archiveUrl', type: 'string', description: 'رابط الجملة المقتبسة في صفحة المقال' },
  ],
};

/** Every table, in the order the /data/ page and datapackage.json list them. */
export const TABLES = [ARTICLES, PLACES, EVENTS, CLAIMS] as const;

/** The row's values in column order, undefined written as null. */
export function cellsOf<Row>(fields: readonly Field<Row>[], row: Row): Cell[] {
  return fields.map((f) => (row[f.name] ?? null) as Cell);
}

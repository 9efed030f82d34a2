/**
 * The suggestion files, content/suggestions/<slug>.yaml, checked by `npm run check` and by suggest before
 * it reads or changes one: the schema (src/suggest/schema.ts), the file named after its article, and,
 * for the entries still waiting, what accepting them needs — the article exists and holds the quote, the
 * places are in the gazetteer, the matched events are in events.yaml. An accepted entry names an event
 * that exists. Pure: texts in, problems out, each with file, line, path and a fix.
 */
import { containsNormalized } from '../../lib/arabic.ts';
import { nearestId } from '../../lib/events/nearest.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { readSuggestionFiles } from '../../suggest/steps/read.ts';
import { suggestionsFileSchema, type SuggestionsFile } from '../../suggest/schema.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type DataPath, type Finding, type Problem } from '../problem.ts';

/** What the check knows besides the file. */
export interface SuggestionsContext {
  /** Plain text of each article, by slug. */
  articles: ReadonlyMap<string, string>;
  placeIds: ReadonlySet<string>;
  /** Ids of the events in events.yaml. */
  eventIds: ReadonlySet<string>;
}

/** The file's data when it passed, and every problem. */
export interface SuggestionsCheck {
  data: SuggestionsFile | null;
  problems: Problem[];
}

const SCHEMA = 'src/suggest/schema.ts';

function unknownEvent(path: DataPath, id: string, ids: ReadonlySet<string>): Finding {
  const near = nearestId(id, ids);
  return {
    path,
    code: 'invalid-value',
    arg: String(path[path.length - 1]),
    message: `event «${id}» is not in events.yaml — ${near ? `did you mean «${near}»? ` : ''}correct the id, or set match: null to make it a new event`,
  };
}

/** What the schema cannot see, for a file that passed it. */
function crossCheck(file: string, data: SuggestionsFile, ctx: SuggestionsContext): Finding[] {
  const found: Finding[] = [];
  const name = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (name !== data.article) {
    found.push({ path: ['article'], code: 'slug-mismatch', arg: data.article, message: `article «${data.article}» differs from the file name «${name}» — name the file ${data.article}.yaml, or correct the slug` });
  }
  data.events.forEach((entry, i) => {
    const at: DataPath = ['events', i];
    if (entry.status === 'accepted') {
      if (entry.accepted !== undefined && !ctx.eventIds.has(entry.accepted)) found.push(unknownEvent([...at, 'accepted'], entry.accepted, ctx.eventIds));
      return;
    }
    if (entry.status !== 'suggested') return;
    entry.places.forEach((id, k) => {
      if (ctx.placeIds.has(id)) return;
      const near = nearestId(id, ctx.placeIds);
      found.push({ path: [...at, 'places', k], code: 'unknown-place', arg: id, message: `place «${id}» is not in the gazetteer — ${near ? `did you mean «${near}»? ` : ''}use an id from content/places.yaml` });
    });
    if (entry.match && !ctx.eventIds.has(entry.match.event)) found.push(unknownEvent([...at, 'match', 'event'], entry.match.event, ctx.eventIds));
    entry.claims.forEach((c, k) => {
      const text = ctx.articles.get(c.article);
      if (text === undefined) {
        const near = nearestId(c.article, ctx.articles.keys());
        found.push({ path: [...at, 'claims', k, 'article'], code: 'unknown-article', arg: c.article, message: `article «${c.article}» does not exist — ${near ? `did you mean «${near}»? ` : ''}use the slug of a file in content/articles/` });
      } else if (!containsNormalized(text, c.quote)) {
        found.push({
          path: [...at, 'claims', k, 'quote'],
          code: 'quote-not-found',
          arg: c.article,
          message: `quote not found in article ${c.article} — the article changed since it was suggested: copy the sentence again from content/articles/${c.article}.mdx, or run npm run suggest -- --force ${c.article}`,
        });
      }
    });
  });
  return found;
}

/** Checks the text of one suggestions file. */
export function validateSuggestions(text: string, file: string, ctx: SuggestionsContext): SuggestionsCheck {
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { data: null, problems: yamlSyntaxProblems(file, source.errors) };
  const parsed = parseWithFriendlyErrors(suggestionsFileSchema, source.data ?? {}, { schemaFile: SCHEMA });
  if (!parsed.success) return { data: null, problems: placeFindings(file, parsed.findings, source.lineOf) };
  return { data: parsed.data, problems: placeFindings(file, crossCheck(file, parsed.data, ctx), source.lineOf) };
}

/** Checks every suggestions file of the content folder `dir` (`root` as messages name it); an archive without any has nothing to check. */
export function checkSuggestions(dir: string, root: string, ctx: SuggestionsContext): Problem[] {
  return readSuggestionFiles(dir, root).flatMap((f) => validateSuggestions(f.text, f.file, ctx).problems);
}

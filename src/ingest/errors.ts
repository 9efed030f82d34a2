import { formatProblem } from '../check/format.ts';
import type { Problem } from '../check/problem.ts';

/**
 * An input the ingest refuses. Problems in a file the editor wrote (a metadata sidecar, the frontmatter)
 * are Problems, written exactly as `npm run check` writes them; the others name the file, what is wrong
 * and how to fix it.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly fix: string;
  /** The problems found in the file, each at its line; empty for an error that is not about a field. */
  readonly problems: readonly Problem[];
  constructor(file: string, reason: string, fix: string, problems: readonly Problem[] = []) {
    super(reason);
    this.file = file;
    this.fix = fix;
    this.problems = problems;
  }

  /** The error for the problems found in a file, in the words of the content check. */
  static of(problems: readonly Problem[]): IngestError {
    return new IngestError(problems[0]?.file ?? '', problems[0]?.message ?? '', '', problems);
  }

  /**
   * What the command prints, one line per problem: `ingest: sources/x.meta.yaml:3 url: عربي / English — fix`,
   * or `ingest: inbox/x.txt: the file is empty — save the article text into it and run again`.
   */
  line(): string {
    if (this.problems.length > 0) return this.problems.map((p) => `ingest: ${formatProblem(p)}`).join('\n');
    return `ingest: ${this.file}: ${this.message} — ${this.fix}`;
  }
}

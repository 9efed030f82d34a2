/**
 * What the ingest refuses, as Problems written exactly as `npm run check` writes them: one line each,
 * the file (and line, for a sidecar), the Arabic wording of its rule, then the English with its fix.
 */
import { formatProblem, ProblemsError } from '../check/format.ts';
import { CHARACTERS, countWords } from '../lib/count-words.ts';
import type { Problem, ProblemCode } from '../check/problem.ts';

/** An input the ingest refuses: every problem found, each written as one line (the check's ProblemsError, named for the ingest). */
export class IngestError extends ProblemsError {
  constructor(problems: readonly Problem[]) {
    super(problems);
    this.name = 'IngestError';
  }

  /**
   * What the command prints, one line per problem: `ingest: sources/x.meta.yaml:3 url: عربي / English — fix`,
   * or `ingest: inbox/x.txt الملف فارغ / the file is empty — save the article text into it and run again`.
   */
  line(): string {
    return this.problems.map((p) => `ingest: ${formatProblem(p)}`).join('\n');
  }
}

/** Refuses `file`: `code` selects the Arabic wording (naming `arg`), `reason` and `fix` are the English. */
export function refuse(file: string, code: ProblemCode, reason: string, fix: string, arg?: string): IngestError {
  return new IngestError([{ file, path: '', code, message: `${reason} — ${fix}`, ...(arg === undefined ? {} : { arg }) }]);
}

/** A file-system error as Node throws it: its code names what happened («ENOENT», «EACCES»…). */
interface SystemError {
  code?: string;
  message?: string;
}

/** Reading a file the editor gave, or writing into the content folder. */
export type Access = 'read' | 'write';

/**
 * A file-system error met on `file` as a refusal in the editor's words, by its code: a missing file, a
 * folder or a pipe in place of a file, a path too long, no permission, a full or read-only disk. An error
 * that is not the file system's is a fault of the ingest itself, said as such.
 */
export function fileSystemRefusal(error: unknown, file: string, access: Access): IngestError {
  const code = (error as SystemError | undefined)?.code;
  const writing = access === 'write';
  switch (code) {
    case 'ENOENT':
      return writing
        ? refuse(file, 'file-system', 'a folder of the path does not exist', 'check that --content names the content folder (with articles/ and sources/ in it)', code)
        : refuse(file, 'no-such-file', 'the file does not exist', 'check the path (run the command from the folder the path starts in)');
    case 'EISDIR':
      return refuse(file, 'not-a-file', 'this is a folder, not a file', writing ? 'remove or rename the folder that has the name of the file to write' : 'give the path of a file inside it', 'مجلد');
    case 'ENOTDIR':
      return refuse(file, 'file-system', 'a part of the path is a file where a folder should be', 'check the path', code);
    case 'ENAMETOOLONG':
      return refuse(file, 'path-too-long', `the path (${file.length} characters) or one of its names is longer than the file system accepts`, 'rename the file, or move it to a folder with a shorter path', countWords(file.length, CHARACTERS));
    case 'EACCES':
    case 'EPERM':
      return writing
        ? refuse(file, 'no-permission', 'no permission to write here', 'check the permissions of the content folder (ls -l), or run as the user who owns it', 'الكتابة هنا')
        : refuse(file, 'no-permission', 'no permission to read the file', 'check its permissions (ls -l; chmod u+r FILE)', 'قراءة الملف');
    case 'ELOOP':
      return refuse(file, 'file-system', 'the path is a symbolic link that leads back to itself', 'give the path of the file itself', code);
    case 'ENOSPC':
    case 'EDQUOT':
      return refuse(file, 'file-system', 'the disk is full', 'free some space and run again: nothing was written', code);
    case 'EROFS':
      return refuse(file, 'file-system', 'the file system is read-only', 'run the ingest in a working copy you can write to', code);
    default: {
      const what = ((error as SystemError | undefined)?.message ?? String(error)).split('\n')[0]!;
      if (code) return refuse(file, 'file-system', what, writing ? 'nothing was written: check the content folder and run again' : 'check the file and run again', code);
      return refuse(file, 'unexpected', what, 'this is a fault of the ingest, not of the file: report it with the file attached', what);
    }
  }
}

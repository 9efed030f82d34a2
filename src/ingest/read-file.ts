/**
 * Reading a file the editor gave (a raw text, a saved page, a metadata sidecar): a regular file only,
 * judged on the file actually opened — opened without waiting (a FIFO in its place would block a read for
 * ever), then its kind and size read from the open file before a byte of it is — and never larger than its
 * limit. Every failure is one line in the editor's words (errors.ts).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { fileSystemRefusal, IngestError, refuse } from './errors.ts';

/** What a path is when it is not a regular file, in Arabic for the message. */
function kindOf(stat: Stats): [english: string, arabic: string] {
  if (stat.isDirectory()) return ['a folder', 'مجلد'];
  if (stat.isFIFO()) return ['a named pipe (FIFO)', 'أنبوب FIFO'];
  if (stat.isSocket()) return ['a socket', 'مقبس'];
  return ['a device', 'جهاز'];
}

/**
 * The bytes of the regular file at `path`; refuses another kind of file, one over `maxBytes` (with the
 * refusal `tooLarge` makes of its size), or one that cannot be opened, naming `shown`.
 */
export function readRegularFile(path: string, shown: string, maxBytes: number, tooLarge: (bytes: number) => IngestError): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileSystemRefusal(error, shown, 'read');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const [english, arabic] = kindOf(stat);
      throw refuse(shown, 'not-a-file', `this is ${english}, not a file`, 'give the path of a regular file instead', arabic);
    }
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fileSystemRefusal(error, shown, 'read');
  } finally {
    closeSync(fd);
  }
}

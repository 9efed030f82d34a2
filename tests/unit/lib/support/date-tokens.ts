import { TokenCursor } from '../../../../src/lib/dates/parser/tokens.ts';

/** A token cursor over `text` and the index of the token that starts where `marker` first starts. */
export function read(text: string, marker: string): [TokenCursor, number] {
  const cur = new TokenCursor(text);
  const i = cur.tokens.findIndex((_, k) => cur.cut(k, 0, k).start === text.indexOf(marker));
  if (i < 0) throw new Error(`no token starts at «${marker}»`);
  return [cur, i];
}

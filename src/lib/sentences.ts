/** Sentences of a plain text: enough to quote the sentence in which a word appears. */

/** A sentence ends at «.», «!», «?», «؟» or «…» followed by white space, or at a line break. */
const END = /[.!?؟…]+(?=\s|$)|\n/g;

/** The sentence of `text` that contains the character at `index`, trimmed; '' when out of range. */
export function sentenceAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return '';
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    // The terminator belongs to the sentence it closes.
    if (index < end) return text.slice(start, end).trim();
    start = end;
  }
  return text.slice(start).trim();
}

/** Every sentence of `text`, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

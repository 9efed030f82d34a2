/**
 * Step 5 — lines broken by the page: a word left alone on its line, a conjunction «و» cut from its word,
 * a sentence split across lines, two sentences glued without a space. The words themselves never change.
 */
import type { Line } from './lines.ts';

/** A block of text that came from one or more raw lines. */
export interface Unit {
  text: string;
  lines: number[];
}

const SENTENCE_END = /[.!؟?…»"”)\]]$/;
const ARABIC_LETTER = '\\u0621-\\u064A\\u0671-\\u06D3';
// A word or a closing quote before the stop: «المجاورة.وفي» and «إليها”.وبين» split; abbreviations such as
// «أ.ف.ب» or «د.محمد» (one letter before the stop) do not.
const GLUED_AFTER_STOP_SPLIT = new RegExp(`(?<=(?:[${ARABIC_LETTER}]{2}|[”"»)])[.!؟])(?=[${ARABIC_LETTER}])`);
/** «إفريقيا،وأعلن» — a comma glued to the next word gets its space back. */
const GLUED_AFTER_COMMA = new RegExp(`(?<=[${ARABIC_LETTER}]{2}[،؛])(?=[${ARABIC_LETTER}])`, 'g');
/** «طرابلس.و» — the «و» belongs to the first word of the next line. */
const DANGLING_WAW = /([.!؟،])\s*(و|ف)$/;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A line that cannot end a block: one lone word, a lone «و», or a long line stopping mid-sentence. */
function continues(unit: Unit, next: Unit | undefined): boolean {
  if (!next) return false;
  // Once a block had to be joined, it goes on until its sentence ends.
  if (unit.lines.length > 1 && !SENTENCE_END.test(unit.text)) return true;
  if (/^(و|ف)$/.test(unit.text) || DANGLING_WAW.test(unit.text)) return true;
  if (wordCount(unit.text) === 1 && !SENTENCE_END.test(unit.text)) return true;
  if (/[،,]$/.test(unit.text)) return true;
  return unit.text.length > 140 && !SENTENCE_END.test(unit.text);
}

function join(a: string, b: string): string {
  if (/^(و|ف)$/.test(a)) return a + b;
  const waw = DANGLING_WAW.exec(a);
  if (waw) return `${a.slice(0, waw.index)}${waw[1]} ${waw[2]}${b}`;
  return `${a} ${b}`;
}

/** Joins broken lines into blocks, and splits blocks where a full stop is glued to the next sentence. */
export function repairLines(lines: Line[]): Unit[] {
  const units: Unit[] = lines.filter((l) => l.text !== '').map((l) => ({ text: l.text, lines: [l.n] }));
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i += 1) {
    let unit = units[i]!;
    while (continues(unit, units[i + 1])) {
      const next = units[i + 1]!;
      unit = { text: join(unit.text, next.text), lines: [...unit.lines, ...next.lines] };
      i += 1;
    }
    // Sentences glued without a space («المجاورة.وفي») mark paragraph breaks the page lost.
    const spaced = unit.text.replace(/ {2,}/g, ' ').replace(GLUED_AFTER_COMMA, ' ');
    for (const part of spaced.split(GLUED_AFTER_STOP_SPLIT)) {
      if (part.trim() !== '') out.push({ text: part.trim(), lines: unit.lines });
    }
  }
  return out;
}

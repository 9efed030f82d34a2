/**
 * The house style of content/events.yaml, for what suggest writes there and in suggestion files: ids,
 * slugs and types plain; texts and dates in double quotes; dates, place lists, figures and matches on
 * one line (`date: { value: "2016-05" }`, `places: [sirte, misrata]`, `- { label: killed, value: 457 }`).
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';

/** Keys whose string values are prose or dates: written in double quotes. */
const QUOTED = new Set(['title', 'description', 'quote', 'note', 'why', 'value', 'from', 'to', 'words']);
/** Keys whose mapping or list is written on one line. */
const FLOW = new Set(['date', 'places', 'match', 'draft']);
/** Keys whose list items are written one per line, each on one line. */
const FLOW_ITEMS = new Set(['figures', 'others']);

/** Options of `toString` that keep long quotes on one line. */
export const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;

/** A document of `value` in the house style. */
export function styledDocument(value: unknown): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value as Node | null;
      if (isScalar(v) && typeof v.value === 'string') v.type = QUOTED.has(key) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
      if ((isMap(v) || isSeq(v)) && FLOW.has(key)) v.flow = true;
      if (isSeq(v) && FLOW_ITEMS.has(key)) for (const item of v.items) if (isMap(item)) item.flow = true;
      // Strings inside a one-line list of prose («evidence»), and inside flow maps, follow their key.
      if (isSeq(v) && !FLOW.has(key)) for (const item of v.items) if (isScalar(item) && typeof item.value === 'string') item.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // A plain scalar that YAML would read as something else (a number, a date, «null») is quoted.
  visit(doc, {
    Scalar(_, node) {
      if (node.type === Scalar.PLAIN && typeof node.value === 'string' && !(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(node.value) && /[a-z]/.test(node.value))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

/** `places: [a, b]` as events.yaml writes it (the yaml package pads flow lists with spaces). */
export function tightLists(text: string): string {
  return text.replace(/^(\s*(?:places|draft): )\[ (.*) \]$/gm, '$1[$2]');
}


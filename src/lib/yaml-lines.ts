/**
 * Line numbers in a YAML source for data paths such as events[7].claims[1].quote, so that a problem
 * found in the parsed data can point the editor at the line to fix.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/** A path into parsed data: keys and list indexes, e.g. ['events', 7, 'claims', 1, 'quote']. */
export type DataPath = readonly (string | number)[];

/** A parsed YAML source with its syntax errors, its data and a line lookup. */
export interface YamlSource {
  /** The data as plain JavaScript (undefined when the text is empty). */
  data: unknown;
  /** Syntax errors with their 1-based line. */
  errors: { line: number; message: string }[];
  /** 1-based line of the deepest node on `path` that exists (the key's parent when the key is missing). */
  lineOf(path: DataPath): number | undefined;
}

/** The child node at one step of a path, or undefined when the step is not in the document. */
function child(node: unknown, key: string | number): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
    // A key with an empty value has no value node: point at the key itself.
    return (pair?.value ?? pair?.key ?? undefined) as Node | undefined;
  }
  if (isSeq(node) && typeof key === 'number') return (node.items[key] ?? undefined) as Node | undefined;
  return undefined;
}

/** Parses a YAML text, keeping the positions of its nodes. */
export function parseYamlSource(text: string): YamlSource {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const errors = doc.errors.map((e) => ({ line: counter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] ?? e.message }));
  const lineOf = (path: DataPath): number | undefined => {
    let node: unknown = doc.contents;
    let found: Node | undefined = (doc.contents ?? undefined) as Node | undefined;
    for (const key of path) {
      node = child(node, key);
      if (node === undefined) break;
      found = node as Node;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
  if (errors.length > 0) return { data: undefined, errors, lineOf };
  try {
    return { data: doc.toJS(), errors, lineOf };
  } catch (error) {
    // Aliases that expand a few lines into millions of values (a «billion laughs»): refused by the parser,
    // reported on the first alias as a syntax error.
    let line = 1;
    visit(doc, { Alias: (_key, node) => ((line = counter.linePos(node.range?.[0] ?? 0).line), visit.BREAK) });
    return { data: undefined, errors: [{ line, message: `its aliases expand to too many values (${(error as Error).message.split('\n')[0]}) — write the values out instead of repeating * aliases` }], lineOf };
  }
}

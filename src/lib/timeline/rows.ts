/**
 * Puts labelled marks into rows so that nothing overlaps: the most important item first, each trying its
 * footprints in order (its label on one line, on two lines, its mark alone) in the lowest rows that are
 * free. A label that fits nowhere gives way and its mark stays, so the less important label yields;
 * only an item whose mark alone finds no room opens a new row, and takes its label with it.
 */

/** One way to draw an item: its horizontal extent and how many row units it needs. */
export interface Footprint {
  x0: number;
  x1: number;
  units: number;
}

/** Where an item went: which of its footprints, from which row unit. */
export interface Placement {
  choice: number;
  row: number;
}

/**
 * Places `items` (in priority order, each a list of footprints from the most to the least wanted) into
 * `maxUnits` row units, keeping `gap` px between neighbours in a row; an item that finds no room at all
 * goes, with its first footprint, to the first rows free of it beyond.
 */
export function packRows(items: readonly (readonly Footprint[])[], maxUnits: number, gap: number): Placement[] {
  const taken: (Footprint & { row: number })[] = [];
  const free = (f: Footprint, row: number) =>
    taken.every((t) => row + f.units <= t.row || t.row + t.units <= row || f.x1 + gap <= t.x0 || t.x1 + gap <= f.x0);
  const place = (f: Footprint, choice: number, row: number): Placement => {
    taken.push({ ...f, row });
    return { choice, row };
  };
  return items.map((footprints) => {
    if (footprints.length === 0) throw new Error('packRows: an item has no footprint');
    for (let choice = 0; choice < footprints.length; choice += 1) {
      const f = footprints[choice]!;
      for (let row = 0; row + f.units <= maxUnits; row += 1) if (free(f, row)) return place(f, choice, row);
    }
    let row = 0;
    while (!free(footprints[0]!, row)) row += 1;
    return place(footprints[0]!, 0, row);
  });
}

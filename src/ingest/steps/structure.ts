/** Step 6 — blocks to structure: short standalone lines inside the body are subheadings, the rest paragraphs. */
import type { Unit } from './repair.ts';

export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** A subheading: short, not a sentence (no full stop or comma at its end), followed by a longer block. */
function isSubheading(unit: Unit, next: Unit | undefined): boolean {
  const words = unit.text.split(/\s+/).filter(Boolean).length;
  return (
    next !== undefined &&
    words >= 1 &&
    words <= 12 &&
    unit.text.length <= 90 &&
    !/[.،,;…]$/.test(unit.text) &&
    next.text.length > unit.text.length
  );
}

/** Gives each block its kind; the first block is never a heading (the title was taken before). */
export function structure(units: Unit[]): Block[] {
  return units.map((unit, i) => ({
    kind: i > 0 && isSubheading(unit, units[i + 1]) ? 'heading' : 'paragraph',
    text: unit.text,
  }));
}

/** The plain article text: blocks separated by a blank line, no markup. */
export function plainText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

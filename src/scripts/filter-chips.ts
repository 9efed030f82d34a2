/**
 * The chips of the active filters, above the timeline and above the map: each says a filter and removes
 * it when pressed. Built with the one DOM helper (src/scripts/dom.ts): text only.
 */
import type { TimelineState } from '../lib/timeline/state.ts';
import { chipsOf, withoutChip } from '../lib/timeline/view-words.ts';
import { el } from './dom.ts';
import { setView, viewNames } from './view-state.ts';

/** Fills `list` (a <ul>) with one chip per active filter of `view`; pressing one removes that filter from the page's view. */
export function renderChips(list: HTMLElement, view: TimelineState): void {
  const chips = chipsOf(view, viewNames).map((chip) => {
    const item = el('li');
    const button = el('button', { className: 'filter-chip' });
    button.type = 'button';
    button.dataset.chip = chip.key;
    button.setAttribute('aria-label', chip.remove);
    const cross = el('span', { className: 'filter-chip__remove', text: '×' });
    cross.setAttribute('aria-hidden', 'true');
    button.append(el('span', { text: chip.text }), cross);
    button.addEventListener('click', () => setView(withoutChip(view, chip.key)));
    item.append(button);
    return item;
  });
  list.replaceChildren(...chips);
  list.hidden = chips.length === 0;
}

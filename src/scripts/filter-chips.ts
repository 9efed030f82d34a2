/**
 * The chips of the active filters, above the timeline and above the map: each says a filter and removes
 * it when pressed. Built with DOM nodes and textContent only.
 */
import type { TimelineState } from '../lib/timeline/state.ts';
import { chipsOf, withoutChip } from '../lib/timeline/view-words.ts';
import { setView, viewNames } from './view-state.ts';

/** Fills `list` (a <ul>) with one chip per active filter of `view`; pressing one removes that filter from the page's view. */
export function renderChips(list: HTMLElement, view: TimelineState): void {
  const chips = chipsOf(view, viewNames).map((chip) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'filter-chip';
    button.dataset.chip = chip.key;
    button.setAttribute('aria-label', chip.remove);
    const text = document.createElement('span');
    text.textContent = chip.text;
    const cross = document.createElement('span');
    cross.className = 'filter-chip__remove';
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    button.append(text, cross);
    button.addEventListener('click', () => setView(withoutChip(view, chip.key)));
    item.append(button);
    return item;
  });
  list.replaceChildren(...chips);
  list.hidden = chips.length === 0;
}

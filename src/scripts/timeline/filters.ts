/** The timeline's filter form: read as a view (with the URL's own parser), written back from one. */
import { parseState, type KnownIds, type TimelineState } from '../../lib/timeline/state.ts';

/** The view the form's controls say. */
export function readForm(form: HTMLFormElement, known: KnownIds): TimelineState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(key, value);
  return parseState(params, known);
}

/** Sets the form's controls to a view. */
export function writeForm(form: HTMLFormElement, view: TimelineState): void {
  for (const key of ['from', 'to', 'place', 'type'] as const) {
    const control = form.elements.namedItem(key);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = view[key] ?? '';
  }
  const disputed = form.elements.namedItem('disputed');
  if (disputed instanceof HTMLInputElement) disputed.checked = view.disputed;
  // A chosen place, type or period opens the box that holds its control, so the reader sees where it is set.
  const more = form.querySelector('details');
  if (more && (view.from || view.to || view.place || view.type)) more.open = true;
}

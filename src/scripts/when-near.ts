/**
 * Runs `load` once `target` (an element, or the first one matching a selector) comes within 200 px of the
 * viewport, at once without IntersectionObserver; a failure is logged, the page keeps its static content.
 */
export function whenNear(target: Element | string, load: () => Promise<unknown>): void {
  const element = typeof target === 'string' ? document.querySelector(target) : target;
  if (!element) return;
  const run = () => void load().catch((error: unknown) => console.warn(`${element.localName}:`, error));
  if (!('IntersectionObserver' in window)) return run();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      run();
    },
    { rootMargin: '200px' },
  );
  observer.observe(element);
}

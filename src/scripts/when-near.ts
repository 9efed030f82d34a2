/** Runs `load` once the first element matching `selector` comes within 200 px of the viewport (at once without IntersectionObserver). */
export function whenNear(selector: string, load: () => Promise<unknown>): void {
  const target = document.querySelector(selector);
  if (!target) return;
  const run = () => void load().catch((error: unknown) => console.warn(`${selector}:`, error));
  if (!('IntersectionObserver' in window)) return run();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      run();
    },
    { rootMargin: '200px' },
  );
  observer.observe(target);
}

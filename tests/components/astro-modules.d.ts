// The type of a component module imported by a test: Astro's compiler makes the module, TypeScript sees only this.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

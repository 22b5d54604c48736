/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The package version, injected by vite.config.ts `define`. */
declare const __APP_VERSION__: string;

/**
 * True in a build: the packs come from the build-time catalog. A constant (build/pack-catalog.ts
 * defines it), so the build drops the dev server's pack worker altogether. Not
 * `import.meta.env.DEV`: that follows NODE_ENV, which a build run from the test runner has as "test".
 */
declare const __PACK_CATALOG__: boolean;

/** The bundled packs, validated at build time (build/pack-catalog.ts); `catalog` is null on the dev server. */
declare module 'virtual:pack-catalog' {
  /** `PackListing[]`, one per `questions/*.json`. */
  export const catalog: readonly unknown[] | null;
  /** File → its checked `Pack`, a chunk of its own. */
  export const packData: Readonly<Record<string, () => Promise<unknown>>>;
}

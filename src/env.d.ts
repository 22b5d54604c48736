/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The package version, injected by vite.config.ts `define`. */
declare const __APP_VERSION__: string;

/** The bundled packs, validated at build time (build/pack-catalog.ts); `catalog` is null on the dev server. */
declare module 'virtual:pack-catalog' {
  /** `PackListing[]`, one per `questions/*.json`. */
  export const catalog: readonly unknown[] | null;
  /** File → its checked `Pack`, a chunk of its own. */
  export const packData: Readonly<Record<string, () => Promise<unknown>>>;
}

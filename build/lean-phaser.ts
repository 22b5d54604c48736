// A lean, Canvas-only Phaser: the build bundles build/phaser-lean.js (only what the game uses)
// from Phaser's CommonJS `src/` instead of its prebuilt all-in-one ESM file, with Phaser's own
// build flags set the way its webpack config sets them. 357 KB gzip becomes ~145 KB.
//
// Canvas only: the game draws text, rectangles, a few images and particles, which Canvas 2D does
// at full speed (GPU-composited in Chromium); WebGL would add ~53 KB gzip to the first load, more
// than the whole first-load budget leaves for the app, and on software GL it was 3× slower.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PHASER_SRC = fileURLToPath(new URL('../node_modules/phaser/src', import.meta.url));
const ENTRY = fileURLToPath(new URL('./phaser-lean.js', import.meta.url));
const LITE = fileURLToPath(new URL('./phaser-lite-modules.js', import.meta.url));

/** Requires in Phaser's sources pointed at a smaller stand-in: file → [require, export of LITE]. */
const SUBSTITUTES: Readonly<Record<string, readonly [string, string]>> = {
  'core/Config.js': ["require('../math/')", 'math'],
  'utils/object/GetAdvancedValue.js': ["require('../../math')", 'math'],
  'textures/TextureManager.js': ["require('./parsers')", 'textureParsers'],
};

/** Phaser's compile-time feature flags (`typeof X` in its sources), as its webpack config sets them. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/** `typeof FLAG` → `true`/`false` inside Phaser's sources only. */
export function setPhaserFlags(code: string): string {
  return code.replace(/\btypeof\s+([A-Z][A-Z0-9_]+)\b/g, (whole, name: string) => (name in PHASER_FLAGS ? String(PHASER_FLAGS[name]) : whole));
}

export function leanPhaser(): Plugin {
  return {
    name: 'lean-phaser',
    // The dev server keeps Phaser's prebuilt ESM file (fast start, no CommonJS to transform);
    // the game asks for the Canvas renderer itself, so both draw the same way.
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: ENTRY },
          { find: /^phaser-src\//, replacement: `${PHASER_SRC}/` },
        ],
      },
    }),
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC)) return null;
      let out = setPhaserFlags(code);
      const substitute = SUBSTITUTES[id.slice(PHASER_SRC.length + 1).replace(/\\/g, '/')];
      if (substitute) {
        const [from, name] = substitute;
        // A Phaser update that moves the require must not silently keep the full module.
        if (!out.includes(from)) this.error(`lean-phaser: ${from} not found in ${id}; update build/lean-phaser.ts`);
        out = out.replace(from, `require(${JSON.stringify(LITE)}).${name}`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

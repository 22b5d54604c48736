// Brotli and gzip copies beside every text file of the build, so a static host sends them as they
// are instead of compressing on each request (`npm start` does: server/app.ts, `preCompressed`).
// Run once the whole output is on disk (the service worker included, and without the sheets
// inlined into the pages), hence a closeBundle step of our own: vite-plugin-compression2 takes
// its file list before later plugins drop files, and patches process.stdout while it runs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:js|mjs|css|html|json|svg|webmanifest|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Writes `<file>.br` and `<file>.gz` for each text file of `dir` over `minBytes`, when smaller. Returns the files compressed. */
export function precompressDir(dir: string, minBytes = 1024): string[] {
  const done: string[] = [];
  for (const file of filesUnder(dir)) {
    if (!TEXT.test(file) || statSync(file).size < minBytes) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    // A copy no smaller than the file is worse than none: the host then sends the file itself.
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    done.push(file);
  }
  return done;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressDir(outDir);
      },
    },
  };
}

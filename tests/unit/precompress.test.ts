// The build's compressed copies (build/precompress.ts): text files over the threshold get a brotli
// and a gzip copy, each only where it is smaller; small files and binary assets are left alone.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../build/precompress';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes copies that decompress to the file, for text files over the threshold only', () => {
    mkdirSync(join(dir, 'assets'));
    const js = 'export const a = "goal";\n'.repeat(200);
    writeFileSync(join(dir, 'assets', 'app.js'), js);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>small</title>');
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 7));
    // Incompressible: a copy would be no smaller, so none is written.
    writeFileSync(join(dir, 'assets', 'noise.js'), randomBytes(4096));
    const done = precompressDir(dir).map((f) => f.slice(dir.length)).sort();
    expect(done).toEqual(['/assets/app.js', '/assets/noise.js']);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app.js.gz'))).toString()).toBe(js);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false);
    expect(existsSync(join(dir, 'icon.png.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'noise.js.gz'))).toBe(false);
  });
});

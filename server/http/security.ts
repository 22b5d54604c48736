import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Content-Security-Policy the game and the studio run under (tests/e2e check both pages load
// under it in Chromium). Everything is our own origin; a pack or board from elsewhere is fetched
// only by the URL the player opened (`?pack=https://…`), hence connect-src https:.
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Phaser and the DOM layer set element styles from script.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https:'],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The SHA-256 sources of the inline scripts in the built pages (index.html has one: the
 * "could not be loaded" notice), so script-src can stay 'self' without 'unsafe-inline'.
 */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push(`'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  }
  return out;
}

/** The policy for a build in `staticDir`: the fixed directives plus its pages' inline-script hashes. */
export function policyFor(staticDir: string | undefined): Record<string, string[]> {
  const hashes = new Set<string>();
  if (staticDir) {
    for (const page of ['index.html', 'studio.html']) {
      const file = join(staticDir, page);
      if (existsSync(file)) inlineScriptHashes(readFileSync(file, 'utf8')).forEach((h) => hashes.add(h));
    }
  }
  return { ...CONTENT_SECURITY_POLICY, 'script-src': [...CONTENT_SECURITY_POLICY['script-src']!, ...hashes] };
}

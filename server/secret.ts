// The HMAC secret: SECRET from the environment, or one generated once into DATA_DIR/secret
// (0600) so tokens and device hashes stay valid across restarts.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSecret(envSecret: string | undefined, dataDir: string): Buffer {
  if (envSecret) {
    if (envSecret.length < 16) throw new Error('SECRET must be at least 16 characters');
    return Buffer.from(envSecret, 'utf8');
  }
  const file = join(dataDir, 'secret');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

// The HMAC secret: SECRET from the environment, or one generated once into DATA_DIR/secret
// (0600) so tokens and player ids stay valid across restarts. A secret that is missing, empty or
// short is refused at start, never used: an empty key would let anyone mint runs.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MIN_SECRET_CHARS = 32;

/** A start-up refusal: its message names what is wrong and where, in one plain line. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export function loadSecret(envSecret: string | undefined, dataDir: string): Buffer {
  if (envSecret !== undefined && envSecret !== '') {
    if (envSecret.trim().length < MIN_SECRET_CHARS) throw new StartupError(`SECRET is ${envSecret.trim().length} characters; it must be at least ${MIN_SECRET_CHARS}`);
    return Buffer.from(envSecret.trim(), 'utf8');
  }
  const file = join(dataDir, 'secret');
  writeSecretOnce(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new StartupError(`cannot read the secret file ${file}: ${(error as Error).message}`);
  }
  if (text.length < MIN_SECRET_CHARS) {
    throw new StartupError(`the secret file ${file} holds ${text.length} characters; it must hold at least ${MIN_SECRET_CHARS} (remove it to have a new one made, which voids issued runs)`);
  }
  return Buffer.from(text, 'utf8');
}

/** Writes a fresh secret only if none exists: temp file, fsync, then link into place (atomic, never over an existing one). */
function writeSecretOnce(file: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (error) {
    throw new StartupError(`DATA_DIR is not writable: cannot create ${temp} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    writeSync(fd, randomBytes(32).toString('hex'));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw new StartupError(`cannot write the secret to ${temp}: ${(error as Error).message}`);
  }
  closeSync(fd);
  try {
    // link() fails if the target exists, so a secret already there (or made by a racing start) wins.
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StartupError(`cannot put the secret at ${file}: ${(error as Error).message}`);
  } finally {
    unlinkSync(temp);
  }
  // The directory entry too, so a power cut cannot lose the name of a key already handed out.
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

// Where a command's result goes: a file (--out) or standard output.
import { writeFileSync } from 'node:fs';

export function emit(text: string, file: string | undefined, out: (line: string) => void): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (file) writeFileSync(file, body, 'utf8');
  else out(body.slice(0, -1));
}

export function readInput(file: string, readStdin: () => string, readFile: (f: string) => string): string {
  return file === '-' ? readStdin() : readFile(file);
}

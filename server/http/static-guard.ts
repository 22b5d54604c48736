// Static files: nothing reached through a symbolic link is served (a link in the build could point
// anywhere on the disk). Dotfiles are refused by @fastify/static's own `dotfiles: 'deny'`.
import { lstatSync } from 'node:fs';
import { join, sep } from 'node:path';

export function noSymlinkInside(root: string): (pathName: string) => boolean {
  return (pathName) => {
    let at = root;
    for (const part of decodeURIComponent(pathName).split('/').filter(Boolean)) {
      if (part === '..') return false;
      at = join(at, part);
      if (!at.startsWith(root + sep) && at !== root) return false;
      try {
        if (lstatSync(at).isSymbolicLink()) return false;
      } catch {
        return true; // not there: @fastify/static answers 404 itself
      }
    }
    return true;
  };
}

/**
 * Is `--fix`'s output the input itself? By path, by real path (a symlink to it, or through a
 * linked folder) and by device + inode (a hard link): writing there would overwrite the input.
 */
import { realpathSync, statSync } from 'fs';
import { resolve } from 'path';

export function sameFile(input: string, output: string): 'path' | 'link' | null {
  if (resolve(input) === resolve(output)) return 'path';
  let a;
  let b;
  try {
    a = statSync(input);
    b = statSync(output);
  } catch {
    // The output does not exist yet (or cannot be read): it is not the input.
    return null;
  }
  if (a.dev === b.dev && a.ino === b.ino) return 'link';
  try {
    if (realpathSync(input) === realpathSync(output)) return 'link';
  } catch {
    return null;
  }
  return null;
}

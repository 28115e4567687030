/**
 * Expand the paths given to `check`: files as they are (whatever their name: the content says
 * what they are), folders to the files inside a reviewer receives (FOLDER_EXTENSIONS: workbooks,
 * Word reports and old .doc files, the last to be named).
 */
import { existsSync, readdirSync, statSync } from 'fs';
import { extname, join } from 'path';
import { FOLDER_EXTENSIONS } from './fileKind';

export interface InputPath {
  path: string;
  /** Set when the path cannot be used at all. */
  problem?: 'not-found' | 'empty-folder';
}

function workbooksIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...workbooksIn(full));
    // `~$name.xlsx` is Excel's lock file of an open workbook.
    else if (
      FOLDER_EXTENSIONS.includes(extname(entry.name).toLowerCase()) &&
      !entry.name.startsWith('~$')
    )
      out.push(full);
  }
  return out;
}

export function expandPaths(paths: string[]): InputPath[] {
  const out: InputPath[] = [];
  for (const p of paths) {
    if (!existsSync(p)) out.push({ path: p, problem: 'not-found' });
    else if (statSync(p).isDirectory()) {
      const files = workbooksIn(p);
      if (files.length === 0) out.push({ path: p, problem: 'empty-folder' });
      out.push(...files.map((f) => ({ path: f })));
    } else out.push({ path: p });
  }
  return out;
}

/**
 * Names for new sheets, for every host that lays out plans (Excel, the .xlsx files of the CLI):
 * never one in use (Excel compares names case-blind), always valid.
 */

/** Excel's limits on a sheet name. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** A project name as a sheet-name part: no forbidden characters, no edge apostrophes. */
export function cleanSheetName(name: string): string {
  return name
    .replace(FORBIDDEN, '')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_LENGTH)
    .trim();
}

/** `name`, else `name (2)`, `name (3)`, … — the first not in use (mirrors the xlsx host). */
export function freeSheetName(used: Iterable<string>, name: string): string {
  const taken = new Set([...used].map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    // Shorten the base, keep the suffix: Excel caps names at 31 characters.
    const candidate = name.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** `附件3 项目<n>`: the template's name for the n-th (1-based) unnamed project. */
export function numberedProjectSheetName(n: number): string {
  return `附件3 项目${n}`;
}

/**
 * The suggested name of a 附件3: `附件3 <project>` for a named project, else the first free
 * `附件3 项目<n>` (the template's naming), so unnamed projects count up instead of stacking (2)s.
 */
export function projectSheetName(projectName: string, used: Iterable<string>): string {
  const clean = cleanSheetName(projectName);
  if (clean !== '') return cleanSheetName(`附件3 ${clean}`);
  const taken = new Set([...used].map((n) => n.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = numberedProjectSheetName(n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

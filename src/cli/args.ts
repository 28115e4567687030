/** A small argument parser: positional words, `--flag`, `--opt value`, `-o value`. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
  unknown: string[];
}

export function parseArgs(
  argv: string[],
  valueOptions: string[],
  flagOptions: string[],
): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: new Map(), flags: new Set(), unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
    if (valueOptions.includes(name)) {
      const value = eq > 0 && name !== a ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) out.unknown.push(a);
      else out.options.set(name, value);
    } else if (flagOptions.includes(a)) out.flags.add(a);
    else if (a.startsWith('-') && a !== '-') out.unknown.push(a);
    else out.positional.push(a);
  }
  return out;
}

/**
 * The shared code runs in IE11 (Excel 2016 MSI) and Safari < 16.4 (Excel on older Macs) once
 * TypeScript compiles it to ES5. TypeScript does not rewrite regular expressions and core-js
 * cannot polyfill String.prototype.normalize, so the sources must not use: lookbehind `(?<=`
 * `(?<!`, named groups `(?<name>` or `\k<name>`, `\p{…}` / `\P{…}`, the flags u, s, y, d, v, or
 * `.normalize(` (outside core/nfkc.ts, which checks for it first). One broken regex literal is a
 * SyntaxError for the whole bundle there. Regex literals and `.normalize` are found with
 * TypeScript's own parser, so comments and strings do not count.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const DIRS = [
  'src/core',
  'src/hosts/excel',
  'src/strings',
  'src/layout',
  'src/taskpane',
  'src/app',
  'src/legacy',
];
const NFKC = 'src/core/nfkc.ts';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What in a regex source (between the slashes) IE11 cannot parse; empty when nothing. */
function es5RegexProblems(pattern: string, flags: string): string[] {
  const problems: string[] = [];
  for (const flag of flags) if (!'gim'.includes(flag)) problems.push(`flag ${flag}`);
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1];
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') problems.push(`\\${next}{`);
      if (next === 'k' && pattern[i + 2] === '<') problems.push('\\k<name>');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(' && pattern[i + 1] === '?' && pattern[i + 2] === '<') {
      const kind = pattern[i + 3];
      problems.push(kind === '=' || kind === '!' ? `lookbehind (?<${kind}` : 'named group (?<');
    }
  }
  return problems;
}

/** `s.normalize` or `s['normalize']`, called or not; comments and strings do not count. */
function isNormalize(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return node.name.text === 'normalize';
  return (
    ts.isElementAccessExpression(node) &&
    ts.isStringLiteralLike(node.argumentExpression) &&
    node.argumentExpression.text === 'normalize'
  );
}

interface Finding {
  at: string;
  problem: string;
}

/** The problems of one source file, `name` being its path from the repository root. */
function findings(name: string, text: string): Finding[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Finding[] = [];
  const at = (node: ts.Node) =>
    `${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const check = (node: ts.Node, pattern: string, flags: string) => {
    for (const problem of es5RegexProblems(pattern, flags))
      out.push({ at: at(node), problem: `${problem} in /${pattern}/${flags}` });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      check(node, node.text.slice(1, slash), node.text.slice(slash + 1));
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (arg: ts.Expression | undefined) =>
        arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
          ? arg.text
          : null;
      const source = pattern ? literal(pattern) : '';
      const flagText = flags ? literal(flags) : '';
      // A regex literal argument is checked on its own; anything else cannot be checked.
      if (source === null && !(pattern && ts.isRegularExpressionLiteral(pattern)))
        out.push({ at: at(node), problem: 'RegExp source not a literal: cannot check it' });
      if (flagText === null)
        out.push({ at: at(node), problem: 'RegExp flags not a literal: cannot check them' });
      check(node, source ?? '', flagText ?? '');
    } else if (name !== NFKC && isNormalize(node)) {
      out.push({ at: at(node), problem: '.normalize (use nfkc() from core/nfkc.ts)' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('ES5 regexes and no String.prototype.normalize in the shared code', () => {
  const files = DIRS.flatMap((dir) => tsFiles(join(ROOT, dir)));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => relative(ROOT, f).split('\\').join('/'))).toContain(NFKC);
  });

  it('no lookbehind, named group, \\p{, u/s/y flag or .normalize( in any of them', () => {
    const found = files
      .flatMap((file) =>
        findings(relative(ROOT, file).split('\\').join('/'), readFileSync(file, 'utf8')),
      )
      .map((f) => `${f.at}: ${f.problem}`);
    expect(found).toEqual([]);
  });

  it('the checker catches what it looks for', () => {
    const probe = (code: string) => findings('src/core/probe.ts', code).map((f) => f.problem);
    expect(probe("s.normalize('NFKC'); s['normalize']('NFKC'); const f = s.normalize;")).toEqual(
      Array(3).fill('.normalize (use nfkc() from core/nfkc.ts)'),
    );
    expect(probe("// s.normalize('NFKC')\nconst t = 's.normalize(1) /(?<!a)b/u';")).toEqual([]);
    expect(probe('const a = /(?<!不)大于/;\nconst b = new RegExp("\\\\p{L}", "u");')).toEqual([
      'lookbehind (?<! in /(?<!不)大于/',
      'flag u in /\\p{L}/u',
      '\\p{ in /\\p{L}/u',
    ]);
    expect(findings('src/core/probe.ts', 'const a = 1;\nconst b = /x/s;')[0].at).toBe(
      'src/core/probe.ts:2',
    );
    expect(probe('new RegExp(source, flags);')).toHaveLength(2);
    expect(es5RegexProblems('(?<![不未])超过', '')).toEqual(['lookbehind (?<!']);
    expect(es5RegexProblems('(?<=a)b', 'g')).toEqual(['lookbehind (?<=']);
    expect(es5RegexProblems('(?<year>\\d{4})\\k<year>', '')).toEqual([
      'named group (?<',
      '\\k<name>',
    ]);
    expect(es5RegexProblems('^[\\p{L}_]$', 'u')).toEqual(['flag u', '\\p{']);
    expect(es5RegexProblems('a.b', 'sy')).toEqual(['flag s', 'flag y']);
    // Escaped or in a class, `(?<` is plain text.
    expect(es5RegexProblems('\\(?<a', '')).toEqual([]);
    expect(es5RegexProblems('[(?<]x', 'gi')).toEqual([]);
    expect(es5RegexProblems('(?:^|[^不])大于|(?=a)(?!b)', 'gim')).toEqual([]);
  });
});

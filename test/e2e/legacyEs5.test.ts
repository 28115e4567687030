/**
 * The legacy pane's production build is ES5 from end to end, as Internet Explorer 11 (Excel
 * 2016/2019 perpetual) parses it: every dist/legacy*.js parses with acorn at ecmaVersion 5,
 * which also rejects what IE11 cannot compile in a regex literal (lookbehind, named groups,
 * the `u`, `y` and `s` flags), and nothing in it calls Proxy, which IE11 lacks and no polyfill
 * can supply. legacy.html loads office.js before the bundle.
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { buildAddinOnce } from './browser';

/** `file:line:col: message` and the source around the error, or null when it parses. */
function es5Error(file: string, source: string): string | null {
  try {
    parse(source, { ecmaVersion: 5, sourceType: 'script' });
    return null;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number; loc?: { line: number; column: number } };
    const pos = err.pos ?? 0;
    const where = err.loc ? `${err.loc.line}:${err.loc.column + 1}` : `@${pos}`;
    const snippet = source.slice(Math.max(0, pos - 120), pos + 80);
    return `${file}:${where}: ${err.message}\n  …${snippet}…`;
  }
}

describe('the legacy pane’s production build', () => {
  let dist: string;
  let scripts: string[];

  beforeAll(async () => {
    dist = await buildAddinOnce();
    scripts = readdirSync(dist).filter((f) => /^legacy.*\.js$/.test(f));
  }, 300000);

  it('has a legacy bundle', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('parses as ES5, every file', () => {
    const errors = scripts
      .map((f) => es5Error(f, readFileSync(join(dist, f), 'utf8')))
      .filter((e): e is string => e !== null);
    expect(errors).toEqual([]);
  });

  it('never constructs a Proxy (IE11 has none, and no polyfill can make one)', () => {
    const proxies = scripts.filter((f) =>
      /\bnew\s+Proxy\b/.test(readFileSync(join(dist, f), 'utf8')),
    );
    expect(proxies).toEqual([]);
  });

  it('legacy.html loads office.js, then the bundle, both with plain script tags', () => {
    const html = readFileSync(join(dist, 'legacy.html'), 'utf8');
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    const srcs = tags
      .map((t) => /\ssrc=(?:"([^"]+)"|([^\s>]+))/.exec(t))
      .map((m) => m?.[1] ?? m?.[2]);
    const office = srcs.findIndex((s) => s === 'office-js/office.js');
    const bundle = srcs.findIndex((s) => s !== undefined && /^legacy\.[0-9a-f]{8}\.js$/.test(s));
    expect(office).toBeGreaterThanOrEqual(0);
    expect(bundle).toBeGreaterThan(office);
    // Parser-blocking, in document order: no defer, async or module.
    expect(tags.filter((t) => /\s(defer|async)\b|type="?module/.test(t))).toEqual([]);
    expect(html).toContain('content="IE=Edge"');
  });
});

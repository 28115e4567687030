/**
 * The browser tests' Chromium: the system's /usr/bin/chromium driven by playwright-core (no
 * browser download), headless, with a fresh profile, and nothing that phones home.
 */
import { execFileSync } from 'child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = resolve(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export const hasChromium = existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Another browser's user agent string (the legacy pane's test poses as IE11). */
  userAgent?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'selfeval-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    headless: true,
    viewport: { width: 1500, height: 950 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The production build of the add-in, into its own folder (dist/ is left alone). */
export function buildAddin(out: string = join(ARTIFACTS, 'e2e-dist')): string {
  const webpack = require.resolve('webpack-cli/bin/cli.js');
  try {
    execFileSync(process.execPath, [webpack, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch (e) {
    // webpack prints its errors on stdout: show them rather than "Command failed".
    const output = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`the production build failed:\n${output.slice(-4000)}`);
  }
  return out;
}

/**
 * The jest run this process belongs to: the main process's pid, which is a worker's parent, or
 * this very process when jest runs in band.
 */
function jestRun(): string {
  return String(typeof process.send === 'function' ? process.ppid : process.pid);
}

const readOr = (file: string, fallback: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
};

/**
 * One production build per jest run for the test files that share it (the legacy pane's), in
 * its own folder: the first file to ask builds (holding a lock folder, so files in parallel
 * workers never write the same folder at once), the others wait for it and reuse it. A build
 * from an earlier run is never reused; a lock an earlier run left behind is taken over.
 */
export async function buildAddinOnce(): Promise<string> {
  const out = join(ARTIFACTS, 'e2e-dist-shared');
  const stamp = `${out}.built`;
  const lock = `${out}.lock`;
  const owner = join(lock, 'run');
  const run = jestRun();
  mkdirSync(ARTIFACTS, { recursive: true });
  for (;;) {
    if (readOr(stamp, '') === run) return out;
    try {
      mkdirSync(lock);
    } catch {
      const held = readOr(owner, run);
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (held !== run || age > 10 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      writeFileSync(owner, run);
      rmSync(stamp, { force: true });
      buildAddin(out);
      writeFileSync(stamp, run);
      return out;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

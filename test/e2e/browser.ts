/**
 * The browser tests' Chromium: the system's /usr/bin/chromium driven by playwright-core (no
 * browser download), headless, with a fresh profile, and nothing that phones home.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
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

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'selfeval-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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
export function buildAddin(): string {
  const out = join(ARTIFACTS, 'e2e-dist');
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

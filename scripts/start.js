#!/usr/bin/env node
/**
 * `npm start`: the webpack dev server on https://localhost:3000, and, where Excel is installed
 * (Windows or macOS), office-addin-debugging to sideload manifest.xml into desktop Excel.
 * office-addin-debugging is fetched with `npx --yes` on demand and never installed in the
 * project: it depends on keytar, a native module that does not build everywhere.
 *
 * Without Excel it serves only and prints the address of the standalone preview (the pane on a
 * demo workbook in the browser).
 *
 * SELFEVAL_NO_EXCEL=1 npm start   serve only, even where Excel is installed.
 */
'use strict';
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;

/** Where desktop Excel is, or null (with the reason) when sideloading is not possible here. */
function findExcel() {
  if (process.env.SELFEVAL_NO_EXCEL) return { path: null, why: 'SELFEVAL_NO_EXCEL is set' };
  if (process.platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return fs.existsSync(app) ? { path: app } : { path: null, why: `${app} not found` };
  }
  if (process.platform === 'win32') {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
    const r = spawnSync('reg', ['query', key, '/ve'], { encoding: 'utf8' });
    const m = /REG_SZ\s+(.+)/.exec(r.stdout || '');
    if (m && fs.existsSync(m[1].trim().replace(/"/g, ''))) return { path: m[1].trim() };
    return { path: null, why: 'no excel.exe registered under App Paths' };
  }
  return { path: null, why: `desktop Excel does not run on ${process.platform}` };
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, 'localhost');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listening on port ${port}`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

/** https or http: webpack.config.js falls back to http where no certificate could be made. */
function servedProtocol(port) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port, host: 'localhost', rejectUnauthorized: false }, () => {
      socket.end();
      resolve('https');
    });
    socket.once('error', () => resolve('http'));
    socket.setTimeout(3000, () => {
      socket.destroy();
      resolve('http');
    });
  });
}

async function printPreviewAddress() {
  await waitForPort(PORT, 180000);
  const url = `${await servedProtocol(PORT)}://localhost:${PORT}/taskpane.html`;
  console.log(`[selfeval] Open ${url} in a browser: the pane on a demo workbook, without Excel.`);
}

async function main() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  const stop = () => server.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const excel = findExcel();
  if (!excel.path) {
    console.log(`[selfeval] Not sideloading into desktop Excel (${excel.why}); serving only.`);
    console.log('[selfeval] To try the add-in, see docs/sideload.md (Excel on the web works too).');
    await printPreviewAddress();
    return;
  }
  await waitForPort(PORT, 180000);
  console.log(`[selfeval] Excel found (${excel.path}): sideloading manifest.xml.`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const args = ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop'];
  const debug = spawn(npx, [...args, '--dev-server-port', String(PORT)], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  debug.on('exit', (code) => {
    if (code)
      console.warn(`[selfeval] office-addin-debugging exited with ${code}; see docs/sideload.md.`);
  });
}

main().catch((e) => {
  console.error(`[selfeval] ${e.message}`);
  process.exitCode = 1;
});

#!/usr/bin/env node
/**
 * Offline manifest validation. `office-addin-manifest validate` posts the file to Microsoft's
 * service, which this project cannot reach, so the manifest is checked with xmllint against the
 * 2016–2019 XSDs kept in ../shared/schemas/office-addin-manifest (see their README), plus the
 * checks those XSDs cannot express: every resid defined, every URL https, icon files present at
 * the right pixel size.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml ...]
 *   default: manifest.xml, and dist/manifest.xml too when a build has written one.
 * Exit: 0 valid; 1 invalid; 2 the validator could not run.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const ROOT_SCHEMA = path.join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd');
const DEV_BASE = 'https://localhost:3000/';

function xmllintVersion() {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (r.error) return null;
  const m = /libxml version (\d+)/.exec(`${r.stdout}${r.stderr}`);
  return m ? m[1] : 'unknown';
}

function schemaCheck(file) {
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', ROOT_SCHEMA, file], {
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status === 0;
}

/** Width and height from a PNG's IHDR, or null when the file is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Where a manifest URL's file lives locally (assets/ is copied to dist/assets/). */
function localFileFor(url, manifestFile) {
  const base = /<IconUrl DefaultValue="([^"]*\/)assets\//.exec(
    fs.readFileSync(manifestFile, 'utf8'),
  );
  const prefix = base ? base[1] : DEV_BASE;
  if (!url.startsWith(prefix)) return null;
  const rel = url.slice(prefix.length);
  return rel.startsWith('assets/') ? path.join(ROOT, rel) : null;
}

/** The rules the XSDs leave out (README: "Not checked"). Returns a list of problems. */
function extraChecks(file) {
  const xml = fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const problems = [];
  const defined = new Set([...xml.matchAll(/<bt:\w+ id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g))
    if (!defined.has(resid)) problems.push(`resid "${resid}" is not defined under <Resources>`);
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g))
    if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);
  const hostNames = [...xml.matchAll(/<Host Name="([^"]+)"/g)].map((m) => m[1]);
  for (const name of hostNames)
    if (name !== 'Workbook') problems.push(`<Host Name="${name}">: expected Workbook`);

  const expectSize = (url, size, what) => {
    const local = localFileFor(url, file);
    if (!local) return; // not ours to check (another server)
    if (!fs.existsSync(local))
      return problems.push(`${what}: ${path.relative(ROOT, local)} missing`);
    const dim = pngSize(local);
    if (!dim || dim.width !== size || dim.height !== size)
      problems.push(`${what}: ${path.relative(ROOT, local)} is not a ${size}×${size} PNG`);
  };
  const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(xml);
  if (icon) expectSize(icon[1], 32, 'IconUrl');
  const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml);
  if (hiRes) expectSize(hiRes[1], 64, 'HighResolutionIconUrl');
  const images = new Map(
    [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  for (const [, size, resid] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g))
    if (images.has(resid)) expectSize(images.get(resid), Number(size), `ribbon icon ${resid}`);
  return [...new Set(problems)];
}

function main() {
  const version = xmllintVersion();
  if (!version) {
    console.error(
      'xmllint not found. Install it (Debian/Ubuntu: apt-get install libxml2-utils; ' +
        'macOS: it ships with the system, or brew install libxml2; Windows: run this in WSL).',
    );
    return 2;
  }
  if (!fs.existsSync(ROOT_SCHEMA)) {
    console.error(
      `Schema not found: ${ROOT_SCHEMA}\n(expected ../shared/schemas/office-addin-manifest)`,
    );
    return 2;
  }
  const args = process.argv.slice(2);
  const files = args.length ? args : ['manifest.xml'];
  if (!args.length && fs.existsSync(path.join(ROOT, 'dist', 'manifest.xml')))
    files.push('dist/manifest.xml');

  console.log(
    `validator: xmllint (libxml ${version}), offline, schema ${path.relative(ROOT, ROOT_SCHEMA)}`,
  );
  let ok = true;
  for (const f of files) {
    const file = path.resolve(ROOT, f);
    const valid = schemaCheck(file);
    const problems = extraChecks(file);
    for (const p of problems) console.error(`${f}: ${p}`);
    if (!problems.length) console.log(`${f}: resids, https URLs, host and icon sizes OK`);
    ok = ok && valid && !problems.length;
  }
  return ok ? 0 : 1;
}

process.exitCode = main();

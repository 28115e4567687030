/**
 * `npm run fixtures`: writes the hand-made variant workbooks of issue #6 to
 * test/fixtures/variants/, and the real-world table classes of issue #10 to
 * test/fixtures/classes/. Each carries the seed's figures in a layout typed by hand with
 * ExcelJS (never through src/layout), so the tests prove the recognizer reads what units send.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { Pen } from './fixtures/handSheet';
import { VARIANTS } from './fixtures/variants';
import type { FormSpec, Variant } from './fixtures/variants';
import { writeBase } from './fixtures/writeBase';
import { writeOverall } from './fixtures/writeOverall';
import { writeProject } from './fixtures/writeProject';
import { CLASS_FIXTURES } from './fixtures/classes';
import { writeTable } from './fixtures/classes/table';
import type { ClassFixture } from './fixtures/classes/table';
import { buildSeedDocx, readSeedText } from './fixtures/seedDocx';

export const FIXTURE_DIR = join(__dirname, '..', 'test', 'fixtures', 'variants');
export const CLASS_DIR = join(__dirname, '..', 'test', 'fixtures', 'classes');
export const DOCX_FIXTURE = join(__dirname, '..', 'test', 'fixtures', 'docx', 'seed-report.docx');

/** A fixed date, so regenerating leaves the workbooks' properties unchanged. */
const STAMP = new Date(Date.UTC(2022, 3, 12));

function writeForm(pen: Pen, spec: FormSpec): void {
  if (spec.kind === 'base') writeBase(pen, spec.knobs);
  else if (spec.kind === 'overall') writeOverall(pen, spec.knobs);
  else writeProject(pen, spec.knobs);
}

export function buildVariant(variant: Variant): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '财务室';
  workbook.created = STAMP;
  workbook.modified = STAMP;
  for (const spec of variant.sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    const pen = new Pen(sheet, spec.pen);
    spec.forms.forEach((f, i) => {
      if (i > 0) pen.skip(2);
      writeForm(pen, f);
    });
    sheet.columns.forEach((c) => (c.width = 14));
  }
  return workbook;
}

export function buildClassFixture(fixture: ClassFixture): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '财务室';
  workbook.created = STAMP;
  workbook.modified = STAMP;
  writeTable(workbook, fixture.sheet);
  return workbook;
}

export async function makeFixtures(dir = FIXTURE_DIR, classDir = CLASS_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  mkdirSync(classDir, { recursive: true });
  const written: string[] = [];
  for (const variant of VARIANTS) {
    const path = join(dir, variant.file);
    await buildVariant(variant).xlsx.writeFile(path);
    written.push(path);
  }
  for (const fixture of CLASS_FIXTURES) {
    const path = join(classDir, fixture.file);
    await buildClassFixture(fixture).xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

/** The seed report as a Word document (its body text is read from ../shared/seeds). */
export async function makeDocxFixture(path = DOCX_FIXTURE): Promise<string[]> {
  const seedText = readSeedText();
  if (seedText === null) {
    console.warn('../shared/seeds not found: seed-report.docx left as it is');
    return [];
  }
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, await buildSeedDocx(seedText));
  return [path];
}

if (require.main === module) {
  Promise.all([makeFixtures(), makeDocxFixture()])
    .then(([a, b]) => [...a, ...b])
    .then(
      (files) => files.forEach((f) => console.log(`wrote ${f}`)),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
}

/**
 * The committed seed .docx is what `npm run fixtures` writes from the seed and seedData (its
 * document part, dates aside): a change to either shows here until the fixture is rebuilt.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { buildSeedDocx, readSeedText } from '../../scripts/fixtures/seedDocx';

const seed = readSeedText();
const itWithSeed = seed === null ? it.skip : it;

itWithSeed('test/fixtures/docx/seed-report.docx is up to date (npm run fixtures)', async () => {
  const part = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
  const committed = readFileSync(join(__dirname, '..', 'fixtures', 'docx', 'seed-report.docx'));
  expect(part(await buildSeedDocx(seed as string))).toBe(part(committed));
});

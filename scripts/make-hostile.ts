/**
 * `npm run hostile -- DIR [--small]`: writes the hostile set of issue 13 (scripts/hostile/files.ts)
 * into DIR, for trying `selfeval check` by hand; `npm run bench` makes and times the same set.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { HOSTILE_FILES, SMALL_FILES } from './hostile/files';

async function makeHostile(dir: string, small: boolean): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const file of HOSTILE_FILES) {
    const build = (small && SMALL_FILES[file.name]?.build) || file.build;
    const data = await build();
    writeFileSync(join(dir, file.name), data);
    console.log(`${file.name}  ${(data.length / 1024).toFixed(0)} KB`);
  }
}

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  console.error('用法：npm run hostile -- 文件夹 [--small]');
  process.exit(2);
}
makeHostile(dir, flag === '--small').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

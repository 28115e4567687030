import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { readWorkbookGrids } from '/work/wt-files-13/src/hosts/xlsx';
import { readWorkbookData } from '/work/wt-files-13/src/hosts/xlsx/readPackage';
import { isDeepStrictEqual } from 'util';
(async () => {
  const dir = process.argv[2];
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
  files.push('/tmp/demo13.xlsx');
  for (const f of files) {
    const a = await readWorkbookGrids(f);
    const b = (await readWorkbookData(readFileSync(f))).grids;
    const norm = (g: any[]) => JSON.parse(JSON.stringify(g));
    const A = norm(a), B = norm(b);
    if (isDeepStrictEqual(A, B)) { console.log('same', f); continue; }
    console.log('DIFF', f);
    for (let i = 0; i < Math.max(A.length, B.length); i++) {
      for (const k of ['name', 'values', 'merges', 'numberFormats', 'formulas']) {
        if (!isDeepStrictEqual(A[i]?.[k], B[i]?.[k])) {
          const x = A[i]?.[k], y = B[i]?.[k];
          if (Array.isArray(x) && Array.isArray(y)) {
            for (let r = 0; r < Math.max(x.length, y.length); r++) if (!isDeepStrictEqual(x[r], y[r])) { console.log(' ', i, k, r, JSON.stringify(x[r])?.slice(0,200), '|', JSON.stringify(y[r])?.slice(0,200)); break; }
          } else console.log(' ', i, k, JSON.stringify(x)?.slice(0,100), JSON.stringify(y)?.slice(0,100));
        }
      }
    }
  }
})();

import { readFileSync, writeFileSync } from 'fs';
import { evaluate } from '../src/core';
import { readWorkbookData } from '../src/hosts/xlsx/readPackage';
import { fixWorkbookData } from '../src/hosts/xlsx/fixPackage';
import { readZip, inflateEntry } from '../src/hosts/xlsx/zipRead';
(async () => {
  const file = process.argv[2];
  const data = readFileSync(file);
  const r = await readWorkbookData(data);
  const ev = evaluate(r.grids);
  console.log('writes', ev.writes.length, ev.writes.slice(0, 5));
  const fixed = fixWorkbookData(data, ev.writes);
  console.log('written', fixed.written, fixed.changedParts);
  writeFileSync('/tmp/fixed13.xlsx', fixed.data);
  const a = readZip(data), b = readZip(fixed.data);
  for (const e of a.entries) {
    const f = b.entries.find((x) => x.name === e.name)!;
    const same = inflateEntry(a, e, 1e9).equals(inflateEntry(b, f, 1e9));
    if (!same) console.log('changed part', e.name);
  }
  const r2 = await readWorkbookData(fixed.data);
  const ev2 = evaluate(r2.grids);
  console.log('writes after fix', ev2.writes.length, ev2.writes.slice(0, 3));
})();

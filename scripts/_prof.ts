import { performance } from 'perf_hooks';
import { recognize, evaluateForms } from '../src/core';
import { benchGrids } from './benchGrids';
const grids = benchGrids();
let tr = 0,
  te = 0;
for (let i = 0; i < 15; i++) {
  const a = performance.now();
  const forms = recognize(grids);
  const b = performance.now();
  evaluateForms(forms);
  const c = performance.now();
  if (i >= 5) {
    tr += b - a;
    te += c - b;
  }
}
console.log('recognize', (tr / 10).toFixed(1), 'ms; checks', (te / 10).toFixed(1), 'ms');

import { performance } from 'perf_hooks';
import { recognize, evaluateForms } from '../src/core';
import { benchGrids } from './benchGrids';
const grids = benchGrids();
const forms = recognize(grids);
const t: number[] = [];
for (let i = 0; i < 30; i++) { const a = performance.now(); evaluateForms(forms); t.push(performance.now() - a); }
t.sort((a, b) => a - b);
console.log('checks median', t[15].toFixed(1));

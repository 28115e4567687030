import { recognize, evaluateForms } from '../src/core';
import { benchGrids } from './benchGrids';
const grids = benchGrids();
const forms = recognize(grids);
for (let i = 0; i < 40; i++) evaluateForms(forms);
for (let i = 0; i < 40; i++) recognize(grids);

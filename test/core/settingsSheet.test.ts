/** The hidden settings sheet: produce, parse back, survive damage, never read as a form. */
import { evaluate, type SheetGrid } from '../../src/core';
import {
  DEFAULT_STORED_SETTINGS,
  resolveStoredSettings,
  SETTINGS_SHEET_NAME,
  settingsFromGrid,
  settingsToRows,
  type StoredSettings,
} from '../../src/core/settingsSheet';
import { probeFindsForm } from '../../src/hosts/excel/sheetProbe';

const grid = (values: SheetGrid['values']): SheetGrid => ({
  name: SETTINGS_SHEET_NAME,
  values,
  merges: [],
});

const custom: StoredSettings = {
  ...DEFAULT_STORED_SETTINGS,
  unitName: '浏阳市招商引资服务中心',
  year: 2021,
  ratePrecision: 1,
  capExecutionScore: false,
  reverseFormula: 'ratio',
  reasonBelowRate: '0.85',
  reasonAboveRate: '1.05',
  fillSuggestedScores: true,
  autoRecalc: false,
};

describe('settings sheet', () => {
  it('round-trips every setting', () => {
    expect(settingsFromGrid(grid(settingsToRows(custom)))).toEqual(custom);
    expect(resolveStoredSettings(settingsFromGrid(grid(settingsToRows({}))))).toEqual(
      DEFAULT_STORED_SETTINGS,
    );
  });

  it('has a note and a 设置项 | 值 header', () => {
    const rows = settingsToRows(custom);
    expect(rows[0][0]).toContain('加载项');
    expect(rows[1]).toEqual(['设置项', '值']);
    expect(rows.every((r) => r.length === 2)).toBe(true);
  });

  it('reads values typed as Excel numbers and booleans, and rows moved by hand', () => {
    const parsed = settingsFromGrid(
      grid([
        ['年度', 2022],
        [null, null],
        ['执行率低于此值须填偏差原因', 0.8],
        ['比率小数位数', '3'],
        ['预算执行率得分不超过分值', false],
        ['reverseFormula', 'ratio'],
      ]),
    );
    expect(parsed).toEqual({
      year: 2022,
      reasonBelowRate: '0.8',
      ratePrecision: 3,
      capExecutionScore: false,
      reverseFormula: 'ratio',
    });
  });

  it('leaves out damaged values and ignores unknown keys, so defaults apply', () => {
    const damaged = grid([
      ['比率小数位数', 9],
      ['执行率高于此值须填偏差原因', 'abc'],
      ['反向指标计分公式', 'quadratic'],
      ['预算执行率得分不超过分值', '也许'],
      ['年度', '二〇二一'],
      ['某个新设置', 42],
      [42, '单位名称'],
      ['#REF!', '#REF!'],
    ]);
    expect(settingsFromGrid(damaged)).toEqual({});
    expect(resolveStoredSettings(settingsFromGrid(damaged))).toEqual(DEFAULT_STORED_SETTINGS);
  });

  it('never throws on a blank, ragged or missing sheet', () => {
    expect(settingsFromGrid(null)).toEqual({});
    expect(settingsFromGrid(grid([]))).toEqual({});
    expect(settingsFromGrid(grid([[], [null], ['单位名称']]))).toEqual({ unitName: null });
  });

  it('is never recognised as a form', () => {
    const sheet = grid(settingsToRows(custom));
    expect(probeFindsForm(sheet.values)).toBe(false);
    expect(evaluate([sheet]).forms).toEqual([]);
  });
});

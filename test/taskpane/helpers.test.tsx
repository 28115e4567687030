/**
 * @jest-environment jsdom
 */
import { formsOverview, parseYear, proposedUnitYear } from '../../src/app/pane/forms';
import { moneyText, pointsText, rateText } from '../../src/app/pane/format';
import { themeFromBackground } from '../../src/taskpane/theme';
import { seedEvaluation } from './fakeActions';

describe('pane helpers', () => {
  it('follows the Office theme: dark bodies get the dark theme', () => {
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground('#E6E6E6')).toBe('light'); // Office "Colorful"/"White"
    expect(themeFromBackground('#262626')).toBe('dark'); // Office "Black"
    expect(themeFromBackground('#444444')).toBe('dark'); // Office "Dark Gray"
    expect(themeFromBackground(undefined)).toBe('light');
    expect(themeFromBackground('not a colour')).toBe('light');
  });

  it('formats rates, amounts and points exactly', () => {
    expect(rateText('1.545')).toBe('154.50%');
    expect(rateText('1.8726')).toBe('187.26%');
    expect(rateText('0.94115')).toBe('94.12%'); // 四舍五入
    expect(rateText(null)).toBe('—');
    expect(moneyText('4889977')).toBe('4,889,977.00');
    expect(moneyText('490.76')).toBe('490.76');
    expect(pointsText('28')).toBe('28');
    expect(pointsText('1.270')).toBe('1.27');
    expect(pointsText(undefined)).toBe('—');
  });

  it('finds the forms present and missing', () => {
    const all = formsOverview(seedEvaluation().summary);
    expect(all.missing).toEqual([]);
    expect(all.sheets.project).toEqual(['附件3 项目1']);
    expect(formsOverview(seedEvaluation([1]).summary).missing).toEqual(['base', 'project']);
    expect(formsOverview(null).missing).toEqual(['base', 'overall', 'project']);
  });

  it('proposes the unit and year of the forms, else last year', () => {
    expect(proposedUnitYear(seedEvaluation().summary.forms)).toEqual({
      unit: '浏阳市招商引资服务中心',
      year: 2021,
    });
    expect(proposedUnitYear([], new Date(2025, 2, 1))).toEqual({ unit: '', year: 2024 });
  });

  it('accepts four-digit years only', () => {
    expect(parseYear(' 2021 ')).toBe(2021);
    expect(parseYear('21')).toBeNull();
    expect(parseYear('２０２１')).toBeNull();
    expect(parseYear('1999')).toBeNull();
  });
});

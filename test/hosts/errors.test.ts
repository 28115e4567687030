/** Any thrown value -> the pane's ActionError. */
import { toActionError } from '../../src/hosts/excel';

describe('toActionError', () => {
  it('maps an OfficeExtension.Error by its code, with where it failed', () => {
    const error = {
      name: 'RichApi.Error',
      code: 'InvalidOperationInCellEditMode',
      message: 'Excel is in cell-editing mode.',
      debugInfo: {
        code: 'InvalidOperationInCellEditMode',
        message: 'Excel is in cell-editing mode.',
        errorLocation: 'Range.values',
        statement: 'range.values = ...;',
      },
    };
    expect(toActionError(error, 'recalculate')).toEqual({
      message: '重新计算失败：有单元格正在编辑中。请按 Enter 或 Esc 结束编辑后再试。',
      code: 'InvalidOperationInCellEditMode',
      debugInfo: 'Range.values — range.values = ...;',
    });
  });

  it('keeps the host message as debug info when there is no location', () => {
    expect(toActionError({ code: 'AccessDenied', message: 'Denied.' }, 'layout')).toEqual({
      message:
        '插入自评表失败：工作簿或工作表受保护，无法写入。请先撤销保护（审阅 → 撤销工作表保护）再试。',
      code: 'AccessDenied',
      debugInfo: 'Denied.',
    });
  });

  it('falls back to a generic advice for unknown codes and plain errors', () => {
    expect(toActionError({ code: 'toString', message: 'odd' }, 'check').message).toBe(
      '读取工作簿失败：出现意外错误（odd）。请再试一次；如仍失败，请保存并重新打开工作簿。',
    );
    expect(toActionError(new Error('boom'), 'select')).toEqual({
      message:
        '定位单元格失败：出现意外错误（boom）。请再试一次；如仍失败，请保存并重新打开工作簿。',
    });
    expect(toActionError('text', 'check').message).toContain('（text）');
    expect(toActionError(undefined, 'check').message).toBe(
      '读取工作簿失败：出现意外错误。请再试一次；如仍失败，请保存并重新打开工作簿。',
    );
  });
});

/** zh-CN texts of the Excel host: what a failed action means and what to do about it. */

export type HostAction = 'check' | 'recalculate' | 'layout' | 'select' | 'settings' | 'print';

export const HOST_ACTION_NAME: Record<HostAction, string> = {
  check: '读取工作簿',
  recalculate: '重新计算',
  layout: '插入自评表',
  select: '定位单元格',
  settings: '保存设置',
  print: '设置打印格式',
};

/** Advice by OfficeExtension error code; codes not listed get `fallback`. */
export const HOST_ERROR_ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: '有单元格正在编辑中。请按 Enter 或 Esc 结束编辑后再试。',
  ItemNotFound: '找不到要操作的工作表或单元格，可能刚被重命名或删除。请再试一次。',
  ItemAlreadyExists: '已有同名的工作表。请再试一次，插件会另取一个名称。',
  AccessDenied: '工作簿或工作表受保护，无法写入。请先撤销保护（审阅 → 撤销工作表保护）再试。',
  ApiNotFound: '当前 Excel 版本不支持此操作。请更新 Office，或改用 Excel 网页版。',
  NotImplemented: '当前 Excel 版本不支持此操作。请更新 Office，或改用 Excel 网页版。',
  UnsupportedOperation: '当前 Excel 版本不支持此操作。请更新 Office，或改用 Excel 网页版。',
  UndoNotSupported:
    'Excel 无法把这次修改合并为一步“撤销”。请再试一次；如仍失败，请把错误详情反馈给开发者。',
  RequestPayloadSizeLimitExceeded:
    '一次处理的数据太多。请分几次插入自评表，或删去表中多余的行后再试。',
  ResponsePayloadSizeLimitExceeded:
    '自评表中的数据太多，超出一次读取的上限。请删去表中多余的空行空列后再试。',
  RangeExceedsLimit: '自评表中的数据太多，超出一次读取的上限。请删去表中多余的空行空列后再试。',
  MergedRangeConflict: '目标区域与已有的合并单元格冲突。请取消这些单元格的合并后再试。',
  Conflict: 'Excel 正忙或工作簿正被他人编辑。请稍后再试。',
  ActivityLimitReached: 'Excel 正忙。请稍后再试。',
  ServiceNotAvailable: '暂时无法连接 Excel 服务。请稍后再试。',
  RequestAborted: '操作被中断。请再试一次。',
  InvalidArgument:
    '插件向 Excel 发出的请求无效。请保存工作簿后重试；如仍失败，请把错误详情反馈给开发者。',
  InvalidReference:
    '插件向 Excel 发出的请求无效。请保存工作簿后重试；如仍失败，请把错误详情反馈给开发者。',
  GeneralException: 'Excel 未能完成操作。请再试一次；如仍失败，请保存并重新打开工作簿。',
};

export const HOST_TEXT = {
  fallback: (detail: string) =>
    detail === ''
      ? '出现意外错误。请再试一次；如仍失败，请保存并重新打开工作簿。'
      : `出现意外错误（${detail}）。请再试一次；如仍失败，请保存并重新打开工作簿。`,
  failed: (action: HostAction, advice: string) => `${HOST_ACTION_NAME[action]}失败：${advice}`,
  /** Score-cell validation (ExcelApi 1.8). */
  scorePromptTitle: '得分',
  scoreErrorTitle: '得分超出范围',
  scoreError: (min: number, max: number) => `得分应在 ${min} 至 ${max} 之间。`,
};

/** The 校验（不打印） column of the add-in's own sheets: each row's flags and deviation. */
export const CHECK_NOTE_TEXT = {
  severity: { error: '错误', warning: '警告', info: '提示' } as const,
  flag: (severity: string, message: string) => `${severity}：${message}`,
  /** A quantitative indicator's (result − target) ÷ target, signed: `偏差 +87.26%`. */
  deviation: (signedPercent: string) => `偏差 ${signedPercent}`,
  separator: '；',
};

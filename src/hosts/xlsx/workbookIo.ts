/** Opening, creating and saving .xlsx workbooks. */
import ExcelJS from 'exceljs';

export const WORKBOOK_CREATOR = '绩效自评助手';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.created = new Date();
  return workbook;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unreadable(name: string, error: unknown): Error {
  return new Error(`无法读取 ${name}：不是可读的 .xlsx 工作簿（${reasonOf(error)}）`);
}

/** Rejects, naming the file, when it is missing or not a readable .xlsx workbook. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  return workbook;
}

/** The same from bytes already in memory; `name` is what the error message calls them. */
export async function loadWorkbookBuffer(
  data: Buffer,
  name = '工作簿数据',
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type, which Node's Buffer no longer satisfies nominally.
    await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (error) {
    throw unreadable(name, error);
  }
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(path);
  } catch (error) {
    throw new Error(`无法写入 ${path}（${reasonOf(error)}）`);
  }
}

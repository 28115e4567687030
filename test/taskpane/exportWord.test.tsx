/**
 * @jest-environment jsdom
 *
 * 导出 Word 附件 in the React pane, on the memory host behind the Excel host's actions (as the
 * preview runs): the bytes offered for download are a .docx that the Word reader reads back as
 * the workbook's three attachments with their figures (the seed's 附件1 公务接待 339,178.30 元,
 * 附件2 自评得分 90 分 优), from the workbook as it is at the click, made in the pane with no
 * request of any kind.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import { strFromU8, unzipSync } from 'fflate';
import { columnLetters } from '../../src/core/grid';
import { evaluate } from '../../src/core';
import { readDocxReport } from '../../src/hosts/docx';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import type { MemoryWorkbook } from '../../src/hosts/memory';
import { BASE, seedPlans } from '../hosts/helpers';
import { renderPane } from './renderPane';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Every cell of `sheet` holding `value`, as A1 addresses. */
function cellsHolding(book: MemoryWorkbook, sheet: string, value: number): string[] {
  const grid = book.toGrids().find((g) => g.name === sheet);
  const found: string[] = [];
  (grid?.values ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === value) found.push(`${columnLetters(c)}${r + 1}`);
    }),
  );
  return found;
}

// Every browser the pane runs in has them; jsdom does not (the docx writer encodes with them).
Object.assign(globalThis, { TextEncoder, TextDecoder });

let blobs: Blob[];
let clicked: { download: string; href: string }[];
let fetchSpy: jest.Mock;
let xhrOpen: jest.SpyInstance;
beforeEach(() => {
  blobs = [];
  clicked = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ download: this.download, href: this.href });
  });
  fetchSpy = jest.fn();
  (globalThis as { fetch?: unknown }).fetch = fetchSpy;
  xhrOpen = jest.spyOn(XMLHttpRequest.prototype, 'open');
});
afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { fetch?: unknown }).fetch;
});

async function exportWord(): Promise<Uint8Array> {
  fireEvent.click(screen.getByRole('button', { name: '导出 Word 附件' }));
  await screen.findByText('已生成“绩效自评附件.docx”，请在下载中打开或保存。', undefined, {
    timeout: 20_000,
  });
  expect(clicked).toEqual([{ download: '绩效自评附件.docx', href: 'blob:test/1' }]);
  expect(blobs).toHaveLength(1);
  expect(blobs[0].type).toBe(DOCX);
  return blobBytes(blobs[0]);
}

describe('导出 Word 附件', () => {
  it('offers a .docx of the three attachments that reads back with their figures', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.20' });
    renderPane(createExcelActions(book.api()));
    await screen.findByRole('list', { name: '问题清单' });
    const bytes = await exportWord();

    const report = readDocxReport(bytes);
    expect(report.tables.map((t) => t.caption.slice(0, 2))).toEqual([
      ['附件1', '2021年部门整体支出绩效自评基础数据表'],
      ['附件2', '2021年部门整体支出绩效自评表'],
      ['附件3', '2021年项目支出绩效自评表'],
    ]);
    const forms = evaluate(report.grids).summary.forms;
    expect(forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    // The seed's 附件2: 自评得分 90 分, 等级 优, of 浏阳市招商引资服务中心.
    const overall = forms.find((f) => f.kind === 'overall');
    expect([overall?.scoreSum, overall?.grade, overall?.unitName]).toEqual([
      '90',
      '优',
      '浏阳市招商引资服务中心',
    ]);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    // 附件1's 公务接待 决算 as printed, under 填报单位 and 单位.
    for (const text of ['339,178.30', '填报单位：浏阳市招商引资服务中心', '单位：元'])
      expect(xml).toContain(text);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrOpen).not.toHaveBeenCalled();
  }, 30_000);

  it('exports the workbook as it is at the click, an edit not yet recalculated included', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.20' });
    renderPane(createExcelActions(book.api()));
    await screen.findByRole('list', { name: '问题清单' });
    // The seed's 公务接待 决算 339,178.30 元 (in 三公经费 and in 公务接待), both typed anew.
    const cells = cellsHolding(book, BASE, 339178.3);
    expect(cells.length).toBeGreaterThan(0);
    for (const address of cells) await book.edit(BASE, address, 338000);
    const xml = strFromU8(unzipSync(await exportWord())['word/document.xml']);
    expect(xml).toContain('338,000.00');
    expect(xml).not.toContain('339,178.30');
  }, 30_000);

  it('says so when the workbook has no attachment to export', async () => {
    const book = await memoryWorkbookFromPlans([], { excelApi: '1.20' });
    renderPane(createExcelActions(book.api()));
    await screen.findByText('未发现问题。');
    fireEvent.click(screen.getByRole('button', { name: '导出 Word 附件' }));
    await waitFor(() =>
      expect(screen.getByText('工作簿中没有找到附件1—3，没有可导出的表格。')).toBeTruthy(),
    );
    expect(blobs).toEqual([]);
  });
});

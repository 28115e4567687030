/**
 * 导出 Word 附件 in the pane: the attachments writer (hosts/docx/attachments.ts, the one
 * `selfeval export --docx` uses) run on the workbook's form grids, and its bytes offered as a
 * download. The writer and the docx package are loaded on demand, in a chunk of their own, so the
 * pane does not carry them until the button is pressed.
 *
 * Why a Blob and an anchor: the Office JavaScript API has no call that saves a file to the
 * accountant's disk (its openBrowserWindow takes only URLs, and a blob: URL is not one), so
 * the pane does what a web page does: an object URL of the bytes and a click on an <a download>.
 * Excel on the web hands it to the browser's downloads; Excel on Windows (WebView2) and on the Mac
 * show their save dialog. Nothing is sent anywhere: the file is made in the pane.
 */
import type { SheetGrid } from '../core';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How long the object URL lives: a download started from it needs it only to begin. */
const URL_LIFETIME_MS = 60_000;

/** The .docx of the forms in `grids`; null when there is none. */
export async function wordAttachments(grids: SheetGrid[]): Promise<Uint8Array | null> {
  const { attachmentsDocx } = await import(
    /* webpackChunkName: "word-attachments" */ '../hosts/docx/attachments'
  );
  return attachmentsDocx(grids);
}

/** Offers `bytes` as a download named `fileName` (see above for why this way). */
export function offerDownload(bytes: Uint8Array, fileName: string, mime = DOCX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/**
 * The real office.js (the npm copy, @microsoft/office-js 1.1.110) in the test's jsdom window,
 * building requests without sending them: what a batch weighs on the wire, to check the memory
 * host's estimate against. Only batches that read nothing back can be run this way.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ExcelContext } from '../../src/hosts/excel';

const EXCEL_WEB = join(
  __dirname,
  '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js',
);

interface PendingRequest {
  buildRequestMessageBodyAndRequestFlags(): { body: unknown };
}

interface OfficeJsContext {
  readonly _pendingRequest: PendingRequest;
  m_pendingRequest: PendingRequest | null;
}

interface OfficeJsExcel {
  RequestContext: new (url: string) => OfficeJsContext;
}

let loaded: OfficeJsExcel | null = null;

/** Loads office.js's Excel API into the jsdom window (once): `Excel.run` and its kin. */
export function excel(): OfficeJsExcel {
  if (!loaded) {
    // Indirect eval: the script's top-level declarations become the jsdom window's globals.
    (0, eval)(readFileSync(EXCEL_WEB, 'utf8'));
    loaded = (globalThis as unknown as { Excel: OfficeJsExcel }).Excel;
  }
  return loaded;
}

/** UTF-8 bytes of the JSON body office.js would send. */
function bodyBytes(request: PendingRequest): number {
  return Buffer.byteLength(JSON.stringify(request.buildRequestMessageBodyAndRequestFlags().body));
}

/** A real Excel.RequestContext whose sync records the request's size instead of sending it. */
export function officeJsContext(): { ctx: ExcelContext; requests: number[] } {
  const real = new (excel().RequestContext)('https://localhost/');
  const requests: number[] = [];
  const ctx = real as unknown as ExcelContext;
  (ctx as { sync: ExcelContext['sync'] }).sync = async <T>(passThrough?: T): Promise<T> => {
    requests.push(bodyBytes(real._pendingRequest));
    real.m_pendingRequest = null;
    return passThrough as T;
  };
  return { ctx, requests };
}

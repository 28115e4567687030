/** `selfeval`: the command line of 绩效自评助手 (template, demo, check). */
import { evaluate } from '../core';
import { writeFileSync } from 'fs';
import { addPlanSheet, newWorkbook, worksheetToGrid } from '../hosts/xlsx';
import { addRateHighlights } from '../hosts/xlsx/highlight';
import type { SheetPlan } from '../layout/plan';
import { CLI_TEXT } from '../strings/cli';
import { parseArgs } from './args';
import { EXIT_OK, EXIT_UNREADABLE, runCheck } from './check';
import { ioReason } from './checkFile';
import type { CliIo } from './check';
import { demoPlans } from './demoWorkbook';
import { runExport } from './exportDocx';
import { templatePlans } from './templateWorkbook';
import { safeText } from './safeText';

/** Writes go to the streams in order; the process exits once they are drained (entry.ts). */
const defaultIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function writePlans(plans: SheetPlan[], output: string, io: CliIo): Promise<number> {
  const workbook = newWorkbook();
  for (const p of plans) addPlanSheet(workbook, p);
  addRateHighlights(workbook, evaluate(workbook.worksheets.map(worksheetToGrid)).formats);
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    writeFileSync(output, data);
  } catch (error) {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
    io.err(safeText(CLI_TEXT.cannotWrite(output, ioReason(code))));
    return EXIT_UNREADABLE;
  }
  io.out(safeText(CLI_TEXT.wrote(output)));
  return EXIT_OK;
}

function positiveInt(
  value: string | undefined,
  option: string,
  io: CliIo,
): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value.trim())) {
    io.err(CLI_TEXT.badNumber(option, value));
    return null;
  }
  return Number(value.trim());
}

/** Every outcome is an exit code and zh-CN lines: an unexpected error is one line, no stack. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(safeText(CLI_TEXT.unexpected(error instanceof Error ? error.message : String(error))));
    return EXIT_UNREADABLE;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(CLI_TEXT.usage);
    return command ? EXIT_OK : EXIT_UNREADABLE;
  }
  const args = parseArgs(
    rest,
    ['-o', '--unit', '--year', '--projects', '--csv', '--docx', '--overall-layout'],
    ['--json', '--fix', '--explain'],
  );
  if (args.unknown.length) {
    io.err(CLI_TEXT.badOption(args.unknown.join(' ')));
    return EXIT_UNREADABLE;
  }
  if (command === 'check') return runCheck(args, io);
  if (command === 'export') return runExport(args, io);
  if (command !== 'template' && command !== 'demo') {
    io.err(CLI_TEXT.unknownCommand(command));
    io.err(CLI_TEXT.usage);
    return EXIT_UNREADABLE;
  }
  const output = args.options.get('-o');
  if (!output) {
    io.err(CLI_TEXT.needOutput);
    return EXIT_UNREADABLE;
  }
  if (command === 'demo') return writePlans(demoPlans(), output, io);
  const year = positiveInt(args.options.get('--year'), '--year', io);
  const projects = positiveInt(args.options.get('--projects'), '--projects', io);
  if (year === null || projects === null) return EXIT_UNREADABLE;
  const layout = args.options.get('--overall-layout');
  if (layout !== undefined && layout !== 'scale' && layout !== 'funds') {
    io.err(CLI_TEXT.badOverallLayout(layout));
    return EXIT_UNREADABLE;
  }
  const plans = templatePlans({
    unit: args.options.get('--unit'),
    year,
    projects: projects ?? 1,
    overallLayout: layout,
  });
  return writePlans(plans, output, io);
}

/** DataValidation (ExcelApi 1.8): rule, prompt, error alert and blanks, kept per range. */
import type { ExcelDataValidation } from '../excel/api';
import type { MemoryContext } from './context';
import type { RangeTarget } from './formatProxy';
import { ProxyBase } from './proxyBase';
import type { ValidationState } from './sheetState';

type ValidationKey = keyof ExcelDataValidation;

export class MemoryDataValidation extends ProxyBase implements ExcelDataValidation {
  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, 'DataValidation', parent, 4, 'dataValidation', undefined, () => target().sheet);
  }

  /** The validation record of exactly this range, made on first use. */
  private state(): ValidationState {
    const { sheet, box } = this.target();
    const same = sheet.validations.find(
      (v) =>
        v.range.top === box.top &&
        v.range.left === box.left &&
        v.range.bottom === box.bottom &&
        v.range.right === box.right,
    );
    if (same) return same;
    const made: ValidationState = { range: { ...box } };
    sheet.validations.push(made);
    return made;
  }

  private setting<K extends ValidationKey>(key: K, value: ExcelDataValidation[K]): void {
    this.assign(
      key,
      value,
      () => {
        const state: Partial<ExcelDataValidation> = this.state();
        state[key] = value;
      },
      { requires: '1.8' },
    );
  }

  get rule(): ExcelDataValidation['rule'] {
    return this.read('rule');
  }
  set rule(value: ExcelDataValidation['rule']) {
    this.setting('rule', value);
  }
  get prompt(): ExcelDataValidation['prompt'] {
    return this.read('prompt');
  }
  set prompt(value: ExcelDataValidation['prompt']) {
    this.setting('prompt', value);
  }
  get errorAlert(): ExcelDataValidation['errorAlert'] {
    return this.read('errorAlert');
  }
  set errorAlert(value: ExcelDataValidation['errorAlert']) {
    this.setting('errorAlert', value);
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.setting('ignoreBlanks', value);
  }
}

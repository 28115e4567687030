/** A derived cell the add-in rewrites. Hosts apply these, and only these, to the workbook. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** null clears the cell. */
  value: number | string | null;
  numberFormat?: string;
}

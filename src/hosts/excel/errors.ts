/** What a failed batch's OfficeExtension error means to the host (read by its code). */
import { errorCode } from '../../app/actionError';

/** A sheet the batch named is gone (renamed or deleted since it was read). */
export function isItemNotFound(error: unknown): boolean {
  return errorCode(error) === 'ItemNotFound';
}

/** The user was editing a cell and the batch could not wait for it. */
export function isCellEditMode(error: unknown): boolean {
  return errorCode(error) === 'InvalidOperationInCellEditMode';
}

/**
 * Errors shaped like OfficeExtension.Error (name, code, message, debugInfo with errorLocation
 * and statement), so the Excel host's error mapping is exercised as it is against Office.js.
 */

export type MemoryErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'NotImplemented'
  | 'GeneralException'
  | 'AccessDenied'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UndoNotSupported';

export interface MemoryDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class MemoryOfficeError extends Error {
  readonly code: MemoryErrorCode;
  readonly debugInfo: MemoryDebugInfo;

  constructor(code: MemoryErrorCode, message: string, errorLocation?: string, statement?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement };
  }

  /** The same error, located at the statement the batch was running when it failed. */
  at(errorLocation: string, statement: string): MemoryOfficeError {
    return new MemoryOfficeError(
      this.code,
      this.message,
      this.debugInfo.errorLocation ?? errorLocation,
      statement,
    );
  }
}

export function propertyNotLoaded(type: string, property: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call ` +
      `the load method on the containing object and call "context.sync()" on the associated ` +
      `request context.`,
    `${type}.${property}`,
  );
}

export function apiNotFound(location: string, version: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found (${location} needs ExcelApi ${version}).`,
    location,
  );
}

export function invalidArgument(location: string, detail: string): MemoryOfficeError {
  return new MemoryOfficeError('InvalidArgument', `The argument is invalid: ${detail}`, location);
}

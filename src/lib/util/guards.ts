/** Type guards shared by every parser of stored or received JSON. */
import { ID_PATTERN } from '../../schemas/id';

/** Whether `x` is a plain JSON object (not `null`, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Whether `x` is a content id (`client-selection`), the pattern `IdSchema` enforces at build. */
export function isId(x: unknown): x is string {
  return typeof x === 'string' && ID_PATTERN.test(x);
}

/**
 * Ends a `switch` over a union's variants: with every case handled, `value` is `never`; a variant
 * added to the schema and not handled makes the call a type error at that place.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}

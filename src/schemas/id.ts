/**
 * The id pattern, kept free of zod so that engines, stores and islands can check ids without
 * shipping the schema library to the browser. `IdSchema` in `./common` is built on it.
 */

/** Pattern every content id follows: lower-case letters, digits and hyphens (`client-selection`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

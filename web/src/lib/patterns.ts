/**
 * The codes the screens check as the user types, accepting exactly what the server's schemas
 * accept (`projectCode` in src/modules/core/schemas.ts, `areaCode` in
 * src/modules/core/schemas.ts); test/unit/web-patterns.test.ts holds them to the same samples.
 */

/** A project code: 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit. */
export const PROJECT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * An area code in any form the server takes: 2, 4, 6, 9 or 12 digits ("6532" for 653200), not
 * starting with "00"; spaces around it are ignored (the server trims them too).
 */
export const AREA_CODE = /^\s*(?!00)(?:\d{2}|\d{4}|\d{6}|\d{9}|\d{12})\s*$/;

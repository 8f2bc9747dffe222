/**
 * Replaced at compile time by package.json's version, as a string literal (`define` in
 * scripts/build-config.mjs): the version lives in package.json only.
 */
declare const __IOM_VERSION__: string;

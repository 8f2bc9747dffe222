/** The package version: package.json's, written in by the build (src/build-constants.d.ts). */
export const VERSION = __IOM_VERSION__;

/** Types of build-config.mjs, for the TypeScript files that import it (.storybook/vite.config.ts). */
export declare const buildConstants: Readonly<Record<string, string>>;
export declare const npmEntries: Readonly<Record<string, string>>;

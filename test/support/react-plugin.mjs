/**
 * A @web/test-runner plugin for the React tests (test/react/):
 * - React ships CommonJS only, which the test runner serves as is: `react`, `react-dom`,
 *   `react-dom/client` and the JSX runtimes are bundled once by esbuild into ES modules sharing one
 *   copy of React, served under `/__react/`;
 * - `.tsx` files are compiled with React's automatic JSX runtime (the esbuild plugin of the
 *   config handles `.ts` only), and their relative `.js` imports point to the `.ts` sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const PREFIX = '/__react/';
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Bare specifier → file name of its ES module. */
const modules = {
  react: 'react.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'react/jsx-dev-runtime': 'react-jsx-dev-runtime.js',
};

/**
 * The names a CommonJS module exports, read in a separate Node process: loading React here would
 * touch the test runner's console.
 */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(require.resolve(specifier))}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  return names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
}

/** An ES module re-exporting a CommonJS module: its default and each of its names. */
function facade(specifier) {
  const names = exportNames(specifier);
  return `import m from '${specifier}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

async function bundle() {
  const result = await build({
    entryPoints: Object.values(modules),
    outdir: 'out',
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-facades',
        setup(esbuild) {
          const specifiers = Object.fromEntries(Object.entries(modules).map(([specifier, file]) => [file, specifier]));
          esbuild.onResolve({ filter: /^react[\w-]*\.js$/ }, ({ path: file }) =>
            specifiers[file] ? { path: file, namespace: 'facade' } : undefined,
          );
          esbuild.onLoad({ filter: /.*/, namespace: 'facade' }, ({ path: file }) => ({
            contents: facade(specifiers[file]),
            resolveDir: here,
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [PREFIX + path.basename(file.path), file.text]));
}

export function reactPlugin() {
  let files;
  let rootDir;
  return {
    name: 'iom-react',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.tsx')) return 'js';
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
    resolveImport({ source, context }) {
      if (Object.hasOwn(modules, source)) return PREFIX + modules[source];
      if (!context.path.endsWith('.tsx') || !source.startsWith('.') || !source.endsWith('.js')) return;
      const ts = source.replace(/\.js$/, '.ts');
      const importer = path.join(rootDir, decodeURIComponent(context.path));
      if (existsSync(path.resolve(path.dirname(importer), ts))) return ts;
      if (existsSync(path.resolve(path.dirname(importer), `${ts}x`))) return `${ts}x`;
    },
    async transform(context) {
      if (!context.path.endsWith('.tsx')) return;
      const { code } = await transform(context.body, {
        loader: 'tsx',
        jsx: 'automatic',
        target: 'es2022',
        sourcemap: 'inline',
        sourcefile: context.path,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return code;
    },
  };
}

#!/usr/bin/env node
/**
 * `npm run build`: translations, npm build + declarations, CDN build, cloak CSS, manifest.
 * `--cdn` (used by `npm start` for demo/embed.html): only the CDN bundle and the cloak CSS.
 * Fails early if src/core/version.ts or the CDN entry disagrees with package.json.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// The CDN entry writes the version out (it imports nothing, to stay tiny): both must say it.
for (const file of ['src/core/version.ts', 'src/cdn/iom-components.ts']) {
  if (!readFileSync(file, 'utf8').includes(`'${version}'`)) {
    console.error(`${file} does not say ${version} (package.json): update it.`);
    process.exit(1);
  }
}

const cdnOnly = process.argv.includes('--cdn');
if (!cdnOnly) rmSync('dist', { recursive: true, force: true });
run('lit-localize build');
run('vite build --mode cdn --logLevel warn');
copyFileSync('src/iom-cloak.css', 'dist/iom-cloak.css');
if (cdnOnly) process.exit(0);
run('vite build --logLevel warn');
run('tsc -p tsconfig.build.json');
run('cem analyze --litelement --globs "src/**/*.ts" --exclude "src/locales/**" --exclude "src/cdn/**" --exclude "src/react*.ts"');

#!/usr/bin/env node
/**
 * `npm run build`: translations, npm build + declarations, CDN build, cloak CSS, manifest.
 * `--cdn` (used by `npm start` for demo/embed.html): only the CDN bundle and the cloak CSS.
 * The version comes from package.json (`buildConstants` in scripts/build-config.mjs).
 */
import { execSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

const cdnOnly = process.argv.includes('--cdn');
if (!cdnOnly) rmSync('dist', { recursive: true, force: true });
run('lit-localize build');
run('vite build --mode cdn --logLevel warn');
copyFileSync('src/iom-cloak.css', 'dist/iom-cloak.css');
if (cdnOnly) process.exit(0);
run('vite build --logLevel warn');
run('tsc -p tsconfig.build.json');
// Options and plugin: custom-elements-manifest.config.mjs. It reads dist/, built above.
run('cem analyze');

#!/usr/bin/env node
/**
 * What costs bytes in the CDN bundle chunk, module by module, read from the chunk's own source map.
 *
 * For each source module (our files one by one, each npm package as a whole) it reports:
 * - `raw`: minified bytes the source map attributes to it;
 * - `gzip`: its marginal gzip cost, gzip(chunk) − gzip(chunk without its bytes) — what deleting it
 *   would save, since gzip shares repeated text across modules. The marginal costs do not add
 *   up to the chunk's gzip size exactly (repeats are credited to nobody).
 *
 * `npm run bench` reports it for dist/cdn/. On its own, `node bench/attribution.mjs` builds the CDN
 * bundle into a temporary folder (dist/ is left alone) and prints the table: a quick loop when cutting bytes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; `src/core/x.ts` stays. */
function moduleName(source) {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (npm) return npm[1];
  const own = /(?:^|\/)(src\/.+)$/.exec(source);
  return own ? own[1] : '(bundler runtime)';
}

/** Per-module raw bytes and marginal gzip cost of one minified chunk with a `.map` beside it. */
export function attribute(chunkFile) {
  const code = readFileSync(chunkFile, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${chunkFile}.map`, 'utf8')));
  const lineStarts = [0];
  for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);

  const owner = new Array(code.length).fill('(bundler runtime)');
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const end =
      next && next.generatedLine === m.generatedLine
        ? lineStarts[next.generatedLine - 1] + next.generatedColumn
        : lineStarts[m.generatedLine] - 1;
    owner.fill(m.source ? moduleName(m.source) : '(bundler runtime)', start, end);
  });

  const whole = gzip(code);
  const modules = [...new Set(owner)].map((name) => {
    let rest = '';
    let raw = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i] === name) raw++;
      else rest += code[i];
    }
    return { module: name, raw, gzip: whole - gzip(rest) };
  });
  return { chunk: chunkFile, gzip: whole, modules: modules.sort((a, b) => b.gzip - a.gzip) };
}

/** The CDN bundle chunk (Lit and the components) in a CDN build folder. */
export const bundleChunk = (cdnDir) =>
  join(
    cdnDir,
    readdirSync(cdnDir).find((f) => /^iom-components\.bundle-.*\.js$/.test(f)),
  );

export function printAttribution({ gzip: whole, modules }) {
  console.log(`\nWhat costs bytes in the CDN bundle chunk (gzip ${whole} B; marginal gzip = saved by deleting it)`);
  console.log(`  ${'module'.padEnd(44)}${'raw'.padStart(8)}${'gzip'.padStart(8)}`);
  for (const m of modules) console.log(`  ${m.module.padEnd(44)}${String(m.raw).padStart(8)}${String(m.gzip).padStart(8)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'iom-cdn-'));
  try {
    await build({ root, mode: 'cdn', logLevel: 'warn', build: { outDir } });
    const result = attribute(bundleChunk(outDir));
    printAttribution(result);
    const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    const staticGzip = files.reduce((sum, f) => sum + gzip(readFileSync(join(outDir, f), 'utf8')), 0);
    console.log(`\n  static part (entry + bundle chunk): ${staticGzip} B gzip`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

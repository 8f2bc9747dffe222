/**
 * Writes bench/RESULTS.md, the readable report of bench/results.json: every size figure of
 * bench/bench.mjs, every render figure of bench/render.mjs and the page-level figures of bench/page.mjs,
 * with each budget and goal met or not.
 */
import { writeFileSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const reportFile = join(resolve(dirname(fileURLToPath(import.meta.url))), 'RESULTS.md');

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const ms = (n) => (n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`);
const spread = (s) => (s.median > 0 ? ` ±${Math.round(((s.q3 - s.q1) / 2 / s.median) * 100)}%` : '');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const sizeRow = (label, s, note = '') => [label, s.raw, s.gzip, kb(s.gzip), s.brotli, note];
const SIZE_HEAD = ['', 'raw', 'gzip', 'gzip KB', 'brotli', 'budget (gzip)'];
const verdict = (ok) => (ok ? '✅ met' : '❌ not met');

function sizesSection(r) {
  const out = [
    '## Bundle sizes',
    '',
    `Measured ${r.date}. Bytes; gzip level 9, brotli quality 11; budgets (DESIGN.md §6) apply to gzip.`,
  ];
  if (r.cdn) {
    out.push('', '### CDN bundle, static part (`dist/cdn/`)', '');
    const total = r.cdn.total.gzip;
    out.push(
      table(SIZE_HEAD, [
        ...r.cdn.files.map((f) => sizeRow(`\`${f.file}\``, f)),
        sizeRow(
          '**total**',
          r.cdn.total,
          `≤ ${r.cdn.budget}: ${verdict(total <= r.cdn.budget)}; aim ≤ ${r.cdn.aim}: ${verdict(total <= r.cdn.aim)}`,
        ),
      ]),
    );
  }
  if (r.cdn?.lazy?.length) {
    out.push('', '### CDN lazy chunks (loaded on first use, not in the static part)', '');
    out.push(
      table(
        SIZE_HEAD.slice(0, 5),
        r.cdn.lazy.map((f) => sizeRow(`\`${f.file}\``, f).slice(0, 5)),
      ),
    );
  }
  if (r.cdn?.attribution) {
    out.push(
      '',
      '#### What costs bytes in the bundle chunk',
      '',
      'Read from the chunk’s source map (`bench/attribution.mjs`; `node bench/attribution.mjs` prints it for the',
      'current source). **marginal gzip** = gzip(chunk) − gzip(chunk without that module’s bytes): what deleting',
      'it would save. Text repeated across modules is credited to none of them, so the column does not add up to the total.',
      '',
      table(
        ['module', 'raw (minified)', 'marginal gzip'],
        r.cdn.attribution.map((m) => [m.module.startsWith('src/') ? `\`${m.module}\`` : m.module, m.raw, m.gzip]),
      ),
    );
  }
  if (r.locales) {
    const budget = 1.5 * KB;
    out.push('', '### CDN locale chunks (loaded lazily, one per page)', '');
    out.push(
      table(
        SIZE_HEAD,
        r.locales.map((l) => sizeRow(`\`${l.file}\``, l, `≤ ${budget}: ${verdict(l.gzip <= budget)}`)),
      ),
    );
  }
  if (r.npm) {
    out.push('', '### npm entries (minified, Lit and @lit/localize external)', '');
    out.push('A component’s budget applies to what it adds beyond the shared `core/` (standalone − core).', '');
    const rows = [
      sizeRow('`core/` (shared by all components)', r.npm.core, `≤ ${3.5 * KB}: ${verdict(r.npm.core.gzip <= 3.5 * KB)}`),
    ];
    for (const e of r.npm.entries) {
      rows.push(sizeRow(`\`${e.file}\` standalone`, e.standalone));
      if (e.beyondCore)
        rows.push(sizeRow(`\`${e.file}\` beyond core`, e.beyondCore, `≤ ${e.budget}: ${verdict(e.beyondCore.gzip <= e.budget)}`));
      for (const l of e.lazy ?? []) rows.push(sizeRow(`└ \`${l.file}\` (lazy, not counted)`, l));
    }
    out.push(table(SIZE_HEAD, rows));
  }
  if (r.reference) {
    out.push('', '### Reference: plain Lit, minified (every export kept)', '');
    out.push(
      table(
        SIZE_HEAD.slice(0, 5),
        Object.entries(r.reference).map(([label, s]) => sizeRow(label, s).slice(0, 5)),
      ),
    );
  }
  return out;
}

function renderSection(r) {
  const out = ['## Render timings', ''];
  if (r.error) return [...out, `Not measured: ${r.error}`];
  out.push(
    `Measured ${r.date} in Chromium ${r.chromium ?? '(not started)'}, viewport ${r.viewport.width}×${r.viewport.height}, in ${r.seconds} s.`,
    '',
    'Each scenario renders our elements, built from source in production mode, and a minimal plain-Lit element',
    'showing the same content (`bench/baselines/`), with the same attributes. One run creates the elements, appends',
    `them and waits until they have rendered and two frames have been painted. Median of ${r.runs} runs after ${r.warmup} warm-up runs,`,
    'ours and the baseline alternating.',
    '',
    '- **wall**: from creating the elements to the second painted frame, measured in the page. It includes waiting for',
    '  frames (about 17 ms each at 60 Hz), so it hides small differences.',
    '- **CPU**: renderer main-thread busy time over the same span (Chrome DevTools Protocol `Performance.getMetrics`,',
    `  \`TaskDuration\`, ${r.timeDomain === 'threadTicks' ? 'thread time' : 'wall time'}): script, style, layout, paint and garbage collection. ± is half the interquartile range.`,
    `- **Goal** (DESIGN.md §6): ours ≤ ${r.goal}× the baseline’s CPU. Timings are reported, they never fail the run.`,
    '',
  );
  out.push(
    table(
      ['scenario', 'ours wall', 'ours CPU', 'baseline wall', 'baseline CPU', 'CPU ratio', `goal ≤ ${r.goal}×`],
      r.scenarios.map((s) =>
        s.skipped
          ? [`${s.count} ${s.label}`, '', '', '', '', '', `skipped: ${s.skipped}`]
          : [
              `${s.count} ${s.label}`,
              ms(s.ours.wall.median),
              `${ms(s.ours.cpu.median)}${spread(s.ours.cpu)}`,
              ms(s.baseline.wall.median),
              `${ms(s.baseline.cpu.median)}${spread(s.baseline.cpu)}`,
              `${s.ratio.toFixed(2)}×`,
              verdict(s.met),
            ],
      ),
    ),
  );
  const measured = r.scenarios.filter((s) => !s.skipped);
  if (r.floor && measured.length) {
    out.push(
      '',
      `Harness floor: an empty run (same calls, waits and frames, no element) costs ${ms(r.floor.cpu.median)} CPU and ${ms(r.floor.wall.median)} wall;`,
      'it is inside every figure above. Net of it, the CPU ratios are:',
      measured.map((s) => `${s.label} **${s.netRatio.toFixed(2)}×**`).join(', ') + '.',
    );
  }
  if (measured.length) {
    out.push('', '### Where the CPU goes (medians, ms)', '');
    const parts = (side) => [side.script, side.style, side.layout, side.other].map((n) => n.toFixed(2));
    out.push(
      table(
        ['scenario', 'side', 'script', 'style', 'layout', 'other (microtasks, paint, GC…)', 'total CPU'],
        measured.flatMap((s) => [
          [`${s.count} ${s.label}`, 'ours', ...parts(s.ours), s.ours.cpu.median.toFixed(2)],
          ['', 'baseline', ...parts(s.baseline), s.baseline.cpu.median.toFixed(2)],
        ]),
      ),
    );
  }
  if (r.disclosure.length) {
    out.push(
      '',
      '### Interaction',
      '',
      'Latency: from the click event (as the page received it) until the panel is painted.',
      '',
    );
    out.push(
      table(
        ['interaction', 'ours latency', 'ours CPU', 'baseline latency', 'baseline CPU', 'CPU ratio', `goal ≤ ${r.goal}×`],
        r.disclosure.map((c) =>
          c.skipped
            ? [c.label, '', '', '', '', '', `skipped: ${c.skipped}`]
            : [
                c.label,
                ms(c.ours.latency.median),
                `${ms(c.ours.cpu.median)}${spread(c.ours.cpu)}`,
                ms(c.baseline.latency.median),
                `${ms(c.baseline.cpu.median)}${spread(c.baseline.cpu)}`,
                `${c.ratio.toFixed(2)}×`,
                verdict(c.met),
              ],
        ),
      ),
    );
  }
  const shown = measured.filter((s) => s.content);
  if (shown.length) {
    out.push('', '### What each side shows (visible text of the first element)', '');
    for (const s of shown) {
      const cut = (text) => (text.length > 240 ? `${text.slice(0, 240)}…` : text);
      out.push(`- ${s.label}, ours: “${cut(s.content.ours)}”`, `- ${s.label}, baseline: “${cut(s.content.baseline)}”`);
      if (s.warning) out.push(`- ⚠️ ${s.warning}`);
    }
  }
  if (r.pageMessages?.length) {
    out.push('', '### Messages logged by the bench page', '', ...r.pageMessages.map((m) => `- \`${m}\``));
  }
  return out;
}

function pageSection(p) {
  const out = ['## Page level', ''];
  if (p.error) return [...out, `Not measured: ${p.error}`];
  const g = p.goals;
  out.push(
    `\`${p.page}\` with the CDN build (\`dist/\`), served from 127.0.0.1, Chromium ${p.chromium ?? '(not started)'}. Measured ${p.date}.`,
  );
  const s = p.startup;
  if (s?.error) out.push('', `Start-up not measured: ${s.error}`);
  else if (s) {
    out.push(
      '',
      '### Start-up',
      '',
      `Navigation → \`load\` + ${s.settleMs / 1000} s, ${s.loads} loads per viewport, no throttling; PerformanceObservers`,
      `(\`layout-shift\`, \`longtask\`) registered before the page's first script. Goals: cumulative layout shift ${g.cls}, no long task over ${g.longTaskMs} ms.`,
      '',
      table(
        ['viewport', 'CLS (worst load)', `long tasks > ${g.longTaskMs} ms (all loads)`, 'longest', 'goals'],
        s.viewports.map((v) => [
          v.viewport,
          v.clsMax.toFixed(4),
          v.longTasks,
          v.longTasks ? ms(v.longestTask) : '—',
          verdict(v.met),
        ]),
      ),
    );
    for (const v of s.viewports) {
      for (const t of v.longTaskList ?? [])
        out.push('', `- ${v.viewport}, load ${t.load}: long task of ${ms(t.duration)} starting ${ms(t.at)} after navigation`);
      if (v.shiftSources.length) out.push('', `- ${v.viewport}: shifted ${v.shiftSources.map((n) => `\`${n}\``).join(', ')}`);
    }
    if (s.messages.length) out.push('', 'Page messages:', '', ...s.messages.map((m) => `- \`${m}\``));
  }
  const l = p.lighthouse;
  if (l?.error) out.push('', `Lighthouse not run: ${l.error}`);
  else if (l) {
    const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices' };
    out.push(
      '',
      `### Lighthouse ${l.lighthouseVersion}`,
      '',
      `Default ${l.formFactor} profile, ${l.throttlingMethod} throttling. Summary: \`bench/lighthouse.json\`.`,
      '',
      table(
        ['category', 'score', 'goal'],
        Object.entries(l.scores).map(([c, score]) => [
          names[c] ?? c,
          score,
          `${c === 'performance' ? '≥' : '='} ${l.goals[c]}: ${verdict(l.met[c])}`,
        ]),
      ),
      '',
      table(['metric', ...Object.keys(l.metrics)], [['value', ...Object.values(l.metrics).map((m) => m.display)]]),
    );
    if (l.failedAudits.length) {
      out.push('', 'Failed accessibility and best-practices audits:', '');
      for (const a of l.failedAudits) {
        out.push(`- ${a.category} / \`${a.id}\`: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        for (const i of a.items)
          out.push(
            `  - ${i.selector ? `\`${i.selector}\`` : ''}${i.url ? `\`${i.url}\`` : ''} ${i.explanation ?? i.description ?? ''}`,
          );
      }
    }
  }
  return out;
}

/** The whole report as markdown. */
export function reportMarkdown(results) {
  const render = results.render;
  const measured = render && !render.error ? [...render.scenarios, ...render.disclosure].filter((s) => !s.skipped) : [];
  const missed = measured.filter((s) => !s.met).length;
  const cpu = cpus();
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (sizes, render timings, page level), `node bench/render.mjs` (render timings only)',
    'or `node bench/page.mjs` (page level only);',
    'regenerate it rather than editing it. Raw figures: `bench/results.json`.',
    '',
    `- Date: ${render?.date ?? results.date}`,
    `- Node ${results.node ?? render?.node}, Vite ${results.vite ?? '?'}, Chromium ${render?.chromium ?? '(not run)'}`,
    `- Machine: ${type()} ${release()}, ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown CPU'}`,
    `- Byte budgets: ${results.failures ? (results.failures.length ? `❌ ${results.failures.length} exceeded` : '✅ all met') : 'not measured'}`,
    `- Render goal (≤ ${render?.goal ?? 1.2}× plain Lit): ${
      measured.length
        ? missed
          ? `❌ not met by ${missed} of ${measured.length}`
          : `✅ met by all ${measured.length}`
        : 'not measured'
    }`,
  ];
  const page = results.page;
  if (page) {
    const goals = page.error
      ? []
      : [...(page.startup?.viewports ?? []).map((v) => v.met), ...Object.values(page.lighthouse?.met ?? {})];
    const missedGoals = goals.filter((ok) => !ok).length;
    lines.push(
      `- Page-level goals (CLS 0, no long task > 50 ms, Lighthouse): ${
        goals.length
          ? missedGoals
            ? `❌ ${missedGoals} of ${goals.length} not met`
            : `✅ all ${goals.length} met`
          : 'not measured'
      }`,
    );
  }
  if (results.failures?.length) lines.push('', '**Budget failures:**', '', ...results.failures.map((f) => `- ${f}`));
  if (results.cdn) lines.push('', ...sizesSection(results));
  if (render) lines.push('', ...renderSection(render));
  if (results.page) lines.push('', ...pageSection(results.page));
  return `${lines.join('\n')}\n`;
}

/** Writes bench/RESULTS.md (formatted with the project's Prettier settings when available); returns its path. */
export async function writeReport(results) {
  let markdown = reportMarkdown(results);
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(reportFile)) ?? {};
    markdown = await prettier.format(markdown, { ...options, parser: 'markdown' });
  } catch {
    // Unformatted markdown reads just as well.
  }
  writeFileSync(reportFile, markdown);
  return reportFile;
}

/**
 * `cem analyze` (run by scripts/build.mjs after the npm build): custom-elements.json, which editors
 * and Storybook read. The analyzer's Lit support, plus one plugin for what it gets wrong or leaves
 * out here (`iomManifest`).
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { buildConstants, npmEntries } from './scripts/build-config.mjs';

export default {
  globs: ['src/**/*.ts'],
  // Translations, the CDN build and the React wrappers define no element of their own.
  // Harnesses are for tests and stories, not part of the package's API.
  exclude: ['src/locales/**', 'src/cdn/**', 'src/react*.ts', 'src/**/harness.ts'],
  litelement: true,
  plugins: [iomManifest()],
};

/**
 * - Types are no JavaScript: names exported with `export type` are not listed as exports.
 * - Internal state is no API: `static properties` entries with `state: true` (which the analyzer
 *   lists as attributes and fields) and private members (`#field`, `private field`) are left out.
 * - An element's tag is its `static tagName`; a JSDoc `@tagname` that says otherwise fails the build.
 * - `define(Class)` in an entry module is that module's custom element definition.
 * - An event's type is the one `GlobalEventHandlersEventMap` gives it in src/events/ (filled in
 *   where the element's `@fires` gives none; one that says otherwise fails the build), with a
 *   reference to its class.
 * - A constant the build writes in (`buildConstants`) shows its value, not its name.
 * - Module paths are the published JavaScript files under dist/, which a user imports (src/ is not
 *   published); the build fails if one does not exist.
 */
function iomManifest() {
  /** `module path#ClassName` → names of its `state: true` properties. */
  const stateProperties = new Map();
  /** `module path#ClassName` → its `static tagName`. */
  const staticTags = new Map();
  /** Module path → names of the classes it passes to `define`. */
  const defined = new Map();
  /** Event name → `{ type, module }` from `GlobalEventHandlersEventMap`. */
  const eventMap = new Map();
  /** Module path → names it exports as types only (`export type { … }`), which its JavaScript does not have. */
  const typeExports = new Map();

  return {
    name: 'iom-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const key = `${moduleDoc.path}#${node.name.text}`;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !isStatic(ts, member) || !member.initializer) continue;
          if (member.name.getText() === 'properties' && ts.isObjectLiteralExpression(member.initializer)) {
            stateProperties.set(key, new Set(statePropertyNames(ts, member.initializer)));
          }
          if (member.name.getText() === 'tagName' && ts.isStringLiteral(member.initializer)) {
            staticTags.set(key, member.initializer.text);
          }
        }
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'define' && node.arguments.length === 1) {
        const [element] = node.arguments;
        if (ts.isIdentifier(element)) defined.set(moduleDoc.path, [...(defined.get(moduleDoc.path) ?? []), element.text]);
      }
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const names = node.exportClause.elements.filter((specifier) => node.isTypeOnly || specifier.isTypeOnly);
        const known = typeExports.get(moduleDoc.path) ?? new Set();
        for (const specifier of names) known.add(specifier.name.text);
        typeExports.set(moduleDoc.path, known);
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && ts.isStringLiteral(member.name) && member.type) {
            eventMap.set(member.name.text, { type: member.type.getText(), module: moduleDoc.path });
          }
        }
      }
    },

    moduleLinkPhase({ moduleDoc }) {
      const types = typeExports.get(moduleDoc.path) ?? new Set();
      moduleDoc.exports = moduleDoc.exports?.filter((exported) => exported.kind !== 'js' || !types.has(exported.name));
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const key = `${moduleDoc.path}#${declaration.name}`;
        const state = stateProperties.get(key) ?? new Set();
        declaration.members = declaration.members?.filter(
          (member) => !state.has(member.name) && member.privacy !== 'private' && !member.name.startsWith('#'),
        );
        declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
        const tag = staticTags.get(key);
        if (tag === undefined) continue;
        if (declaration.tagName && declaration.tagName !== tag) {
          throw new Error(`${key}: @tagname ${declaration.tagName} but static tagName '${tag}'`);
        }
        declaration.tagName = tag;
        declaration.customElement = true;
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      /** Class name → path of the module declaring it. */
      const classModules = new Map(
        modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((declaration) => declaration.kind === 'class')
            .map((declaration) => [declaration.name, module.path]),
        ),
      );
      const classes = modules.flatMap((module) =>
        (module.declarations ?? []).filter((declaration) => declaration.kind === 'class'),
      );

      // The analyzer lists each event twice: from `@fires` (name, description), and from the
      // `dispatchEvent(new IomNavToggleEvent(…))` it sees (type only, no name). One entry per name.
      const nameOfType = new Map([...eventMap].map(([name, { type }]) => [type, name]));
      for (const declaration of classes) {
        if (!declaration.events) continue;
        const events = new Map();
        for (const event of declaration.events) {
          const name = event.name ?? nameOfType.get(event.type?.text);
          if (name === undefined) throw new Error(`${declaration.name} dispatches an event of unknown name: add it to @fires`);
          const mapped = eventMap.get(name)?.type;
          const written = event.type?.text;
          if (mapped && written && written !== mapped) {
            throw new Error(`${declaration.name}: @fires {${written}} ${name}, but GlobalEventHandlersEventMap says ${mapped}`);
          }
          const merged = { ...events.get(name), ...event, name };
          const text = mapped ?? written;
          if (text !== undefined) merged.type = typeOf(text, classModules);
          events.set(name, merged);
        }
        declaration.events = [...events.values()];
      }

      for (const module of modules) {
        for (const name of defined.get(module.path) ?? []) {
          const element = classes.find((declaration) => declaration.name === name && declaration.tagName);
          if (!element) continue;
          module.exports = [
            ...(module.exports ?? []),
            { kind: 'custom-element-definition', name: element.tagName, declaration: { name, module: classModules.get(name) } },
          ];
        }
      }

      // `VERSION = __IOM_VERSION__`: the value the build writes in, not the name it replaces.
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (Object.hasOwn(buildConstants, declaration.default)) declaration.default = buildConstants[declaration.default];
        }
      }

      const missing = new Set();
      const published = (file) => {
        const built = distPath(file);
        if (!existsSync(built)) missing.add(`${built} (from ${file})`);
        return built;
      };
      for (const module of modules) {
        const source = module.path;
        forEachReference(module, (reference) => {
          reference.module = published(resolveSource(source, reference.module));
        });
        module.path = published(source);
      }
      if (missing.size) throw new Error(`custom-elements.json names files the build did not write:\n${[...missing].join('\n')}`);
    },
  };
}

/** A manifest type, with a reference to the class of this package that it names, if any. */
function typeOf(text, classModules) {
  const module = classModules.get(text);
  return module ? { text, references: [{ name: text, module, start: 0, end: text.length }] } : { text };
}

const isStatic = (ts, member) => member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) ?? false;

/** The names in a `static properties = { … }` object whose options say `state: true`. */
function statePropertyNames(ts, properties) {
  return properties.properties
    .filter(
      (property) =>
        ts.isPropertyAssignment(property) &&
        ts.isObjectLiteralExpression(property.initializer) &&
        property.initializer.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        ),
    )
    .map((property) => property.name.getText());
}

/** Calls `visit` with every object under `value` that names a module of this package. */
function forEachReference(value, visit) {
  if (Array.isArray(value)) {
    for (const item of value) forEachReference(item, visit);
  } else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && value.package === undefined) visit(value);
    for (const [key, item] of Object.entries(value)) if (key !== 'module') forEachReference(item, visit);
  }
}

/**
 * The source file a module reference of `from` points at, whichever way the analyzer wrote it:
 * `src/core/warn.ts`, `/src/core/iom-element.js`, or relative to `from` (`./core/version.js`).
 */
function resolveSource(from, reference) {
  const file = reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, '');
  return file.replace(/\.js$/, '.ts');
}

/** Entry source module → the file the npm build writes for it. */
const entryFiles = new Map(Object.entries(npmEntries).map(([name, source]) => [source, `dist/${name}.js`]));

/** Where the npm build writes the source module `file` (vite.config.ts: one module per source module). */
function distPath(file) {
  return entryFiles.get(file) ?? file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

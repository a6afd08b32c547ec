// Custom Elements Manifest for editors, Storybook's docs and the package's "customElements" field.
// Component classes do not register themselves (a thin <name>.ts defines the tag through a shared
// define()), which the analyzer cannot follow, so the tag name is taken from the folder:
// src/elements/<name>/<name>.component.ts holds <motcua-<name>> unless its JSDoc says @tag.
const componentPath = /(?:^|\/)src\/elements\/([^/]+)\/\1\.component\.ts$/;

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function tagFromFolder() {
  return {
    name: 'motcua-tag-from-folder',
    packageLinkPhase({ customElementsManifest }) {
      const defines = [];
      for (const mod of customElementsManifest.modules) {
        const match = componentPath.exec(mod.path);
        if (!match) continue;
        const folder = match[1];
        for (const decl of mod.declarations ?? []) {
          // Subclasses of MotcuaElement are elements too; the analyzer only flags direct LitElement children.
          if (decl.kind === 'class' && decl.superclass?.name === 'MotcuaElement') decl.customElement = true;
          if (!decl.customElement) continue;
          decl.tagName ??= `motcua-${folder}`;
          defines.push({
            kind: 'javascript-module',
            path: mod.path.replace(/\.component\.ts$/, '.ts'),
            declarations: [],
            exports: [
              {
                kind: 'custom-element-definition',
                name: decl.tagName,
                declaration: { name: decl.name, module: mod.path },
              },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...defines);
    },
  };
}

/**
 * The manifest is the public API (editors, Storybook's docs): private, protected and static members
 * are implementation, and the base class's `emit(name, …)` is read by the analyzer as an event
 * literally called `name`; the real events are the `@fires` tags.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publicApiOnly() {
  return {
    name: 'motcua-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (decl.members) {
            decl.members = decl.members.filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !/^[#_]/.test(m.name));
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.name !== 'name');
        }
      }
    },
  };
}

/**
 * The analyzer reads src/, but the package ships dist/: each module path (and every reference to
 * one) becomes the file a consumer imports. The base class is public through `motcua/elements`;
 * a type re-exported from an internal file (`./view.js`) is imported from the module that
 * re-exports it. scripts/build.mjs fails if a path is left that dist/ does not hold.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function shippedPaths() {
  const element = /^\/?src\/elements\/([^/]+)\/\1(\.component)?\.(?:ts|js)$/;
  const base = /^\/?src\/elements\/shared\/motcua-element\.(?:ts|js)$/;
  const shipped = (path) => {
    const m = element.exec(path);
    if (m) return `dist/elements/${m[1]}${m[2] ?? ''}.js`;
    return base.test(path) ? 'dist/elements.js' : null;
  };
  /** Rewrites every `module` reference below `node`; `own` is the enclosing module's shipped path. */
  const rewrite = (node, own) => {
    if (Array.isArray(node)) return node.forEach((n) => rewrite(n, own));
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string' && !node.package) node.module = shipped(node.module) ?? own;
    for (const value of Object.values(node)) rewrite(value, own);
  };
  return {
    name: 'motcua-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const own = shipped(mod.path) ?? mod.path;
        rewrite(mod.declarations, own);
        rewrite(mod.exports, own);
        mod.path = own;
      }
    },
  };
}

export default {
  // The base class is read too: without it the analyzer cannot tell that subclasses are elements.
  globs: ['src/elements/**/*.component.ts', 'src/elements/shared/motcua-element.ts'],
  exclude: [],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // shippedPaths() last: the other plugins read the src/ paths.
  plugins: [tagFromFolder(), publicApiOnly(), shippedPaths()],
};

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

export default {
  // The base class is read too: without it the analyzer cannot tell that subclasses are elements.
  globs: ['src/elements/**/*.component.ts', 'src/elements/shared/motcua-element.ts'],
  exclude: [],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tagFromFolder()],
};

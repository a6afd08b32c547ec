// Toolbar switches for the two things every story must survive: the language (the nearest `lang`
// decides the widgets' locale) and a dark host page (widgets inherit the host's colours).
// Docs pages come from the Custom Elements Manifest the build writes (custom-elements.json).
/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ManifestItem {
  name: string;
  [key: string]: unknown;
}
interface ManifestDeclaration {
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * The manifest already holds only the public API (custom-elements-manifest.config.mjs); this only
 * renames for Storybook's table, which keys rows by name alone: the unnamed default slot gets a name
 * the table does not drop, and CSS parts are named as a stylesheet writes them, so a part called
 * `result` or `form` does not replace the property or story arg of that name.
 */
function forDocsTable(cem: Manifest): Manifest {
  return {
    ...cem,
    modules: cem.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => ({
        ...decl,
        slots: decl.slots?.map((s) => (s.name ? s : { ...s, name: '(default)' })),
        cssParts: decl.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
      })),
    })),
  };
}

// `npm run build` writes the manifest (it is not committed); a glob, unlike an import, lets Storybook
// start without it, with Docs pages that lack the API tables until the build has run.
const found = Object.values(import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' }))[0];
if (found) setCustomElementsManifest(forDocsTable(found));
else console.warn('custom-elements.json is missing: run `npm run build` for the Docs pages\' API tables');

const MANIFEST_CATEGORIES = new Set(['attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts']);

/** Manifest types are TypeScript text ("string | undefined"); turn the simple ones into Storybook types. */
function storybookType(text: string): { name: 'string' | 'number' | 'boolean' } | { name: 'enum'; value: string[] } | undefined {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  const [only] = parts;
  if (parts.length === 1 && (only === 'string' || only === 'number' || only === 'boolean')) return { name: only };
  if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) return { name: 'enum', value: parts.map((p) => p.slice(1, -1)) };
  return undefined;
}

/**
 * Rows the manifest adds get a control only where the story has an arg its render uses (renders are
 * hand-written, so any other control would do nothing), typed from the TypeScript text so that a
 * `string | undefined` property gets a text box rather than a JSON editor.
 */
const manifestControls: NonNullable<Preview['argTypesEnhancers']>[number] = (context) =>
  Object.fromEntries(
    Object.entries(context.argTypes).map(([key, argType]) => {
      const category = argType.table?.category;
      if (!category || !MANIFEST_CATEGORIES.has(category) || argType.control !== undefined) return [key, argType];
      if (!(key in context.initialArgs)) return [key, { ...argType, control: false }];
      const { type, ...rest } = argType;
      const mapped = type && typeof type === 'object' ? storybookType(String(type.name)) : undefined;
      // Unknown TypeScript: let Storybook infer the type from the arg's value instead.
      return [key, mapped ? { ...rest, type: mapped } : rest];
    }),
  );

const hostThemes = {
  light: 'color-scheme: light; background: #ffffff; color: #1b1b1b;',
  dark: 'color-scheme: dark; background: #14171c; color: #e8eaed;',
} as const;

const withHostPage: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'en' ? 'en' : 'vi';
  const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  return html`<div
    class="motcua-story-root"
    lang=${locale}
    data-theme=${theme}
    style="${hostThemes[theme]} padding: 1rem; min-height: 100%; box-sizing: border-box;"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  // A Docs page per element: its description and the manifest's attributes, properties, events,
  // slots, CSS parts and CSS custom properties, above every story.
  tags: ['autodocs'],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host page theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light host page' },
          { value: 'dark', title: 'Dark host page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [withHostPage],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;

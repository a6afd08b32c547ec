// Toolbar switches for the two things every story must survive: the language (the nearest `lang`
// decides the widgets' locale) and a dark host page (widgets inherit the host's colours).
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

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

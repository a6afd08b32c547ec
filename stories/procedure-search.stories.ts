// <motcua-procedure-search> in every state, on a canned catalogue (no reference server needed).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/procedure-search/procedure-search.js';
import { storyClient, type StoryClientOptions } from './procedure-fixtures.js';

interface Args {
  value: string;
  mode: 'local' | 'server';
  client: StoryClientOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/Procedure search',
  component: 'motcua-procedure-search',
  args: { value: '', mode: 'local', client: {} },
  argTypes: { value: { control: 'text' }, mode: { control: 'inline-radio', options: ['local', 'server'] }, client: { control: false } },
  render: ({ value, mode, client }) =>
    html`<motcua-procedure-search .client=${storyClient(client)} mode=${mode} value=${value}></motcua-procedure-search>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing typed yet: the label, the box and the hint. */
export const Empty: Story = {};

/** Half-typed, without diacritics: results already come as the user types. */
export const Typing: Story = { args: { value: 'dang ky k' } };

/** A full query with highlighted matches, facet chips and counts. */
export const Results: Story = { args: { value: 'khai sinh' } };

/** Everyday words: "so do" finds the land-use certificate procedures. */
export const EverydayWords: Story = { args: { value: 'so do' } };

/** Nothing matches: tips (fewer words, no diacritics needed) and popular procedures. */
export const NoResults: Story = { args: { value: 'xyzzy qwerty' } };

/** The catalogue is still loading (never answers here). */
export const Loading: Story = { args: { value: 'khai sinh', client: { delay: Infinity } } };

/** The catalogue could not be loaded: an error with a retry button. */
export const Error: Story = { args: { value: 'khai sinh', client: { status: 503 } } };

/** Very long procedure names wrap inside the options. */
export const LongNames: Story = { args: { value: 'khai sinh', client: { long: true } } };

/** Server mode: the same rendering, results from GET /procedures (debounced). */
export const ServerMode: Story = { args: { value: 'ket hon', mode: 'server' } };

/** Phone width (375 px). Focusing the box there makes the search fill the screen, with a Close button. */
export const PhoneWidth: Story = {
  args: { value: 'căn cước' },
  render: ({ value, mode, client }) => html`<div style="max-width: 375px; border: 1px dashed #999">
    <motcua-procedure-search .client=${storyClient(client)} mode=${mode} value=${value}></motcua-procedure-search>
  </div>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

/** Dark host theme. */
export const Dark: Story = {
  args: { value: 'dang ky' },
  render: ({ value, mode, client }) => html`<div style="background: #0d1014; padding: 1rem">
    <motcua-procedure-search theme="dark" .client=${storyClient(client)} mode=${mode} value=${value}></motcua-procedure-search>
  </div>`,
};

/** English interface (the catalogue itself stays Vietnamese). */
export const English: Story = {
  args: { value: 'dang ky ket hon' },
  render: ({ value, mode, client }) => html`<div lang="en">
    <motcua-procedure-search .client=${storyClient(client)} mode=${mode} value=${value}></motcua-procedure-search>
  </div>`,
};

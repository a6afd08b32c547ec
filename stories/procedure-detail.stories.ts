// <motcua-procedure-detail> in every state, on canned procedures (no reference server needed).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/procedure-detail/procedure-detail.js';
import type { Procedure } from '../src/model/index.js';
import { national } from './national-records.js';
import { storyClient, type StoryClientOptions } from './procedure-fixtures.js';

interface Args {
  code: string;
  client: StoryClientOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/Procedure detail',
  component: 'motcua-procedure-detail',
  args: { code: '1.001193', client: {} },
  argTypes: { code: { control: 'text' }, client: { control: false } },
  render: ({ code, client }) => html`<motcua-procedure-detail .client=${storyClient(client)} code=${code}></motcua-procedure-detail>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A procedure in full: channels with time and fee, documents per case, steps, results, basis. */
export const Loaded: Story = {};

/** Catalogue text with HTML in a step: shown as plain text, nothing runs. */
export const SanitisedHtml: Story = { args: { code: '1.004194' } };

/** Old three-tier data (district level) still displays, with a note. */
export const OldLevels: Story = { args: { code: '1.001695' } };

/** Still loading. */
export const Loading: Story = { args: { client: { delay: Infinity } } };

/** Unknown code: "không tìm thấy thủ tục". */
export const NotFound: Story = { args: { code: '1.999999' } };

/** The server failed: an error with a retry button. */
export const Error: Story = { args: { client: { status: 503 } } };

/** No code yet. */
export const Empty: Story = { args: { code: '' } };

/** A very long name. */
export const LongName: Story = { args: { code: '1.000689', client: { long: true } } };

/** Phone width: the tables become stacked rows. */
export const PhoneWidth: Story = {
  render: ({ code, client }) => html`<div style="max-width: 375px; border: 1px dashed #999">
    <motcua-procedure-detail .client=${storyClient(client)} code=${code}></motcua-procedure-detail>
  </div>`,
};

/** Dark host theme. */
export const Dark: Story = {
  render: ({ code, client }) => html`<div style="background: #0d1014; padding: 1rem">
    <motcua-procedure-detail theme="dark" .client=${storyClient(client)} code=${code}></motcua-procedure-detail>
  </div>`,
};

/** English interface. */
export const English: Story = {
  render: ({ code, client }) => html`<div lang="en">
    <motcua-procedure-detail .client=${storyClient(client)} code=${code}></motcua-procedure-detail>
  </div>`,
};

/** Renders a procedure given in full (no client): the imported national records below. */
const given = (procedure: Procedure, lang?: 'en'): Story => ({
  // No lang unless the story is about one: the toolbar's language must reach the element.
  render: () =>
    lang
      ? html`<div lang=${lang}><motcua-procedure-detail .procedure=${procedure}></motcua-procedure-detail></div>`
      : html`<motcua-procedure-detail .procedure=${procedure}></motcua-procedure-detail>`,
});

/** A real record of the national API (province level, 1.001146): fees in USD, cases with their own time, steps split per "Bước N". */
export const NationalRecord: Story = given(national.province);

/** A real commune-level record (1.000253): no fee listed ("not stated", not "free"), a time in an unknown unit, an e-form. */
export const NationalRecordCommune: Story = given(national.commune);

/** A real record with the implementing and deciding agencies apart, fee in đồng (1.002359). */
export const NationalRecordAgencies: Story = given(national.reissue);

/** A real ministry-level record (1.000771), in English. */
export const NationalRecordEnglish: Story = given(national.ministry, 'en');

/** A line of the national catalogue only: name, field and levels, with a pointer to the national portal. */
export const CatalogueLineOnly: Story = given(national.catalogueLine);

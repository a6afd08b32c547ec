// <motcua-qr-poster> in every state, on the canned procedure catalogue (no reference server needed).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/qr-poster/qr-poster.js';
import { storyClient, type StoryClientOptions } from './procedure-fixtures.js';

interface Args {
  codes: string;
  layout: 'poster' | 'cards';
  office: string;
  linkTemplate: string;
  client: StoryClientOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/QR poster',
  component: 'motcua-qr-poster',
  args: {
    codes: '1.001193, 1.000894, 1.004194',
    layout: 'poster',
    office: 'Bộ phận Một cửa – UBND xã Hòa Vang',
    linkTemplate: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}',
    client: {},
  },
  argTypes: { layout: { control: 'inline-radio', options: ['poster', 'cards'] }, client: { control: false } },
  render: ({ codes, layout, office, linkTemplate, client }) => html`<motcua-qr-poster
    .client=${storyClient(client)}
    codes=${codes}
    layout=${layout}
    office=${office}
    link-template=${linkTemplate}
  ></motcua-qr-poster>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One A4 poster per procedure (print preview shows one per page). */
export const Posters: Story = {};

/** A sheet of cards to cut out: six per A4 page. */
export const Cards: Story = {
  args: { layout: 'cards', codes: '1.001193, 1.000894, 1.000656, 1.004873, 2.000815, 2.000884, 1.004194, 1.004222' },
};

/** QR codes pointing at the host portal with motcua's fragment, recognised by <motcua-qr-lookup> there. */
export const HostLinks: Story = {
  args: { linkTemplate: 'https://dichvucong.sonha.gov.vn/thu-tuc#motcua:procedure={code}' },
};

/** Loading. */
export const Loading: Story = { args: { client: { delay: Infinity } } };

/** No codes given. */
export const Empty: Story = { args: { codes: '' } };

/** Some codes unknown: the rest still print, the missing ones are listed. */
export const SomeMissing: Story = { args: { codes: '1.001193, 9.999999' } };

/** The server failed. */
export const Error: Story = { args: { client: { status: 503 } } };

/** Very long procedure names. */
export const LongNames: Story = { args: { client: { long: true }, codes: '1.000689' } };

/** Phone width. */
export const PhoneWidth: Story = {
  render: (args) => html`<div style="max-width: 375px; border: 1px dashed #999">${meta.render!(args, {} as never)}</div>`,
};

/** Dark host theme (posters stay black on white, for printing and scanning). */
export const Dark: Story = {
  render: (args) => html`<div style="background: #0d1014; padding: 1rem" data-theme="dark">
    <motcua-qr-poster theme="dark" .client=${storyClient(args.client)} codes=${args.codes} office=${args.office}></motcua-qr-poster>
  </div>`,
};

/** English interface. */
export const English: Story = {
  args: { office: 'One-stop desk – Hòa Vang commune' },
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};

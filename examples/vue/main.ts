// A Vue 3 app using the motcua elements directly. Vue must be told that motcua-* tags are custom
// elements (else it warns and tries to resolve them as Vue components): `isCustomElement` below
// for in-browser templates, or the same option under `vue({ template: { compilerOptions } })` in
// vite.config for single-file components. Properties bind with `.prop` (camelCase name) or as attributes (kebab-case);
// `@motcua-…` listens to the elements' DOM events.
import 'motcua/elements';
import { createApp } from 'vue';

const app = createApp({
  data: () => ({ lang: 'vi', week: '', chosen: '' }),
  methods: {
    toggleLang(this: { lang: string }) {
      this.lang = this.lang === 'vi' ? 'en' : 'vi';
    },
    onWeek(this: { week: string }, event: CustomEvent<{ week: string }>) {
      this.week = event.detail.week;
    },
    onSelect(this: { chosen: string }, event: CustomEvent<{ code: string }>) {
      event.preventDefault(); // the app shows the code instead of opening the procedure page
      this.chosen = event.detail.code;
    },
  },
  template: `
    <main>
      <h1>{{ lang === 'en' ? 'One-stop office' : 'Bộ phận Một cửa' }}</h1>
      <button type="button" @click="toggleLang">{{ lang === 'vi' ? 'English' : 'Tiếng Việt' }}</button>
      <motcua-provider api-base="/api/v1" :lang="lang">
        <motcua-procedure-search :pageSize.prop="5" @motcua-select="onSelect"></motcua-procedure-search>
        <motcua-duty-roster :headingLevel.prop="2" @motcua-week-change="onWeek"></motcua-duty-roster>
      </motcua-provider>
      <p role="status" data-testid="week">{{ week ? 'Tuần đang xem: ' + week : 'Tuần này' }}</p>
      <p role="status" data-testid="chosen">{{ chosen ? 'Đã chọn: ' + chosen : '' }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('motcua-');
app.mount('#app');

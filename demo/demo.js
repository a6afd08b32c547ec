// The demo portal's own script: the language and theme switches. The widgets themselves need
// no script of their own; they follow `lang` on their container and the --motcua-* variables.

const container = document.getElementById('widgets');
const root = document.documentElement;

/** Page texts inside the widget area that carry an English version in data-en. */
function translatePage(lang) {
  for (const el of container.querySelectorAll('[data-en]')) {
    if (!el.dataset.vi) el.dataset.vi = el.textContent.trim();
    el.textContent = lang === 'en' ? el.dataset.en : el.dataset.vi;
  }
}

function press(selector, value, attribute) {
  for (const button of document.querySelectorAll(selector)) {
    button.setAttribute('aria-pressed', String(button.getAttribute(attribute) === value));
  }
}

function setLanguage(lang) {
  container.setAttribute('lang', lang);
  translatePage(lang);
  press('[data-lang]', lang, 'data-lang');
  remember('motcua-demo-lang', lang);
}

function setTheme(theme) {
  root.classList.toggle('theme-dark', theme === 'dark');
  press('[data-theme]', theme, 'data-theme');
  remember('motcua-demo-theme', theme);
}

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the switch still works for this visit.
  }
}

function recall(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
for (const button of document.querySelectorAll('[data-theme]')) {
  button.addEventListener('click', () => setTheme(button.dataset.theme));
}

const savedLang = recall('motcua-demo-lang');
if (savedLang === 'en') setLanguage('en');
const savedTheme = recall('motcua-demo-theme');
if (savedTheme === 'dark') setTheme('dark');

// A dossier found by the tracker can be rated right away: its look-up returned a token that opens
// that dossier's survey (and nothing else) for a day. The kiosk survey stays generic.
const survey = container.querySelector('motcua-satisfaction-survey:not([kiosk])');
container.addEventListener('motcua-result', (event) => {
  const dossier = event.detail?.dossier;
  // The tracker refreshes every minute: a new token for the same dossier must not reload the form
  // and wipe what the citizen is filling in.
  if (!survey || !dossier?.access || survey.dossier === dossier.code) return;
  survey.token = dossier.access.token;
  survey.dossier = dossier.code;
});

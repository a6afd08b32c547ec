// Puts one <motcua-satisfaction-survey> on the page, on the real API, with the outbox named in the URL.
import '../../../src/elements/satisfaction-survey/satisfaction-survey.js';

const outbox = new URLSearchParams(location.search).get('outbox') ?? 'motcua-page-outbox';
const el = document.createElement('motcua-satisfaction-survey');
el.setAttribute('api-base', '/api/v1');
el.setAttribute('outbox-name', outbox);
document.body.append(el);

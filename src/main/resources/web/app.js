// The intake page: loads the questionnaire, renders the form, keeps the draft, submits and shows the report.

import {Form, h, problemText} from './form.js';
import {LANGUAGES, language, setLanguage, t, tx} from './i18n.js';

const LANG_KEY = 'strategy-advisor:lang';
const DEFAULT_QUESTIONNAIRE = 'business-brief';

const $ = id => document.getElementById(id);

const app = {
  definition: null,
  form: null,
  problems: null,     // the last 422 problems, kept so a language switch can show them again
  summaryMessage: null, // the last non-field error, as a function giving the text in the current language
  lastDocument: null, // the document of the last successful evaluation
  submitting: false,
};

// ---- storage -------------------------------------------------------------------------------------

function draftKey() {
  return `strategy-advisor:draft:${app.definition ? app.definition.id : DEFAULT_QUESTIONNAIRE}`;
}

function storageGet(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // private mode or full storage: the form works without a draft
  }
}

function saveDraft() {
  storageSet(draftKey(), JSON.stringify({questionnaire: app.definition.id, status: 'draft', answers: app.form.answers}));
}

function loadDraft() {
  const text = storageGet(draftKey());
  if (!text) return null;
  try {
    const doc = JSON.parse(text);
    return doc && typeof doc.answers === 'object' && !Array.isArray(doc.answers) ? cleanAnswers(doc.answers) : null;
  } catch {
    return null;
  }
}

/** Answers without null values (null means unanswered). */
function cleanAnswers(answers) {
  const out = {};
  for (const [key, value] of Object.entries(answers || {})) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      out[key] = value.map(item => {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null && v !== undefined));
        }
        return item;
      });
    } else {
      out[key] = value;
    }
  }
  return out;
}

// ---- HTTP ----------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

async function readError(response) {
  let body = null;
  let message = `${response.status} ${response.statusText}`;
  try {
    const text = await response.text();
    try {
      body = JSON.parse(text);
      if (body && body.message) message = body.message;
    } catch {
      if (text && text.length < 300) message = text;
    }
  } catch {
    // keep the status line
  }
  return new HttpError(response.status, message, body);
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if (!response.ok) throw await readError(response);
  return response.json();
}

function evaluate(doc, accept) {
  return fetch('/api/evaluations', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: accept},
    body: JSON.stringify(doc),
  });
}

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', {href: url, download: filename, hidden: true});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- UI strings and language -----------------------------------------------------------------

function announce(message) {
  const status = $('status');
  status.textContent = '';
  setTimeout(() => { status.textContent = message; }, 30);
}

function applyUiStrings() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const code of LANGUAGES) {
    const button = $(`lang-${code}`);
    if (button) button.setAttribute('aria-pressed', String(code === language()));
  }
  if (app.definition) {
    $('app-title').textContent = tx(app.definition.title);
    document.title = `${tx(app.definition.title)} — ${t('appName')}`;
    const description = tx(app.definition.description);
    $('app-description').textContent = description;
    $('app-description').hidden = !description;
  } else {
    document.title = t('appName');
  }
  const placeholder = $('example-select').querySelector('option[value=""]');
  if (placeholder) placeholder.textContent = $('example-select').options.length > 1 ? t('examplePlaceholder') : t('noExamples');
}

function switchLanguage(code) {
  if (code === language()) return;
  setLanguage(code);
  storageSet(LANG_KEY, code);
  applyUiStrings();
  if (app.form) {
    const focusedId = document.activeElement && document.activeElement.id;
    app.form.render();
    if (app.problems) renderProblems(app.problems, false);
    else if (app.summaryMessage) showSummaryMessage(app.summaryMessage, false);
    if (focusedId && $(focusedId)) $(focusedId).focus();
  }
}

// ---- error summary -------------------------------------------------------------------------------

function hideSummary() {
  app.problems = null;
  app.summaryMessage = null;
  const summary = $('error-summary');
  summary.hidden = true;
  summary.replaceChildren();
  if (app.form) app.form.clearProblems();
}

/** Shows a message (a function giving the text in the current language) in the summary. */
function showSummaryMessage(message, focus = true) {
  if (app.form) app.form.clearProblems();
  app.problems = null;
  app.summaryMessage = message;
  const summary = $('error-summary');
  summary.replaceChildren(h('p', {}, message()));
  summary.hidden = false;
  if (focus) {
    summary.focus({preventScroll: true});
    summary.scrollIntoView({block: 'start'});
  }
}

function renderProblems(problems, focus) {
  app.problems = problems;
  app.summaryMessage = null;
  const marked = app.form.markProblems(problems);
  const summary = $('error-summary');
  const list = h('ul', {});
  for (const {problem, target, label} of marked) {
    if (target) {
      const link = h('a', {href: `#${target.id}`, onclick: event => {
        event.preventDefault();
        app.form.focusTarget(target);
      }}, label ? `${label}: ` : '', problemText(problem.message));
      list.append(h('li', {}, link));
    } else {
      list.append(h('li', {class: 'unmatched'}, problem.path ? h('code', {}, problem.path) : '', problem.path ? ': ' : '', problemText(problem.message)));
    }
  }
  summary.replaceChildren(h('h2', {}, t('errorSummaryTitle', {count: problems.length})), list);
  summary.hidden = false;
  if (focus) {
    // the first error in the form's order
    const first = marked.filter(m => m.target).sort((a, b) =>
      (a.target === b.target ? 0 : a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
    if (first) app.form.focusTarget(first.target);
    else {
      summary.focus({preventScroll: true});
      summary.scrollIntoView({block: 'start'});
    }
  }
}

// ---- answers documents ---------------------------------------------------------------------------

function currentDocument() {
  return {questionnaire: app.definition.id, status: 'complete', answers: app.form.answersToSend()};
}

function replaceAnswers(answers, message) {
  hideSummary();
  app.form.current = app.definition.sections[0].id;
  app.form.setAnswers(cleanAnswers(answers));
  saveDraft();
  announce(message);
}

function documentAnswers(doc) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !doc.answers || typeof doc.answers !== 'object'
    || Array.isArray(doc.answers)) {
    throw new Error(t('errorImportShape'));
  }
  if (doc.questionnaire !== undefined && doc.questionnaire !== app.definition.id) {
    throw new Error(t('errorImportOther', {id: doc.questionnaire}));
  }
  return doc.answers;
}

async function importFile(file) {
  let text;
  try {
    text = await file.text();
    const answers = documentAnswers(JSON.parse(text));
    replaceAnswers(answers, t('imported'));
  } catch (e) {
    const message = e.message;
    showSummaryMessage(() => t('errorImport', {message}));
  }
}

async function loadExamples() {
  const select = $('example-select');
  const button = $('load-example');
  select.replaceChildren(h('option', {value: ''}, t('examplePlaceholder')));
  try {
    const examples = await getJson('/api/examples');
    const id = app.definition ? app.definition.id : DEFAULT_QUESTIONNAIRE;
    for (const example of Array.isArray(examples) ? examples : []) {
      if (example.questionnaire && example.questionnaire !== id) continue;
      const name = typeof example.name === 'object' ? tx(example.name) : (example.name || example.id);
      select.append(h('option', {value: example.id}, name));
    }
  } catch {
    // no examples on this server
  }
  const none = select.options.length <= 1;
  select.options[0].textContent = none ? t('noExamples') : t('examplePlaceholder');
  select.disabled = none;
  button.disabled = none;
}

async function loadExample() {
  const select = $('example-select');
  const id = select.value;
  if (!id) {
    select.focus();
    return;
  }
  try {
    const doc = await getJson(`/api/examples/${encodeURIComponent(id)}`);
    replaceAnswers(documentAnswers(doc), t('exampleLoaded'));
  } catch (e) {
    const message = e.message;
    showSummaryMessage(() => t('errorExample', {message}));
  }
}

// ---- submit and report ---------------------------------------------------------------------------

async function submit() {
  if (app.submitting) return;
  app.submitting = true;
  const button = $('submit');
  button.setAttribute('aria-busy', 'true');
  button.textContent = t('submitting');
  const doc = currentDocument();
  try {
    let response;
    try {
      response = await evaluate(doc, 'text/html');
    } catch (e) {
      const message = e.message;
      showSummaryMessage(() => t('errorNetwork', {message}));
      return;
    }
    if (response.ok) {
      const html = await response.text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const report = parsed.querySelector('main.report') || parsed.querySelector('main') ;
      if (!report) {
        showSummaryMessage(() => t('reportMissing'));
        return;
      }
      hideSummary();
      app.lastDocument = doc;
      showReport(report);
      return;
    }
    const error = await readError(response);
    if (error.status === 422 && error.body && Array.isArray(error.body.problems) && error.body.problems.length) {
      renderProblems(error.body.problems, true);
    } else {
      const {status, message} = error;
      showSummaryMessage(() => t('errorGeneric', {status, message}));
    }
  } finally {
    app.submitting = false;
    button.removeAttribute('aria-busy');
    button.textContent = t('submit');
  }
}

function showReport(report) {
  const content = $('report-content');
  const node = document.importNode(report, true);
  if (!node.lang && report.ownerDocument.documentElement.lang) node.lang = report.ownerDocument.documentElement.lang;
  content.replaceChildren(node);
  // the report's own headings stay; its first heading takes the focus
  $('form-view').hidden = true;
  $('report-view').hidden = false;
  document.body.classList.add('showing-report');
  window.scrollTo(0, 0);
  const heading = content.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: true});
  } else {
    $('back-to-form').focus();
  }
}

function backToForm() {
  $('report-view').hidden = true;
  $('form-view').hidden = false;
  document.body.classList.remove('showing-report');
  $('submit').focus();
}

async function downloadReport(accept, filename) {
  const doc = app.lastDocument || currentDocument();
  try {
    const response = await evaluate(doc, accept);
    if (!response.ok) throw await readError(response);
    download(await response.blob(), filename);
  } catch (e) {
    announce(t('downloadFailed', {message: e.message}));
    window.alert(t('downloadFailed', {message: e.message}));
  }
}

// ---- start ---------------------------------------------------------------------------------------

function wire() {
  $('lang-en').addEventListener('click', () => switchLanguage('en'));
  $('lang-ru').addEventListener('click', () => switchLanguage('ru'));
  $('load-example').addEventListener('click', loadExample);
  $('import').addEventListener('change', event => {
    const file = event.target.files && event.target.files[0];
    if (file) importFile(file).finally(() => { event.target.value = ''; });
  });
  $('export').addEventListener('click', () => {
    const doc = currentDocument();
    download(new Blob([JSON.stringify(doc, null, 2) + '\n'], {type: 'application/json'}), `${app.definition.id}-answers.json`);
  });
  $('clear').addEventListener('click', () => replaceAnswers({}, t('cleared')));
  $('submit').addEventListener('click', submit);
  $('brief-form').addEventListener('submit', event => event.preventDefault());
  $('back-to-form').addEventListener('click', backToForm);
  $('print').addEventListener('click', () => window.print());
  // the reasons folded under "why" belong on paper too
  window.addEventListener('beforeprint', () => {
    for (const details of $('report-content').querySelectorAll('details')) details.open = true;
  });
  $('download-json').addEventListener('click', () => downloadReport('application/json', 'report.json'));
  $('download-markdown').addEventListener('click', () => downloadReport('text/markdown', 'report.md'));
}

function chooseQuestionnaire(list) {
  const wanted = new URLSearchParams(window.location.search).get('questionnaire') || DEFAULT_QUESTIONNAIRE;
  const ids = (Array.isArray(list) ? list : []).map(q => q.id);
  if (ids.includes(wanted) || ids.length === 0) return wanted;
  return ids.includes(DEFAULT_QUESTIONNAIRE) ? DEFAULT_QUESTIONNAIRE : ids[0];
}

async function start() {
  const stored = storageGet(LANG_KEY);
  const browser = (navigator.language || '').toLowerCase().startsWith('ru') ? 'ru' : 'en';
  setLanguage(LANGUAGES.includes(stored) ? stored : browser);
  wire();
  applyUiStrings();
  try {
    let list = [];
    try {
      list = await getJson('/api/questionnaires');
    } catch {
      // the definition request below reports what is wrong
    }
    app.definition = await getJson(`/api/questionnaires/${encodeURIComponent(chooseQuestionnaire(list))}`);
  } catch (e) {
    const message = e.message;
    $('brief-form').replaceChildren();
    showSummaryMessage(() => t('errorLoad', {message}));
    $('submit').disabled = true;
    return;
  }
  const draft = loadDraft();
  app.form = new Form($('brief-form'), app.definition, draft || {}, saveDraft);
  applyUiStrings();
  app.form.render();
  loadExamples().then(applyUiStrings);
  document.body.classList.add('ready');
  if (draft && Object.keys(draft).length) announce(t('draftRestored'));
}

start();

// The agent page: reads the customer's message and checks the draft as the agent types (debounced),
// through the same JSON API as any other client. No libraries; every text goes into the page as text,
// never as HTML.
'use strict';

const DEBOUNCE_MS = 300;
const el = id => document.getElementById(id);
const customer = el('customer');
const draft = el('draft');
let customerReading = null;
const generation = { customer: 0, draft: 0 };
const timers = {};
const errors = {};

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function percent(x) { return Math.round(x * 100) + '%'; }

async function post(path, body) {
  const headers = { 'Content-Type': 'application/json' };
  const token = el('token').value.trim();
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) {
    if (response.status === 401) el('token-box').open = true;
    throw new Error((data && data.error) || ('the server answered ' + response.status));
  }
  return data;
}

function showError(kind, message) {
  if (message) errors[kind] = message; else delete errors[kind];
  const box = el('error');
  const lines = Object.entries(errors).map(([k, m]) => (k === 'customer' ? "Customer's message: " : 'Draft: ') + m);
  box.textContent = lines.join(' \u2014 ');
  box.hidden = lines.length === 0;
}

// The text with [start, end) spans wrapped in <mark>, for the backdrop behind a textarea.
function renderMarks(target, text, spans) {
  target.replaceChildren();
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    target.append(text.slice(at, span.start));
    const mark = make('mark', span.className, text.slice(span.start, span.end));
    target.append(mark);
    at = span.end;
  }
  target.append(text.slice(at) + '\n');
}

function syncScroll(area, marks) {
  marks.parentElement.scrollTop = area.scrollTop;
}

function schedule(kind, run) {
  clearTimeout(timers[kind]);
  timers[kind] = setTimeout(run, DEBOUNCE_MS);
}

function situationOf(reading) {
  const s = reading && reading.situation;
  if (!s) return null;
  if (typeof s === 'string') return { id: s };
  const id = s.situation || s.id || s.type;
  return id ? { id, confidence: s.confidence } : null;
}

async function updateCustomer() {
  const mine = ++generation.customer;
  const text = customer.value;
  if (!text.trim()) {
    customerReading = null;
    renderMarks(el('customer-marks'), text, []);
    el('reading').replaceChildren(make('p', 'muted', "The customer's emotion shows here."));
    el('openings').replaceChildren();
    showError('customer', null);
    updateDraft();
    return;
  }
  try {
    const [reading, suggestions] = await Promise.all([
      post('/v1/classify', { text }),
      post('/v1/suggest', { text, count: 3 })]);
    if (mine !== generation.customer) return;
    showError('customer', null);
    customerReading = reading;
    renderReading(text, reading);
    renderOpenings(suggestions);
  } catch (e) {
    if (mine !== generation.customer) return;
    showError('customer', e.message);
  }
  updateDraft();
}

function renderReading(text, reading) {
  renderMarks(el('customer-marks'), text, reading.cues.map(c => ({ start: c.start, end: c.end, className: 'cue' })));
  const panel = el('reading');
  const head = make('div', 'emotion');
  head.id = 'emotion';
  head.append(make('strong', null, reading.emotion),
    make('span', null, 'intensity ' + percent(reading.intensity)),
    make('span', 'muted', 'confidence ' + percent(reading.confidence)));
  const parts = [head];
  const situation = situationOf(reading);
  if (situation) {
    const p = make('p', 'situation', 'Situation: ' + situation.id);
    if (typeof situation.confidence === 'number') p.append(make('span', 'muted', ' (' + percent(situation.confidence) + ')'));
    parts.push(p);
  }
  if (reading.cues.length) {
    parts.push(make('p', 'muted', 'Cues (highlighted in the message):'));
    const cues = make('ul', 'chips');
    cues.id = 'cues';
    reading.cues.forEach(c => cues.append(make('li', null, '\u201c' + c.text + '\u201d \u2192 ' + c.emotion)));
    parts.push(cues);
  }
  if (reading.signals.length) {
    parts.push(make('p', 'muted', 'Signals:'));
    const signals = make('ul', 'chips');
    signals.id = 'signals';
    reading.signals.forEach(s => signals.append(make('li', null, s.type + ': \u201c' + s.text + '\u201d')));
    parts.push(signals);
  }
  panel.replaceChildren(...parts);
}

// Inserts text at the caret (or, with atStart, before the draft: an opening goes first).
function insertIntoDraft(text, atStart) {
  const start = atStart ? 0 : (draft.selectionStart ?? draft.value.length);
  const end = atStart ? 0 : (draft.selectionEnd ?? start);
  const before = draft.value.slice(0, start);
  const after = draft.value.slice(end);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^\s/.test(after) ? ' ' : '';
  draft.value = before + lead + text + trail + after;
  const caret = (before + lead + text + trail).length;
  draft.focus();
  draft.setSelectionRange(caret, caret);
  updateDraft();
}

function renderOpenings(suggestions) {
  const list = el('openings');
  const items = [];
  const opening = make('li');
  opening.append(make('div', null, suggestions.opening));
  const use = make('button', 'insert', 'Insert this opening');
  use.type = 'button';
  use.addEventListener('click', () => insertIntoDraft(suggestions.opening, true));
  opening.append(use);
  items.push(opening);
  for (const s of suggestions.statements) {
    const li = make('li');
    li.append(make('div', null, s.text), make('span', 'muted', s.intent + ' '));
    const b = make('button', 'insert', 'Insert');
    b.type = 'button';
    b.setAttribute('aria-label', 'Insert: ' + s.text);
    b.addEventListener('click', () => insertIntoDraft(s.text));
    li.append(b);
    items.push(li);
  }
  list.replaceChildren(...items);
}

async function updateDraft() {
  const mine = ++generation.draft;
  const text = draft.value;
  if (!text.trim()) {
    renderMarks(el('draft-marks'), text, []);
    ['findings', 'missing', 'scores'].forEach(id => el(id).replaceChildren());
    showError('draft', null);
    return;
  }
  const body = { text };
  if (customer.value.trim()) body.customer = customer.value;
  try {
    const check = await post('/v1/check', body);
    if (mine !== generation.draft || draft.value !== text) return;
    showError('draft', null);
    renderCheck(text, check);
  } catch (e) {
    if (mine !== generation.draft) return;
    showError('draft', e.message);
  }
}

function replaceSpan(finding, replacement) {
  if (draft.value.slice(finding.start, finding.end) !== finding.text) {
    updateDraft();
    return;
  }
  const before = draft.value.slice(0, finding.start);
  let after = draft.value.slice(finding.end);
  if (replacement === '' && /\s$/.test(before) && /^\s/.test(after)) after = after.slice(1);
  draft.value = before + replacement + after;
  const caret = (before + replacement).length;
  draft.focus();
  draft.setSelectionRange(caret, caret);
  updateDraft();
}

function scoreValue(value) {
  if (typeof value === 'number') return value;
  if (value && typeof value.score === 'number') return value.score;
  return null;
}

function renderCheck(text, check) {
  renderMarks(el('draft-marks'), text,
    check.findings.map(f => ({ start: f.start, end: f.end, className: 'finding ' + f.severity })));
  const scores = [];
  for (const [key, label] of [['score', 'Draft score'], ['empathy', 'Empathy'], ['politeness', 'Politeness']]) {
    const value = scoreValue(check[key]);
    if (value === null) continue;
    const box = make('div', 'score');
    box.id = 'score-' + key;
    box.append(label + ' ', make('b', null, String(Math.round(value * (value <= 1 && key !== 'score' ? 100 : 1)))));
    scores.push(box);
  }
  el('scores').replaceChildren(...scores);

  const findings = check.findings.map(f => {
    const li = make('li', 'finding');
    li.append(make('span', 'sev ' + f.severity, f.severity), make('span', 'quote', f.text), ' ', make('span', null, f.message));
    const buttons = make('div');
    for (const s of f.suggestions) {
      const b = make('button', 'suggestion', s === '' ? 'Delete \u201c' + f.text + '\u201d' : s);
      b.type = 'button';
      b.setAttribute('aria-label', s === '' ? 'Delete ' + f.text : 'Replace \u201c' + f.text + '\u201d with \u201c' + s + '\u201d');
      b.addEventListener('click', () => replaceSpan(f, s));
      buttons.append(b);
    }
    li.append(buttons);
    return li;
  });
  if (!findings.length) findings.push(make('li', 'muted', 'No dismissive language found.'));
  el('findings').replaceChildren(...findings);

  const missing = check.missing.map(m => {
    const li = make('li', 'missing');
    li.append(make('strong', null, m.element + ': '), make('span', null, m.reason));
    if (m.suggestion) {
      const b = make('button', 'insert', 'Add: ' + m.suggestion);
      b.type = 'button';
      b.addEventListener('click', () => insertIntoDraft(m.suggestion));
      li.append(make('div', null), b);
    }
    return li;
  });
  el('missing').replaceChildren(...missing);
}

customer.addEventListener('input', () => {
  renderMarks(el('customer-marks'), customer.value, []);
  schedule('customer', updateCustomer);
});
draft.addEventListener('input', () => {
  renderMarks(el('draft-marks'), draft.value, []);
  schedule('draft', updateDraft);
});
customer.addEventListener('scroll', () => syncScroll(customer, el('customer-marks')));
draft.addEventListener('scroll', () => syncScroll(draft, el('draft-marks')));
el('token').addEventListener('change', () => { updateCustomer(); });
if (customer.value.trim()) updateCustomer();
if (draft.value.trim()) updateDraft();

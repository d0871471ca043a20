// Renders a questionnaire definition as a form and keeps the answers object in the server's format.

import {evaluateVisibility, isEmpty, optionsOf, topQuestions} from './conditions.js';
import {itemCount, t, tx, unitLabel} from './i18n.js';

const DEFAULT_MAX_ITEMS = 200;
const SELECT_ABOVE = 6;

/** Creates an element: h('p', {class: 'x', onclick: fn}, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An element id for a path: segments[1].name -> q-segments-1--name (question ids never hold "-"). */
export function idFor(path, suffix = '') {
  return 'q-' + path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '--') + (suffix ? '--' + suffix : '');
}

function describedBy(...ids) {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

function requiredMark(q) {
  if (!q.required) return [];
  return [' ', h('span', {class: 'req', 'aria-hidden': 'true'}, '*'), h('span', {class: 'visually-hidden'}, ` (${t('required')})`)];
}

function helpText(q, path) {
  const text = tx(q.help);
  return text ? h('p', {class: 'help', id: idFor(path, 'help')}, text) : null;
}

/** A label inside a sentence: "Segments" -> "segments"; an acronym ("CRM systems") stays as it is. */
function inSentence(label) {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLocaleLowerCase() + label.slice(1) : label;
}

/** What a choice's drawn options are compared by, to tell whether it must be drawn again. */
function optionsKey(q, answers) {
  return JSON.stringify(optionsOf(q, answers).map(o => o.value));
}

function formatNumber(v) {
  return v === undefined || v === null ? '' : String(v);
}

/**
 * A server problem message as shown: "required: ... (Label)" loses the English label the field
 * already shows, and is said in the page's language.
 */
export function problemText(message) {
  const text = String(message ?? '');
  if (/^required: a complete brief needs an answer( \(.*\))?$/s.test(text)) return t('requiredAnswer');
  return text;
}

/** The values an answer to a choice holds: none, its one value, or its list (an import's may be either). */
function answerValues(answer) {
  if (answer === undefined) return [];
  return Array.isArray(answer) ? answer : [answer];
}

/** The label of one radio or checkbox; a value not among the options is marked as such. */
function optionLabel(option, input) {
  return h('label', {class: option.missing ? 'option missing' : 'option', for: input.id}, input, h('span', {}, option.label));
}

export class Form {
  /**
   * @param root element the form is rendered into
   * @param definition the questionnaire definition
   * @param answers the answers object (kept and mutated in place)
   * @param onChange called after every change of the answers
   */
  constructor(root, definition, answers, onChange) {
    this.root = root;
    this.definition = definition;
    this.answers = answers || {};
    this.onChange = onChange || (() => {});
    this.current = definition.sections[0].id;
    this.problems = null;
    /** For each choice field whose options are drawn from answers: {q, key, redraw} (see redrawDrawn). */
    this.drawn = new WeakMap();
  }

  // ---- state ---------------------------------------------------------------------------------

  setAnswers(answers) {
    this.answers = answers || {};
    this.problems = null;
    this.render();
  }

  /** The answers to send: hidden questions and empty values removed. */
  answersToSend() {
    return evaluateVisibility(this.definition, this.answers).answers;
  }

  changed() {
    this.redrawDrawn();
    this.refresh();
    this.onChange(this.answers);
  }

  // ---- rendering -----------------------------------------------------------------------------

  render() {
    const nav = h('nav', {class: 'section-nav', 'aria-label': t('sections')},
      h('ol', {}, this.definition.sections.map(s => h('li', {},
        h('button', {type: 'button', class: 'nav-button', 'data-nav': s.id, onclick: () => this.showSection(s.id, true)},
          h('span', {class: 'nav-title'}, tx(s.title)),
          h('span', {class: 'nav-count', 'data-count': s.id}))))));
    const sections = this.definition.sections.map((s, i) => this.renderSection(s, i));
    this.root.replaceChildren(
      h('div', {class: 'form-layout'},
        h('aside', {class: 'form-aside'}, nav),
        h('div', {class: 'form-main'}, h('p', {class: 'required-note'}, t('requiredNote')), sections)));
    this.showSection(this.current, false);
    this.refresh();
  }

  renderSection(section, index) {
    const sections = this.definition.sections;
    const prev = sections[index - 1];
    const next = sections[index + 1];
    const titleId = `section-${section.id}-title`;
    return h('section', {class: 'form-section', 'data-section': section.id, id: `section-${section.id}`, 'aria-labelledby': titleId},
      h('h2', {id: titleId, tabindex: '-1'}, tx(section.title)),
      tx(section.help || section.description) ? h('p', {class: 'section-help'}, tx(section.help || section.description)) : null,
      h('div', {class: 'questions'}, section.questions.map(q => this.renderField(q, q.id, this.topAccess(q.id), null))),
      h('div', {class: 'pager'},
        prev ? h('button', {type: 'button', class: 'prev', 'data-prev': prev.id, onclick: () => this.showSection(prev.id, true)},
          '← ', t('previous'), h('span', {class: 'pager-target'}, ': ', tx(prev.title))) : h('span'),
        next ? h('button', {type: 'button', class: 'next', 'data-next': next.id, onclick: () => this.showSection(next.id, true)},
          t('next'), h('span', {class: 'pager-target'}, ': ', tx(next.title)), ' →') : h('span')));
  }

  topAccess(id) {
    return {
      get: () => this.answers[id],
      set: v => {
        if (v === undefined) delete this.answers[id];
        else this.answers[id] = v;
      },
    };
  }

  /** One field wrapper (div.field[data-path]) for a question at a path. */
  renderField(q, path, access, group) {
    const wrapper = h('div', {class: `field field-${q.type}`, id: idFor(path, 'field'), 'data-path': path, 'data-type': q.type});
    const commit = v => {
      access.set(v);
      this.changed();
    };
    switch (q.type) {
      case 'text':
      case 'longtext':
        this.renderText(wrapper, q, path, access, commit);
        break;
      case 'textlist':
        this.renderTextList(wrapper, q, path, access, commit);
        break;
      case 'integer':
      case 'number':
      case 'money':
      case 'percent':
        this.renderNumber(wrapper, q, path, access, commit);
        break;
      case 'boolean':
        this.renderRadios(wrapper, q, path, access, commit,
          [{value: 'true', label: t('yes'), answer: true}, {value: 'false', label: t('no'), answer: false}]);
        break;
      case 'choice':
      case 'multichoice':
        this.renderChoice(wrapper, q, path, access, commit);
        break;
      case 'scale':
        this.renderRadios(wrapper, q, path, access, commit, this.scaleOptions(q), 'scale');
        break;
      case 'group':
        if (group) throw new Error(`nested group ${path}`);
        this.renderGroup(wrapper, q, path, access);
        break;
      default:
        this.renderText(wrapper, q, path, access, commit);
    }
    return wrapper;
  }

  labelFor(q, path) {
    return h('label', {for: idFor(path), id: idFor(path, 'label')}, tx(q.label), requiredMark(q));
  }

  renderText(wrapper, q, path, access, commit) {
    const id = idFor(path);
    const help = helpText(q, path);
    const attrs = {
      id, name: path, 'aria-required': q.required ? 'true' : undefined,
      'aria-describedby': describedBy(help && help.id),
      maxlength: q.maxLength,
    };
    const value = access.get();
    let input;
    if (q.type === 'longtext') {
      input = h('textarea', {...attrs, rows: '4'});
      input.value = typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);
    } else {
      input = h('input', {...attrs, type: 'text', autocomplete: 'off'});
      input.value = typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);
    }
    input.addEventListener('input', () => {
      const v = input.value;
      commit(isEmpty(v) ? undefined : q.type === 'text' ? v.trim() : v);
    });
    wrapper.append(this.labelFor(q, path), help || '', h('div', {class: 'control'}, input));
  }

  renderTextList(wrapper, q, path, access, commit) {
    const id = idFor(path);
    const help = helpText(q, path);
    const hintId = idFor(path, 'hint');
    const value = access.get();
    const input = h('textarea', {
      id, name: path, rows: '4', 'aria-required': q.required ? 'true' : undefined,
      'aria-describedby': describedBy(help && help.id, hintId),
    });
    input.value = Array.isArray(value) ? value.join('\n') : value == null ? '' : String(value);
    input.addEventListener('input', () => {
      const lines = input.value.split(/\r?\n/).map(s => s.trim()).filter(s => s.length > 0);
      commit(lines.length ? lines : undefined);
    });
    wrapper.append(this.labelFor(q, path), help || '',
      h('div', {class: 'control'}, input), h('p', {class: 'hint', id: hintId}, t('textlistHint')));
  }

  renderNumber(wrapper, q, path, access, commit) {
    const id = idFor(path);
    const help = helpText(q, path);
    let min = q.min;
    let max = q.max;
    if (q.type === 'percent') {
      if (min == null) min = 0;
      if (max == null) max = 100;
    }
    const unit = q.unit || (q.type === 'percent' ? '%' : null);
    const unitId = unit ? idFor(path, 'unit') : null;
    const input = h('input', {
      id, name: path, type: 'number', inputmode: q.type === 'integer' ? 'numeric' : 'decimal',
      step: q.type === 'integer' ? '1' : 'any', min, max,
      'aria-required': q.required ? 'true' : undefined,
      'aria-describedby': describedBy(help && help.id, unitId),
    });
    input.value = formatNumber(access.get());
    input.addEventListener('input', () => {
      const raw = input.value.trim();
      if (raw === '') {
        commit(undefined);
        return;
      }
      const n = Number(raw);
      commit(Number.isFinite(n) ? n : undefined);
    });
    wrapper.append(this.labelFor(q, path), help || '',
      h('div', {class: 'control control-number'}, input, unit ? h('span', {class: 'unit', id: unitId}, unitLabel(unit)) : ''));
  }

  scaleOptions(q) {
    const min = q.min ?? 1;
    const max = q.max ?? 5;
    const options = [];
    for (let v = min; v <= max && options.length < 101; v++) {
      let label = String(v);
      if (v === min && q.scaleLabels && q.scaleLabels.min) label += ` — ${tx(q.scaleLabels.min)}`;
      if (v === max && q.scaleLabels && q.scaleLabels.max) label += ` — ${tx(q.scaleLabels.max)}`;
      options.push({value: String(v), label, answer: v});
    }
    return options;
  }

  /**
   * A choice as radios, or as a select past SELECT_ABOVE options; a multichoice as checkboxes; one
   * whose options are drawn from answers not yet given, as a hint to give them.
   */
  renderChoice(wrapper, q, path, access, commit) {
    if (q.optionsFrom) {
      wrapper.dataset.optionsFrom = q.optionsFrom.group;
      this.drawn.set(wrapper, {q, key: optionsKey(q, this.answers), redraw: () => this.renderChoice(wrapper, q, path, access, commit)});
    }
    const options = this.optionsShown(q, access.get());
    if (!options.length) this.renderNoOptions(wrapper, q, path);
    else if (q.type === 'multichoice') this.renderCheckboxes(wrapper, q, path, access, commit, options);
    else if (options.length > SELECT_ABOVE) this.renderSelect(wrapper, q, path, access, commit, options);
    else this.renderRadios(wrapper, q, path, access, commit, options);
  }

  /**
   * A choice's options as drawn, [{value, label, answer}], then each value of its answer that is not
   * among them (an import's, or a name entered once and since changed), checked and marked.
   *
   * A chosen name is not carried over when the name it came from is renamed: the answers hold only
   * names (so do the draft, an export and what the server checks), and a name typed key by key passes
   * through blank, through other segments' names and through duplicates, so a rule guessing which old
   * name became which new one would move or merge links unseen; a link kept by item instead would live
   * outside the answers and be gone after a reload or an import. A value no longer among the names
   * stays shown and checked, so nothing is lost silently and the server's 422 lands at this field.
   */
  optionsShown(q, current) {
    const options = optionsOf(q, this.answers).map(o => ({value: o.value, label: tx(o.label), answer: o.value}));
    const missing = [...new Set(answerValues(current))].filter(v => !options.some(o => o.answer === v));
    return [...options, ...missing.map(v => ({
      value: String(v), label: t(q.optionsFrom ? 'notEntered' : 'notAnOption', {value: v}), answer: v, missing: true,
    }))];
  }

  /** Draws again each choice whose drawn options changed since it was drawn (a name typed, an item added or removed). */
  redrawDrawn() {
    let redrawn = false;
    for (const wrapper of this.root.querySelectorAll('[data-options-from]')) {
      const {q, key, redraw} = this.drawn.get(wrapper);
      if (key === optionsKey(q, this.answers)) continue;
      wrapper.replaceChildren();
      redraw();
      redrawn = true;
    }
    // the redrawn fields lost the server's problems shown at them
    if (redrawn && this.problems) this.markProblems(this.problems);
  }

  /** The fieldset of a set of radios or checkboxes, or of the hint that stands for them. */
  choiceSet(q, path, help, ...content) {
    return h('fieldset', {
      class: 'set', id: idFor(path), 'aria-describedby': describedBy(help && help.id),
    }, h('legend', {id: idFor(path, 'label')}, tx(q.label), requiredMark(q)), help || '', content);
  }

  renderNoOptions(wrapper, q, path) {
    const source = topQuestions(this.definition).find(x => x.id === q.optionsFrom.group);
    wrapper.append(this.choiceSet(q, path, helpText(q, path),
      h('p', {class: 'empty'}, t('enterSourceFirst', {group: inSentence(tx(source.label))}))));
  }

  /** A fieldset of radios; answer is what a checked radio stores. */
  renderRadios(wrapper, q, path, access, commit, options, variant = 'radios') {
    const help = helpText(q, path);
    const current = access.get();
    const inputs = [];
    const list = h('div', {class: `options options-${variant}`});
    for (const [i, o] of options.entries()) {
      // by place, not by value: a drawn value is whatever the user typed
      const input = h('input', {
        type: 'radio', name: path, value: o.value, id: idFor(path, `option-${i}`),
      });
      input.checked = current !== undefined && current === o.answer;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        clearButton.hidden = false;
        commit(o.answer);
      });
      inputs.push(input);
      list.append(optionLabel(o, input));
    }
    const clearButton = h('button', {
      type: 'button', class: 'link clear-answer', 'data-clear': path, hidden: current === undefined,
      'aria-label': `${t('clearAnswer')}: ${tx(q.label)}`,
      onclick: () => {
        inputs.forEach(i => { i.checked = false; });
        clearButton.hidden = true;
        commit(undefined);
        if (inputs[0]) inputs[0].focus();
      },
    }, t('clearAnswer'));
    wrapper.append(this.choiceSet(q, path, help, list, clearButton));
  }

  renderSelect(wrapper, q, path, access, commit, options) {
    const help = helpText(q, path);
    const select = h('select', {
      id: idFor(path), name: path, 'aria-required': q.required ? 'true' : undefined,
      'aria-describedby': describedBy(help && help.id),
    }, h('option', {value: ''}, t('notSelected')), options.map(o => h('option', {value: o.value}, o.label)));
    // the first entry is "not selected"
    select.selectedIndex = options.findIndex(o => o.answer === access.get()) + 1;
    select.addEventListener('change', () => commit(select.selectedIndex ? options[select.selectedIndex - 1].answer : undefined));
    wrapper.append(this.labelFor(q, path), help || '', h('div', {class: 'control'}, select));
  }

  renderCheckboxes(wrapper, q, path, access, commit, options) {
    const help = helpText(q, path);
    const chosen = answerValues(access.get());
    const inputs = [];
    const list = h('div', {class: 'options options-checkboxes'});
    for (const [i, o] of options.entries()) {
      const input = h('input', {
        type: 'checkbox', name: path, value: o.value, id: idFor(path, `option-${i}`),
      });
      input.checked = chosen.includes(o.answer);
      input.addEventListener('change', () => {
        const next = options.filter((_, j) => inputs[j].checked).map(x => x.answer);
        commit(next.length ? next : undefined);
      });
      inputs.push(input);
      list.append(optionLabel(o, input));
    }
    wrapper.append(this.choiceSet(q, path, help, list));
  }

  // ---- repeating groups ----------------------------------------------------------------------

  items(q, access) {
    const v = access.get();
    return Array.isArray(v) ? v : [];
  }

  renderGroup(wrapper, q, path, access) {
    const help = helpText(q, path);
    const items = this.items(q, access);
    const max = q.maxItems ?? DEFAULT_MAX_ITEMS;
    const list = h('ol', {class: 'group-items'});
    items.forEach((item, i) => list.append(h('li', {}, this.renderItem(q, path, access, item, i, items.length))));
    const full = items.length >= max;
    const noteId = idFor(path, 'note');
    const add = h('button', {
      type: 'button', class: 'add', 'data-add': path, disabled: full,
      'aria-describedby': describedBy(help && help.id, full ? noteId : null),
      onclick: () => this.addItem(q, path, access, wrapper),
    }, '+ ', t('addItem'), h('span', {class: 'visually-hidden'}, `: ${tx(q.label)}`));
    const fieldset = h('fieldset', {class: 'group', id: idFor(path), 'aria-describedby': describedBy(help && help.id)},
    h('legend', {id: idFor(path, 'label')}, tx(q.label), ' ',
      h('span', {class: 'group-count', 'data-count-of': path}, `(${itemCount(items.length)})`), requiredMark(q)),
    help || '',
    items.length ? list : h('p', {class: 'empty'}, t('noItems')),
    h('div', {class: 'group-actions'}, add,
      full ? h('p', {class: 'hint', id: noteId}, t('maxItemsReached', {max})) : null));
    wrapper.append(fieldset);
  }

  renderItem(q, path, access, item, i, count) {
    const itemPath = `${path}[${i}]`;
    const title = t('itemTitle', {n: i + 1});
    const subAccess = sub => ({
      get: () => item[sub.id],
      set: v => {
        if (v === undefined) delete item[sub.id];
        else item[sub.id] = v;
      },
    });
    const button = (cls, attr, label, disabled, onclick) => h('button', {
      type: 'button', class: cls, [attr]: itemPath, disabled, 'aria-label': `${label}: ${title}`, onclick,
    }, label);
    return h('fieldset', {class: 'group-item', 'data-item': itemPath, id: idFor(itemPath)},
      h('legend', {}, title),
      (q.questions || []).map(sub => this.renderField(sub, `${itemPath}.${sub.id}`, subAccess(sub), q)),
      h('div', {class: 'item-actions'},
        button('up', 'data-up', t('moveUp'), i === 0, () => this.moveItem(q, path, access, i, -1)),
        button('down', 'data-down', t('moveDown'), i === count - 1, () => this.moveItem(q, path, access, i, 1)),
        button('remove danger', 'data-remove', t('removeItem'), false, () => this.removeItem(q, path, access, i))));
  }

  rerenderGroup(q, path, access) {
    const old = this.root.querySelector(`[data-path="${CSS.escape(path)}"]`);
    const fresh = this.renderField(q, path, access, null);
    fresh.hidden = old ? old.hidden : false;
    if (old) old.replaceWith(fresh);
    this.changed();
    return fresh;
  }

  addItem(q, path, access) {
    const items = this.items(q, access).slice();
    if (items.length >= (q.maxItems ?? DEFAULT_MAX_ITEMS)) return;
    const arr = Array.isArray(access.get()) ? access.get() : [];
    arr.push({});
    access.set(arr);
    const fresh = this.rerenderGroup(q, path, access);
    const item = fresh.querySelector(`[data-item="${CSS.escape(`${path}[${arr.length - 1}]`)}"]`);
    const first = item && item.querySelector('input, textarea, select');
    if (first) first.focus();
    this.announce(t('itemAdded', {n: arr.length}));
  }

  removeItem(q, path, access, i) {
    const arr = this.items(q, access);
    arr.splice(i, 1);
    access.set(arr.length ? arr : undefined);
    const fresh = this.rerenderGroup(q, path, access);
    const next = fresh.querySelector(`[data-item="${CSS.escape(`${path}[${Math.min(i, arr.length - 1)}]`)}"] input, ` +
      `[data-item="${CSS.escape(`${path}[${Math.min(i, arr.length - 1)}]`)}"] textarea, ` +
      `[data-item="${CSS.escape(`${path}[${Math.min(i, arr.length - 1)}]`)}"] select`);
    (next || fresh.querySelector('[data-add]')).focus();
    this.announce(t('itemRemoved', {n: i + 1}));
  }

  moveItem(q, path, access, i, delta) {
    const arr = this.items(q, access);
    const j = i + delta;
    if (j < 0 || j >= arr.length) return;
    [arr[i], arr[j]] = [arr[j], arr[i]];
    const fresh = this.rerenderGroup(q, path, access);
    // the same button at the item's new place, or the other direction once it reached an end
    const at = CSS.escape(`${path}[${j}]`);
    const [same, other] = delta < 0 ? ['data-up', 'data-down'] : ['data-down', 'data-up'];
    let target = fresh.querySelector(`[${same}="${at}"]`);
    if (!target || target.disabled) target = fresh.querySelector(`[${other}="${at}"]`);
    if (target) target.focus();
    this.announce(t('itemMoved', {n: j + 1}));
  }

  announce(message) {
    const status = document.getElementById('status');
    if (status) {
      status.textContent = '';
      setTimeout(() => { status.textContent = message; }, 30);
    }
  }

  // ---- visibility, progress, navigation -----------------------------------------------------

  refresh() {
    const {hidden, answers} = evaluateVisibility(this.definition, this.answers);
    for (const wrapper of this.root.querySelectorAll('[data-path]')) {
      wrapper.hidden = hidden.has(wrapper.dataset.path);
    }
    let answeredAll = 0;
    let visibleAll = 0;
    for (const section of this.definition.sections) {
      let answered = 0;
      let visible = 0;
      for (const q of section.questions) {
        if (hidden.has(q.id)) continue;
        visible++;
        if (!isEmpty(answers[q.id])) answered++;
      }
      answeredAll += answered;
      visibleAll += visible;
      const count = this.root.querySelector(`[data-count="${CSS.escape(section.id)}"]`);
      if (count) {
        count.textContent = `${answered}/${visible}`;
        count.setAttribute('title', t('sectionProgress', {answered, visible}));
        count.classList.toggle('done', visible > 0 && answered === visible);
        const button = count.closest('button');
        button.setAttribute('aria-label', `${tx(section.title)}: ${t('sectionProgress', {answered, visible})}`);
      }
    }
    const pct = visibleAll ? Math.round((answeredAll / visibleAll) * 100) : 0;
    const progress = document.getElementById('progress');
    if (progress) {
      progress.value = pct;
      progress.max = 100;
      progress.textContent = `${pct}%`;
    }
    const label = document.getElementById('progress-text');
    if (label) label.textContent = t('progressText', {pct});
    this.progress = {answered: answeredAll, visible: visibleAll, pct};
  }

  showSection(id, focus) {
    if (!this.definition.sections.some(s => s.id === id)) id = this.definition.sections[0].id;
    this.current = id;
    for (const section of this.root.querySelectorAll('section.form-section')) {
      section.hidden = section.dataset.section !== id;
    }
    for (const button of this.root.querySelectorAll('[data-nav]')) {
      if (button.dataset.nav === id) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    }
    if (focus) {
      const heading = this.root.querySelector(`section[data-section="${CSS.escape(id)}"] h2`);
      if (heading) {
        heading.focus({preventScroll: true});
        heading.scrollIntoView({block: 'start'});
      }
    }
  }

  // ---- problems from the server --------------------------------------------------------------

  clearProblems() {
    this.problems = null;
    for (const el of this.root.querySelectorAll('.field-error')) el.remove();
    for (const el of this.root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of this.root.querySelectorAll('[data-base-describedby]')) {
      const base = el.getAttribute('data-base-describedby');
      if (base) el.setAttribute('aria-describedby', base);
      else el.removeAttribute('aria-describedby');
      el.removeAttribute('data-base-describedby');
    }
    for (const el of this.root.querySelectorAll('.has-error')) el.classList.remove('has-error');
  }

  /** The field wrapper or group item a problem path names, or null. */
  findTarget(path) {
    let p = path;
    for (let guard = 0; guard < 10 && p; guard++) {
      const field = this.root.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (field) return field.hidden ? null : field;
      const item = this.root.querySelector(`[data-item="${CSS.escape(p)}"]`);
      if (item) return item.closest('[data-path]').hidden ? null : item;
      const shorter = p.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === p) break;
      p = shorter;
    }
    return null;
  }

  /**
   * Shows each problem next to its field; returns [{problem, target, label}] in the server's order
   * (target null where no field matches).
   */
  markProblems(problems) {
    this.clearProblems();
    this.problems = problems;
    const result = [];
    const counts = new Map();
    for (const problem of problems) {
      const target = this.findTarget(String(problem.path ?? ''));
      let label = null;
      if (target) {
        const n = (counts.get(target) || 0) + 1;
        counts.set(target, n);
        const errorId = (target.dataset.path ? idFor(target.dataset.path, 'error') : idFor(target.dataset.item, 'error')) + (n > 1 ? `-${n}` : '');
        const message = h('p', {class: 'field-error', id: errorId}, problemText(problem.message));
        target.classList.add('has-error');
        if (target.dataset.item) {
          target.querySelector(':scope > legend').after(message);
        } else {
          target.append(message);
        }
        const controls = this.controlsOf(target);
        for (const control of controls) {
          if (control.matches('input, textarea, select')) control.setAttribute('aria-invalid', 'true');
          if (!control.hasAttribute('data-base-describedby')) {
            control.setAttribute('data-base-describedby', control.getAttribute('aria-describedby') || '');
          }
          const ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
          ids.push(errorId);
          control.setAttribute('aria-describedby', ids.join(' '));
        }
        label = this.labelOf(target);
      }
      result.push({problem, target, label});
    }
    return result;
  }

  /** A field's or item's name for the summary: "Segments · Item 2 · Segment name". */
  labelOf(target) {
    const own = el => {
      if (!el) return '';
      const copy = el.cloneNode(true);
      for (const extra of copy.querySelectorAll('.req, .visually-hidden, .group-count')) extra.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const parts = [];
    const item = target.dataset.item ? target : target.closest('[data-item]');
    if (item) {
      parts.push(own(item.closest('[data-path]').querySelector(':scope > fieldset > legend')));
      parts.push(own(item.querySelector(':scope > legend')));
    }
    if (!target.dataset.item) parts.push(own(target.querySelector('label, legend')));
    return parts.filter(Boolean).join(' · ') || null;
  }

  /** The inputs (or, for a group, its add button and fieldset) that an error describes. */
  controlsOf(target) {
    if (target.dataset.item) {
      return [target, ...target.querySelectorAll(':scope > .item-actions button')];
    }
    if (target.dataset.type === 'group') {
      return [target.querySelector('fieldset.group'), target.querySelector('[data-add]')].filter(Boolean);
    }
    const sets = target.querySelector(':scope > fieldset.set');
    const inputs = [...target.querySelectorAll('input, textarea, select')];
    return sets ? [sets, ...inputs] : inputs;
  }

  /** The element to focus for a problem target. */
  focusTarget(target) {
    const section = target.closest('section.form-section');
    if (section) this.showSection(section.dataset.section, false);
    let focusable;
    if (target.dataset.item) focusable = target.querySelector('input, textarea, select, button:not([disabled])');
    else if (target.dataset.type === 'group') focusable = target.querySelector('[data-add]:not([disabled])') || target.querySelector('button:not([disabled])');
    else focusable = target.querySelector('input:checked') || target.querySelector('input, textarea, select');
    target.scrollIntoView({block: 'center'});
    if (focusable) focusable.focus({preventScroll: true});
  }
}

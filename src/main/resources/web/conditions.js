// Show-if conditions and the server's visibility pass, mirrored from
// dev.advisor.questionnaire.Condition and AnswerValidator so that the form shows exactly the
// questions whose answers the server keeps.

/** Characters Java's Character.isWhitespace accepts (String.isBlank uses it); no-break spaces are not blank. */
const JAVA_BLANK = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/;

const DEFAULT_TEXT_LENGTH = 2000;
const DEFAULT_LONGTEXT_LENGTH = 20000;
const DEFAULT_MAX_ITEMS = 200;
const INT_MAX = 2147483647;

/** Whether a value counts as no answer: missing, null, blank text, empty list or object. */
export function isEmpty(v) {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return JAVA_BLANK.test(v);
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

function same(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return deepEqual(a, b);
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every(k => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

function anyValue(v, test) {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.some(test);
  return test(v);
}

/**
 * Evaluates a condition; lookup(id) returns the answer to a question (undefined when absent).
 * A missing condition holds.
 */
export function test(cond, lookup) {
  if (cond === undefined || cond === null) return true;
  if ('all' in cond) return cond.all.every(c => test(c, lookup));
  if ('any' in cond) return cond.any.some(c => test(c, lookup));
  if ('not' in cond) return !test(cond.not, lookup);
  const v = lookup(cond.question);
  if ('equals' in cond) return anyValue(v, x => same(x, cond.equals));
  if ('in' in cond) return anyValue(v, x => cond.in.some(y => same(x, y)));
  if ('greater' in cond) return typeof v === 'number' && v > Number(cond.greater);
  if ('less' in cond) return typeof v === 'number' && v < Number(cond.less);
  return !isEmpty(v);
}

/** The question ids a condition reads. */
export function questionsOf(cond) {
  if (!cond) return [];
  if (cond.all) return cond.all.flatMap(questionsOf);
  if (cond.any) return cond.any.flatMap(questionsOf);
  if (cond.not) return questionsOf(cond.not);
  return [cond.question];
}

/** All top-level questions of a questionnaire definition, in order. */
export function topQuestions(definition) {
  return definition.sections.flatMap(s => s.questions);
}

function textLimit(q) {
  if (q.maxLength != null) return q.maxLength;
  return q.type === 'longtext' ? DEFAULT_LONGTEXT_LENGTH : DEFAULT_TEXT_LENGTH;
}

function inRange(q, v) {
  return (q.min == null || v >= q.min) && (q.max == null || v <= q.max);
}

/**
 * The options of a choice or multichoice, as [{value, label}]: its own, or (optionsFrom) the texts the
 * answers give to a sub-question of a group, in entry order, each once, the way AnswerValidator draws
 * them: as written, blank ones left out. A drawn option's label is its text.
 */
export function optionsOf(q, answers) {
  if (!q.optionsFrom) return q.options || [];
  const {group, question} = q.optionsFrom;
  const items = answers && Array.isArray(answers[group]) ? answers[group] : [];
  const texts = items.map(item => (isPlainObject(item) ? item[question] : undefined))
    .filter(v => typeof v === 'string' && !isEmpty(v));
  return [...new Set(texts)].map(text => ({value: text, label: text}));
}

function hasOption(q, v, answers) {
  return optionsOf(q, answers).some(o => o.value === v);
}

function countOk(size, min, max) {
  const upper = max == null ? DEFAULT_MAX_ITEMS : max;
  return !(size > upper || (min != null && size < min));
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The server's type, range and option check: the value the server keeps, or undefined where it
 * reports an error (a rejected answer counts as absent for conditions). answers are the whole
 * document's, which drawn options come from.
 */
export function accept(q, v, complete, answers) {
  switch (q.type) {
    case 'text':
    case 'longtext':
      return typeof v === 'string' && v.length <= textLimit(q) ? v : undefined;
    case 'integer':
    case 'scale':
      if (typeof v !== 'number' || !Number.isFinite(v) || v !== Math.round(v)) return undefined;
      if (Math.abs(v) > INT_MAX) return undefined;
      return inRange(q, v) ? v : undefined;
    case 'number':
    case 'money':
    case 'percent':
      return typeof v === 'number' && Number.isFinite(v) && inRange(q, v) ? v : undefined;
    case 'boolean':
      return typeof v === 'boolean' ? v : undefined;
    case 'choice':
      return typeof v === 'string' && hasOption(q, v, answers) ? v : undefined;
    case 'multichoice': {
      if (!Array.isArray(v) || !countOk(v.length, complete ? q.min : null, q.max)) return undefined;
      const seen = new Set();
      for (const item of v) {
        if (typeof item !== 'string' || !hasOption(q, item, answers) || seen.has(item)) return undefined;
        seen.add(item);
      }
      return v;
    }
    case 'textlist':
      if (!Array.isArray(v) || !countOk(v.length, complete ? q.min : null, q.max)) return undefined;
      return v.every(item => typeof item === 'string' && item.length <= textLimit(q)) ? v : undefined;
    case 'group': {
      if (!Array.isArray(v)) return undefined;
      let ok = countOk(v.length, complete ? q.minItems : null, q.maxItems == null ? DEFAULT_MAX_ITEMS : q.maxItems);
      const items = [];
      for (const item of v) {
        if (!isPlainObject(item)) { ok = false; continue; }
        const kept = acceptItem(q, item, complete, answers);
        if (kept === undefined) ok = false; else items.push(kept);
      }
      return ok ? items : undefined;
    }
    default:
      return undefined;
  }
}

/** The sub-answers of one group item the server keeps, or undefined if any is rejected. */
function acceptItem(group, item, complete, answers) {
  const kept = {};
  let ok = true;
  for (const [id, value] of Object.entries(item)) {
    const sub = (group.questions || []).find(s => s.id === id);
    if (!sub) { ok = false; continue; }
    if (value === null || value === undefined) continue;
    const v = accept(sub, value, complete, answers);
    if (v === undefined) ok = false; else kept[id] = v;
  }
  return ok ? kept : undefined;
}

/** The sub-answers of an item the server would keep, ignoring rejected ones (for display only). */
function validSubs(group, item, answers) {
  const kept = {};
  for (const [id, value] of Object.entries(item)) {
    const sub = (group.questions || []).find(s => s.id === id);
    if (!sub || value === null || value === undefined) continue;
    const v = accept(sub, value, true, answers);
    if (v !== undefined) kept[id] = v;
  }
  return kept;
}

function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/**
 * Runs the server's visibility pass over raw answers.
 * Returns {hidden: Set of paths ("question", "group[2].sub") of hidden questions,
 *          answers: the answers to send (hidden ones and nulls removed; the rest as entered),
 *          accepted: what the server would keep and conditions read}.
 * Question visibility is computed for every question, answered or not; group items are
 * evaluated one by one, a sub-question's condition reading the item first, then the top level.
 */
export function evaluateVisibility(definition, raw, complete = true) {
  const questions = topQuestions(definition);
  const byId = new Map(questions.map(q => [q.id, q]));
  const answers = {};
  const accepted = {};
  for (const [id, value] of Object.entries(raw || {})) {
    if (value === null || value === undefined) continue;
    answers[id] = clone(value);
    const q = byId.get(id);
    if (!q) continue;
    const v = accept(q, value, complete, raw);
    if (v !== undefined) accepted[id] = clone(v);
  }
  const hidden = new Set();
  const topLookup = id => accepted[id];
  for (const q of questions) {
    if (!test(q.showIf, topLookup)) {
      hidden.add(q.id);
      delete accepted[q.id];
      delete answers[q.id];
      if (q.type === 'group') {
        // every sub-question of every item is hidden with its group
        (raw && Array.isArray(raw[q.id]) ? raw[q.id] : []).forEach((_, i) =>
          (q.questions || []).forEach(sub => hidden.add(`${q.id}[${i}].${sub.id}`)));
      }
      continue;
    }
    if (q.type !== 'group' || !Array.isArray(answers[q.id])) continue;
    const subIds = new Set((q.questions || []).map(s => s.id));
    const acceptedItems = Array.isArray(accepted[q.id]) ? accepted[q.id] : null;
    answers[q.id].forEach((item, i) => {
      if (!isPlainObject(item)) return;
      // the server reads the kept item; where the group is rejected, the item's valid answers
      const accItem = acceptedItems ? acceptedItems[i] : validSubs(q, item, raw);
      const lookup = id => (subIds.has(id) ? accItem[id] : accepted[id]);
      for (const sub of q.questions || []) {
        if (!test(sub.showIf, lookup)) {
          hidden.add(`${q.id}[${i}].${sub.id}`);
          delete accItem[sub.id];
          delete item[sub.id];
        }
      }
      for (const [k, value] of Object.entries(item)) if (value === null || value === undefined) delete item[k];
    });
  }
  return {hidden, answers, accepted};
}

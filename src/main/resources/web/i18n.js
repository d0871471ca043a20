// UI strings in English and Russian; questionnaire texts come with the definition.

const STRINGS = {
  en: {
    appName: 'Strategy advisor',
    skipToForm: 'Skip to the brief',
    language: 'Language',
    loadExample: 'Load an example brief',
    exampleLabel: 'Example brief',
    examplePlaceholder: 'Choose an example…',
    load: 'Load',
    importJson: 'Import JSON',
    exportJson: 'Export JSON',
    clear: 'Clear',
    sections: 'Sections',
    progress: 'Progress',
    progressText: '{pct}% answered',
    sectionProgress: '{answered} of {visible} answered',
    previous: 'Previous',
    next: 'Next',
    submit: 'Get the strategy report',
    submitting: 'Evaluating…',
    required: 'required',
    requiredAnswer: 'required: a complete brief needs an answer',
    requiredNote: 'Questions marked * are required.',
    yes: 'Yes',
    no: 'No',
    clearAnswer: 'Clear answer',
    notSelected: '— not selected —',
    enterSourceFirst: 'Enter the {group} first.',
    notEntered: '{value} (not entered)',
    notAnOption: '{value} (not an option)',
    textlistHint: 'One item per line.',
    addItem: 'Add',
    removeItem: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    itemTitle: 'Item {n}',
    noItems: 'No items yet.',
    maxItemsReached: 'The maximum of {max} items is reached.',
    errorSummaryTitle: 'The brief has {count} problem(s):',
    errorGeneric: 'The server could not evaluate the brief ({status}): {message}',
    errorNetwork: 'The server cannot be reached: {message}',
    errorLoad: 'The questionnaire cannot be loaded: {message}',
    errorImport: 'The file cannot be imported: {message}',
    errorImportShape: 'expected an answers document {"questionnaire", "status", "answers"}',
    errorImportOther: 'it is an answers document for questionnaire “{id}”',
    errorExample: 'The example cannot be loaded: {message}',
    noExamples: 'No examples available',
    draftRestored: 'Your draft was restored.',
    exampleLoaded: 'Example loaded.',
    imported: 'Answers imported.',
    cleared: 'All answers cleared.',
    itemAdded: 'Item {n} added.',
    itemRemoved: 'Item {n} removed.',
    itemMoved: 'Item moved to position {n}.',
    reportTitle: 'Strategy report',
    backToForm: 'Back to the form',
    print: 'Print',
    downloadJson: 'Download JSON',
    downloadMarkdown: 'Download Markdown',
    downloadFailed: 'The download failed: {message}',
    reportMissing: 'The server answered without a report.',
    loading: 'Loading the questionnaire…',
    unit: {RUB: 'RUB', '%': '%', days: 'days', months: 'months', customers: 'customers'},
  },
  ru: {
    appName: 'Стратегический советник',
    skipToForm: 'Перейти к брифу',
    language: 'Язык',
    loadExample: 'Загрузить пример брифа',
    exampleLabel: 'Пример брифа',
    examplePlaceholder: 'Выберите пример…',
    load: 'Загрузить',
    importJson: 'Импорт JSON',
    exportJson: 'Экспорт JSON',
    clear: 'Очистить',
    sections: 'Разделы',
    progress: 'Заполнено',
    progressText: 'Заполнено {pct}%',
    sectionProgress: 'Отвечено {answered} из {visible}',
    previous: 'Назад',
    next: 'Далее',
    submit: 'Получить отчёт о стратегии',
    submitting: 'Анализируем…',
    required: 'обязательно',
    requiredAnswer: 'обязательный вопрос: для полного брифа нужен ответ',
    requiredNote: 'Вопросы со звёздочкой * обязательны.',
    yes: 'Да',
    no: 'Нет',
    clearAnswer: 'Сбросить ответ',
    notSelected: '— не выбрано —',
    enterSourceFirst: 'Сначала введите {group}.',
    notEntered: '{value} (нет среди введённых)',
    notAnOption: '{value} (нет среди вариантов)',
    textlistHint: 'По одному пункту в строке.',
    addItem: 'Добавить',
    removeItem: 'Удалить',
    moveUp: 'Выше',
    moveDown: 'Ниже',
    itemTitle: 'Элемент {n}',
    noItems: 'Пока нет ни одного элемента.',
    maxItemsReached: 'Достигнут максимум: {max}.',
    errorSummaryTitle: 'Проблем в брифе: {count}',
    errorGeneric: 'Сервер не смог оценить бриф ({status}): {message}',
    errorNetwork: 'Сервер недоступен: {message}',
    errorLoad: 'Не удалось загрузить анкету: {message}',
    errorImport: 'Не удалось импортировать файл: {message}',
    errorImportShape: 'ожидается документ ответов {"questionnaire", "status", "answers"}',
    errorImportOther: 'это ответы на анкету «{id}»',
    errorExample: 'Не удалось загрузить пример: {message}',
    noExamples: 'Примеров нет',
    draftRestored: 'Черновик восстановлен.',
    exampleLoaded: 'Пример загружен.',
    imported: 'Ответы импортированы.',
    cleared: 'Все ответы удалены.',
    itemAdded: 'Добавлен элемент {n}.',
    itemRemoved: 'Элемент {n} удалён.',
    itemMoved: 'Элемент перемещён на позицию {n}.',
    reportTitle: 'Отчёт о стратегии',
    backToForm: 'Вернуться к анкете',
    print: 'Печать',
    downloadJson: 'Скачать JSON',
    downloadMarkdown: 'Скачать Markdown',
    downloadFailed: 'Не удалось скачать: {message}',
    reportMissing: 'Сервер ответил без отчёта.',
    loading: 'Загружаем анкету…',
    unit: {RUB: '₽', '%': '%', days: 'дн.', months: 'мес.', customers: 'клиентов'},
  },
};

export const LANGUAGES = ['en', 'ru'];

let current = 'en';

export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : 'en';
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** A UI string with {name} placeholders filled in. */
export function t(key, params = {}) {
  const s = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return String(s).replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** A questionnaire text {en, ru} in the current language (English where a translation is missing). */
export function tx(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[current] ?? text.en ?? '';
}

/** A unit as shown next to a number; unknown units as they are written. */
export function unitLabel(unit) {
  return STRINGS[current].unit[unit] ?? unit;
}

/** "3 items" / "3 элемента". */
export function itemCount(n) {
  if (current === 'ru') {
    const mod10 = n % 10;
    const mod100 = n % 100;
    let word = 'элементов';
    if (mod10 === 1 && mod100 !== 11) word = 'элемент';
    else if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) word = 'элемента';
    return `${n} ${word}`;
  }
  return `${n} ${n === 1 ? 'item' : 'items'}`;
}

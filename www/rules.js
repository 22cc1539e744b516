// The rules page: renders the engine's rule catalogue (ruleSets(), see RuleCatalogue in
// src/web/types.d.ts) for a lawyer to audit: every rule set, every parameter with its value,
// period, citation and confidence, and the facts of the working-day calendar. The page's own
// words come in Kazakh, Russian and English; the parameters' labels and one-line explanations and
// the holidays' names come from the engine (ruleSets(lang), from data/words/*.toml), so there is
// no second copy here; each parameter also lists the evidence read for it (secondary sources,
// shown on this page only). The acts of the rules and rule sets come named in the page's language
// (data/words/*.toml [act]) and the rules' clauses written in it ([clause]); the other source
// texts (each rule's note, the calendar's acts and clauses, evidence) stay as the data gives them
// (English) and are marked lang="en". Built with DOM calls only (no innerHTML), under the page's strict CSP.
import init, { ruleSets, version } from "./pkg/kz_work_permit.js";
import { $, h } from "./dom.js";

const LANGUAGES = ["kk", "ru", "en"];
const LOCALES = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };
/** Number formats: Kazakh groups digits as Russian does (4 325), which every browser knows. */
const NUMBER_LOCALES = { kk: "ru-RU", ru: "ru-RU", en: "en-GB" };

const T = {
  en: {
    title: "Rules and sources — kz-work-permit",
    h1: "Rules and sources",
    navPages: "Pages",
    navCalculator: "Calculator",
    navEmbed: "Embedding example",
    navApi: "JavaScript API example",
    navRules: "Rules and sources",
    language: "Language",
    loading: "Loading the rules…",
    loadFailed: "The rules could not load. Please reload the page.",
    footer: "Runs entirely in your browser. Not legal advice: check every point marked likely or unconfirmed against the official text.",
    intro: "Every rule parameter and calendar fact the calculator uses, with the act and clause it comes from, a link to the source and how sure we are of it. Acts and their articles and paragraphs are given in the language of the page; the notes on the sources, the calendar's sources and the other sources read are shown as the data gives them, in English.",
    versionLine: (v, date) => [`Engine version ${v}; rules checked against public sources up to `, date, "."],
    contents: "On this page",
    legendTitle: "Confidence marks",
    confidence: { confirmed: "confirmed", likely: "likely", unconfirmed: "unconfirmed" },
    confidenceDesc: {
      confirmed: "two or more independent sources, or an official text, agree",
      likely: "one credible source, or sources that agree but predate the current rules",
      unconfirmed: "a single weak source, an inference, or sources that disagree",
    },
    ruleSetsTitle: "Rule sets",
    ruleSetsIntro: "The calculator applies the rule set in force on the date of the assessment.",
    ruleSetsCaption: "Rule sets and the acts behind them",
    colRuleSet: "Rule set",
    colSource: "Source",
    inForce: "in force",
    colInForce: "In force",
    since: (date) => ["from ", date],
    paramsTitle: "Rule parameters",
    paramsIntro: "One row per value and period: a parameter that changed has a row for each period.",
    paramsCaption: "Rule parameters with their sources",
    colParameter: "Parameter",
    colValue: "Value",
    colUnit: "Unit",
    colDays: "Days",
    colConfidence: "Confidence",
    clause: "Clause:",
    note: "Note:",
    evidence: "Secondary sources read (not official texts):",
    noOfficialLink: "No official text linked",
    dayKind: { calendar: "calendar", working: "working" },
    yes: "Yes",
    no: "No",
    unlimited: "Unlimited",
    notRequired: "Not required",
    unknown: "Unknown",
    or: "or",
    band: (days) => `up to ${days} days`,
    category: (category) => `Category ${category}`,
    group: (group) => `group ${group}`,
    units: {
      percent: "%", employees: "employees", rule: "rule", days: "days", years: "years", extensions: "extensions",
      months: "months", mci: "MCI", tenge: "tenge", countryCodes: "country codes",
    },
    noLink: "no link",
    evidence: "Read in (secondary sources):",
    calendarTitle: "Working-day calendar",
    coverage: (a, b) => `The calendar covers ${a} to ${b}; deadlines outside these years are not computed.`,
    weekendRule: "Holiday on a day off:",
    religiousException: "Religious holidays:",
    holidaysTitle: "Public holidays with a fixed date",
    holidaysCaption: "Public holidays with a fixed date",
    colHoliday: "Holiday",
    colDate: "Date",
    colYears: "Years",
    colMoves: "Moves off a weekend",
    yearsFrom: (from, to) => (to >= 9999 ? `from ${from}` : `${from}–${to}`),
    kurbanTitle: "Kurban Ait",
    kurbanIntro: "A religious holiday whose date changes every year.",
    kurbanCaption: "Dates of Kurban Ait",
    transfersTitle: "Transfers of days off",
    transfersCaption: "Days off moved by a Government decree (2023) or an order of the Minister of Labour (since 2024)",
    colWorkingDay: "Worked on",
    colDayOff: "Day off instead",
    yearsTitle: "Working days per year",
    yearsCaption: "Working days per year (five-day week)",
    colYear: "Year",
    colWorkingDays: "Working days",
    colNote: "Note",
    colStatus: "Calendar",
    status: { official: "official", projected: "projection" },
    projectedNote: "Projected years apply the law ahead: its holidays, the weekend rule and its religious exceptions, an estimated Kurban Ait, and no transfers of days off, which the Minister of Labour orders in the December before. A deadline counted across such a year is marked.",
    estimate: "Estimate:",
    evidence: "Also read:",
    exceptionsTitle: "Exceptions to the Monday–Friday week",
    exceptionsIntro: "Every weekday that is not a working day, and every weekend day that is one, year by year.",
    exceptionsCaption: (year, n) => `${year}: ${n} exception${n === 1 ? "" : "s"}`,
    colKind: "Kind",
    colReason: "Reason",
    nonWorkingWeekday: "Non-working weekday",
    workingWeekendDay: "Working weekend day",
    reason: {
      weekend: () => "Weekend",
      holiday: (name) => name,
      movedHoliday: (name, from) => [`${name}, moved from `, from],
      transferDayOff: (workingDay) => ["Day off moved from ", workingDay],
      transferWorkingDay: (dayOff) => ["Worked instead of ", dayOff],
    },
    act: "Act:",
  },
  ru: {
    title: "Правила и источники — kz-work-permit",
    h1: "Правила и источники",
    navPages: "Страницы",
    navCalculator: "Калькулятор",
    navEmbed: "Пример встраивания",
    navApi: "Пример JavaScript API",
    navRules: "Правила и источники",
    language: "Язык",
    loading: "Загрузка правил…",
    loadFailed: "Не удалось загрузить правила. Обновите страницу.",
    footer: "Всё работает в вашем браузере. Это не юридическая консультация: каждый пункт с отметкой «вероятно» или «не подтверждено» сверяйте с официальным текстом.",
    intro: "Все параметры правил и факты календаря, которые использует калькулятор: акт и пункт, на которых они основаны, ссылка на источник и степень нашей уверенности. Акты, их статьи и пункты приводятся на языке страницы; примечания к источникам, источники календаря и прочие прочитанные источники — так, как они записаны в данных, на английском языке.",
    // The date in words ends with "г." already: no second full stop.
    versionLine: (v, date) => [`Версия движка ${v}; правила сверены с открытыми источниками по состоянию на `, date, date.textContent.endsWith(".") ? "" : "."],
    contents: "На этой странице",
    legendTitle: "Отметки уверенности",
    confidence: { confirmed: "подтверждено", likely: "вероятно", unconfirmed: "не подтверждено" },
    confidenceDesc: {
      confirmed: "совпадают два и более независимых источника или есть официальный текст",
      likely: "один надёжный источник либо согласные между собой, но более ранние источники",
      unconfirmed: "единственный слабый источник, наш вывод или противоречащие друг другу источники",
    },
    ruleSetsTitle: "Редакции правил",
    ruleSetsIntro: "Калькулятор применяет редакцию, действующую на дату расчёта.",
    ruleSetsCaption: "Редакции правил и акты, на которых они основаны",
    colRuleSet: "Редакция",
    colSource: "Источник",
    inForce: "действует",
    colInForce: "Действует",
    since: (date) => ["с ", date],
    paramsTitle: "Параметры правил",
    paramsIntro: "По строке на каждое значение и период: если параметр менялся, у каждого периода своя строка.",
    paramsCaption: "Параметры правил и их источники",
    colParameter: "Параметр",
    colValue: "Значение",
    colUnit: "Единица",
    colDays: "Дни",
    colConfidence: "Уверенность",
    clause: "Статья, пункт:",
    note: "Примечание:",
    evidence: "Изученные вторичные источники (не официальные тексты):",
    noOfficialLink: "Ссылки на официальный текст нет",
    dayKind: { calendar: "календарные", working: "рабочие" },
    yes: "Да",
    no: "Нет",
    unlimited: "Без ограничений",
    notRequired: "Не требуется",
    unknown: "Неизвестно",
    or: "или",
    band: (days) => `до ${days} дней`,
    category: (category) => `Категория ${category}`,
    group: (group) => `группа ${group}`,
    units: {
      percent: "%", employees: "работников", rule: "правило", days: "дней", years: "лет", extensions: "продлений",
      months: "месяцев", mci: "МРП", tenge: "тенге", countryCodes: "коды стран",
    },
    noLink: "нет ссылки",
    evidence: "Вторичные источники:",
    calendarTitle: "Производственный календарь",
    coverage: (a, b) => `Календарь охватывает ${a}–${b} годы; сроки за пределами этих лет не рассчитываются.`,
    weekendRule: "Праздник в выходной день:",
    religiousException: "Религиозные праздники:",
    holidaysTitle: "Праздники с постоянной датой",
    holidaysCaption: "Праздники с постоянной датой",
    colHoliday: "Праздник",
    colDate: "Дата",
    colYears: "Годы",
    colMoves: "Переносится с выходного",
    yearsFrom: (from, to) => (to >= 9999 ? `с ${from}` : `${from}–${to}`),
    kurbanTitle: "Курбан айт",
    kurbanIntro: "Религиозный праздник, дата которого меняется каждый год.",
    kurbanCaption: "Даты Курбан айта",
    transfersTitle: "Переносы выходных дней",
    transfersCaption: "Выходные дни, перенесённые постановлением Правительства (2023) или приказом Министра труда (с 2024 года)",
    colWorkingDay: "Рабочий день",
    colDayOff: "Выходной взамен",
    yearsTitle: "Рабочие дни по годам",
    yearsCaption: "Число рабочих дней в году (пятидневная неделя)",
    colYear: "Год",
    colWorkingDays: "Рабочих дней",
    colNote: "Примечание",
    colStatus: "Календарь",
    status: { official: "официальный", projected: "прогноз" },
    projectedNote: "Прогнозные годы рассчитаны по закону: праздники, правило переноса выходных и его исключения для религиозных праздников, оценка даты Курбан айта; переносы дней отдыха ещё не известны (приказ Министра труда выходит в декабре предыдущего года). Срок, рассчитанный через такой год, помечается.",
    estimate: "Оценка:",
    evidence: "Другие источники:",
    exceptionsTitle: "Исключения из недели с понедельника по пятницу",
    exceptionsIntro: "Все будние дни, которые не являются рабочими, и все выходные, объявленные рабочими, по годам.",
    exceptionsCaption: (year, n) => `${year}: исключений — ${n}`,
    colKind: "Вид",
    colReason: "Причина",
    nonWorkingWeekday: "Нерабочий будний день",
    workingWeekendDay: "Рабочий выходной день",
    reason: {
      weekend: () => "Выходной",
      holiday: (name) => name,
      movedHoliday: (name, from) => [`${name}, перенесён с `, from],
      transferDayOff: (workingDay) => ["Выходной, перенесённый с ", workingDay],
      transferWorkingDay: (dayOff) => ["Рабочий день взамен ", dayOff],
    },
    act: "Акт:",
  },
  kk: {
    title: "Ережелер мен дереккөздер — kz-work-permit",
    h1: "Ережелер мен дереккөздер",
    navPages: "Беттер",
    navCalculator: "Калькулятор",
    navEmbed: "Ендіру мысалы",
    navApi: "JavaScript API мысалы",
    navRules: "Ережелер мен дереккөздер",
    language: "Тіл",
    loading: "Ережелер жүктелуде…",
    loadFailed: "Ережелер жүктелмеді. Бетті қайта жүктеңіз.",
    footer: "Барлығы сіздің браузеріңізде жұмыс істейді. Бұл заң кеңесі емес: «ықтимал» немесе «расталмаған» деп белгіленген әр тармақты ресми мәтінмен салыстырыңыз.",
    intro: "Калькулятор қолданатын барлық ереже параметрлері мен күнтізбе деректері: олар негізделген акт пен тармақ, дереккөзге сілтеме және біздің сенімділік дәрежеміз. Актілер, олардың баптары мен тармақтары бет тілінде берілген; дереккөздерге ескертпелер, күнтізбе дереккөздері және басқа оқылған дереккөздер деректерде жазылғандай, ағылшын тілінде берілген.",
    versionLine: (v, date) => [`Қозғалтқыш нұсқасы ${v}; ережелер ашық дереккөздермен `, date, " дейін салыстырылды."],
    contents: "Осы бетте",
    legendTitle: "Сенімділік белгілері",
    confidence: { confirmed: "расталған", likely: "ықтимал", unconfirmed: "расталмаған" },
    confidenceDesc: {
      confirmed: "екі немесе одан да көп тәуелсіз дереккөз не ресми мәтін сәйкес келеді",
      likely: "бір сенімді дереккөз немесе өзара сәйкес, бірақ бұрынғы дереккөздер",
      unconfirmed: "жалғыз әлсіз дереккөз, біздің қорытындымыз немесе бір-біріне қайшы дереккөздер",
    },
    ruleSetsTitle: "Ережелер редакциялары",
    ruleSetsIntro: "Калькулятор есептеу күні қолданыста болған редакцияны қолданады.",
    ruleSetsCaption: "Ережелер редакциялары және олар негізделген актілер",
    colRuleSet: "Редакция",
    colSource: "Дереккөз",
    inForce: "қолданыста",
    colInForce: "Қолданылу кезеңі",
    since: (date) => [date, " бастап"],
    paramsTitle: "Ереже параметрлері",
    paramsIntro: "Әр мән мен кезеңге бір жол: параметр өзгерген болса, әр кезеңнің өз жолы бар.",
    paramsCaption: "Ереже параметрлері және олардың дереккөздері",
    colParameter: "Параметр",
    colValue: "Мәні",
    colUnit: "Өлшем бірлігі",
    colDays: "Күндер",
    colConfidence: "Сенімділік",
    clause: "Бап, тармақ:",
    note: "Ескертпе:",
    evidence: "Қаралған қосымша дереккөздер (ресми мәтіндер емес):",
    noOfficialLink: "Ресми мәтінге сілтеме жоқ",
    dayKind: { calendar: "күнтізбелік", working: "жұмыс" },
    yes: "Иә",
    no: "Жоқ",
    unlimited: "Шектеусіз",
    notRequired: "Талап етілмейді",
    unknown: "Белгісіз",
    or: "немесе",
    band: (days) => `${days} күнге дейін`,
    category: (category) => `${category}-санат`,
    group: (group) => `${group} тобы`,
    units: {
      percent: "%", employees: "қызметкер", rule: "ереже", days: "күн", years: "жыл", extensions: "ұзарту",
      months: "ай", mci: "АЕК", tenge: "теңге", countryCodes: "ел кодтары",
    },
    noLink: "сілтеме жоқ",
    evidence: "Қосымша дереккөздер:",
    calendarTitle: "Өндірістік күнтізбе",
    coverage: (a, b) => `Күнтізбе ${a}–${b} жылдарды қамтиды; бұл жылдардан тыс мерзімдер есептелмейді.`,
    weekendRule: "Демалыс күніне түскен мереке:",
    religiousException: "Діни мерекелер:",
    holidaysTitle: "Күні тұрақты мерекелер",
    holidaysCaption: "Күні тұрақты мерекелер",
    colHoliday: "Мереке",
    colDate: "Күні",
    colYears: "Жылдар",
    colMoves: "Демалыс күнінен ауыстырылады",
    yearsFrom: (from, to) => (to >= 9999 ? `${from} жылдан бастап` : `${from}–${to}`),
    kurbanTitle: "Құрбан айт",
    kurbanIntro: "Күні жыл сайын өзгеретін діни мереке.",
    kurbanCaption: "Құрбан айт күндері",
    transfersTitle: "Демалыс күндерін ауыстыру",
    transfersCaption: "Үкімет қаулысымен (2023) немесе Еңбек министрінің бұйрығымен (2024 жылдан бастап) ауыстырылған демалыс күндері",
    colWorkingDay: "Жұмыс күні",
    colDayOff: "Орнына демалыс күні",
    yearsTitle: "Жылдағы жұмыс күндері",
    yearsCaption: "Жылдағы жұмыс күндерінің саны (бес күндік жұмыс аптасы)",
    colYear: "Жыл",
    colWorkingDays: "Жұмыс күндері",
    colNote: "Ескертпе",
    colStatus: "Күнтізбе",
    status: { official: "ресми", projected: "болжам" },
    projectedNote: "Болжамды жылдар заң бойынша есептелген: мерекелер, демалыс күнін ауыстыру ережесі және діни мерекелерге арналған ерекшеліктер, Құрбан айт күнінің болжамы; демалыс күндерін ауыстыру әлі белгісіз (Еңбек министрінің бұйрығы алдыңғы жылдың желтоқсанында шығады). Осындай жыл арқылы есептелген мерзім белгіленеді.",
    estimate: "Болжам:",
    evidence: "Басқа дереккөздер:",
    exceptionsTitle: "Дүйсенбі–жұма аптасынан ерекшеліктер",
    exceptionsIntro: "Жұмыс күні болып табылмайтын барлық апта күндері және жұмыс күні деп жарияланған демалыс күндері, жыл бойынша.",
    exceptionsCaption: (year, n) => `${year}: ${n} ерекшелік`,
    colKind: "Түрі",
    colReason: "Себебі",
    nonWorkingWeekday: "Жұмыс емес апта күні",
    workingWeekendDay: "Жұмыс күні болған демалыс күні",
    reason: {
      weekend: () => "Демалыс күні",
      holiday: (name) => name,
      movedHoliday: (name, from) => [`${name}, ауыстырылған күні: `, from],
      transferDayOff: (workingDay) => ["Демалыс күні, ауыстырылған күні: ", workingDay],
      transferWorkingDay: (dayOff) => ["Жұмыс күні, орнына демалыс: ", dayOff],
    },
    act: "Акт:",
  },
};

const CONFIDENCE_SIGNS = { confirmed: "✓", likely: "≈", unconfirmed: "?" };

let catalogue = null;
let engineVersion = "";
let lang = "en";


const t = () => T[lang];

// ---------------------------------------------------------------- formatting

function parseIso(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Kazakh dates are written out here: some browsers (Debian's Chromium among them) claim the kk
// locale but format it with root-locale patterns such as "2026 M11 25".
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const KK_MONTHS_SHORT = ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."];
const KK_WEEKDAYS = ["жс", "дс", "сс", "ср", "бс", "жм", "сб"];

function kkDate(date, withWeekday, month) {
  const name = (month === "long" ? KK_MONTHS : KK_MONTHS_SHORT)[date.getUTCMonth()];
  const text = `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${name}`;
  return withWeekday ? `${text}, ${KK_WEEKDAYS[date.getUTCDay()]}` : text;
}

function dateText(iso, withWeekday = false, month = "short") {
  const date = parseIso(iso);
  if (!date) return iso;
  if (lang === "kk") return kkDate(date, withWeekday, month);
  const options = { day: "numeric", month, year: "numeric", timeZone: "UTC" };
  if (withWeekday) options.weekday = "short";
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

/** A date as <time> in the page's language, e.g. "1 сентября 2025 г.". */
const dateNode = (iso, withWeekday = false, month = "short") => h("time", { datetime: iso }, dateText(iso, withWeekday, month));

/** A period of force: "1 Jan 2017 – 31 Aug 2025", or "from 1 Jan 2017" while in force. */
function period(from, to) {
  return to ? [dateNode(from), " – ", dateNode(to)] : t().since(dateNode(from));
}

/** Lets a long identifier or address wrap at its word boundaries (no CSS needed). */
function breakable(text, pattern) {
  return text.split(pattern).flatMap((part, i) => (i === 0 ? [part] : [h("wbr"), part])).filter((part) => part !== "");
}

function dayMonth(month, day) {
  const date = new Date(Date.UTC(2000, month - 1, day));
  const iso = `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const text = lang === "kk" ? `${day} ${KK_MONTHS[month - 1]}` : new Intl.DateTimeFormat(LOCALES[lang], { day: "numeric", month: "long", timeZone: "UTC" }).format(date);
  return h("time", { datetime: iso }, text);
}

const number = (n) => new Intl.NumberFormat(NUMBER_LOCALES[lang]).format(n);

/** Text that comes from the data (citations, notes): always English. */
const data = (text) => (lang === "en" ? text : h("span", { lang: "en" }, text));

function confidence(level) {
  const label = t().confidence[level] ?? level;
  return `${CONFIDENCE_SIGNS[level] ?? "•"} ${label}`;
}

/** A link to a source, its text the address without the scheme (shortened when long). */
function sourceLink(url) {
  if (!url) return t().noLink;
  let text = url;
  try {
    const u = new URL(url);
    text = decodeURIComponent(`${u.hostname.replace(/^www\./, "")}${u.pathname === "/" ? "" : u.pathname}${u.search}`);
  } catch {
    // keep the raw text
  }
  if (text.length > 70) text = `${text.slice(0, 67)}…`;
  return h("a", { href: url, rel: "noreferrer" }, breakable(text, /(?=[/._-])/));
}

function unitText(unit) {
  return t().units[unit] ?? unit;
}

/** A parameter's value, readable: number, range, choices, bands, rates, codes, flag and the rest. */
function valueNode(parameter) {
  const { kind, value } = parameter.value;
  const tr = t();
  switch (kind) {
    case "number":
      return typeof value === "number" ? number(value) : String(value);
    case "range":
      return `${number(value.min)}–${number(value.max)}`;
    case "choices": {
      const items = value.map((v) => (typeof v === "number" ? number(v) : String(v)));
      return items.length > 1 ? `${items.slice(0, -1).join(", ")} ${tr.or} ${items.at(-1)}` : items.join("");
    }
    case "bands":
      return h("ul", {}, value.map((band) => h("li", {}, `${tr.band(band.maxDays)}: ${number(band.mci)} ${unitText(parameter.unit)}`)));
    case "rates": {
      // One line per worker category: the rate of each sector group.
      const categories = [...new Set(value.map((rate) => rate.category))];
      return h("ul", {}, categories.map((category) => h("li", {},
        `${tr.category(category)}: ${value.filter((rate) => rate.category === category)
          .map((rate) => `${tr.group(rate.sectorGroup.toUpperCase())} ${number(rate.mci)}`).join(", ")} ${unitText(parameter.unit)}`)));
    }
    case "codes":
      return value.join(", ");
    case "flag":
      return value ? tr.yes : tr.no;
    case "unlimited":
      return tr.unlimited;
    case "notRequired":
      return tr.notRequired;
    case "unknown":
      return tr.unknown;
    default:
      return JSON.stringify(parameter.value);
  }
}

// ---------------------------------------------------------------- tables

let tableCount = 0;

/** An accessible table in a horizontally scrolling, keyboard-reachable region. */
function table(caption, headers, rows) {
  const id = `table-${++tableCount}`;
  return h("div", { class: "table-wrap", role: "region", "aria-labelledby": id, tabindex: "0" },
    h("table", {},
      h("caption", { id }, caption),
      h("thead", {}, h("tr", {}, headers.map((text) => h("th", { scope: "col" }, text)))),
      h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((cell, i) => (i === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell))))))));
}

/** A rule set's source: the act, named in the page's language, and a link. */
function sourceCell(act, url) {
  return [act, h("br"), sourceLink(url)];
}

/** A calendar fact's source: the act and its official address, then the secondary sources read. */
function factSourceCell(source, estimated) {
  const evidence = source.evidence.map((e) => h("li", {}, sourceLink(e.url), " ", data(e.title), e.date ? ` (${e.date})` : ""));
  return [
    estimated ? `${t().estimate} ` : null,
    data(source.act),
    source.clause ? [h("br"), `${t().clause} `, data(source.clause)] : null,
    source.url ? [h("br"), sourceLink(source.url)] : null,
    evidence.length ? [h("br"), t().evidence, h("ul", {}, evidence)] : null,
  ];
}

// ---------------------------------------------------------------- sections

function section(id, title, ...content) {
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), content);
}

function renderIntro(tr) {
  return [
    h("p", {}, tr.intro),
    h("p", {}, tr.versionLine(engineVersion, dateNode(catalogue.rulesCheckedTo, false, "long"))),
    h("h2", { id: "legend" }, tr.legendTitle),
    h("ul", {}, ["confirmed", "likely", "unconfirmed"].map((level) => h("li", {}, h("strong", {}, confidence(level)), ` — ${tr.confidenceDesc[level]}`))),
    h("nav", { "aria-labelledby": "contents-title" },
      h("h2", { id: "contents-title" }, tr.contents),
      h("ul", {},
        h("li", {}, h("a", { href: "#rule-sets" }, tr.ruleSetsTitle)),
        h("li", {}, h("a", { href: "#parameters" }, tr.paramsTitle)),
        h("li", {}, h("a", { href: "#calendar" }, tr.calendarTitle)))),
  ];
}

function renderRuleSets(tr) {
  return section("rule-sets", tr.ruleSetsTitle,
    h("p", {}, tr.ruleSetsIntro),
    table(tr.ruleSetsCaption, [tr.colRuleSet, tr.colInForce, tr.colSource],
      catalogue.ruleSets.map((set) => [
        h("code", {}, set.id),
        period(set.starts, set.ends),
        sourceCell(set.act, set.url),
      ])));
}

/** The secondary sources read for a parameter: title, date as far as known, and address. */
function evidenceList(evidence) {
  if (!evidence.length) return null;
  return h("div", { class: "evidence" },
    h("p", {}, t().evidence),
    h("ul", {}, evidence.map((e) => h("li", {},
      data(e.title),
      e.date ? [" (", h("time", { datetime: e.date }, e.date), ")"] : null,
      h("br"),
      sourceLink(e.address)))));
}

/** A parameter's source: the act and its clause (both in the page's language), the data's note
 * on the source (English) and the official text's link (the citation's
 * address is an official text unless it is one of the evidence's, which the data falls back to),
 * then the evidence read. */
function parameterSource(p) {
  const { act, clause, url } = p.citation;
  const official = url && !p.evidence.some((e) => e.address === url);
  return [act, clause ? [h("br"), `${t().clause} `, clause] : null,
    p.note ? h("p", { class: "note" }, `${t().note} `, data(p.note)) : h("br"),
    official ? sourceLink(url) : t().noOfficialLink, evidenceList(p.evidence)];
}

function renderParameters(tr) {
  return section("parameters", tr.paramsTitle,
    h("p", {}, tr.paramsIntro),
    table(tr.paramsCaption,
      [tr.colParameter, tr.colValue, tr.colUnit, tr.colDays, tr.colInForce, tr.colSource, tr.colConfidence],
      catalogue.parameters.map((p) => [
        [h("strong", {}, catalogue.labels[p.id] ?? p.id),
          catalogue.explanations?.[p.id] ? h("p", { class: "explanation" }, catalogue.explanations[p.id]) : h("br"),
          h("code", {}, breakable(p.id, /(?=[A-Z])/))],
        valueNode(p),
        unitText(p.unit),
        p.dayKind ? tr.dayKind[p.dayKind] ?? p.dayKind : "—",
        period(p.effectiveFrom, p.effectiveTo),
        parameterSource(p),
        confidence(p.confidence),
      ])));
}

function reasonNode(day) {
  const tr = t();
  const reason = day.reason ?? { kind: "weekend" };
  const name = (key) => catalogue.holidays[key] ?? key;
  switch (reason.kind) {
    case "holiday":
      return tr.reason.holiday(name(reason.holiday));
    case "movedHoliday":
      return tr.reason.movedHoliday(name(reason.holiday), dateNode(reason.from, true));
    case "transferDayOff":
      return [tr.reason.transferDayOff(dateNode(reason.workingDay, true)), reason.act ? [h("br"), `${tr.act} `, data(reason.act)] : null];
    case "transferWorkingDay":
      return [tr.reason.transferWorkingDay(dateNode(reason.dayOff, true)), reason.act ? [h("br"), `${tr.act} `, data(reason.act)] : null];
    case "weekend":
      return tr.reason.weekend();
    default:
      return reason.kind;
  }
}

function renderCalendar(tr) {
  const cal = catalogue.calendar;
  const name = (key) => catalogue.holidays[key] ?? key;
  const years = [...new Set(cal.exceptions.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  return section("calendar", tr.calendarTitle,
    h("p", {}, tr.coverage(cal.firstYear, cal.lastYear)),
    h("ul", {},
      h("li", {}, h("strong", {}, tr.weekendRule), " ", data(cal.weekendRule)),
      h("li", {}, h("strong", {}, tr.religiousException), " ", data(cal.religiousException))),

    h("h3", {}, tr.holidaysTitle),
    table(tr.holidaysCaption, [tr.colHoliday, tr.colDate, tr.colYears, tr.colMoves, tr.colSource, tr.colConfidence],
      cal.fixedHolidays.map((hol) => [
        name(hol.holiday),
        dayMonth(hol.month, hol.day),
        tr.yearsFrom(hol.fromYear, hol.toYear),
        hol.movesOffWeekend ? tr.yes : tr.no,
        factSourceCell(hol.source, false),
        confidence(hol.confidence),
      ])),

    h("h3", {}, tr.kurbanTitle),
    h("p", {}, tr.kurbanIntro),
    table(tr.kurbanCaption, [tr.colDate, tr.colMoves, tr.colSource, tr.colConfidence],
      cal.kurbanAit.map((k) => [
        dateNode(k.date, true),
        k.movesOffWeekend ? tr.yes : tr.no,
        factSourceCell(k.source, k.estimated),
        confidence(k.confidence),
      ])),

    h("h3", {}, tr.transfersTitle),
    table(tr.transfersCaption, [tr.colWorkingDay, tr.colDayOff, tr.colSource, tr.colConfidence],
      cal.transfers.map((tf) => [
        dateNode(tf.workingDay, true),
        dateNode(tf.dayOff, true),
        factSourceCell(tf.source, false),
        confidence(tf.confidence),
      ])),

    h("h3", {}, tr.yearsTitle),
    h("p", {}, tr.projectedNote),
    table(tr.yearsCaption, [tr.colYear, tr.colStatus, tr.colWorkingDays, tr.colConfidence, tr.colNote],
      cal.years.map((y) => [String(y.year), y.status === "projected" ? h("strong", {}, tr.status.projected) : tr.status.official,
        number(y.workingDays), confidence(y.confidence), data(y.basis)])),

    h("h3", {}, tr.exceptionsTitle),
    h("p", {}, tr.exceptionsIntro),
    years.map((year) => {
      const days = cal.exceptions.filter((d) => d.date.startsWith(`${year}-`));
      return table(tr.exceptionsCaption(year, days.length), [tr.colDate, tr.colKind, tr.colReason],
        days.map((d) => [dateNode(d.date, true), d.working ? tr.workingWeekendDay : tr.nonWorkingWeekday, reasonNode(d)]));
    }));
}

// ---------------------------------------------------------------- language and rendering

function applyStaticTexts() {
  const tr = t();
  document.documentElement.lang = lang;
  document.title = tr.title;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = tr[node.dataset.t];
  for (const node of document.querySelectorAll("[data-t-label]")) node.setAttribute("aria-label", tr[node.dataset.tLabel]);
  for (const button of document.querySelectorAll("button[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
}

function render() {
  applyStaticTexts();
  if (!catalogue) return;
  tableCount = 0;
  const tr = t();
  $("rules-content").replaceChildren(...[renderIntro(tr), renderRuleSets(tr), renderParameters(tr), renderCalendar(tr)].flat(Infinity));
}

function setLanguage(next) {
  if (!LANGUAGES.includes(next)) return;
  lang = next;
  history.replaceState(null, "", `#${lang}`);
  if (catalogue) catalogue = ruleSets(lang);
  render();
}

function languageFromUrl() {
  const hash = location.hash.slice(1);
  return LANGUAGES.includes(hash) ? hash : null;
}

async function main() {
  lang = languageFromUrl() ?? "en";
  for (const button of document.querySelectorAll("button[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  applyStaticTexts();
  try {
    await init();
    catalogue = ruleSets(lang);
    engineVersion = version();
  } catch (error) {
    $("rules-status").removeAttribute("data-t");
    $("rules-status").textContent = t().loadFailed;
    console.error("rules:", error);
    return;
  }
  $("rules-status").hidden = true;
  render();
}

main();

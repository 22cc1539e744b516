//! Every sentence the engine writes, in Kazakh, Russian and English. The web layer has its own
//! table for the interface; this one holds the engine's error messages and findings so that a
//! caller of the JSON API gets them in the visitor's language too.
//!
//! The engine returns a [`Sentence`] (a [`Message`] and its named values); [`Sentence::render`]
//! puts it into words in a language. Templates name their values: `{days}`, `{date}`.

use serde::Serialize;

/// A language of the interface and of every message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Kk,
    Ru,
    #[default]
    En,
}

impl Language {
    /// Every language, in the order the interface offers them.
    pub const ALL: [Language; 3] = [Language::Kk, Language::Ru, Language::En];

    /// Parses `"kk"`, `"ru"` or `"en"` (also with a region, like `"ru-KZ"`).
    ///
    /// ```
    /// use kz_work_permit::text::Language;
    /// assert_eq!(Language::parse("ru-KZ"), Some(Language::Ru));
    /// assert_eq!(Language::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Language> {
        // Compared in place rather than lower-cased into a new string: smaller in the wasm.
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let is = |code: &str| primary.eq_ignore_ascii_case(code);
        if is("kk") || is("kz") {
            Some(Language::Kk)
        } else if is("ru") {
            Some(Language::Ru)
        } else if is("en") {
            Some(Language::En)
        } else {
            None
        }
    }

    /// The only language of a single-language build (the element's per-language builds, Cargo
    /// features `embed-kk`, `embed-ru`, `embed-en`); `None` in a full build.
    pub const ONLY: Option<Language> = if cfg!(feature = "embed-kk") {
        Some(Language::Kk)
    } else if cfg!(feature = "embed-ru") {
        Some(Language::Ru)
    } else if cfg!(feature = "embed-en") {
        Some(Language::En)
    } else {
        None
    };

    /// The language text is chosen in: the build's only language in a single-language build
    /// (so `match language.in_build() { … }` lets the compiler drop the other languages' arms),
    /// else this one.
    pub fn in_build(self) -> Language {
        Language::ONLY.unwrap_or(self)
    }

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        crate::wire_name(&self)
    }
}

/// Replaces `{0}`, `{1}`, … in `template` with `values`.
///
/// ```
/// assert_eq!(kz_work_permit::text::fill("{0} of {1}", &["7", "10"]), "7 of 10");
/// ```
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // split_once rather than indexing: no slicing that could panic, so no panic path in the wasm.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let placeholder = after.split_once('}').and_then(|(digits, tail)| Some((values.get(digits.parse::<usize>().ok()?)?, tail)));
        match placeholder {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A sentence of the engine before it is put into words: the message and its named values, and
/// its text once [`Sentence::render`] has rendered it. It is written to JSON as its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub message: Message,
    pub args: Vec<(&'static str, String)>,
    pub text: String,
}

impl Sentence {
    /// The sentence with one more named value.
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Sentence {
        self.args.push((name, value.to_string()));
        self
    }

    /// Puts the sentence into words in `language`.
    pub fn render(&mut self, language: Language) {
        self.text = self.message.render(&self.args, language);
    }
}

impl From<Message> for Sentence {
    fn from(message: Message) -> Sentence {
        Sentence { message, args: Vec::new(), text: String::new() }
    }
}

impl Serialize for Sentence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// Replaces each `{name}` in `template` with its value in `args`; a placeholder without a value
/// stays as it is, so a missing value shows instead of vanishing.
///
/// ```
/// let args = [("days", "6".to_string())];
/// assert_eq!(kz_work_permit::text::fill_named("within {days} working days", &args), "within 6 working days");
/// ```
pub fn fill_named(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after.split_once('}').and_then(|(name, tail)| Some((args.iter().find(|(n, _)| *n == name)?, tail)));
        match value {
            Some(((_, value), tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The message that a year is outside the working-day calendar.
pub fn calendar_not_covered(language: Language, year: i32, first: i32, last: i32) -> String {
    let template = match language.in_build() {
        Language::En => "The working-day calendar for {year} is not known yet (it covers {first} to {last}).",
        Language::Ru => "Производственный календарь на {year} год ещё не известен (он охватывает {first}–{last} годы).",
        Language::Kk => "{year} жылға арналған өндірістік күнтізбе әлі белгісіз (ол {first}–{last} жылдарды қамтиды).",
    };
    fill_named(template, &[("year", year.to_string()), ("first", first.to_string()), ("last", last.to_string())])
}

/// A sentence of the engine, looked up in the visitor's language with [`Message::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Message {
    // Input errors.
    #[default]
    Required,
    ExpectedNumber,
    ExpectedWholeNumber,
    ExpectedNonNegative,
    ExpectedAtLeastOne,
    TooLarge,
    ExpectedYesNo,
    ExpectedText,
    ExpectedDate,
    InvalidDate,
    DateOutOfRange,
    BeforeRuleSets,
    UnknownOption,
    UnknownField,
    InvalidStructure,
    InvalidJson,
    UnknownCountry,
    KazakhCitizen,
    CategoryOutOfRange,
    CategoryRequired,
    IctCategory,
    SeasonalDaysRequired,
    SeasonalDaysNotApplicable,
    SeasonalDaysOutOfRange,
    StaffExceedsEmployees,
    ApplicationBeforeVacancy,
    ApprovalBeforeApplication,
    ExpiryBeforeApproval,
    // Findings.
    PermitNotNeededEaeu,
    PermitNeeded,
    LocalContentApplies,
    ExemptSmallBusiness,
    ExemptForeignBranch,
    ExemptStateBody,
    SmallBusinessOverThreshold,
    ForeignBranchOverThreshold,
    LocalContentNotForEaeu,
    IctWithinCap,
    IctOverCap,
    DeadlineVacancyPeriodEnds,
    DeadlineEarliestApplication,
    DeadlineReviewDue,
    DeadlineFeePaymentDue,
    DeadlineContractRegistrationDue,
    DeadlineExtensionWindowOpens,
    DeadlineExtensionWindowCloses,
    ReadingDayAfter,
    StatusNeedsDate,
    StatusNotApplicable,
    StatusRuleUnclear,
    StatusUnknown,
    StatusCalendarNotCovered,
    FeeSeasonal,
    FeeIct,
    FeeGeneral,
    FeeNone,
    FeePaidAtPaymentDayMci,
    FeeMciUnknown,
    FeeGeneralUnconfirmed,
    TermCategory1,
    TermCategories2And3,
    TermCategory4,
    TermSeasonal,
    TermIct,
    ObligationCategory4Replacement,
    ObligationIctSpecialCondition,
    ObligationIctPriorService,
    CheckVacancy,
    CheckFiling,
    CheckFilingBefore2025,
    CheckContractRegister,
    CheckIin,
    CheckMigrationReporting,
    CheckApostille,
    CheckFeePayment,
    OpenPointsChecked,
    OpenPointAmendment2025,
    OpenPointOrder213,
    OpenPointFeeTable,
    OpenPointReviewTerm,
    VerifyWithCounsel,
}

impl Message {
    /// The message's stable code, as it appears in JSON (camelCase).
    pub fn code(self) -> &'static str {
        crate::wire_name(&self)
    }

    /// The sentence in `language` with its named values filled in.
    pub fn render(self, args: &[(&str, String)], language: Language) -> String {
        fill_named(self.text(language), args)
    }

    /// The sentence with one named value (see [`Sentence::with`]).
    pub fn with(self, name: &'static str, value: impl std::fmt::Display) -> Sentence {
        Sentence::from(self).with(name, value)
    }

    /// The template in `language`.
    pub fn text(self, language: Language) -> &'static str {
        let Texts { en, ru, kk } = catalogue(self);
        match language.in_build() {
            Language::En => en,
            Language::Ru => ru,
            Language::Kk => kk,
        }
    }
}

/// A message in the three languages.
struct Texts {
    en: &'static str,
    ru: &'static str,
    kk: &'static str,
}

/// The English, Russian and Kazakh text of each message.
fn catalogue(message: Message) -> Texts {
    use Message as M;
    let [en, ru, kk] = match message {
        M::Required => ["This answer is required.", "Ответ на этот вопрос обязателен.", "Бұл сұраққа жауап беру міндетті."],
        M::ExpectedNumber => ["Enter a number.", "Введите число.", "Санды енгізіңіз."],
        M::ExpectedWholeNumber => ["Enter a whole number.", "Введите целое число.", "Бүтін санды енгізіңіз."],
        M::ExpectedNonNegative => ["Enter zero or more.", "Введите ноль или положительное число.", "Нөлді немесе одан үлкен санды енгізіңіз."],
        M::ExpectedAtLeastOne => ["Enter 1 or more.", "Введите число не меньше 1.", "1 немесе одан үлкен санды енгізіңіз."],
        M::TooLarge => ["Enter at most {max}.", "Введите число не больше {max}.", "{max} мәнінен аспайтын санды енгізіңіз."],
        M::ExpectedYesNo => ["Answer yes or no.", "Ответьте «да» или «нет».", "«Иә» немесе «жоқ» деп жауап беріңіз."],
        M::ExpectedText => ["Enter text.", "Введите текст.", "Мәтінді енгізіңіз."],
        M::ExpectedDate => ["Enter a date as YYYY-MM-DD.", "Введите дату в формате YYYY-MM-DD.", "Күнді YYYY-MM-DD форматында енгізіңіз."],
        M::InvalidDate => ["{text} is not a real date; enter a date as YYYY-MM-DD.", "{text} — несуществующая дата; введите дату в формате YYYY-MM-DD.", "{text} — мұндай күн жоқ; күнді YYYY-MM-DD форматында енгізіңіз."],
        M::DateOutOfRange => ["Enter a date between {first} and {last}.", "Введите дату в период с {first} по {last}.", "{first} – {last} аралығындағы күнді енгізіңіз."],
        M::BeforeRuleSets => ["The calculator covers the rules in force from {date}; pick a later date.", "Калькулятор учитывает правила, действующие с {date}; выберите более позднюю дату.", "Калькулятор {date} күнінен бастап қолданылатын қағидаларды қамтиды; кейінірек күнді таңдаңыз."],
        M::UnknownOption => ["Choose one of: {options}.", "Выберите один из вариантов: {options}.", "Мына нұсқалардың бірін таңдаңыз: {options}."],
        M::UnknownField => ["This field is not part of the input: {field}.", "Это поле не предусмотрено во входных данных: {field}.", "Бұл өріс енгізілетін деректерге кірмейді: {field}."],
        M::InvalidStructure => ["This part of the input does not have the expected shape{detail}.", "Эта часть входных данных имеет неверную структуру{detail}.", "Енгізілген деректердің бұл бөлігінің құрылымы дұрыс емес{detail}."],
        M::InvalidJson => ["The input is not valid JSON: {detail}.", "Входные данные не являются корректным JSON: {detail}.", "Енгізілген деректер жарамды JSON емес: {detail}."],
        M::UnknownCountry => ["{code} is not a country code; use the two-letter ISO code, such as IN or TR.", "{code} не является кодом страны; укажите двухбуквенный код ISO, например IN или TR.", "{code} ел коды емес; IN немесе TR сияқты екі әріпті ISO кодын көрсетіңіз."],
        M::KazakhCitizen => ["A citizen of Kazakhstan is not foreign labour and needs no permit.", "Гражданин Казахстана не относится к иностранной рабочей силе, и разрешение ему не требуется.", "Қазақстан азаматы шетелдік жұмыс күшіне жатпайды, сондықтан оған рұқсат қажет емес."],
        M::CategoryOutOfRange => ["Choose a category from 1 to 4.", "Выберите категорию от 1 до 4.", "1-ден 4-ке дейінгі санатты таңдаңыз."],
        M::CategoryRequired => ["Choose the worker's category.", "Выберите категорию работника.", "Қызметкердің санатын таңдаңыз."],
        M::IctCategory => ["An intra-corporate transfer covers managers and specialists (categories 1 to 3).", "Внутрикорпоративный перевод распространяется на руководителей и специалистов (категории 1–3).", "Корпоративішілік ауыстыру басшылар мен мамандарға қолданылады (1–3-санаттар)."],
        M::SeasonalDaysRequired => ["Enter how many days the seasonal work lasts.", "Укажите продолжительность сезонных работ в днях.", "Маусымдық жұмыстың қанша күнге созылатынын көрсетіңіз."],
        M::SeasonalDaysNotApplicable => ["The number of seasonal days applies to a seasonal hire only.", "Количество дней сезонных работ указывается только при найме на сезонные работы.", "Маусымдық жұмыс күндерінің саны тек маусымдық жұмысқа қабылдау кезінде көрсетіледі."],
        M::SeasonalDaysOutOfRange => ["A seasonal permit lasts from 1 to 365 days.", "Разрешение на сезонные работы выдаётся на срок от 1 до 365 дней.", "Маусымдық жұмысқа рұқсат 1 күннен 365 күнге дейінгі мерзімге беріледі."],
        M::StaffExceedsEmployees => ["The staff by category add up to {total}, more than the {employees} employees entered.", "Численность персонала по категориям в сумме составляет {total}, что больше указанной общей численности работников ({employees}).", "Санаттар бойынша қызметкерлер саны жиыны {total} құрайды, бұл көрсетілген жалпы қызметкерлер санынан ({employees}) көп."],
        M::ApplicationBeforeVacancy => ["The application cannot be registered before the vacancy was posted.", "Заявление не может быть зарегистрировано раньше размещения вакансии.", "Өтінішті бос жұмыс орны жарияланғанға дейін тіркеу мүмкін емес."],
        M::ApprovalBeforeApplication => ["The approval cannot come before the application was registered.", "Заявление не может быть одобрено раньше его регистрации.", "Өтініш тіркелгенге дейін мақұлдануы мүмкін емес."],
        M::ExpiryBeforeApproval => ["The permit cannot expire before it was approved.", "Срок действия разрешения не может истечь раньше даты его одобрения.", "Рұқсаттың қолданылу мерзімі ол мақұлданғанға дейін аяқталуы мүмкін емес."],
        M::PermitNotNeededEaeu => ["No permit is needed: citizens of EAEU member states (Armenia, Belarus, Kyrgyzstan, Russia) work in Kazakhstan without one. The employment contract must still be registered.", "Разрешение не требуется: граждане государств — членов ЕАЭС (Армения, Беларусь, Кыргызстан, Россия) работают в Казахстане без него. При этом трудовой договор всё равно подлежит регистрации.", "Рұқсат қажет емес: ЕАЭО-ға мүше мемлекеттердің азаматтары (Армения, Беларусь, Қырғызстан, Ресей) Қазақстанда рұқсатсыз жұмыс істейді. Дегенмен еңбек шарты тіркелуге тиіс."],
        M::PermitNeeded => ["A permit to engage foreign labour is needed: the worker is not a citizen of an EAEU member state.", "Требуется разрешение на привлечение иностранной рабочей силы: работник не является гражданином государства — члена ЕАЭС.", "Шетелдік жұмыс күшін тартуға рұқсат қажет: қызметкер ЕАЭО-ға мүше мемлекеттің азаматы емес."],
        M::LocalContentApplies => ["The employer must meet the local-content ratios: at least {percentCategories1And2} % citizens among categories 1-2 and {percentCategories3And4} % among categories 3-4.", "Работодатель обязан соблюдать соотношение местного содержания в кадрах: не менее {percentCategories1And2} % граждан Казахстана среди работников категорий 1-2 и {percentCategories3And4} % — среди работников категорий 3-4.", "Жұмыс беруші кадрлардағы жергілікті қамту арақатынасын сақтауға міндетті: 1-2-санаттағы қызметкерлердің кемінде {percentCategories1And2} %, ал 3-4-санаттағы қызметкерлердің кемінде {percentCategories3And4} % Қазақстан азаматтары болуы тиіс."],
        M::ExemptSmallBusiness => ["Exempt from the local-content ratios as a small business with at most {max} employees.", "Освобождается от соблюдения соотношения местного содержания в кадрах как субъект малого предпринимательства с численностью работников не более {max}.", "Қызметкерлер саны {max} адамнан аспайтын шағын кәсіпкерлік субъектісі ретінде кадрлардағы жергілікті қамту арақатынасын сақтаудан босатылады."],
        M::ExemptForeignBranch => ["Exempt from the local-content ratios as a branch or representative office of a foreign legal entity with at most {max} staff.", "Освобождается от соблюдения соотношения местного содержания в кадрах как филиал или представительство иностранного юридического лица с численностью персонала не более {max}.", "Қызметкерлер саны {max} адамнан аспайтын шетелдік заңды тұлғаның филиалы немесе өкілдігі ретінде кадрлардағы жергілікті қамту арақатынасын сақтаудан босатылады."],
        M::ExemptStateBody => ["Exempt from the local-content ratios as a state institution or state enterprise.", "Освобождается от соблюдения соотношения местного содержания в кадрах как государственное учреждение или государственное предприятие.", "Мемлекеттік мекеме немесе мемлекеттік кәсіпорын ретінде кадрлардағы жергілікті қамту арақатынасын сақтаудан босатылады."],
        M::SmallBusinessOverThreshold => ["A small business with more than {max} employees must meet the local-content ratios since 1 September 2025.", "С 1 сентября 2025 года субъект малого предпринимательства с численностью работников более {max} обязан соблюдать соотношение местного содержания в кадрах.", "2025 жылғы 1 қыркүйектен бастап қызметкерлер саны {max} адамнан асатын шағын кәсіпкерлік субъектісі кадрлардағы жергілікті қамту арақатынасын сақтауға міндетті."],
        M::ForeignBranchOverThreshold => ["A branch or representative office with more than {max} staff must meet the local-content ratios.", "Филиал или представительство с численностью персонала более {max} обязаны соблюдать соотношение местного содержания в кадрах.", "Қызметкерлер саны {max} адамнан асатын филиал немесе өкілдік кадрлардағы жергілікті қамту арақатынасын сақтауға міндетті."],
        M::LocalContentNotForEaeu => ["Citizens of EAEU member states are not counted as foreigners in the ratios.", "Граждане государств — членов ЕАЭС не учитываются в соотношении как иностранцы.", "ЕАЭО-ға мүше мемлекеттердің азаматтары арақатынаста шетелдіктер ретінде есепке алынбайды."],
        M::IctWithinCap => ["Within the cap: transferees in category {category} may be at most {percent} % of the citizens in that category ({limit}).", "В пределах лимита: работники, переведённые в рамках внутрикорпоративного перевода, в категории {category} могут составлять не более {percent} % от численности граждан в этой категории ({limit}).", "Шектен аспайды: {category}-санаттағы корпоративішілік ауыстыру бойынша келген қызметкерлер осы санаттағы азаматтар санының ең көбі {percent} % құрай алады ({limit})."],
        M::IctOverCap => ["Over the cap: transferees in category {category} may be at most {percent} % of the citizens in that category ({limit}); {count} would be too many.", "Превышение лимита: работники, переведённые в рамках внутрикорпоративного перевода, в категории {category} могут составлять не более {percent} % от численности граждан в этой категории ({limit}); {count} — это слишком много.", "Шектен асады: {category}-санаттағы корпоративішілік ауыстыру бойынша келген қызметкерлер осы санаттағы азаматтар санының ең көбі {percent} % құрай алады ({limit}); {count} — тым көп."],
        M::DeadlineVacancyPeriodEnds => ["The vacancy has been on the electronic labour exchange for {days} calendar days.", "Вакансия размещена на электронной бирже труда в течение {days} календарных дней.", "Бос жұмыс орны электрондық еңбек биржасында {days} күнтізбелік күн бойы орналастырылды."],
        M::DeadlineEarliestApplication => ["Earliest day to apply for the permit.", "Самый ранний день подачи заявления на получение разрешения.", "Рұқсат алуға өтініш берудің ең ерте күні."],
        M::DeadlineReviewDue => ["The local executive body reviews the application within {days} working days of registration.", "Местный исполнительный орган рассматривает заявление в течение {days} рабочих дней с даты регистрации.", "Жергілікті атқарушы орган өтінішті тіркелген күнінен бастап {days} жұмыс күні ішінде қарайды."],
        M::DeadlineFeePaymentDue => ["Pay the fee within {days} working days of the positive notification, or the permit is not issued.", "Уплатите сбор в течение {days} рабочих дней с даты положительного уведомления, иначе разрешение не будет выдано.", "Оң хабарлама алынған күннен бастап {days} жұмыс күні ішінде алымды төлеңіз, әйтпесе рұқсат берілмейді."],
        M::DeadlineContractRegistrationDue => ["Register the employment contract in the national register (ESUTD) within {days} working days of signing.", "Зарегистрируйте трудовой договор в единой системе учёта трудовых договоров (ЕСУТД) в течение {days} рабочих дней с даты подписания.", "Еңбек шартын қол қойылған күннен бастап {days} жұмыс күні ішінде еңбек шарттарының ұлттық тізілімінде (ЕҚТБЖ) тіркеңіз."],
        M::DeadlineExtensionWindowOpens => ["The window to apply for an extension opens {days} calendar days before the permit expires.", "Подать заявление на продление можно не ранее чем за {days} календарных дней до истечения срока действия разрешения.", "Ұзартуға өтініш беру рұқсаттың қолданылу мерзімі аяқталғанға дейін {days} күнтізбелік күн бұрын басталады."],
        M::DeadlineExtensionWindowCloses => ["Last day to apply for an extension: {days} calendar days before the permit expires. After it a new permit is needed.", "Последний день подачи заявления на продление — за {days} календарных дней до истечения срока действия разрешения. После этого потребуется новое разрешение.", "Ұзартуға өтініш берудің соңғы күні — рұқсаттың қолданылу мерзімі аяқталғанға дейін {days} күнтізбелік күн бұрын. Одан кейін жаңа рұқсат қажет болады."],
        M::ReadingDayAfter => ["Our reading: a period counted in days starts the day after the event, so the first safe day to apply is the day after the {days}th day. Verify with counsel.", "Наше толкование: срок, исчисляемый днями, начинается на следующий день после события, поэтому первый надёжный день для подачи заявления — день, следующий за {days}-м днём. Уточните у юриста.", "Біздің түсіндіруіміз: күнмен есептелетін мерзім оқиғадан кейінгі күннен басталады, сондықтан өтініш беруге болатын алғашқы сенімді күн — {days}-күннен кейінгі күн. Заңгермен кеңесіп нақтылаңыз."],
        M::StatusNeedsDate => ["Enter the date this deadline counts from.", "Укажите дату, от которой исчисляется этот срок.", "Осы мерзім есептелетін күнді енгізіңіз."],
        M::StatusNotApplicable => ["Does not apply to this hire under the rules in force.", "По действующим правилам не применяется к данному найму.", "Қолданыстағы қағидалар бойынша бұл жұмысқа қабылдауға қолданылмайды."],
        M::StatusRuleUnclear => ["The sources do not say whether this applies to this kind of permit; no date is given. Verify with counsel.", "Из источников не следует, применяется ли это к данному виду разрешения; дата не указывается. Уточните у юриста.", "Дереккөздерде бұл талаптың осы рұқсат түріне қолданылатыны-қолданылмайтыны айтылмаған; күн көрсетілмейді. Заңгермен кеңесіп нақтылаңыз."],
        M::StatusUnknown => ["The term for this step under these rules could not be established; no date is given.", "Не удалось установить срок для этого этапа по данным правилам; дата не указывается.", "Осы қағидалар бойынша бұл кезеңнің мерзімін анықтау мүмкін болмады; күн көрсетілмейді."],
        M::StatusCalendarNotCovered => ["The dates fall outside the working-day calendar, so no date is given.", "Даты выходят за пределы производственного календаря, поэтому дата не указывается.", "Күндер өндірістік күнтізбенің шегінен тыс, сондықтан күн көрсетілмейді."],
        M::FeeSeasonal => ["Seasonal permit for {days} days: {mci} MCI (band up to {bandDays} days).", "Разрешение на сезонные работы на {days} дн.: {mci} МРП (диапазон до {bandDays} дн.).", "{days} күнге маусымдық жұмысқа рұқсат: {mci} АЕК ({bandDays} күнге дейінгі аралық)."],
        M::FeeIct => ["An intra-corporate transfer permit is free.", "Разрешение на внутрикорпоративный перевод выдаётся бесплатно.", "Корпоративішілік ауыстыруға рұқсат тегін беріледі."],
        M::FeeGeneral => ["The fee depends on the category and the sector: {min} to {max} MCI in the last confirmed table.", "Размер сбора зависит от категории и отрасли: от {min} до {max} МРП по последней подтверждённой таблице ставок.", "Алым мөлшері санат пен салаға байланысты: соңғы расталған мөлшерлемелер кестесі бойынша {min}–{max} АЕК."],
        M::FeeNone => ["No permit, so no permit fee.", "Разрешение не требуется, поэтому сбор за разрешение не взимается.", "Рұқсат қажет емес, сондықтан рұқсат үшін алым алынбайды."],
        M::FeePaidAtPaymentDayMci => ["The fee is paid at the MCI in force on the day of payment; the tenge amount uses the MCI of {year}.", "Сбор уплачивается исходя из МРП, действующего на день оплаты; сумма в тенге рассчитана по МРП {year} года.", "Алым төлеген күні қолданыста болатын АЕК бойынша төленеді; теңгедегі сома {year} жылғы АЕК бойынша есептелген."],
        M::FeeMciUnknown => ["The MCI for {year} is not known to the calculator, so no tenge amount is given.", "МРП на {year} год калькулятору неизвестен, поэтому сумма в тенге не указывается.", "{year} жылға арналған АЕК калькуляторға белгісіз, сондықтан теңгедегі сома көрсетілмейді."],
        M::FeeGeneralUnconfirmed => ["The 2026 rate table (Government Decree No. 819) has not been seen; this range is from the last confirmed table. Verify the rate for your sector with counsel.", "Таблица ставок на 2026 год (постановление Правительства № 819) не была доступна для проверки; указанный диапазон взят из последней подтверждённой таблицы. Уточните ставку для вашей отрасли у юриста.", "2026 жылға арналған мөлшерлемелер кестесі (Үкіметтің № 819 қаулысы) тексеру үшін қолжетімді болмады; көрсетілген аралық соңғы расталған кестеден алынды. Өз салаңызға арналған мөлшерлемені заңгермен кеңесіп нақтылаңыз."],
        M::TermCategory1 => ["Category 1: a permit for 1, 2 or 3 years, extendable by 1, 2 or 3 years each time with no limit on the number of extensions.", "Категория 1: разрешение выдаётся на 1, 2 или 3 года и каждый раз продлевается на 1, 2 или 3 года без ограничения количества продлений.", "1-санат: рұқсат 1, 2 немесе 3 жылға беріледі және ұзартулар санына шектеусіз әр жолы 1, 2 немесе 3 жылға ұзартылады."],
        M::TermCategories2And3 => ["Categories 2 and 3: a permit for 12 months, extendable by 12 months at most 3 times (4 years in all).", "Категории 2 и 3: разрешение выдаётся на 12 месяцев и продлевается на 12 месяцев не более 3 раз (всего 4 года).", "2 және 3-санаттар: рұқсат 12 айға беріледі және 12 айға ең көбі 3 рет ұзартылады (барлығы 4 жыл)."],
        M::TermCategory4 => ["Category 4: a permit for 12 months with no extension.", "Категория 4: разрешение выдаётся на 12 месяцев без права продления.", "4-санат: рұқсат 12 айға ұзарту құқығынсыз беріледі."],
        M::TermSeasonal => ["Seasonal: a permit for up to {days} days with no extension.", "Сезонные работы: разрешение выдаётся на срок до {days} дней без права продления.", "Маусымдық жұмыс: рұқсат {days} күнге дейінгі мерзімге ұзарту құқығынсыз беріледі."],
        M::TermIct => ["Intra-corporate transfer: a permit for up to 3 years (not beyond the contract) and one extension of up to 1 year.", "Внутрикорпоративный перевод: разрешение выдаётся на срок до 3 лет (но не дольше срока действия договора) и может быть однократно продлено на срок до 1 года.", "Корпоративішілік ауыстыру: рұқсат 3 жылға дейінгі мерзімге (шарттың мерзімінен аспайтын) беріледі және 1 жылға дейінгі мерзімге бір рет ұзартылуы мүмкін."],
        M::ObligationCategory4Replacement => ["Category 4: the employer undertakes to replace the foreigner with a citizen in the same post within {min} to {max} months; failing that blocks new permits and extensions.", "Категория 4: работодатель обязуется заменить иностранца гражданином Казахстана на той же должности в срок от {min} до {max} месяцев; при невыполнении этого обязательства новые разрешения и продления не выдаются.", "4-санат: жұмыс беруші шетелдікті сол лауазымда {min}–{max} ай ішінде Қазақстан азаматымен алмастыруға міндеттенеді; бұл міндеттеме орындалмаса, жаңа рұқсаттар берілмейді және рұқсаттар ұзартылмайды."],
        M::ObligationIctSpecialCondition => ["Intra-corporate transfer: the employer picks one special condition, training or upskilling citizens in the foreigner's speciality or creating extra jobs for citizens, and reports on it at extension.", "Внутрикорпоративный перевод: работодатель выбирает одно особое условие — обучение или повышение квалификации граждан Казахстана по специальности иностранца либо создание дополнительных рабочих мест для граждан — и отчитывается о его выполнении при продлении.", "Корпоративішілік ауыстыру: жұмыс беруші бір ерекше шартты таңдайды — Қазақстан азаматтарын шетелдіктің мамандығы бойынша оқыту немесе олардың біліктілігін арттыру не азаматтар үшін қосымша жұмыс орындарын құру — және рұқсатты ұзарту кезінде оның орындалуы туралы есеп береді."],
        M::ObligationIctPriorService => ["Intra-corporate transfer: the worker must have worked at least {years} year for the sending company.", "Внутрикорпоративный перевод: работник должен проработать в направляющей компании не менее {years} года.", "Корпоративішілік ауыстыру: қызметкер жіберуші компанияда кемінде {years} жыл жұмыс істеген болуы тиіс."],
        M::CheckVacancy => ["Post the vacancy on the electronic labour exchange (enbek.kz) and keep its publication code for the application.", "Разместите вакансию на электронной бирже труда (enbek.kz) и сохраните код её публикации для заявления.", "Бос жұмыс орнын электрондық еңбек биржасында (enbek.kz) орналастырыңыз және оның жариялану кодын өтініш үшін сақтап қойыңыз."],
        M::CheckFiling => ["Apply through elicense.kz, egov.kz or migration.enbek.kz.", "Подайте заявление через elicense.kz, egov.kz или migration.enbek.kz.", "Өтінішті elicense.kz, egov.kz немесе migration.enbek.kz арқылы беріңіз."],
        M::CheckFilingBefore2025 => ["Apply through elicense.kz or egov.kz.", "Подайте заявление через elicense.kz или egov.kz.", "Өтінішті elicense.kz немесе egov.kz арқылы беріңіз."],
        M::CheckContractRegister => ["Register the employment contract (or the transfer agreement) in the national contract register (ESUTD) within 5 working days of signing.", "Зарегистрируйте трудовой договор (или соглашение о переводе) в единой системе учёта трудовых договоров (ЕСУТД) в течение 5 рабочих дней с даты подписания.", "Еңбек шартын (немесе ауыстыру туралы келісімді) қол қойылған күннен бастап 5 жұмыс күні ішінде еңбек шарттарының ұлттық тізілімінде (ЕҚТБЖ) тіркеңіз."],
        M::CheckIin => ["Make sure the worker obtains an individual identification number (IIN).", "Убедитесь, что работник получил индивидуальный идентификационный номер (ИИН).", "Қызметкердің жеке сәйкестендіру нөмірін (ЖСН) алуын қадағалаңыз."],
        M::CheckMigrationReporting => ["Enter the foreign staff engaged, the special conditions and the replacement by citizens in migration.enbek.kz.", "Внесите в migration.enbek.kz сведения о привлечённых иностранных работниках, об особых условиях и о замене иностранцев гражданами Казахстана.", "Тартылған шетелдік қызметкерлер, ерекше шарттар және шетелдіктерді азаматтармен алмастыру туралы мәліметтерді migration.enbek.kz жүйесіне енгізіңіз."],
        M::CheckApostille => ["Have the education documents legalised or apostilled: the local executive body asks the Ministry of Foreign Affairs to check them.", "Легализуйте или апостилируйте документы об образовании: местный исполнительный орган направляет их на проверку в Министерство иностранных дел.", "Білім туралы құжаттарды заңдастырыңыз немесе апостильдеңіз: жергілікті атқарушы орган оларды тексеру үшін Сыртқы істер министрлігіне жібереді."],
        M::CheckFeePayment => ["Pay the fee to the budget of the region that issues the permit.", "Уплатите сбор в бюджет региона, в котором выдаётся разрешение.", "Алымды рұқсат беретін өңірдің бюджетіне төлеңіз."],
        M::OpenPointsChecked => ["Rules checked against public sources up to {date}.", "Правила сверены с общедоступными источниками по состоянию на {date}.", "Қағидалар {date} күнгі жағдай бойынша ашық дереккөздермен салыстырып тексерілді."],
        M::OpenPointAmendment2025 => ["Order No. 279 was amended again as of 17.10.2025; the content of that amendment is not known.", "В Приказ № 279 внесены очередные изменения по состоянию на 17.10.2025; содержание этих изменений неизвестно.", "№ 279 бұйрыққа 17.10.2025 жағдай бойынша тағы да өзгерістер енгізілді; бұл өзгерістердің мазмұны белгісіз."],
        M::OpenPointOrder213 => ["Omnibus Order No. 213 of 28.05.2026 may touch Order No. 279; not verified.", "Сводный приказ № 213 от 28.05.2026 может затрагивать Приказ № 279; не проверено.", "28.05.2026 жылғы № 213 жиынтық бұйрық № 279 бұйрыққа қатысты болуы мүмкін; тексерілмеген."],
        M::OpenPointFeeTable => ["The 2026 general-permit rate table (Decree No. 819) has not been seen.", "Таблица ставок сбора за общее разрешение на 2026 год (постановление № 819) не была доступна для проверки.", "Жалпы рұқсат үшін алымның 2026 жылға арналған мөлшерлемелер кестесі (№ 819 қаулы) тексеру үшін қолжетімді болмады."],
        M::OpenPointReviewTerm => ["The 6-working-day review term rests on one practitioner article.", "Срок рассмотрения в 6 рабочих дней основан лишь на одной статье практикующего юриста.", "6 жұмыс күндік қарау мерзімі практик заңгердің бір ғана мақаласына негізделген."],
        M::VerifyWithCounsel => ["Some facts behind this answer are not confirmed; verify with counsel before relying on it.", "Некоторые факты, на которых основан этот ответ, не подтверждены; прежде чем полагаться на него, проконсультируйтесь с юристом.", "Бұл жауаптың негізіндегі кейбір деректер расталмаған; оған сүйенбес бұрын заңгерден кеңес алыңыз."],
    };
    Texts { en, ru, kk }
}

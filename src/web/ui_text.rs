//! The interface's words in Kazakh, Russian and English, with dates, holidays and amounts written
//! the way each language writes them.

use chrono::{Datelike, NaiveDate};

use crate::calendar::Holiday;
use crate::text::Language;

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Title,
    Intro,
    Privacy,
    LanguageLabel,
    StepOf,
    StepEmployer,
    StepStaff,
    StepHire,
    StepDates,
    StepSummary,
    StepResult,
    Continue,
    Back,
    SeeResult,
    Change,
    ChangeAnswers,
    StartAgain,
    ErrorSummaryTitle,
    ErrorPrefix,
    Yes,
    No,
    Optional,
    NotGiven,
    KindLegend,
    KindCompany,
    KindForeignBranch,
    KindStateBody,
    SmallBusinessLegend,
    SmallBusinessHint,
    EmployeesLabel,
    EmployeesHint,
    StaffHint,
    Citizens,
    Foreigners,
    Transferees,
    Category1,
    Category2,
    Category3,
    Category4,
    RouteLegend,
    RoutePermit,
    RouteIct,
    RouteSeasonal,
    CategoryLegend,
    CountLabel,
    CitizenshipLabel,
    OtherCountry,
    ChooseCountry,
    CountryCodeLabel,
    CountryCodeHint,
    SeasonalDaysLabel,
    DatesHint,
    VacancyPosted,
    ApplicationRegistered,
    ApprovalNotified,
    ContractSigned,
    PermitExpires,
    PermitNeeded,
    PermitNotNeeded,
    LocalContentApplies,
    LocalContentExempt,
    MetAfterHire,
    NotMetAfterHire,
    GroupCaption,
    Now,
    AfterHire,
    Minimum,
    CitizensShare,
    MaxForeigners,
    CitizensToHire,
    IctTitle,
    IctAfterHire,
    DeadlinesTitle,
    VacancyPeriodEnds,
    EarliestApplication,
    ReviewDue,
    FeePaymentDue,
    ContractRegistrationDue,
    ExtensionWindowOpens,
    ExtensionWindowCloses,
    CalendarDaysAfter,
    WorkingDaysAfter,
    CalendarDaysBefore,
    Skips,
    Passed,
    NotWorkingDay,
    Weekend,
    MovedFrom,
    TransferDayOff,
    TransferWorkingDay,
    FeeTitle,
    PerWorker,
    ForWorkers,
    Free,
    Mci,
    TermTitle,
    ObligationsTitle,
    ChecklistTitle,
    SourcesTitle,
    Confirmed,
    Likely,
    Unconfirmed,
    VerifyTitle,
    OpenPointsTitle,
    Footer,
    ContactDefault,
    DownloadIcs,
    CopySummary,
    CopyLink,
    Print,
    Copied,
    CopyFailed,
    YourAnswersPrint,
}

/// The text of `key` in `language`.
pub fn ui(key: Ui, language: Language) -> &'static str {
    let [en, ru, kk] = catalogue(key);
    // `in_build` is the build's only language in a single-language build, so the compiler keeps
    // that arm's text alone.
    match language.in_build() {
        Language::En => en,
        Language::Ru => ru,
        Language::Kk => kk,
    }
}

/// Every piece of interface text as `[english, russian, kazakh]`.
fn catalogue(key: Ui) -> [&'static str; 3] {
    use Ui as U;
    match key {
        U::Title => ["Can we hire a foreign worker?", "Можно ли нанять иностранного работника?", "Шетелдік қызметкерді жұмысқа алуға бола ма?"],
        U::Intro => ["Check whether a permit is needed, whether the local-content ratios apply and hold, every deadline on the Kazakh working-day calendar, and the fee.", "Узнайте, нужно ли разрешение, применяется ли к вам соотношение местного содержания в кадрах и соблюдается ли оно, а также все сроки по производственному календарю Казахстана и размер сбора.", "Рұқсат қажет пе, кадрлардағы жергілікті қамту арақатынасы сізге қолданыла ма және сақтала ма — тексеріңіз, сондай-ақ Қазақстанның өндірістік күнтізбесі бойынша барлық мерзімдерді және алым мөлшерін біліңіз."],
        U::Privacy => ["Your answers stay on this page: nothing is sent anywhere.", "Ваши ответы остаются на этой странице и никуда не отправляются.", "Жауаптарыңыз осы бетте қалады және ешқайда жіберілмейді."],
        U::LanguageLabel => ["Language", "Язык", "Тіл"],
        U::StepOf => ["Step {0} of {1}", "Шаг {0} из {1}", "Қадам {0} / {1}"],
        U::StepEmployer => ["About the employer", "О работодателе", "Жұмыс беруші туралы"],
        U::StepStaff => ["Current staff by category", "Текущая численность работников по категориям", "Санаттар бойынша қазіргі қызметкерлер саны"],
        U::StepHire => ["The hire", "О найме", "Жұмысқа қабылдау туралы"],
        U::StepDates => ["Dates known so far", "Уже известные даты", "Белгілі күндер"],
        U::StepSummary => ["Your answers", "Ваши ответы", "Сіздің жауаптарыңыз"],
        U::StepResult => ["Result", "Результат", "Нәтиже"],
        U::Continue => ["Continue", "Продолжить", "Жалғастыру"],
        U::Back => ["Back", "Назад", "Артқа"],
        U::SeeResult => ["See the result", "Показать результат", "Нәтижені көру"],
        U::Change => ["Change", "Изменить", "Өзгерту"],
        U::ChangeAnswers => ["Change answers", "Изменить ответы", "Жауаптарды өзгерту"],
        U::StartAgain => ["Start again", "Начать заново", "Қайта бастау"],
        U::ErrorSummaryTitle => ["There is a problem", "Возникла проблема", "Мәселе туындады"],
        U::ErrorPrefix => ["Error:", "Ошибка:", "Қате:"],
        U::Yes => ["Yes", "Да", "Иә"],
        U::No => ["No", "Нет", "Жоқ"],
        U::Optional => ["(optional)", "(необязательно)", "(міндетті емес)"],
        U::NotGiven => ["Not given", "Не указано", "Көрсетілмеген"],
        U::KindLegend => ["What kind of employer is it?", "К какому типу относится работодатель?", "Жұмыс беруші қай түрге жатады?"],
        U::KindCompany => ["A Kazakh company or individual entrepreneur", "Казахстанская компания или индивидуальный предприниматель", "Қазақстандық компания немесе жеке кәсіпкер"],
        U::KindForeignBranch => ["A branch or representative office of a foreign company", "Филиал или представительство иностранной компании", "Шетелдік компанияның филиалы немесе өкілдігі"],
        U::KindStateBody => ["A state institution or state enterprise", "Государственное учреждение или государственное предприятие", "Мемлекеттік мекеме немесе мемлекеттік кәсіпорын"],
        U::SmallBusinessLegend => ["Is it a small business?", "Это субъект малого предпринимательства?", "Бұл шағын кәсіпкерлік субъектісі ме?"],
        U::SmallBusinessHint => ["Under the Entrepreneurial Code: on average up to 100 employees and an annual income up to 300,000 MCI.", "По Предпринимательскому кодексу: среднегодовая численность работников — не более 100 человек, среднегодовой доход — не более 300 000 МРП.", "Кәсіпкерлік кодексі бойынша: жұмыскерлердің жылдық орташа саны — 100 адамнан аспайды, жылдық орташа табысы — 300 000 АЕК-тен аспайды."],
        U::EmployeesLabel => ["How many employees does it have now?", "Сколько работников сейчас у работодателя?", "Жұмыс берушіде қазір қанша қызметкер бар?"],
        U::EmployeesHint => ["Everyone on the staff, including staff supplied under outstaffing contracts.", "Все работники, включая персонал, предоставленный по договорам аутстаффинга.", "Барлық қызметкерлер, оның ішінде аутстаффинг шарттары бойынша берілген персонал."],
        U::StaffHint => ["Count citizens of EAEU states (Armenia, Belarus, Kyrgyzstan, Russia) as citizens. Leave a box empty for none.", "Граждан государств ЕАЭС (Армения, Беларусь, Кыргызстан, Россия) учитывайте как граждан. Если работников нет, оставьте поле пустым.", "ЕАЭО мемлекеттерінің (Армения, Беларусь, Қырғызстан, Ресей) азаматтарын азаматтар ретінде есептеңіз. Қызметкерлер болмаса, өрісті бос қалдырыңыз."],
        U::Citizens => ["Citizens", "Граждане", "Азаматтар"],
        U::Foreigners => ["Foreigners", "Иностранцы", "Шетелдіктер"],
        U::Transferees => ["Intra-corporate transferees", "Работники по внутрикорпоративному переводу", "Корпоративішілік ауыстыру бойынша қызметкерлер"],
        U::Category1 => ["Category 1: heads and their deputies", "Категория 1: руководители и их заместители", "1-санат: басшылар және олардың орынбасарлары"],
        U::Category2 => ["Category 2: heads of structural units", "Категория 2: руководители структурных подразделений", "2-санат: құрылымдық бөлімшелердің басшылары"],
        U::Category3 => ["Category 3: specialists", "Категория 3: специалисты", "3-санат: мамандар"],
        U::Category4 => ["Category 4: skilled workers", "Категория 4: квалифицированные рабочие", "4-санат: білікті жұмысшылар"],
        U::RouteLegend => ["How will the worker be engaged?", "Как будет привлечён работник?", "Қызметкер қалай тартылады?"],
        U::RoutePermit => ["A permit for foreign labour (categories 1 to 4)", "Разрешение на привлечение иностранной рабочей силы (категории 1–4)", "Шетелдік жұмыс күшін тартуға рұқсат (1–4-санаттар)"],
        U::RouteIct => ["An intra-corporate transfer", "Внутрикорпоративный перевод", "Корпоративішілік ауыстыру"],
        U::RouteSeasonal => ["Seasonal work", "Сезонные работы", "Маусымдық жұмыс"],
        U::CategoryLegend => ["Which category is the post?", "К какой категории относится должность?", "Лауазым қай санатқа жатады?"],
        U::CountLabel => ["How many workers?", "Сколько работников привлекается?", "Қанша қызметкер тартылады?"],
        U::CitizenshipLabel => ["Citizenship of the worker", "Гражданство работника", "Қызметкердің азаматтығы"],
        U::OtherCountry => ["Another country", "Другая страна", "Басқа ел"],
        U::ChooseCountry => ["Choose a country", "Выберите страну", "Елді таңдаңыз"],
        U::CountryCodeLabel => ["Country code", "Код страны", "Ел коды"],
        U::CountryCodeHint => ["Two letters (ISO 3166), for example VN for Vietnam.", "Две буквы (ISO 3166), например VN для Вьетнама.", "Екі әріп (ISO 3166), мысалы, Вьетнам үшін VN."],
        U::SeasonalDaysLabel => ["How many days will the seasonal work last?", "Сколько дней продлятся сезонные работы?", "Маусымдық жұмыс қанша күнге созылады?"],
        U::DatesHint => ["Enter the dates you already know. Each deadline needs only its own date.", "Укажите даты, которые уже известны. Для расчёта каждого срока нужна только относящаяся к нему дата.", "Белгілі күндерді енгізіңіз. Әр мерзімді есептеу үшін тек өзіне қатысты күн қажет."],
        U::VacancyPosted => ["Vacancy posted on the electronic labour exchange (enbek.kz)", "Вакансия размещена на электронной бирже труда (enbek.kz)", "Бос жұмыс орны электрондық еңбек биржасында (enbek.kz) орналастырылды"],
        U::ApplicationRegistered => ["Permit application registered", "Заявление на получение разрешения зарегистрировано", "Рұқсат алуға өтініш тіркелді"],
        U::ApprovalNotified => ["Positive decision notified", "Получено уведомление о положительном решении", "Оң шешім туралы хабарлама алынды"],
        U::ContractSigned => ["Employment contract signed", "Трудовой договор подписан", "Еңбек шартына қол қойылды"],
        U::PermitExpires => ["Current permit expires", "Срок действия текущего разрешения истекает", "Қолданыстағы рұқсаттың мерзімі аяқталады"],
        U::PermitNeeded => ["A permit is needed", "Разрешение требуется", "Рұқсат қажет"],
        U::PermitNotNeeded => ["No permit is needed", "Разрешение не требуется", "Рұқсат қажет емес"],
        U::LocalContentApplies => ["The local-content ratios apply", "Применяется соотношение местного содержания в кадрах", "Кадрлардағы жергілікті қамту арақатынасы қолданылады"],
        U::LocalContentExempt => ["Exempt from the local-content ratios", "Освобождён от соблюдения соотношения местного содержания в кадрах", "Кадрлардағы жергілікті қамту арақатынасын сақтаудан босатылған"],
        U::MetAfterHire => ["Met after the hire", "Соблюдается после найма", "Жұмысқа қабылдағаннан кейін сақталады"],
        U::NotMetAfterHire => ["Not met after the hire", "Не соблюдается после найма", "Жұмысқа қабылдағаннан кейін сақталмайды"],
        U::GroupCaption => ["Categories {0} and {1}: at least {2} % citizens", "Категории {0} и {1}: не менее {2} % граждан", "Санаттар {0} және {1}: азаматтар кемінде {2} %"],
        U::Now => ["Now", "Сейчас", "Қазір"],
        U::AfterHire => ["After the hire", "После найма", "Жұмысқа қабылдағаннан кейін"],
        U::Minimum => ["Minimum", "Минимум", "Төменгі шек"],
        U::CitizensShare => ["Citizens' share", "Доля граждан", "Азаматтардың үлесі"],
        U::MaxForeigners => ["Most foreigners the current citizens allow: {0}", "Максимальное число иностранцев при текущей численности граждан: {0}", "Азаматтардың қазіргі санына қарай шетелдіктердің ең көп саны: {0}"],
        U::CitizensToHire => ["Citizens to hire to meet the minimum: {0}", "Чтобы соблюсти минимум, нужно нанять граждан: {0}", "Төменгі шекті сақтау үшін жұмысқа алынуы тиіс азаматтар саны: {0}"],
        U::IctTitle => ["Intra-corporate transfer cap", "Лимит внутрикорпоративного перевода", "Корпоративішілік ауыстыру шегі"],
        U::IctAfterHire => ["Transferees in category {0} after the hire: {1}, at most {2} allowed", "Работники по внутрикорпоративному переводу в категории {0} после найма: {1}, допускается не более {2}", "Санат {0}: жұмысқа қабылдағаннан кейін корпоративішілік ауыстыру бойынша қызметкерлер саны — {1}, ең көбі {2} рұқсат етіледі"],
        U::DeadlinesTitle => ["Deadlines", "Сроки", "Мерзімдер"],
        U::VacancyPeriodEnds => ["Vacancy period ends", "Окончание срока размещения вакансии", "Бос жұмыс орнын орналастыру мерзімінің аяқталуы"],
        U::EarliestApplication => ["Earliest day to apply", "Самый ранний день подачи заявления", "Өтініш берудің ең ерте күні"],
        U::ReviewDue => ["Review of the application due", "Срок рассмотрения заявления", "Өтінішті қарау мерзімі"],
        U::FeePaymentDue => ["Fee payment due", "Срок уплаты сбора", "Алымды төлеу мерзімі"],
        U::ContractRegistrationDue => ["Contract registration due", "Срок регистрации трудового договора", "Еңбек шартын тіркеу мерзімі"],
        U::ExtensionWindowOpens => ["Extension window opens", "Начало срока подачи заявления на продление", "Ұзартуға өтініш беру мерзімінің басталуы"],
        U::ExtensionWindowCloses => ["Extension window closes", "Окончание срока подачи заявления на продление", "Ұзартуға өтініш беру мерзімінің аяқталуы"],
        U::CalendarDaysAfter => ["{0} calendar days after {1}", "{0} календарных дней после {1}", "{1} күнінен кейін {0} күнтізбелік күн"],
        U::WorkingDaysAfter => ["{0} working days after {1}", "{0} рабочих дней после {1}", "{1} күнінен кейін {0} жұмыс күні"],
        U::CalendarDaysBefore => ["{0} calendar days before {1}", "за {0} календарных дней до {1}", "{1} күнінен {0} күнтізбелік күн бұрын"],
        U::Skips => ["Non-working days skipped:", "Пропущенные нерабочие дни:", "Есепке алынбаған жұмыс істемейтін күндер:"],
        U::Passed => ["This date has passed.", "Эта дата уже прошла.", "Бұл күн өтіп кетті."],
        U::NotWorkingDay => ["Not a working day", "Нерабочий день", "Жұмыс күні емес"],
        U::Weekend => ["weekend", "выходной день", "демалыс күні"],
        U::MovedFrom => ["day off moved from {0}", "выходной день перенесён с {0}", "демалыс күні {0} күнінен ауыстырылған"],
        U::TransferDayOff => ["day off by transfer act", "выходной день по акту о переносе", "ауыстыру туралы акт бойынша демалыс күні"],
        U::TransferWorkingDay => ["working day by transfer act", "рабочий день по акту о переносе", "ауыстыру туралы акт бойынша жұмыс күні"],
        U::FeeTitle => ["Fee", "Сбор", "Алым"],
        U::PerWorker => ["Per worker: {0}", "За одного работника: {0}", "Бір қызметкер үшін: {0}"],
        U::ForWorkers => ["For {0} workers: {1}", "За всех работников ({0}): {1}", "{0} қызметкер үшін: {1}"],
        U::Free => ["Free", "Бесплатно", "Тегін"],
        U::Mci => ["MCI", "МРП", "АЕК"],
        U::TermTitle => ["Permit term", "Срок действия разрешения", "Рұқсаттың қолданылу мерзімі"],
        U::ObligationsTitle => ["Special obligations", "Особые обязательства", "Ерекше міндеттемелер"],
        U::ChecklistTitle => ["What to do", "Что нужно сделать", "Не істеу керек"],
        U::SourcesTitle => ["Sources and how sure we are", "Источники и насколько мы уверены", "Дереккөздер және біздің сенімділік дәрежеміз"],
        U::Confirmed => ["confirmed", "подтверждено", "расталған"],
        U::Likely => ["likely", "вероятно", "ықтимал"],
        U::Unconfirmed => ["unconfirmed", "не подтверждено", "расталмаған"],
        U::VerifyTitle => ["Verify with counsel", "Уточните у юриста", "Заңгермен кеңесіп нақтылаңыз"],
        U::OpenPointsTitle => ["Open points", "Открытые вопросы", "Ашық мәселелер"],
        U::Footer => ["Rules: {0} (rule set {1}), checked against public sources to {2}. Working-day calendar 2023 to 2027 (2027 is a projection). Assessed as of {3}.", "Правила: {0} (редакция {1}), сверены с общедоступными источниками по состоянию на {2}. Производственный календарь на 2023–2027 годы (2027 год — прогноз). Оценка по состоянию на {3}.", "Қағидалар: {0} ({1} редакциясы), {2} күнгі жағдай бойынша ашық дереккөздермен салыстырып тексерілді. Өндірістік күнтізбе: 2023–2027 жылдар (2027 жыл — болжам). Бағалау {3} күнгі жағдай бойынша жасалды."],
        U::DownloadIcs => ["Add the deadlines to a calendar (.ics)", "Добавить сроки в календарь (.ics)", "Мерзімдерді күнтізбеге қосу (.ics)"],
        U::CopySummary => ["Copy summary", "Скопировать сводку", "Қорытындыны көшіру"],
        U::CopyLink => ["Copy link", "Скопировать ссылку", "Сілтемені көшіру"],
        U::Print => ["Print", "Печать", "Басып шығару"],
        U::Copied => ["Copied.", "Скопировано.", "Көшірілді."],
        U::CopyFailed => ["Could not copy: your browser did not allow it.", "Не удалось скопировать: браузер не разрешил.", "Көшіру мүмкін болмады: браузер рұқсат бермеді."],
        U::YourAnswersPrint => ["Your answers", "Ваши ответы", "Сіздің жауаптарыңыз"],
        U::ContactDefault => ["Talk to a lawyer", "Связаться с юристом", "Заңгермен байланысу"],
    }
}

/// A holiday's name.
pub fn holiday_name(holiday: Holiday, language: Language) -> &'static str {
    let [en, ru, kk] = match holiday {
        Holiday::NewYear => ["New Year", "Новый год", "Жаңа жыл"],
        Holiday::OrthodoxChristmas => ["Orthodox Christmas", "Православное Рождество", "Православиелік Рождество"],
        Holiday::WomensDay => ["International Women's Day", "Международный женский день", "Халықаралық әйелдер күні"],
        Holiday::ConstitutionDay => ["Constitution Day", "День Конституции", "Конституция күні"],
        Holiday::Nauryz => ["Nauryz", "Наурыз мейрамы", "Наурыз мейрамы"],
        Holiday::UnityDay => ["Kazakhstan People's Unity Day", "Праздник единства народа Казахстана", "Қазақстан халқының бірлігі мерекесі"],
        Holiday::DefenderDay => ["Defender of the Fatherland Day", "День защитника Отечества", "Отан қорғаушылар күні"],
        Holiday::VictoryDay => ["Victory Day", "День Победы", "Жеңіс күні"],
        Holiday::CapitalDay => ["Capital Day", "День Столицы", "Астана күні"],
        Holiday::RepublicDay => ["Republic Day", "День Республики", "Республика күні"],
        Holiday::IndependenceDay => ["Independence Day", "День Независимости", "Тәуелсіздік күні"],
        Holiday::KurbanAit => ["Kurban Ait", "Курбан айт", "Құрбан айт"],
    };
    match language.in_build() {
        Language::En => en,
        Language::Ru => ru,
        Language::Kk => kk,
    }
}

const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_RU: [&str; 7] = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];
const WEEKDAYS_KK: [&str; 7] = ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"];

const MONTHS_EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Russian dates use the genitive: "2 апреля".
const MONTHS_RU: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const MONTHS_KK: [&str; 12] = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

/// The weekday's name.
pub fn weekday(date: NaiveDate, language: Language) -> &'static str {
    let weekdays = match language.in_build() {
        Language::En => &WEEKDAYS_EN,
        Language::Ru => &WEEKDAYS_RU,
        Language::Kk => &WEEKDAYS_KK,
    };
    weekdays[date.weekday().num_days_from_monday() as usize]
}

/// A date as the language usually writes it: "2 April 2026", "2 апреля 2026 г.", "2026 ж. 2 сәуір".
pub fn date(date: NaiveDate, language: Language) -> String {
    let (day, month, year) = (date.day(), date.month0() as usize, date.year());
    match language.in_build() {
        Language::En => format!("{day} {} {year}", MONTHS_EN[month]),
        Language::Ru => format!("{day} {} {year} г.", MONTHS_RU[month]),
        Language::Kk => format!("{year} ж. {day} {}", MONTHS_KK[month]),
    }
}

/// A date with its weekday: "Thursday, 2 April 2026".
pub fn date_with_weekday(day: NaiveDate, language: Language) -> String {
    match language.in_build() {
        Language::Kk => format!("{}, {}", date(day, language), weekday(day, language)),
        Language::En | Language::Ru => format!("{}, {}", weekday(day, language), date(day, language)),
    }
}

/// An amount with thin-space thousands separators: 155 700.
pub fn amount(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// The countries offered in the citizenship list (EAEU first), with their names.
pub const COUNTRY_CODES: [&str; 22] = ["RU", "KG", "BY", "AM", "UZ", "TJ", "TM", "AZ", "GE", "UA", "CN", "TR", "IN", "PK", "KR", "JP", "DE", "GB", "FR", "IT", "US", "PH"];
const COUNTRY_NAMES_EN: [&str; 22] = ["Russia", "Kyrgyzstan", "Belarus", "Armenia", "Uzbekistan", "Tajikistan", "Turkmenistan", "Azerbaijan", "Georgia", "Ukraine", "China", "Türkiye", "India", "Pakistan", "South Korea", "Japan", "Germany", "United Kingdom", "France", "Italy", "United States", "Philippines"];
const COUNTRY_NAMES_RU: [&str; 22] = ["Россия", "Кыргызстан", "Беларусь", "Армения", "Узбекистан", "Таджикистан", "Туркменистан", "Азербайджан", "Грузия", "Украина", "Китай", "Турция", "Индия", "Пакистан", "Южная Корея", "Япония", "Германия", "Великобритания", "Франция", "Италия", "США", "Филиппины"];
const COUNTRY_NAMES_KK: [&str; 22] = ["Ресей", "Қырғызстан", "Беларусь", "Армения", "Өзбекстан", "Тәжікстан", "Түрікменстан", "Әзербайжан", "Грузия", "Украина", "Қытай", "Түркия", "Үндістан", "Пәкістан", "Оңтүстік Корея", "Жапония", "Германия", "Ұлыбритания", "Франция", "Италия", "АҚШ", "Филиппин"];

/// The names of [`COUNTRY_CODES`] in `language`, in the same order.
pub fn country_names(language: Language) -> &'static [&'static str; 22] {
    match language.in_build() {
        Language::En => &COUNTRY_NAMES_EN,
        Language::Ru => &COUNTRY_NAMES_RU,
        Language::Kk => &COUNTRY_NAMES_KK,
    }
}

/// The name of a listed country, or `None`.
pub fn country_name(code: &str, language: Language) -> Option<&'static str> {
    COUNTRY_CODES.iter().position(|c| *c == code).map(|i| country_names(language)[i])
}

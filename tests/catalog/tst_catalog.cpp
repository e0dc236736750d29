#include "catalog/catalog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace qujat;

namespace {

// The expected structure, written out from the attestation guidance: section
// and table titles are the official Kazakh wording with its typos corrected.

struct ExpectedSection
{
    const char *key;
    const char *portfolio;
    const char *number;
    const char *kk;
    bool isTable;
    int maxItems;
    int windowYears;
};

const ExpectedSection ExpectedSections[] = {
    {"documents.general", "documents", "1", "Педагог туралы жалпы мәлімет", false, 0, 0},
    {"documents.achievements", "documents", "2",
     "Педагогтың кәсіби жетістіктерінің нәтижесі және оқушыларының білім жетістіктері", false, 0, 5},
    {"creativity.practice", "creativity", "1", "Педагогикалық іс-тәжірибесі туралы құжаттары", false, 0, 5},
    {"creativity.methodology", "creativity", "2", "Педагогтың ғылыми-әдістемелік қызметі", false, 0, 5},
    {"creativity.assessment", "creativity", "3", "Кәсіби қызметінің нәтижесін сараптық бағалау", false, 0, 5},
    {"tables.publications", "tables", "I", "Басылымдар", true, 0, 5},
    {"tables.methodological_works", "tables", "II", "Педагогтың ғылыми-әдістемелік қызметі", true, 0, 5},
    {"tables.sharing_practice", "tables", "III", "Педагогикалық іс-тәжірибелерді жинақтау, тарату", true, 0, 5},
    {"tables.open_lessons", "tables", "IV", "Өткізілген ашық сабақтардың қорытындысы", true, 5, 5},
    {"tables.extracurricular", "tables", "V", "Сабақтан тыс қызметінің қорытындысы", true, 3, 5},
    {"tables.subject_results", "tables", "VI", "Сыныптан тыс қызметінің пән бойынша қорытындысы", true, 0, 5},
    {"tables.achievement_dynamics", "tables", "VII", "Оқушылардың оқу жетістігінің динамикасы", true, 0, 3},
    {"tables.feedback", "tables", "VIII", "Кері байланыс нәтижелері", true, 0, 5},
};

struct ExpectedKind
{
    const char *section;
    const char *key;
    bool required;
    int maxItems;
    int windowYears; // the effective window: the kind's own or the section's
    const char *kk;
};

const ExpectedKind ExpectedKinds[] = {
    {"documents.general", "photo", true, 1, 0, "Фото (5×6)"},
    {"documents.general", "state_awards", false, 0, 0,
     "Үкімет наградалары, грамоталар мен алғыс хаттары, кәсіби жетістіктері туралы халықаралық, "
     "республикалық және қалалық дәрежедегі дипломдары"},
    {"documents.general", "attestation_sheet", true, 0, 0, "Аттестаттау парағы (Ереженің 8-қосымшасы)"},
    {"documents.general", "identity", true, 0, 0, "Жеке куәлігінің және құжаттарының көшірмесі"},
    {"documents.general", "education_diploma", true, 0, 0, "Білімі туралы диплом көшірмесі"},
    {"documents.general", "degree_diploma", false, 0, 0, "Ғылыми атағы туралы дипломының көшірмесі"},
    {"documents.general", "employment_record", true, 0, 0, "Еңбек кітапшасының көшірмесі"},
    {"documents.general", "previous_category", true, 0, 0,
     "Бұрын берілген біліктілік санаты туралы куәлігінің көшірмесі"},
    {"documents.general", "specialty_courses", true, 0, 0,
     "Мамандығы бойынша біліктілікті арттыру курсынан өткендігі туралы құжаттарының көшірмесі"},
    {"documents.general", "extra_subject_courses", false, 0, 0,
     "Қосымша пән бойынша курстан өткен құжаттарының көшірмесі"},
    {"documents.general", "application", true, 0, 0, "Педагог қызметкердің өтініші (Ереженің 1-қосымшасы)"},

    {"documents.achievements", "state_award_copy", false, 0, 5, "Үкімет наградалары куәлігінің көшірмесі"},
    {"documents.achievements", "teacher_diploma", false, 0, 5, "Дипломдар мен грамоталардың көшірмесі"},
    {"documents.achievements", "teacher_thanks_letter", false, 0, 5, "Алғыс хаттарының көшірмесі"},
    {"documents.achievements", "teacher_certificate", false, 0, 5, "Сертификаттары мен куәліктерінің көшірмесі"},
    {"documents.achievements", "student_diploma", false, 0, 5,
     "Оқушылардың дипломдары мен грамоталарының көшірмесі"},
    {"documents.achievements", "student_thanks_letter", false, 0, 5,
     "Оқушылардың жетістіктері үшін алғыс хаттардың көшірмесі"},
    {"documents.achievements", "student_certificate", false, 0, 5,
     "Оқушылардың сертификаттары мен куәліктерінің көшірмесі"},

    {"creativity.practice", "growth_plan", false, 0, 5,
     "Педагогтың кәсіби өсуінің 3-5 жылға арналған жеке жоспары"},
    {"creativity.practice", "experience_description", false, 0, 5,
     "Педагогикалық іс-тәжірибесін сипаттау (эссе, шығармашылық есеп)"},
    {"creativity.practice", "teaching_aid", false, 0, 5,
     "Өз тақырыбы бойынша мұғалімнің оқу-әдістемелік құралы (авторлық бағдарлама, дидактикалық "
     "материалдар жинағы, әдістемелік нұсқаулық, жұмыс дәптері т.б.)"},
    {"creativity.practice", "sample_lesson", false, 5, 5,
     "Жаңа мазмұнға сай педагогикалық технологияларды пайдаланған сабақ үлгілері мен өзін-өзі талдаулары"},
    {"creativity.practice", "extracurricular_sample", false, 3, 5,
     "Пән бойынша сыныптан тыс жұмыстардың үлгілері мен өзін-өзі талдаулары"},

    {"creativity.methodology", "conference_materials", false, 0, 5,
     "Педагогикалық оқуларға, дөңгелек үстелдерге, ғылыми-тәжірибелік конференцияларға, семинарларға, "
     "шығармашылық конкурстарға қатысқандығын дәлелдейтін материалдары, баяндамалары, көпшілік алдында "
     "сөйлеген сөздерінің тезистері мен бағдарламалары, әдістемелік кеңестегі сөздері"},
    {"creativity.methodology", "association_talks", false, 0, 5,
     "Әдістемелік бірлестіктің, шығармашылық топтың отырыстарындағы баяндамалары, көпшілік алдында "
     "сөйлеген сөздерінің тезисі"},
    {"creativity.methodology", "media_publications", false, 0, 5,
     "Бұқаралық ақпарат құралдарында, ағымдағы баспасөзде жарияланған ғылыми-әдістемелік материалдары"},
    {"creativity.methodology", "experiment_order", false, 0, 5,
     "Тәжірибелік қызметтерге қатысқандығы туралы бұйрықтың көшірмесі"},
    {"creativity.methodology", "expert_review_reference", false, 0, 5,
     "Оқу-әдістемелік кешендердің, оқу бағдарламасының сараптама жұмыстарына қатысқандығы туралы қолда "
     "бар анықтамалар"},

    {"creativity.assessment", "events_and_open_lessons", false, 0, 5, "Сабақтан тыс шаралар және ашық сабақтар"},
    {"creativity.assessment", "student_surveys", false, 0, 5, "Оқушылардың сұрақ-жауап, сауалнамалары"},
    {"creativity.assessment", "expert_opinions", false, 0, 5,
     "Педагогикалық қызмет өнімдеріне сараптамалық пікірлер"},
    {"creativity.assessment", "achievement_analysis", false, 0, 3,
     "Білім беру ұйымы әкімшілігі растаған оқушылардың соңғы үш жыл ішіндегі оқу жетістіктерінің талдауы"},
    {"creativity.assessment", "journal_averages", false, 0, 5,
     "Сынып журналы негізінде жасалған пәнінің орташа талдау көрсеткіші"},
    {"creativity.assessment", "university_admissions", false, 0, 5,
     "Соңғы 5 жыл көлемінде пән бойынша жоғары оқу орнына (ЖОО) түскен оқушылардың пайызы, грант "
     "бойынша да; оқытатын пәні бойынша сабақтан тыс қызметіндегі нәтижелерінің мониторингі (5 жыл "
     "көлемінде)"},
    {"creativity.assessment", "winners_share", false, 0, 5,
     "Халықаралық, республикалық, қалалық, аудандық олимпиадалардың, конкурстардың, жарыстардың, "
     "конференциялардың, фестивальдардың жеңімпаздары мен жүлдегерлерінің пайыздық көрсеткіші"},
};

struct ExpectedColumn
{
    const char *section;
    const char *key;
    FieldType type;
    bool required;
    const char *kk;
};

// In table order; the columns of each table follow the guidance's order.
const ExpectedColumn ExpectedColumns[] = {
    {"tables.publications", "title", FieldType::Text, true, "Мақала атауы"},
    {"tables.publications", "publication", FieldType::Text, true, "Басылым атауы"},
    {"tables.publications", "date", FieldType::Date, true, "Күні"},
    {"tables.publications", "issue", FieldType::Text, false, "Нөмірі, жылы"},

    {"tables.methodological_works", "title", FieldType::Text, true, "Жұмыс атауы"},
    {"tables.methodological_works", "kind", FieldType::Choice, true, "Оқу-әдістемелік құралдың түрі"},
    {"tables.methodological_works", "approbation", FieldType::LongText, false, "Сынақ нәтижесі"},
    {"tables.methodological_works", "date", FieldType::Date, true, "Күні"},

    {"tables.sharing_practice", "event", FieldType::Text, true, "Шара"},
    {"tables.sharing_practice", "level", FieldType::Level, true, "Деңгейі"},
    {"tables.sharing_practice", "documents", FieldType::Text, false, "Дәлелдейтін құжаттар"},
    {"tables.sharing_practice", "date", FieldType::Date, true, "Күні"},

    {"tables.open_lessons", "subject", FieldType::Text, true, "Пән"},
    {"tables.open_lessons", "topic", FieldType::Text, true, "Тақырып"},
    {"tables.open_lessons", "class_group", FieldType::ClassGroup, true, "Сынып/топ"},
    {"tables.open_lessons", "reviews", FieldType::LongText, false, "Сабақ бойынша ұсыныстар, пікірлер"},
    {"tables.open_lessons", "attendee", FieldType::Person, false, "Сабаққа қатысушының аты-жөні, қызметі"},
    {"tables.open_lessons", "date", FieldType::Date, true, "Күні"},

    {"tables.extracurricular", "activity", FieldType::Text, true, "Қызмет"},
    {"tables.extracurricular", "content", FieldType::LongText, false, "Мазмұны"},
    {"tables.extracurricular", "documents", FieldType::Text, false, "Дәлелдейтін құжаттар"},
    {"tables.extracurricular", "class_group", FieldType::ClassGroup, false, "Сынып/топ"},
    {"tables.extracurricular", "conclusion", FieldType::LongText, false, "Сараптама қорытындысы"},
    {"tables.extracurricular", "date", FieldType::Date, true, "Күні"},

    {"tables.subject_results", "subject", FieldType::Text, true, "Пән"},
    {"tables.subject_results", "event", FieldType::Text, true, "Шара"},
    {"tables.subject_results", "result", FieldType::Place, true, "Нәтиже"},
    {"tables.subject_results", "documents", FieldType::Text, false, "Дәлелдейтін құжаттар"},
    {"tables.subject_results", "date", FieldType::Date, true, "Күні"},

    {"tables.achievement_dynamics", "subject", FieldType::Text, true, "Пән"},
    {"tables.achievement_dynamics", "class_group", FieldType::ClassGroup, true, "Сынып/топ"},
    {"tables.achievement_dynamics", "assessment_kind", FieldType::Text, true, "Сараптау түрі"},
    {"tables.achievement_dynamics", "quality_percent", FieldType::Percent, true, "Нәтиже (білім сапасы, %)"},
    {"tables.achievement_dynamics", "date", FieldType::Date, true, "Күні"},

    {"tables.feedback", "assessor", FieldType::Text, true, "Бағалауға қатысушылар"},
    {"tables.feedback", "assessed", FieldType::Text, true, "Бағалау пәні"},
    {"tables.feedback", "review_kind", FieldType::Text, false, "Сараптау түрі"},
    {"tables.feedback", "result", FieldType::LongText, true, "Сараптама жұмысының нәтижесі"},
    {"tables.feedback", "date", FieldType::Date, true, "Күні"},
};

struct ExpectedTerm
{
    const char *list;
    const char *key;
    const char *kk;
};

// In the order the catalog lists them.
const ExpectedTerm ExpectedTerms[] = {
    {"levels", "international", "Халықаралық"},
    {"levels", "republic", "Республикалық"},
    {"levels", "regional", "Облыстық"},
    {"levels", "city", "Қалалық"},
    {"levels", "district", "Аудандық"},
    {"levels", "school", "Мектепішілік"},
    {"places", "grand_prix", "Гран-при"},
    {"places", "first", "1-орын"},
    {"places", "second", "2-орын"},
    {"places", "third", "3-орын"},
    {"places", "winner", "Жеңімпаз"},
    {"places", "prize_winner", "Жүлдегер"},
    {"places", "participant", "Қатысушы"},
    {"categories", "pedagog", "Педагог"},
    {"categories", "moderator", "Педагог-модератор"},
    {"categories", "expert", "Педагог-сарапшы"},
    {"categories", "researcher", "Педагог-зерттеуші"},
    {"categories", "master", "Педагог-шебер"},
    {"paperKinds", "diploma", "Диплом"},
    {"paperKinds", "honour_certificate", "Құрмет грамотасы"},
    {"paperKinds", "thanks_letter", "Алғыс хат"},
    {"paperKinds", "certificate", "Сертификат"},
    {"paperKinds", "attestation", "Куәлік"},
    {"paperKinds", "order", "Бұйрық"},
    {"paperKinds", "reference", "Анықтама"},
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

const QList<Term> &termList(const Catalog &catalog, const QString &list)
{
    if (list == QLatin1String("levels"))
        return catalog.levels();
    if (list == QLatin1String("places"))
        return catalog.places();
    if (list == QLatin1String("categories"))
        return catalog.categories();
    return catalog.paperKinds();
}

QStringList keysOf(const QList<Term> &terms)
{
    QStringList keys;
    for (const Term &term : terms)
        keys.append(term.key);
    return keys;
}

QStringList keysOf(const QList<FieldDef> &fields)
{
    QStringList keys;
    for (const FieldDef &field : fields)
        keys.append(field.key);
    return keys;
}

QStringList keysOf(const QList<DocumentKind> &kinds)
{
    QStringList keys;
    for (const DocumentKind &kind : kinds)
        keys.append(kind.key);
    return keys;
}

// Returns `root` with the value at `path` replaced; an undefined `value`
// removes the member or array element. Path steps are member names or array
// indices, e.g. {"sections", "0", "key"}.
QJsonValue replacedAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, replacedAt(array.at(index), path, value));
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object.insert(step, replacedAt(object.value(step), path, value));
    return object;
}

// Returns `root` with `value` appended to the array at `path`.
QJsonValue appendedAt(const QJsonValue &root, const QStringList &path, const QJsonValue &value)
{
    QJsonValue target = root;
    for (const QString &step : path)
        target = target.isArray() ? target.toArray().at(step.toInt()) : target.toObject().value(step);
    QJsonArray array = target.toArray();
    array.append(value);
    return replacedAt(root, path, array);
}

QJsonObject shippedCatalogJson()
{
    QFile file(QStringLiteral(":/qujat/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void portfoliosInOfficialOrder();
    void sectionsInOfficialOrder();
    void section_data();
    void section();
    void sectionKinds_data();
    void sectionKinds();
    void documentKind_data();
    void documentKind();
    void studentKindFields_data();
    void studentKindFields();
    void tableColumns_data();
    void tableColumns();
    void column_data();
    void column();
    void methodologicalWorkKindOptions();
    void terms_data();
    void terms();
    void namesInEveryLanguage();
    void windowYears_data();
    void windowYears();
    void lookupsOfUnknownKeys();
    void localizedTextFallback_data();
    void localizedTextFallback();
    void fieldTypeNamesDistinct();

    void loadAcceptsShippedCopy();
    void loadRejectsUnreadableFile();
    void loadRejectsMalformedJson_data();
    void loadRejectsMalformedJson();
    void loadRejectsInvalidStructure_data();
    void loadRejectsInvalidStructure();
    void failedLoadKeepsContent();

    void titlesAppearInGuidance();
};

void TestCatalog::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestCatalog::portfoliosInOfficialOrder()
{
    const Catalog &catalog = Catalog::instance();
    QCOMPARE(catalog.version(), 1);

    QStringList keys;
    for (const Portfolio &portfolio : catalog.portfolios())
        keys.append(portfolio.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("documents"), QStringLiteral("creativity"),
                                QStringLiteral("tables")}));

    QCOMPARE(catalog.portfolio(QStringLiteral("tables"))->name.kk, QStringLiteral("Портфолио бөлімдері"));
}

void TestCatalog::sectionsInOfficialOrder()
{
    const Catalog &catalog = Catalog::instance();

    QStringList expected;
    for (const ExpectedSection &section : ExpectedSections)
        expected.append(utf8(section.key));

    QStringList actual;
    for (const Section &section : catalog.sections())
        actual.append(section.key);
    QCOMPARE(actual, expected);

    QStringList fromPortfolios;
    for (const Portfolio &portfolio : catalog.portfolios())
        fromPortfolios.append(portfolio.sectionKeys);
    QCOMPARE(fromPortfolios, expected);
}

void TestCatalog::section_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("portfolio");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("kk");
    QTest::addColumn<bool>("isTable");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<int>("windowYears");

    for (const ExpectedSection &section : ExpectedSections) {
        QTest::newRow(section.key) << utf8(section.key) << utf8(section.portfolio) << utf8(section.number)
                                   << utf8(section.kk) << section.isTable << section.maxItems
                                   << section.windowYears;
    }
}

void TestCatalog::section()
{
    QFETCH(QString, key);
    QFETCH(QString, portfolio);
    QFETCH(QString, number);
    QFETCH(QString, kk);
    QFETCH(bool, isTable);
    QFETCH(int, maxItems);
    QFETCH(int, windowYears);

    const Section *section = Catalog::instance().section(key);
    QVERIFY2(section, qPrintable(QStringLiteral("section %1 is missing").arg(key)));
    QCOMPARE(section->portfolioKey, portfolio);
    QCOMPARE(section->number, number);
    QCOMPARE(section->name.kk, kk);
    QCOMPARE(section->isTable, isTable);
    QCOMPARE(section->maxItems, maxItems);
    QCOMPARE(section->windowYears, windowYears);
    QVERIFY(!section->hint.kk.isEmpty());
    if (isTable)
        QVERIFY(section->kinds.isEmpty());
    else
        QVERIFY(section->columns.isEmpty());
}

// Each section contains exactly the expected kinds, in the guidance's order.
void TestCatalog::sectionKinds_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<QStringList>("kinds");

    for (const ExpectedSection &section : ExpectedSections) {
        QStringList kinds;
        for (const ExpectedKind &kind : ExpectedKinds) {
            if (qstrcmp(kind.section, section.key) == 0)
                kinds.append(utf8(kind.key));
        }
        QTest::newRow(section.key) << utf8(section.key) << kinds;
    }
}

void TestCatalog::sectionKinds()
{
    QFETCH(QString, sectionKey);
    QFETCH(QStringList, kinds);

    const Section *section = Catalog::instance().section(sectionKey);
    QVERIFY(section);
    QCOMPARE(keysOf(section->kinds), kinds);
}

void TestCatalog::documentKind_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<QString>("kindKey");
    QTest::addColumn<bool>("required");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<QString>("kk");

    for (const ExpectedKind &kind : ExpectedKinds) {
        QTest::addRow("%s %s", kind.section, kind.key)
            << utf8(kind.section) << utf8(kind.key) << kind.required << kind.maxItems << utf8(kind.kk);
    }
}

void TestCatalog::documentKind()
{
    QFETCH(QString, sectionKey);
    QFETCH(QString, kindKey);
    QFETCH(bool, required);
    QFETCH(int, maxItems);
    QFETCH(QString, kk);

    const DocumentKind *kind = Catalog::instance().documentKind(sectionKey, kindKey);
    QVERIFY2(kind, qPrintable(QStringLiteral("kind %1 is missing").arg(kindKey)));
    QCOMPARE(kind->required, required);
    QCOMPARE(kind->maxItems, maxItems);
    QCOMPARE(kind->name.kk, kk);
}

void TestCatalog::studentKindFields_data()
{
    QTest::addColumn<QString>("kindKey");
    QTest::newRow("student_diploma") << QStringLiteral("student_diploma");
    QTest::newRow("student_thanks_letter") << QStringLiteral("student_thanks_letter");
    QTest::newRow("student_certificate") << QStringLiteral("student_certificate");
}

// An item won through a student names the student, the class, the event, its
// level and the place.
void TestCatalog::studentKindFields()
{
    QFETCH(QString, kindKey);

    const DocumentKind *kind = Catalog::instance().documentKind(QStringLiteral("documents.achievements"), kindKey);
    QVERIFY(kind);
    QCOMPARE(keysOf(kind->fields),
             (QStringList{QStringLiteral("student"), QStringLiteral("class_group"), QStringLiteral("event"),
                          QStringLiteral("level"), QStringLiteral("place")}));

    const QList<FieldType> types{FieldType::Person, FieldType::ClassGroup, FieldType::Text, FieldType::Level,
                                 FieldType::Place};
    for (int i = 0; i < types.size(); ++i)
        QCOMPARE(kind->fields.at(i).type, types.at(i));
    QVERIFY(kind->fields.at(0).required);
}

void TestCatalog::tableColumns_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<QStringList>("columns");

    for (const ExpectedSection &section : ExpectedSections) {
        QStringList columns;
        for (const ExpectedColumn &column : ExpectedColumns) {
            if (qstrcmp(column.section, section.key) == 0)
                columns.append(utf8(column.key));
        }
        QTest::newRow(section.key) << utf8(section.key) << columns;
    }
}

void TestCatalog::tableColumns()
{
    QFETCH(QString, sectionKey);
    QFETCH(QStringList, columns);

    const Section *section = Catalog::instance().section(sectionKey);
    QVERIFY(section);
    QCOMPARE(keysOf(section->columns), columns);
    if (section->isTable)
        QVERIFY2(columns.contains(QStringLiteral("date")), "every table lists a date column");
}

void TestCatalog::column_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<QString>("columnKey");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("kk");

    for (const ExpectedColumn &column : ExpectedColumns) {
        QTest::addRow("%s %s", column.section, column.key)
            << utf8(column.section) << utf8(column.key) << column.type << column.required << utf8(column.kk);
    }
}

void TestCatalog::column()
{
    QFETCH(QString, sectionKey);
    QFETCH(QString, columnKey);
    QFETCH(FieldType, type);
    QFETCH(bool, required);
    QFETCH(QString, kk);

    const Section *section = Catalog::instance().section(sectionKey);
    QVERIFY(section);
    const auto it = std::find_if(section->columns.cbegin(), section->columns.cend(),
                                 [&](const FieldDef &field) { return field.key == columnKey; });
    QVERIFY2(it != section->columns.cend(), qPrintable(QStringLiteral("column %1 is missing").arg(columnKey)));
    QCOMPARE(fieldTypeName(it->type), fieldTypeName(type));
    QCOMPARE(it->required, required);
    QCOMPARE(it->name.kk, kk);
}

void TestCatalog::methodologicalWorkKindOptions()
{
    const Section *section = Catalog::instance().section(QStringLiteral("tables.methodological_works"));
    QVERIFY(section);
    const FieldDef &kind = section->columns.at(1);
    QCOMPARE(kind.key, QStringLiteral("kind"));

    QStringList options;
    for (const auto &option : kind.options)
        options.append(option.first);
    QCOMPARE(options, (QStringList{QStringLiteral("author_programme"), QStringLiteral("didactic_collection"),
                                   QStringLiteral("methodological_guide"), QStringLiteral("workbook"),
                                   QStringLiteral("other")}));
}

void TestCatalog::terms_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("kkNames");

    for (const char *list : {"levels", "places", "categories", "paperKinds"}) {
        QStringList keys;
        QStringList names;
        for (const ExpectedTerm &term : ExpectedTerms) {
            if (qstrcmp(term.list, list) == 0) {
                keys.append(utf8(term.key));
                names.append(utf8(term.kk));
            }
        }
        QTest::newRow(list) << utf8(list) << keys << names;
    }
}

void TestCatalog::terms()
{
    QFETCH(QString, list);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, kkNames);

    const QList<Term> &terms = termList(Catalog::instance(), list);
    QCOMPARE(keysOf(terms), keys);
    QStringList names;
    for (const Term &term : terms)
        names.append(term.name.kk);
    QCOMPARE(names, kkNames);
}

// Every name and hint the interface may show has a Kazakh, Russian and English text.
void TestCatalog::namesInEveryLanguage()
{
    const Catalog &catalog = Catalog::instance();
    QStringList incomplete;
    const auto check = [&](const QString &what, const LocalizedText &text) {
        if (text.kk.isEmpty() || text.ru.isEmpty() || text.en.isEmpty())
            incomplete.append(what);
    };

    for (const Portfolio &portfolio : catalog.portfolios())
        check(portfolio.key, portfolio.name);
    for (const Section &section : catalog.sections()) {
        check(section.key, section.name);
        check(section.key + QStringLiteral(" hint"), section.hint);
        for (const FieldDef &column : section.columns) {
            check(section.key + QLatin1Char('/') + column.key, column.name);
            for (const auto &option : column.options)
                check(section.key + QLatin1Char('/') + column.key + QLatin1Char('/') + option.first, option.second);
        }
        for (const DocumentKind &kind : section.kinds) {
            check(section.key + QLatin1Char('/') + kind.key, kind.name);
            for (const FieldDef &field : kind.fields)
                check(section.key + QLatin1Char('/') + kind.key + QLatin1Char('/') + field.key, field.name);
        }
    }
    for (const char *list : {"levels", "places", "categories", "paperKinds"}) {
        for (const Term &term : termList(catalog, utf8(list)))
            check(utf8(list) + QLatin1Char('/') + term.key, term.name);
    }

    QVERIFY2(incomplete.isEmpty(),
             qPrintable(QStringLiteral("names without all three languages: ") + incomplete.join(QStringLiteral(", "))));
}

void TestCatalog::windowYears_data()
{
    QTest::addColumn<QString>("sectionKey");
    QTest::addColumn<QString>("kindKey");
    QTest::addColumn<int>("years");

    for (const ExpectedKind &kind : ExpectedKinds)
        QTest::addRow("%s %s", kind.section, kind.key) << utf8(kind.section) << utf8(kind.key) << kind.windowYears;
    for (const ExpectedSection &section : ExpectedSections) {
        if (section.isTable)
            QTest::newRow(section.key) << utf8(section.key) << QString() << section.windowYears;
    }
}

void TestCatalog::windowYears()
{
    QFETCH(QString, sectionKey);
    QFETCH(QString, kindKey);
    QFETCH(int, years);

    QCOMPARE(Catalog::instance().windowYears(sectionKey, kindKey), years);
}

void TestCatalog::lookupsOfUnknownKeys()
{
    const Catalog &catalog = Catalog::instance();
    QVERIFY(!catalog.section(QStringLiteral("tables.missing")));
    QVERIFY(!catalog.documentKind(QStringLiteral("documents.general"), QStringLiteral("missing")));
    QVERIFY(!catalog.documentKind(QStringLiteral("missing"), QStringLiteral("photo")));
    QVERIFY(!catalog.portfolio(QStringLiteral("missing")));
    QVERIFY(!catalog.level(QStringLiteral("missing")));
    QVERIFY(!catalog.place(QStringLiteral("missing")));
    QVERIFY(!catalog.category(QStringLiteral("missing")));
    QVERIFY(!catalog.paperKind(QStringLiteral("missing")));
    QCOMPARE(catalog.windowYears(QStringLiteral("missing"), {}), 0);

    QCOMPARE(catalog.level(QStringLiteral("city"))->name.text(QStringLiteral("ru")), QStringLiteral("Городской"));
    QCOMPARE(catalog.category(QStringLiteral("expert"))->name.text(QStringLiteral("ru")),
             QStringLiteral("Педагог-эксперт"));
    QCOMPARE(catalog.place(QStringLiteral("prize_winner"))->name.kk, QStringLiteral("Жүлдегер"));
    QCOMPARE(catalog.paperKind(QStringLiteral("thanks_letter"))->name.kk, QStringLiteral("Алғыс хат"));
}

void TestCatalog::localizedTextFallback_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Күні");
    QTest::newRow("ru falls back") << QStringLiteral("ru") << QStringLiteral("Күні");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Date");
    QTest::newRow("en-US") << QStringLiteral("en-US") << QStringLiteral("Date");
    QTest::newRow("EN_gb") << QStringLiteral("EN_gb") << QStringLiteral("Date");
    QTest::newRow("unknown language") << QStringLiteral("de") << QStringLiteral("Күні");
    QTest::newRow("empty") << QString() << QStringLiteral("Күні");
}

void TestCatalog::localizedTextFallback()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);

    const LocalizedText text{QStringLiteral("Күні"), QString(), QStringLiteral("Date")};
    QCOMPARE(text.text(language), expected);
}

void TestCatalog::fieldTypeNamesDistinct()
{
    const QList<FieldType> types{FieldType::Text,       FieldType::LongText, FieldType::Date,
                                 FieldType::Level,      FieldType::Place,    FieldType::ClassGroup,
                                 FieldType::Percent,    FieldType::Person,   FieldType::Number,
                                 FieldType::Choice};
    QSet<QString> names;
    for (FieldType type : types) {
        const QString name = fieldTypeName(type);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), types.size());
    QCOMPARE(fieldTypeName(FieldType::ClassGroup), QStringLiteral("class_group"));
}

void TestCatalog::loadAcceptsShippedCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonObject shipped = shippedCatalogJson();
    QVERIFY(!shipped.isEmpty());
    const QString path = writeFile(dir, QJsonDocument(shipped).toJson());

    Catalog catalog;
    Error error;
    QVERIFY2(catalog.load(path, &error), qPrintable(error.detail));
    QVERIFY(!error.isError());
    QCOMPARE(catalog.sections().size(), Catalog::instance().sections().size());
}

void TestCatalog::loadRejectsUnreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent.json"));

    Catalog catalog;
    Error error;
    QVERIFY(!catalog.load(path, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(path), qPrintable(error.detail));
}

void TestCatalog::loadRejectsMalformedJson_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedDetail");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1");
    QTest::newRow("truncated") << QByteArray("{\n  \"version\": 1,\n  \"levels\": [") << QStringLiteral("line 3");
    QTest::newRow("top-level array") << QByteArray("[]") << QStringLiteral("top level must be an object");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("missing member \"version\"");
}

void TestCatalog::loadRejectsMalformedJson()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedDetail);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, content);

    Catalog catalog;
    Error error;
    QVERIFY(!catalog.load(path, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(expectedDetail), qPrintable(error.detail));
}

// Each row breaks the shipped catalog in one place: `path` is where, `value`
// the replacement (undefined removes it), `append` adds it to an array instead.
void TestCatalog::loadRejectsInvalidStructure_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("append");
    QTest::addColumn<QString>("expectedDetail");

    const QJsonObject shipped = shippedCatalogJson();
    const QJsonValue firstSection = shipped.value(QLatin1String("sections")).toArray().at(0);
    const QJsonValue firstLevel = shipped.value(QLatin1String("levels")).toArray().at(0);
    const QJsonValue firstKind = firstSection.toObject().value(QLatin1String("kinds")).toArray().at(0);
    const QJsonValue firstColumn =
        shipped.value(QLatin1String("sections")).toArray().at(5).toObject().value(QLatin1String("columns")).toArray().at(0);

    QTest::newRow("newer version") << QStringLiteral("version") << QJsonValue(2) << false
                                   << QStringLiteral("version: unsupported version 2");
    QTest::newRow("version as text") << QStringLiteral("version") << QJsonValue(QStringLiteral("1")) << false
                                     << QStringLiteral("version: unsupported version");
    QTest::newRow("unknown top-level member") << QStringLiteral("extra") << QJsonValue(true) << false
                                              << QStringLiteral("unknown member \"extra\"");
    QTest::newRow("no levels") << QStringLiteral("levels") << QJsonValue(QJsonArray()) << false
                               << QStringLiteral("levels: must not be empty");
    QTest::newRow("duplicate level") << QStringLiteral("levels") << firstLevel << true
                                     << QStringLiteral("duplicate key \"international\"");
    QTest::newRow("key not snake_case") << QStringLiteral("places.0.key") << QJsonValue(QStringLiteral("Grand Prix"))
                                        << false << QStringLiteral("places[0].key: must be a snake_case string");
    QTest::newRow("empty Kazakh name") << QStringLiteral("categories.0.name.kk") << QJsonValue(QString()) << false
                                       << QStringLiteral("categories[0].name.kk: must not be empty");
    QTest::newRow("unknown language") << QStringLiteral("categories.0.name.de") << QJsonValue(QStringLiteral("x"))
                                      << false << QStringLiteral("unknown member \"de\"");
    QTest::newRow("duplicate section") << QStringLiteral("sections") << firstSection << true
                                       << QStringLiteral("duplicate key \"documents.general\"");
    QTest::newRow("section key without portfolio")
        << QStringLiteral("sections.0.key") << QJsonValue(QStringLiteral("general")) << false
        << QStringLiteral("sections[0].key: must be \"<portfolio>.<section>\"");
    QTest::newRow("unknown section in portfolio")
        << QStringLiteral("portfolios.0.sectionKeys") << QJsonValue(QStringLiteral("documents.missing")) << true
        << QStringLiteral("unknown section \"documents.missing\"");
    QTest::newRow("section in no portfolio")
        << QStringLiteral("portfolios.0.sectionKeys.1") << QJsonValue(QJsonValue::Undefined) << false
        << QStringLiteral("section \"documents.achievements\" is in no portfolio's sectionKeys");
    QTest::newRow("section in two portfolios")
        << QStringLiteral("portfolios.1.sectionKeys") << QJsonValue(QStringLiteral("documents.general")) << true
        << QStringLiteral("section \"documents.general\" is listed twice");
    QTest::newRow("section number used twice") << QStringLiteral("sections.1.number") << QJsonValue(QStringLiteral("1"))
                                               << false << QStringLiteral("section number \"1\" is used twice");
    QTest::newRow("misspelt member") << QStringLiteral("sections.8.maxitems") << QJsonValue(5) << false
                                     << QStringLiteral("sections[8]: unknown member \"maxitems\"");
    QTest::newRow("negative limit") << QStringLiteral("sections.8.maxItems") << QJsonValue(-1) << false
                                    << QStringLiteral("sections[8].maxItems: must be a whole number");
    QTest::newRow("fractional window") << QStringLiteral("sections.11.windowYears") << QJsonValue(2.5) << false
                                       << QStringLiteral("sections[11].windowYears: must be a whole number");
    QTest::newRow("isTable as text") << QStringLiteral("sections.5.isTable") << QJsonValue(QStringLiteral("yes"))
                                     << false << QStringLiteral("sections[5].isTable: must be true or false");
    QTest::newRow("table without columns") << QStringLiteral("sections.5.columns") << QJsonValue(QJsonArray())
                                           << false << QStringLiteral("a table needs \"columns\"");
    QTest::newRow("section without kinds") << QStringLiteral("sections.0.kinds") << QJsonValue(QJsonValue::Undefined)
                                           << false << QStringLiteral("needs \"kinds\"");
    QTest::newRow("section without hint") << QStringLiteral("sections.0.hint") << QJsonValue(QJsonValue::Undefined)
                                          << false << QStringLiteral("sections[0]: missing member \"hint\"");
    QTest::newRow("duplicate kind") << QStringLiteral("sections.0.kinds") << firstKind << true
                                    << QStringLiteral("sections[0].kinds[11]: duplicate key \"photo\"");
    QTest::newRow("duplicate column") << QStringLiteral("sections.5.columns") << firstColumn << true
                                      << QStringLiteral("sections[5].columns[4]: duplicate key \"title\"");
    QTest::newRow("unknown field type") << QStringLiteral("sections.5.columns.2.type")
                                        << QJsonValue(QStringLiteral("dat")) << false
                                        << QStringLiteral("sections[5].columns[2].type: unknown field type \"dat\"");
    QTest::newRow("choice without options") << QStringLiteral("sections.6.columns.1.options")
                                            << QJsonValue(QJsonValue::Undefined) << false
                                            << QStringLiteral("a choice field needs \"options\"");
    QTest::newRow("options on a text field") << QStringLiteral("sections.5.columns.0.options")
                                             << QJsonValue(QJsonArray{QJsonObject{}}) << false
                                             << QStringLiteral("only a choice field may have \"options\"");
    QTest::newRow("kind field repeats column")
        << QStringLiteral("sections.1.columns") << QJsonValue(QJsonArray{QJsonObject{
               {QStringLiteral("key"), QStringLiteral("student")},
               {QStringLiteral("type"), QStringLiteral("person")},
               {QStringLiteral("name"), QJsonObject{{QStringLiteral("kk"), QStringLiteral("Оқушы")}}}}})
        << false << QStringLiteral("field \"student\" repeats a column of the section");
}

void TestCatalog::loadRejectsInvalidStructure()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, append);
    QFETCH(QString, expectedDetail);

    const QJsonValue shipped = shippedCatalogJson();
    const QStringList steps = path.split(QLatin1Char('.'));
    const QJsonValue broken = append ? appendedAt(shipped, steps, value) : replacedAt(shipped, steps, value);
    QVERIFY(broken != shipped);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeFile(dir, QJsonDocument(broken.toObject()).toJson());

    Catalog catalog;
    Error error;
    QVERIFY(!catalog.load(file, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(expectedDetail),
             qPrintable(QStringLiteral("detail \"%1\" lacks \"%2\"").arg(error.detail, expectedDetail)));
}

void TestCatalog::failedLoadKeepsContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Catalog catalog;
    Error error;
    QVERIFY(catalog.load(QStringLiteral(":/qujat/catalog.json"), &error));
    const qsizetype sectionCount = catalog.sections().size();

    QVERIFY(!catalog.load(writeFile(dir, QByteArrayLiteral("{}")), &error));
    QCOMPARE(catalog.version(), 1);
    QCOMPARE(catalog.sections().size(), sectionCount);
    QVERIFY(catalog.section(QStringLiteral("tables.feedback")));
}

// The Kazakh section and table titles are the guidance's own wording, so each
// must occur in the domain notes that quote the guidance.
void TestCatalog::titlesAppearInGuidance()
{
    QUJAT_REQUIRE_SHARED();

    QFile file(test::sharedPath(QStringLiteral("domain/PORTFOLIO.md")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString notes = QString::fromUtf8(file.readAll());

    for (const Section &section : Catalog::instance().sections()) {
        QVERIFY2(notes.contains(section.name.kk),
                 qPrintable(QStringLiteral("%1: \"%2\" not found").arg(section.key, section.name.kk)));
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

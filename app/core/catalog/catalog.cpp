#include "catalog/catalog.h"

#include "util/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace qujat {

namespace {

constexpr int SupportedVersion = 1;

struct FieldTypeName
{
    FieldType type;
    const char *name;
};

constexpr FieldTypeName FieldTypeNames[] = {
    {FieldType::Text, "text"},
    {FieldType::LongText, "long_text"},
    {FieldType::Date, "date"},
    {FieldType::Level, "level"},
    {FieldType::Place, "place"},
    {FieldType::ClassGroup, "class_group"},
    {FieldType::Percent, "percent"},
    {FieldType::Person, "person"},
    {FieldType::Number, "number"},
    {FieldType::Choice, "choice"},
};

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const FieldTypeName &entry : FieldTypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString at(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Everything a catalog file defines, before it replaces a Catalog's content.
struct CatalogData
{
    int version = 0;
    QList<Portfolio> portfolios;
    QList<Section> sections; // in official order: by portfolio, then by sectionKeys
    QList<Term> levels;
    QList<Term> places;
    QList<Term> categories;
    QList<Term> paperKinds;
    QList<Term> directions;
};

// Reads and checks the catalog JSON. Stops at the first problem and records
// it with the JSON path where it occurs, e.g.
// "sections[3].columns[1].type: unknown field type "dat"".
class CatalogReader
{
public:
    bool read(const QJsonObject &root, CatalogData *out);
    QString problem() const { return m_problem; }

private:
    bool fail(const QString &path, const QString &problem);
    bool checkMembers(const QJsonObject &object, const QString &path,
                      std::initializer_list<const char *> allowed,
                      std::initializer_list<const char *> required);
    bool readArray(const QJsonObject &object, const QString &member, const QString &path,
                   QJsonArray *out, bool allowEmpty);
    bool readObject(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool readKey(const QJsonObject &object, const QString &path, QString *out);
    bool readBool(const QJsonObject &object, const QString &member, const QString &path,
                  bool *out);
    bool readCount(const QJsonObject &object, const QString &member, const QString &path,
                   int *out);
    bool readText(const QJsonObject &object, const QString &member, const QString &path,
                  LocalizedText *out);
    bool readTerms(const QJsonObject &root, const QString &member, QList<Term> *out);
    bool readFields(const QJsonObject &object, const QString &member, const QString &path,
                    QList<FieldDef> *out);
    bool readField(const QJsonValue &value, const QString &path, FieldDef *out);
    bool readKinds(const QJsonObject &object, const QString &path, const QList<FieldDef> &columns,
                   QList<DocumentKind> *out);
    bool readSection(const QJsonValue &value, const QString &path, Section *out);
    bool readPortfolio(const QJsonValue &value, const QString &path, Portfolio *out);
    bool orderSections(const QList<Section> &sections, CatalogData *out);
    bool readDirection(const QJsonObject &object, const QString &path, QString *out);
    bool readProfileFact(const QJsonObject &object, const QString &member, const QString &path,
                         QString *out);

    QString m_problem;
    QSet<QString> m_directionKeys; // known once the "directions" list is read
};

bool CatalogReader::fail(const QString &path, const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
    return false;
}

// Rejects unknown members too, so that a misspelt "maxitems" fails instead of
// silently leaving the default.
bool CatalogReader::checkMembers(const QJsonObject &object, const QString &path,
                                 std::initializer_list<const char *> allowed,
                                 std::initializer_list<const char *> required)
{
    for (const char *member : required) {
        if (!object.contains(QLatin1String(member)))
            return fail(path, QStringLiteral("missing member \"%1\"").arg(QLatin1String(member)));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *member : allowed)
            known = known || it.key() == QLatin1String(member);
        if (!known)
            return fail(path, QStringLiteral("unknown member \"%1\"").arg(it.key()));
    }
    return true;
}

bool CatalogReader::readArray(const QJsonObject &object, const QString &member,
                              const QString &path, QJsonArray *out, bool allowEmpty)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined()) {
        *out = {};
        return true;
    }
    if (!value.isArray())
        return fail(at(path, member), QStringLiteral("must be an array"));
    *out = value.toArray();
    if (!allowEmpty && out->isEmpty())
        return fail(at(path, member), QStringLiteral("must not be empty"));
    return true;
}

bool CatalogReader::readObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("must be an object"));
    *out = value.toObject();
    return true;
}

bool CatalogReader::readKey(const QJsonObject &object, const QString &path, QString *out)
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QJsonValue value = object.value(QLatin1String("key"));
    if (!value.isString() || !snakeCase.match(value.toString()).hasMatch())
        return fail(at(path, QStringLiteral("key")),
                    QStringLiteral("must be a snake_case string, e.g. \"state_awards\""));
    *out = value.toString();
    return true;
}

bool CatalogReader::readBool(const QJsonObject &object, const QString &member,
                             const QString &path, bool *out)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(at(path, member), QStringLiteral("must be true or false"));
    *out = value.toBool();
    return true;
}

// Reads an optional whole number of 0 or more. Keeps `out` when the member is absent.
bool CatalogReader::readCount(const QJsonObject &object, const QString &member,
                              const QString &path, int *out)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 1000 || number != int(number))
        return fail(at(path, member), QStringLiteral("must be a whole number from 0 to 1000"));
    *out = int(number);
    return true;
}

// Kazakh is required because it is the official wording. A missing Russian or
// English name falls back to it at display time.
bool CatalogReader::readText(const QJsonObject &object, const QString &member,
                             const QString &path, LocalizedText *out)
{
    const QString textPath = at(path, member);
    QJsonObject text;
    if (!readObject(object.value(member), textPath, &text))
        return false;
    if (!checkMembers(text, textPath, {"kk", "ru", "en"}, {"kk"}))
        return false;
    for (auto it = text.constBegin(); it != text.constEnd(); ++it) {
        if (!it.value().isString())
            return fail(at(textPath, it.key()), QStringLiteral("must be a string"));
    }
    out->kk = text.value(QLatin1String("kk")).toString().trimmed();
    out->ru = text.value(QLatin1String("ru")).toString().trimmed();
    out->en = text.value(QLatin1String("en")).toString().trimmed();
    if (out->kk.isEmpty())
        return fail(at(textPath, QStringLiteral("kk")), QStringLiteral("must not be empty"));
    return true;
}

bool CatalogReader::readTerms(const QJsonObject &root, const QString &member, QList<Term> *out)
{
    QJsonArray array;
    if (!readArray(root, member, {}, &array, false))
        return false;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = at(member, i);
        QJsonObject object;
        Term term;
        if (!readObject(array.at(i), path, &object)
            || !checkMembers(object, path, {"key", "name"}, {"key", "name"})
            || !readKey(object, path, &term.key) || !readText(object, QStringLiteral("name"), path, &term.name))
            return false;
        if (keys.contains(term.key))
            return fail(path, QStringLiteral("duplicate key \"%1\"").arg(term.key));
        keys.insert(term.key);
        out->append(term);
    }
    return true;
}

bool CatalogReader::readFields(const QJsonObject &object, const QString &member,
                               const QString &path, QList<FieldDef> *out)
{
    QJsonArray array;
    if (!readArray(object, member, path, &array, true))
        return false;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString fieldPath = at(at(path, member), i);
        FieldDef field;
        if (!readField(array.at(i), fieldPath, &field))
            return false;
        if (keys.contains(field.key))
            return fail(fieldPath, QStringLiteral("duplicate key \"%1\"").arg(field.key));
        keys.insert(field.key);
        out->append(field);
    }
    return true;
}

bool CatalogReader::readField(const QJsonValue &value, const QString &path, FieldDef *out)
{
    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkMembers(object, path, {"key", "type", "name", "required", "options"},
                         {"key", "type", "name"})
        || !readKey(object, path, &out->key) || !readText(object, QStringLiteral("name"), path, &out->name)
        || !readBool(object, QStringLiteral("required"), path, &out->required))
        return false;

    const QString typeName = object.value(QLatin1String("type")).toString();
    const std::optional<FieldType> type = fieldTypeFromName(typeName);
    if (!type)
        return fail(at(path, QStringLiteral("type")),
                    QStringLiteral("unknown field type \"%1\"").arg(typeName));
    out->type = *type;

    QJsonArray options;
    if (!readArray(object, QStringLiteral("options"), path, &options, true))
        return false;
    if (out->type == FieldType::Choice && options.isEmpty())
        return fail(path, QStringLiteral("a choice field needs \"options\""));
    if (out->type != FieldType::Choice && !options.isEmpty())
        return fail(path, QStringLiteral("only a choice field may have \"options\""));

    QSet<QString> keys;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString optionPath = at(at(path, QStringLiteral("options")), i);
        QJsonObject option;
        QString key;
        LocalizedText name;
        if (!readObject(options.at(i), optionPath, &option)
            || !checkMembers(option, optionPath, {"key", "name"}, {"key", "name"})
            || !readKey(option, optionPath, &key) || !readText(option, QStringLiteral("name"), optionPath, &name))
            return false;
        if (keys.contains(key))
            return fail(optionPath, QStringLiteral("duplicate key \"%1\"").arg(key));
        keys.insert(key);
        out->options.append({key, name});
    }
    return true;
}

// Reads an optional "direction" member, which must name one of the catalog's
// directions. Keeps `out` when the member is absent.
bool CatalogReader::readDirection(const QJsonObject &object, const QString &path, QString *out)
{
    const QJsonValue value = object.value(QLatin1String("direction"));
    if (value.isUndefined())
        return true;
    if (!value.isString() || !m_directionKeys.contains(value.toString()))
        return fail(at(path, QStringLiteral("direction")),
                    QStringLiteral("must be the key of one of the \"directions\""));
    *out = value.toString();
    return true;
}

// Reads an optional member naming a profile fact ("profile.currentCategory"
// or "profile.photo").
bool CatalogReader::readProfileFact(const QJsonObject &object, const QString &member,
                                    const QString &path, QString *out)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return true;
    const QString fact = value.toString();
    if (fact != QLatin1String(ProfileCurrentCategory) && fact != QLatin1String(ProfilePhoto))
        return fail(at(path, member), QStringLiteral("must be \"%1\" or \"%2\"")
                                          .arg(QLatin1String(ProfileCurrentCategory),
                                               QLatin1String(ProfilePhoto)));
    *out = fact;
    return true;
}

// Reads the document kinds of a section. A kind's own fields must not reuse a
// key of the section's columns, because both are stored in Item::fields.
bool CatalogReader::readKinds(const QJsonObject &object, const QString &path,
                              const QList<FieldDef> &columns, QList<DocumentKind> *out)
{
    QSet<QString> columnKeys;
    for (const FieldDef &column : columns)
        columnKeys.insert(column.key);

    QJsonArray array;
    if (!readArray(object, QStringLiteral("kinds"), path, &array, true))
        return false;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString kindPath = at(at(path, QStringLiteral("kinds")), i);
        QJsonObject kindObject;
        DocumentKind kind;
        if (!readObject(array.at(i), kindPath, &kindObject)
            || !checkMembers(kindObject, kindPath,
                             {"key", "name", "required", "maxItems", "windowYears", "fields",
                              "requiredIf", "profileAlternative", "direction"},
                             {"key", "name"})
            || !readKey(kindObject, kindPath, &kind.key)
            || !readText(kindObject, QStringLiteral("name"), kindPath, &kind.name)
            || !readBool(kindObject, QStringLiteral("required"), kindPath, &kind.required)
            || !readCount(kindObject, QStringLiteral("maxItems"), kindPath, &kind.maxItems)
            || !readCount(kindObject, QStringLiteral("windowYears"), kindPath, &kind.windowYears)
            || !readFields(kindObject, QStringLiteral("fields"), kindPath, &kind.fields)
            || !readProfileFact(kindObject, QStringLiteral("requiredIf"), kindPath, &kind.requiredIf)
            || !readProfileFact(kindObject, QStringLiteral("profileAlternative"), kindPath,
                                &kind.profileAlternative)
            || !readDirection(kindObject, kindPath, &kind.direction))
            return false;
        if (!kind.requiredIf.isEmpty() && !kind.required)
            return fail(kindPath, QStringLiteral("\"requiredIf\" needs \"required\": true"));
        if (keys.contains(kind.key))
            return fail(kindPath, QStringLiteral("duplicate key \"%1\"").arg(kind.key));
        keys.insert(kind.key);
        for (const FieldDef &field : std::as_const(kind.fields)) {
            if (columnKeys.contains(field.key))
                return fail(kindPath, QStringLiteral("field \"%1\" repeats a column of the section")
                                          .arg(field.key));
        }
        out->append(kind);
    }
    return true;
}

bool CatalogReader::readSection(const QJsonValue &value, const QString &path, Section *out)
{
    static const QRegularExpression sectionKey(QStringLiteral("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"));

    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkMembers(object, path,
                         {"key", "number", "isTable", "name", "hint", "maxItems", "windowYears",
                          "columns", "kinds", "direction"},
                         {"key", "number", "name", "hint", "direction"}))
        return false;

    const QJsonValue key = object.value(QLatin1String("key"));
    if (!key.isString() || !sectionKey.match(key.toString()).hasMatch())
        return fail(at(path, QStringLiteral("key")),
                    QStringLiteral("must be \"<portfolio>.<section>\" in snake_case, e.g. \"documents.general\""));
    out->key = key.toString();

    const QJsonValue number = object.value(QLatin1String("number"));
    if (!number.isString() || number.toString().trimmed().isEmpty())
        return fail(at(path, QStringLiteral("number")), QStringLiteral("must be a non-empty string"));
    out->number = number.toString().trimmed();

    if (!readText(object, QStringLiteral("name"), path, &out->name)
        || !readText(object, QStringLiteral("hint"), path, &out->hint)
        || !readBool(object, QStringLiteral("isTable"), path, &out->isTable)
        || !readCount(object, QStringLiteral("maxItems"), path, &out->maxItems)
        || !readCount(object, QStringLiteral("windowYears"), path, &out->windowYears)
        || !readFields(object, QStringLiteral("columns"), path, &out->columns)
        || !readKinds(object, path, out->columns, &out->kinds)
        || !readDirection(object, path, &out->direction))
        return false;

    if (out->isTable && out->columns.isEmpty())
        return fail(path, QStringLiteral("a table needs \"columns\""));
    if (!out->isTable && out->kinds.isEmpty())
        return fail(path, QStringLiteral("a section that is not a table needs \"kinds\""));
    return true;
}

bool CatalogReader::readPortfolio(const QJsonValue &value, const QString &path, Portfolio *out)
{
    QJsonObject object;
    QJsonArray sectionKeys;
    if (!readObject(value, path, &object)
        || !checkMembers(object, path, {"key", "name", "sectionKeys"}, {"key", "name", "sectionKeys"})
        || !readKey(object, path, &out->key) || !readText(object, QStringLiteral("name"), path, &out->name)
        || !readArray(object, QStringLiteral("sectionKeys"), path, &sectionKeys, false))
        return false;
    for (qsizetype i = 0; i < sectionKeys.size(); ++i) {
        if (!sectionKeys.at(i).isString())
            return fail(at(at(path, QStringLiteral("sectionKeys")), i), QStringLiteral("must be a string"));
        out->sectionKeys.append(sectionKeys.at(i).toString());
    }
    return true;
}

// Puts the sections in official order, the order of the portfolios and their
// sectionKeys, and checks that every section belongs to exactly one portfolio.
bool CatalogReader::orderSections(const QList<Section> &sections, CatalogData *out)
{
    QHash<QString, qsizetype> indexByKey;
    for (qsizetype i = 0; i < sections.size(); ++i)
        indexByKey.insert(sections.at(i).key, i);

    QSet<QString> placed;
    for (qsizetype p = 0; p < out->portfolios.size(); ++p) {
        const Portfolio &portfolio = out->portfolios.at(p);
        const QString path = at(at(QStringLiteral("portfolios"), p), QStringLiteral("sectionKeys"));
        QSet<QString> numbers;
        for (const QString &key : portfolio.sectionKeys) {
            if (!indexByKey.contains(key))
                return fail(path, QStringLiteral("unknown section \"%1\"").arg(key));
            if (placed.contains(key))
                return fail(path, QStringLiteral("section \"%1\" is listed twice").arg(key));
            if (!key.startsWith(portfolio.key + QLatin1Char('.')))
                return fail(path, QStringLiteral("section \"%1\" must start with \"%2.\"")
                                      .arg(key, portfolio.key));
            Section section = sections.at(indexByKey.value(key));
            if (numbers.contains(section.number))
                return fail(path, QStringLiteral("section number \"%1\" is used twice").arg(section.number));
            numbers.insert(section.number);
            placed.insert(key);
            section.portfolioKey = portfolio.key;
            out->sections.append(section);
        }
    }
    for (const Section &section : sections) {
        if (!placed.contains(section.key))
            return fail(QStringLiteral("sections"),
                        QStringLiteral("section \"%1\" is in no portfolio's sectionKeys").arg(section.key));
    }
    return true;
}

bool CatalogReader::read(const QJsonObject &root, CatalogData *out)
{
    if (!checkMembers(root, {},
                      {"version", "levels", "places", "categories", "paperKinds", "directions",
                       "portfolios", "sections"},
                      {"version", "levels", "places", "categories", "paperKinds", "directions",
                       "portfolios", "sections"}))
        return false;

    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.toInt(-1) != SupportedVersion) {
        const QString found = version.isDouble() ? QString::number(version.toDouble())
                                                 : QStringLiteral("a value that is not a number");
        return fail(QStringLiteral("version"), QStringLiteral("unsupported version %1, this build reads version %2")
                                                   .arg(found)
                                                   .arg(SupportedVersion));
    }
    out->version = SupportedVersion;

    if (!readTerms(root, QStringLiteral("levels"), &out->levels)
        || !readTerms(root, QStringLiteral("places"), &out->places)
        || !readTerms(root, QStringLiteral("categories"), &out->categories)
        || !readTerms(root, QStringLiteral("paperKinds"), &out->paperKinds)
        || !readTerms(root, QStringLiteral("directions"), &out->directions))
        return false;
    for (const Term &direction : std::as_const(out->directions))
        m_directionKeys.insert(direction.key);

    QJsonArray portfolios;
    if (!readArray(root, QStringLiteral("portfolios"), {}, &portfolios, false))
        return false;
    QSet<QString> portfolioKeys;
    for (qsizetype i = 0; i < portfolios.size(); ++i) {
        const QString path = at(QStringLiteral("portfolios"), i);
        Portfolio portfolio;
        if (!readPortfolio(portfolios.at(i), path, &portfolio))
            return false;
        if (portfolioKeys.contains(portfolio.key))
            return fail(path, QStringLiteral("duplicate key \"%1\"").arg(portfolio.key));
        portfolioKeys.insert(portfolio.key);
        out->portfolios.append(portfolio);
    }

    QJsonArray sectionArray;
    if (!readArray(root, QStringLiteral("sections"), {}, &sectionArray, false))
        return false;
    QList<Section> sections;
    QSet<QString> sectionKeys;
    for (qsizetype i = 0; i < sectionArray.size(); ++i) {
        const QString path = at(QStringLiteral("sections"), i);
        Section section;
        if (!readSection(sectionArray.at(i), path, &section))
            return false;
        if (sectionKeys.contains(section.key))
            return fail(path, QStringLiteral("duplicate key \"%1\"").arg(section.key));
        sectionKeys.insert(section.key);
        sections.append(section);
    }
    return orderSections(sections, out);
}

// Turns a parse error offset into "line L, column C" for the message.
QString describeParseError(const QByteArray &data, const QJsonParseError &parseError)
{
    const QByteArray before = data.left(parseError.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString());
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    // Accepts both "ru" and locale names such as "ru_RU" or "en-US".
    const QString code = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    if (code == QLatin1String("ru") && !ru.isEmpty())
        return ru;
    if (code == QLatin1String("en") && !en.isEmpty())
        return en;
    return kk;
}

QString fieldTypeName(FieldType type)
{
    for (const FieldTypeName &entry : FieldTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog = [] {
        const QString path = QStringLiteral(":/qujat/catalog.json");
        Catalog loaded;
        Error error;
        if (!loaded.load(path, &error)) {
            qFatal("The built-in portfolio catalog %s is invalid, so Qujat cannot start: %s",
                   qPrintable(path), qPrintable(error.detail));
        }
        qCInfo(lcCatalog) << "Loaded catalog version" << loaded.version() << "with"
                          << loaded.sections().size() << "sections";
        return loaded;
    }();
    return catalog;
}

bool Catalog::load(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            error->message = tr("The portfolio catalog could not be read. Reinstall Qujat to restore it.");
            error->detail = QStringLiteral("%1: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray data = file.readAll();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    CatalogReader reader;
    CatalogData loaded;
    QString problem;
    if (parseError.error != QJsonParseError::NoError)
        problem = describeParseError(data, parseError);
    else if (!document.isObject())
        problem = QStringLiteral("the top level must be an object");
    else if (!reader.read(document.object(), &loaded))
        problem = reader.problem();

    if (!problem.isEmpty()) {
        if (error) {
            error->message = tr("The portfolio catalog is invalid. Reinstall Qujat to restore it.");
            error->detail = QStringLiteral("%1: %2").arg(path, problem);
        }
        return false;
    }

    m_version = loaded.version;
    m_portfolios = loaded.portfolios;
    m_sections = loaded.sections;
    m_levels = loaded.levels;
    m_places = loaded.places;
    m_categories = loaded.categories;
    m_paperKinds = loaded.paperKinds;
    m_directions = loaded.directions;
    m_sectionIndex.clear();
    for (int i = 0; i < m_sections.size(); ++i)
        m_sectionIndex.insert(m_sections.at(i).key, i);
    return true;
}

const Section *Catalog::section(const QString &key) const
{
    const auto it = m_sectionIndex.constFind(key);
    return it == m_sectionIndex.constEnd() ? nullptr : &m_sections.at(*it);
}

const DocumentKind *Catalog::documentKind(const QString &sectionKey, const QString &kindKey) const
{
    const Section *owner = section(sectionKey);
    if (!owner)
        return nullptr;
    for (const DocumentKind &kind : owner->kinds) {
        if (kind.key == kindKey)
            return &kind;
    }
    return nullptr;
}

int Catalog::windowYears(const QString &sectionKey, const QString &kindKey) const
{
    const Section *owner = section(sectionKey);
    if (!owner)
        return 0;
    const DocumentKind *kind = documentKind(sectionKey, kindKey);
    return kind && kind->windowYears > 0 ? kind->windowYears : owner->windowYears;
}

const Portfolio *Catalog::portfolio(const QString &key) const
{
    for (const Portfolio &candidate : m_portfolios) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

namespace {

const Term *findTerm(const QList<Term> &terms, const QString &key)
{
    for (const Term &term : terms) {
        if (term.key == key)
            return &term;
    }
    return nullptr;
}

} // namespace

const Term *Catalog::level(const QString &key) const
{
    return findTerm(m_levels, key);
}

const Term *Catalog::place(const QString &key) const
{
    return findTerm(m_places, key);
}

const Term *Catalog::category(const QString &key) const
{
    return findTerm(m_categories, key);
}

const Term *Catalog::paperKind(const QString &key) const
{
    return findTerm(m_paperKinds, key);
}

const Term *Catalog::direction(const QString &key) const
{
    return findTerm(m_directions, key);
}

QString Catalog::directionOf(const QString &sectionKey, const QString &kindKey) const
{
    const Section *owner = section(sectionKey);
    if (!owner)
        return {};
    const DocumentKind *kind = documentKind(sectionKey, kindKey);
    return kind && !kind->direction.isEmpty() ? kind->direction : owner->direction;
}

} // namespace qujat

#include "reviewcommands.h"

#include "review/review.h"
#include "review/reviewfile.h"
#include "school/schoolreport.h"
#include "school/schoolstore.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

namespace qujat::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "qujat-cli: " << message << '\n';
    return code;
}

int failWith(const Error &error)
{
    return fail(Failure, error.message + QLatin1String(" (") + error.detail + QLatin1Char(')'));
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

// The teacher named by `id`: a full UUID, its first characters or the
// exact full name. Empty with `message` set when none or several match.
QUuid findTeacher(const school::SchoolStore &school, const QString &id, QString *message)
{
    QList<QUuid> found;
    const QString needle = id.trimmed().toLower();
    for (const school::TeacherSummary &teacher : school.teachers()) {
        if (uuidText(teacher.portfolioUuid).startsWith(needle) || teacher.fullName.toLower() == needle)
            found.append(teacher.portfolioUuid);
    }
    if (needle.isEmpty() || found.isEmpty()) {
        *message = QStringLiteral("no teacher '%1'. Run 'qujat-cli teachers' to see the ids.").arg(id);
        return {};
    }
    if (found.size() > 1) {
        *message = QStringLiteral("'%1' matches more than one teacher. Give more characters of the id.").arg(id);
        return {};
    }
    return found.constFirst();
}

// The teacher whose copy holds the item `id` (a UUID or its first characters).
bool findItem(school::SchoolStore &school, const QString &id, Store **store, QUuid *itemUuid, QString *message)
{
    int matches = 0;
    const QString needle = id.trimmed().toLower();
    for (const school::TeacherSummary &teacher : school.teachers()) {
        Error error;
        Store *candidate = school.teacherStore(teacher.portfolioUuid, &error);
        if (!candidate)
            continue;
        QSqlQuery query(candidate->connection());
        query.prepare(QStringLiteral("SELECT uuid FROM items WHERE uuid LIKE ?"));
        query.addBindValue(needle + QLatin1Char('%'));
        query.exec();
        while (query.next()) {
            ++matches;
            *store = candidate;
            *itemUuid = QUuid::fromString(query.value(0).toString());
        }
    }
    if (needle.size() < 4 || matches == 0) {
        *message = QStringLiteral("no item '%1' in the school's data. Give at least 4 characters of its id.").arg(id);
        return false;
    }
    if (matches > 1) {
        *message = QStringLiteral("'%1' matches more than one item. Give more characters of the id.").arg(id);
        return false;
    }
    return true;
}

QJsonObject reviewJson(const Store &store, const QUuid &itemUuid)
{
    const std::optional<review::ItemReview> mark = review::ReviewStore::itemReview(store, itemUuid);
    const review::EffectiveStatus status = review::ReviewStore::effectiveStatusOf(store, itemUuid);
    QJsonObject json{{QStringLiteral("status"), review::statusKey(status)}};
    if (mark) {
        json.insert(QStringLiteral("markedStatus"), mark->status);
        json.insert(QStringLiteral("comment"), mark->comment);
        json.insert(QStringLiteral("reviewedRevision"), mark->itemRevision);
        json.insert(QStringLiteral("reviewed"), mark->reviewed.toString(Qt::ISODateWithMs));
    }
    return json;
}

int openSchool(school::SchoolStore *school)
{
    Error error;
    if (!school->open(&error))
        return failWith(error);
    return Success;
}

} // namespace

void addReviewToJson(const Store &store, const QUuid &itemUuid, QJsonObject *json)
{
    json->insert(QStringLiteral("review"), reviewJson(store, itemUuid));
}

int runReview(const Context &schoolContext, const Context &teacherContext, const QStringList &arguments,
              const ReviewArguments &options)
{
    const QString usage = QStringLiteral("review: usage: review mark ITEM accepted|returned [--comment TEXT], "
                                         "review clear ITEM, review note --teacher ID TEXT, review list --teacher ID, "
                                         "review export --teacher ID --out FILE, review import FILE");
    if (arguments.isEmpty())
        return fail(UsageError, usage);
    const QString action = arguments.constFirst();
    const QStringList rest = arguments.mid(1);

    if (action == QLatin1String("import")) {
        if (rest.size() != 1)
            return fail(UsageError, QStringLiteral("review import: give one review file."));
        Store store(teacherContext.dataDir);
        Error error;
        if (!store.open(&error))
            return failWith(error);
        review::ReviewImportOptions importOptions;
        importOptions.acceptNewKey = options.acceptNewKey;
        review::ReviewImportReport report;
        if (!review::ReviewFile::importInto(store, QFileInfo(rest.constFirst()).absoluteFilePath(), importOptions,
                                            &report, &error)) {
            if (teacherContext.json) {
                printJson(QJsonObject{{QStringLiteral("imported"), false},
                                      {QStringLiteral("error"), error.message},
                                      {QStringLiteral("detail"), error.detail}});
            }
            return failWith(error);
        }
        if (teacherContext.json) {
            printJson(QJsonObject{{QStringLiteral("imported"), true},
                                  {QStringLiteral("reviewUuid"), uuidText(report.reviewUuid)},
                                  {QStringLiteral("school"), report.school},
                                  {QStringLiteral("reviewer"), report.reviewer},
                                  {QStringLiteral("note"), report.note},
                                  {QStringLiteral("accepted"), report.accepted},
                                  {QStringLiteral("returned"), report.returned},
                                  {QStringLiteral("alreadyImported"), report.alreadyImported},
                                  {QStringLiteral("keyChanged"), report.keyChanged}});
        } else if (report.alreadyImported) {
            out() << "already imported, nothing changed\n";
        } else {
            out() << report.school << ", " << report.reviewer << ": " << report.accepted << " accepted, "
                  << report.returned << " returned\n";
            if (!report.note.isEmpty())
                out() << "note: " << report.note << '\n';
        }
        return Success;
    }

    school::SchoolStore school(schoolContext.dataDir);
    if (const int code = openSchool(&school); code != Success)
        return code;
    Error error;
    QString message;

    if (action == QLatin1String("mark") || action == QLatin1String("clear")) {
        const bool mark = action == QLatin1String("mark");
        if (rest.size() != (mark ? 2 : 1))
            return fail(UsageError, usage);
        if (mark && !review::ReviewStore::isValidStatus(rest.at(1)))
            return fail(UsageError, QStringLiteral("review mark: the status is 'accepted' or 'returned', not '%1'.").arg(rest.at(1)));
        Store *store = nullptr;
        QUuid itemUuid;
        if (!findItem(school, rest.constFirst(), &store, &itemUuid, &message))
            return fail(UsageError, QStringLiteral("review %1: ").arg(action) + message);
        const bool ok = mark ? review::ReviewStore::mark(*store, itemUuid, rest.at(1), options.comment, &error)
                             : review::ReviewStore::clearMark(*store, itemUuid, &error);
        if (!ok)
            return fail(mark && error.detail.startsWith(QLatin1String("returned without")) ? UsageError : Failure,
                        error.message + QLatin1String(" (") + error.detail + QLatin1Char(')'));
        QJsonObject json{{QStringLiteral("item"), uuidText(itemUuid)},
                         {QStringLiteral("portfolioUuid"), uuidText(store->portfolioUuid())}};
        addReviewToJson(*store, itemUuid, &json);
        if (schoolContext.json)
            printJson(json);
        else
            out() << uuidText(itemUuid) << ": " << (mark ? rest.at(1) : QStringLiteral("mark cleared")) << '\n';
        return Success;
    }

    const QUuid teacher = findTeacher(school, options.teacher, &message);
    if (teacher.isNull())
        return fail(UsageError, QStringLiteral("review %1: --teacher: ").arg(action) + message);
    Store *store = school.teacherStore(teacher, &error);
    if (!store)
        return failWith(error);

    if (action == QLatin1String("note")) {
        if (!review::ReviewStore::setNote(*store, rest.join(QLatin1Char(' ')), &error))
            return failWith(error);
        if (!schoolContext.json)
            out() << "note saved\n";
        else
            printJson(QJsonObject{{QStringLiteral("note"), review::ReviewStore::portfolioReview(*store).note}});
        return Success;
    }
    if (action == QLatin1String("list")) {
        QJsonArray list;
        for (const Item &item : store->items()) {
            QJsonObject json{{QStringLiteral("item"), uuidText(item.uuid)},
                             {QStringLiteral("title"), item.title},
                             {QStringLiteral("revision"), item.revision}};
            addReviewToJson(*store, item.uuid, &json);
            list.append(json);
            if (!schoolContext.json) {
                const QJsonObject r = json.value(QStringLiteral("review")).toObject();
                out() << uuidText(item.uuid) << "  " << r.value(QStringLiteral("status")).toString().leftJustified(9)
                      << "  " << item.title << '\n';
            }
        }
        if (schoolContext.json)
            printJson(list);
        return Success;
    }
    if (action == QLatin1String("export")) {
        if (options.out.isEmpty() || !rest.isEmpty())
            return fail(UsageError, QStringLiteral("review export: give the file with --out FILE."));
        const school::SchoolInfo info = school.schoolInfo();
        review::ReviewExportResult result;
        const QString target = QFileInfo(options.out).absoluteFilePath();
        if (!review::ReviewFile::write(*store, info.name, info.administrator, school.signingKeyPath(), target,
                                       &result, &error))
            return failWith(error);
        if (schoolContext.json) {
            printJson(QJsonObject{{QStringLiteral("file"), target},
                                  {QStringLiteral("reviewUuid"), uuidText(result.reviewUuid)},
                                  {QStringLiteral("portfolioUuid"), uuidText(teacher)},
                                  {QStringLiteral("accepted"), result.accepted},
                                  {QStringLiteral("returned"), result.returned},
                                  {QStringLiteral("publicKey"), result.publicKey}});
        } else {
            out() << target << ": " << result.accepted << " accepted, " << result.returned << " returned\n";
        }
        return Success;
    }
    return fail(UsageError, usage);
}

int runSchool(const Context &context, const QStringList &arguments, const ReviewArguments &options)
{
    school::SchoolStore school(context.dataDir);
    if (const int code = openSchool(&school); code != Success)
        return code;
    Error error;
    if (arguments.isEmpty()) {
        if (!options.schoolName.isNull() || !options.administrator.isNull()) {
            school::SchoolInfo info = school.schoolInfo();
            if (!options.schoolName.isNull())
                info.name = options.schoolName;
            if (!options.administrator.isNull())
                info.administrator = options.administrator;
            if (!school.saveSchoolInfo(info, &error))
                return failWith(error);
        }
        const school::SchoolInfo info = school.schoolInfo();
        const school::SchoolSummary summary = school::SchoolReport::summary(school);
        QJsonObject awards;
        for (auto level = summary.awardsByLevelAndYear.constBegin(); level != summary.awardsByLevelAndYear.constEnd(); ++level) {
            QJsonObject years;
            for (auto year = level.value().constBegin(); year != level.value().constEnd(); ++year)
                years.insert(QString::number(year.key()), year.value());
            awards.insert(level.key(), years);
        }
        const QJsonObject json{{QStringLiteral("name"), info.name},
                               {QStringLiteral("administrator"), info.administrator},
                               {QStringLiteral("teachers"), summary.teachers},
                               {QStringLiteral("ready"), summary.ready},
                               {QStringLiteral("items"), summary.items},
                               {QStringLiteral("returned"), summary.returned},
                               {QStringLiteral("awardsByLevelAndYear"), awards}};
        if (context.json) {
            printJson(json);
        } else {
            out() << (info.name.isEmpty() ? QStringLiteral("(no school name)") : info.name) << ", "
                  << info.administrator << "\n"
                  << summary.ready << " of " << summary.teachers << " teachers ready, " << summary.items
                  << " items, " << summary.returned << " returned\n";
        }
        return Success;
    }
    const QString action = arguments.constFirst();
    if (action == QLatin1String("csv")) {
        if (arguments.size() != 2 || options.out.isEmpty()
            || (arguments.at(1) != QLatin1String("teachers") && arguments.at(1) != QLatin1String("items")))
            return fail(UsageError, QStringLiteral("school csv: usage: school csv teachers|items --out FILE"));
        const QString language = QStringLiteral("kk");
        const QByteArray csv = arguments.at(1) == QLatin1String("teachers")
            ? school::SchoolReport::teachersCsv(school, language)
            : school::SchoolReport::itemsCsv(school, language);
        const QString target = QFileInfo(options.out).absoluteFilePath();
        if (!school::SchoolReport::writeFile(target, csv, &error))
            return failWith(error);
        if (context.json)
            printJson(QJsonObject{{QStringLiteral("file"), target}, {QStringLiteral("bytes"), csv.size()}});
        else
            out() << target << '\n';
        return Success;
    }
    if (action == QLatin1String("search") && arguments.size() >= 2) {
        const QList<school::SchoolSearchHit> hits =
            school::SchoolReport::search(school, arguments.mid(1).join(QLatin1Char(' ')));
        QJsonArray list;
        for (const school::SchoolSearchHit &hit : hits) {
            list.append(QJsonObject{{QStringLiteral("portfolioUuid"), uuidText(hit.portfolioUuid)},
                                    {QStringLiteral("teacher"), hit.teacherName},
                                    {QStringLiteral("item"), uuidText(hit.item.uuid)},
                                    {QStringLiteral("title"), hit.item.title},
                                    {QStringLiteral("section"), hit.item.sectionKey}});
            if (!context.json)
                out() << uuidText(hit.item.uuid) << "  " << hit.teacherName << ": " << hit.item.title << '\n';
        }
        if (context.json)
            printJson(list);
        return Success;
    }
    return fail(UsageError, QStringLiteral("school: usage: school [--name TEXT] [--administrator TEXT], "
                                           "school csv teachers|items --out FILE, school search TEXT"));
}

} // namespace qujat::cli

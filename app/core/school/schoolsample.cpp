#include "school/schoolsample.h"

#include "bundle/bundlewriter.h"
#include "review/review.h"
#include "sample/samplegenerator.h"
#include "store/store.h"

#include <QDir>

namespace qujat::school {

namespace {

struct SampleTeacher
{
    const char *name;
    const char *subject;
    const char *currentCategory;
    const char *targetCategory;
    int monthsToAttestation;
};

// Names chosen so that the Kazakh order differs from code point order
// (Ә after А, Қ after К, Ө after О).
constexpr SampleTeacher Teachers[] = {
    {"Әбенова Гүлнар Серікқызы", "Қазақ тілі мен әдебиеті", "moderator", "expert", 2},
    {"Ахметов Бауыржан Қайратұлы", "Физика", "pedagog", "moderator", 5},
    {"Қасымова Ләззат Ерланқызы", "Математика", "expert", "researcher", 1},
    {"Иванова Ольга Петровна", "Орыс тілі мен әдебиеті", "moderator", "expert", 8},
    {"Кенжебеков Ерлан Маратұлы", "Тарих", "pedagog", "moderator", 3},
    {"Өмірзақова Дана Болатқызы", "Бастауыш сынып", "researcher", "master", 11},
};

} // namespace

bool populateSampleSchool(SchoolStore *school, int teachers, int itemsPerTeacher, const QString &workDir,
                          Error *error)
{
    if (school->schoolInfo().name.isEmpty()
        && !school->saveSchoolInfo({QStringLiteral("№ 12 мектеп-гимназиясы"), QStringLiteral("Серікова Гүлмира Асқарқызы")},
                                   error))
        return false;
    const int count = std::min<int>(teachers, int(std::size(Teachers)));
    for (int i = 0; i < count; ++i) {
        const SampleTeacher &spec = Teachers[i];
        const QString dir = workDir + QStringLiteral("/teacher-%1").arg(i);
        const QString zip = workDir + QStringLiteral("/teacher-%1.zip").arg(i);
        {
            Store store(dir);
            if (!store.open(error))
                return false;
            // Fewer items for some teachers, so the list shows different readiness.
            const int items = std::max(2, itemsPerTeacher - (i % 3) * itemsPerTeacher / 3);
            if (!SampleGenerator::populate(&store, items, quint32(700 + i), workDir + QStringLiteral("/work-%1").arg(i),
                                           error))
                return false;
            Profile profile = store.profile();
            profile.fullName = QString::fromUtf8(spec.name);
            profile.subject = QString::fromUtf8(spec.subject);
            profile.position = QString::fromUtf8(spec.subject) + QStringLiteral(" пәнінің мұғалімі");
            profile.currentCategory = QLatin1String(spec.currentCategory);
            profile.targetCategory = QLatin1String(spec.targetCategory);
            profile.attestationDate = QDate::currentDate().addMonths(spec.monthsToAttestation);
            if (!store.saveProfile(profile, {}, error))
                return false;
            bundle::ExportResult result;
            if (!bundle::BundleWriter::write(store, zip, {}, &result, error))
                return false;
        }
        ImportReport report;
        if (!school->importBundle(zip, {}, &report, error))
            return false;
        // The first two teachers are partly reviewed already.
        if (i < 2) {
            Store *copy = school->teacherStore(report.portfolioUuid, error);
            if (!copy)
                return false;
            const QList<ItemSummary> items = copy->summaries();
            for (qsizetype n = 0; n < items.size(); ++n) {
                const bool returned = n % 4 == 1;
                if (!review::ReviewStore::mark(*copy, items.at(n).uuid,
                                               returned ? QStringLiteral("returned") : QStringLiteral("accepted"),
                                               returned ? QStringLiteral("Көшірме анық емес: мөрі көрінбейді. "
                                                                         "Қайта сканерлеп, жіберіңіз.")
                                                        : QString(),
                                               error))
                    return false;
            }
        }
    }
    QDir(workDir).removeRecursively();
    return true;
}

} // namespace qujat::school

// qujat-cli profile: show or set the teacher's profile, which names the
// teacher in bundles, reports and the school's list.

#include "commands.h"

#include "catalog/catalog.h"
#include "store/itemjson.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qujat::cli {
namespace {

int usage(const QString &message)
{
    QTextStream(stderr) << "qujat-cli: profile: " << message << '\n';
    return UsageError;
}

QString categoryKeys()
{
    QStringList keys;
    for (const Term &term : Catalog::instance().categories())
        keys.append(term.key);
    return keys.join(QLatin1String(", "));
}

QJsonObject toJson(const Profile &profile)
{
    QJsonObject json = profileFieldsToJson(profile);
    json.insert(QStringLiteral("hasPhoto"), !profile.photoSha.isEmpty());
    return json;
}

} // namespace

int runProfile(const Context &context, const ProfileArguments &arguments)
{
    Profile profile;
    {
        Store store(context.dataDir);
        Error error;
        if (!store.open(&error)) {
            QTextStream(stderr) << "qujat-cli: " << error.message << " (" << error.detail << ")\n";
            return Failure;
        }
        profile = store.profile();
        const Profile before = profile;

        // Every value is checked before anything is saved.
        if (arguments.fullName)
            profile.fullName = arguments.fullName->simplified();
        if (arguments.school)
            profile.school = arguments.school->simplified();
        if (arguments.position)
            profile.position = arguments.position->simplified();
        if (arguments.subject)
            profile.subject = arguments.subject->simplified();
        if (arguments.specialty)
            profile.specialty = arguments.specialty->simplified();
        if (arguments.experience) {
            bool ok = false;
            const int years = arguments.experience->toInt(&ok);
            if (!ok || years < 0 || years > 70)
                return usage(QStringLiteral("invalid --experience '%1'. Give whole years from 0 to 70.")
                                 .arg(*arguments.experience));
            profile.yearsOfExperience = years;
        }
        for (const auto &[value, field, option] :
             {std::tuple{arguments.category, &profile.currentCategory, "--category"},
              std::tuple{arguments.targetCategory, &profile.targetCategory, "--target-category"}}) {
            if (!value)
                continue;
            if (!value->isEmpty() && !Catalog::instance().category(*value))
                return usage(QStringLiteral("unknown %1 '%2'. Use one of: %3, or an empty value for none.")
                                 .arg(QLatin1String(option), *value, categoryKeys()));
            *field = *value;
        }
        if (arguments.attestationDate) {
            const QDate date = QDate::fromString(*arguments.attestationDate, Qt::ISODate);
            if (!arguments.attestationDate->isEmpty() && !date.isValid())
                return usage(QStringLiteral("invalid --attestation-date '%1'. Use YYYY-MM-DD, for example "
                                            "2027-03-15, or an empty value for none.")
                                 .arg(*arguments.attestationDate));
            profile.attestationDate = date;
        }

        if (profile != before && !store.saveProfile(profile, {}, &error)) {
            QTextStream(stderr) << "qujat-cli: " << error.message << " (" << error.detail << ")\n";
            return Failure;
        }
    }

    QTextStream out(stdout);
    if (context.json) {
        out << QString::fromUtf8(QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QJsonObject json = toJson(profile);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        out << it.key().leftJustified(18) << it.value().toVariant().toString() << '\n';
    return Success;
}

} // namespace qujat::cli

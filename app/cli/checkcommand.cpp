// qujat-cli check: the readiness findings of the portfolio.

#include "commands.h"

#include "catalog/catalog.h"
#include "rules/readiness.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qujat::cli {

int runCheck(const Context &context)
{
    Store store(context.dataDir);
    Error error;
    if (!store.open(&error)) {
        QTextStream(stderr) << "qujat-cli: " << error.message << " (" << error.detail << ")\n";
        return CheckFailed;
    }

    const ReadinessChecker checker;
    const ReadinessReport report = checker.check(store);
    const QString language = QStringLiteral("en");
    QTextStream out(stdout);

    if (context.json) {
        QJsonArray findings;
        for (const Finding &finding : report.findings)
            findings.append(checker.toJson(finding, language));
        QJsonArray sections;
        for (const SectionReadiness &section : report.sections) {
            sections.append(QJsonObject{
                {QStringLiteral("section"), section.sectionKey},
                {QStringLiteral("items"), section.items},
                {QStringLiteral("findings"), section.findings},
                {QStringLiteral("percent"), section.percent()},
                {QStringLiteral("ready"), section.isReady()},
            });
        }
        const QJsonObject root{
            {QStringLiteral("ready"), report.isReady()},
            {QStringLiteral("percent"), report.percent()},
            {QStringLiteral("attestationDate"), report.attestationDate.isValid()
                                                    ? report.attestationDate.toString(Qt::ISODate)
                                                    : QString()},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("findings"), findings},
        };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return report.isReady() ? Success : Failure;
    }

    if (report.isReady()) {
        out << "Ready: no findings.\n";
        return Success;
    }
    out << "Not ready (" << report.percent() << "%): " << report.findings.size() << " finding(s).\n";
    for (const Finding &finding : report.findings) {
        const QString where = finding.opensProfile()
            ? QStringLiteral("profile")
            : (finding.item.isNull() ? finding.sectionKey : finding.item.toString(QUuid::WithoutBraces));
        out << ReadinessChecker::typeName(finding.type) << "  " << where;
        if (!finding.field.isEmpty())
            out << "  " << finding.field;
        out << "\n    " << checker.message(finding, language) << '\n';
    }
    return Failure;
}

} // namespace qujat::cli

#include "bundle/readablenames.h"

#include <QStringList>

namespace qujat::bundle {

QString readableName(const QString &text, int maxLength)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString name;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            name.append(QLatin1Char('_'));
        else
            name.append(c);
    }
    name = name.simplified();
    if (name.size() > maxLength) {
        name.truncate(maxLength);
        // Do not cut a surrogate pair in two.
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
    }
    while (!name.isEmpty() && (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))))
        name.chop(1);
    static const QStringList reserved = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
        QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
        QStringLiteral("LPT8"), QStringLiteral("LPT9")};
    if (reserved.contains(name.section(QLatin1Char('.'), 0, 0).toUpper()))
        name.prepend(QLatin1Char('_'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return name;
}

QString uniqueName(const QString &stem, const QString &suffix, QSet<QString> *taken)
{
    const QString dotSuffix = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
    QString candidate = stem + dotSuffix;
    for (int n = 2; taken->contains(candidate.toCaseFolded()); ++n)
        candidate = stem + QStringLiteral(" (%1)").arg(n) + dotSuffix;
    taken->insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace qujat::bundle

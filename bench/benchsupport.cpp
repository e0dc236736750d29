#include "benchsupport.h"

#include <QLocale>

#include <algorithm>

namespace qujat::bench {

void setUpBenchmark()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QUJAT_SHARED_DIR"))
        qputenv("QUJAT_SHARED_DIR", QUJAT_DEFAULT_SHARED_DIR);
    QLocale::setDefault(QLocale::c());
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace qujat::bench

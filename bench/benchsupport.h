#pragma once

#include <QList>
#include <QString>

namespace qujat::bench {

// Sets up a benchmark process: offscreen platform, a fixed locale, and
// QUJAT_SHARED_DIR pointing at the configured shared folder unless set.
void setUpBenchmark();

// The median of the values; 0 for none.
double median(QList<double> values);

} // namespace qujat::bench

#pragma once

#include "school/schoolstore.h"
#include "util/error.h"

#include <QString>

namespace qujat::school {

// Fills an empty school folder with a few generated teachers, each built as
// a real teacher's portfolio (SampleGenerator), exported as a signed bundle
// and imported, with some items already reviewed. For "open a sample" in
// administration mode, screenshots and tests.
bool populateSampleSchool(SchoolStore *school, int teachers, int itemsPerTeacher, const QString &workDir,
                          Error *error);

} // namespace qujat::school

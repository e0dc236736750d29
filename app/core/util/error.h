#pragma once

#include <QString>

namespace qujat {

// A failure reported twice. `message` is a translated sentence for the user
// that names what failed and what to do, and `detail` is the technical cause
// for the log.
struct Error
{
    QString message;
    QString detail;

    bool isError() const { return !message.isEmpty(); }
    explicit operator bool() const { return isError(); }
};

} // namespace qujat

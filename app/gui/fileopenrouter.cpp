#include "fileopenrouter.h"

#include "appcontroller.h"
#include "bundle/bundlekind.h"
#include "schoolcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace qujat {

namespace {

QString localPathOf(const QString &path)
{
    const QUrl url(path);
    return url.isLocalFile() ? url.toLocalFile() : path;
}

} // namespace

FileOpenRouter::FileOpenRouter(QObject *parent)
    : QObject(parent)
{
}

FileOpenRouter::Action FileOpenRouter::route(const QString &path)
{
    const QString local = localPathOf(path);
    const QString name = QFileInfo(local).fileName();
    SchoolController *school = SchoolController::instance();
    if (local.isEmpty() || !school)
        return None;

    // The administration imports whatever it is given as a bundle: the
    // import checks the file and reports what is wrong with it.
    if (school->active()) {
        setMessage({}, false);
        // The results show in the teachers list, and the bundle may replace
        // the copy of the teacher on screen.
        if (!school->teacherUuid().isEmpty())
            school->closeTeacher();
        school->importBundles({QUrl::fromLocalFile(local)});
        return BundleImport;
    }

    switch (bundleKindOf(local)) {
    case BundleKind::Review: {
        const QString result = school->importReview(QUrl::fromLocalFile(local));
        if (result.isEmpty())
            setMessage(school->errorMessage(), true);
        else
            setMessage(result, false);
        return ReviewImport;
    }
    case BundleKind::Portfolio:
        //: %1 is a file name. Shown in the teacher's mode when a portfolio bundle is opened with the app.
        setMessage(tr("%1 is a teacher's portfolio bundle. Bundles are imported in the school "
                      "administration mode: switch to it to import this file, or send the file to "
                      "your school's administration.").arg(name),
                   false, local);
        return NeedsSchoolMode;
    case BundleKind::NotQujat:
        break;
    }
    //: %1 is a file name.
    setMessage(tr("Qujat cannot open %1: it is neither a portfolio bundle nor a review file made by "
                  "Qujat. Check that you chose the right file.").arg(name),
               true);
    return NotQujat;
}

bool FileOpenRouter::switchToSchoolAndImport()
{
    SchoolController *school = SchoolController::instance();
    const QString bundle = m_pendingBundle;
    if (!school || bundle.isEmpty())
        return false;
    if (!school->chooseMode(QStringLiteral("school"))) {
        setMessage(school->errorMessage(), true, bundle);
        return false;
    }
    setMessage({}, false);
    school->importBundles({QUrl::fromLocalFile(bundle)});
    return true;
}

void FileOpenRouter::dismiss()
{
    setMessage({}, false);
}

void FileOpenRouter::setMessage(const QString &message, bool failed, const QString &pendingBundle)
{
    m_message = message;
    m_failed = failed;
    m_pendingBundle = pendingBundle;
    Q_EMIT changed();
}

} // namespace qujat

#pragma once

#include <QByteArray>

namespace qujat {
class Catalog;
}

namespace qujat::bundle {

struct PortfolioDocument;

// data/index.html: the portfolio as one static page in Kazakh that opens in
// any browser without the app and without scripts: the teacher's name and
// the export date, then the sections in official order, each with its
// items and their page images (documents as links).
class IndexHtml
{
public:
    static QByteArray render(const PortfolioDocument &document, const Catalog &catalog);
};

} // namespace qujat::bundle

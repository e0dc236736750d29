#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "qujat.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "qujat.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImaging, "qujat.imaging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBarcodes, "qujat.barcodes", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSample, "qujat.sample", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCamera, "qujat.camera", QtInfoMsg)

#include "app/CacheMessages.h"

#include <QCoreApplication>

namespace wf::app {

QString CacheMessages::describe(const Error& error)
{
    switch (error.code) {
    case Error::Code::CacheMissing:
        return QCoreApplication::translate("CacheMessages",
                                           "The cache file %1 does not exist. Nothing was created. Make a "
                                           "station's cache from the master with floorctl station init --db %1 "
                                           "--master URL --station ID, or start with --demo for a demo cache.")
            .arg(error.context);
    case Error::Code::CacheUnreadable:
        return QCoreApplication::translate("CacheMessages",
                                           "The cache file %1 cannot be read (%2). Check that it is a file this "
                                           "user may read.")
            .arg(error.context, error.detail);
    case Error::Code::CacheReadOnly:
        return QCoreApplication::translate("CacheMessages",
                                           "The cache file %1 is read-only (%2). A station must record its scans: "
                                           "make the file and its folder writable. Nothing was written.")
            .arg(error.context, error.detail);
    case Error::Code::CacheDamaged:
        return QCoreApplication::translate("CacheMessages",
                                           "The cache file was damaged (%1). It was kept and moved aside to %2. "
                                           "Rebuild the cache from the master, or create a new demo cache.")
            .arg(error.detail, error.context);
    case Error::Code::CacheTooNew:
        return QCoreApplication::translate("CacheMessages",
                                           "The cache file %1 was written by a newer version of Warehouse Floor "
                                           "(%2). Update this app; the file was not changed.")
            .arg(error.context, error.detail);
    default:
        return QCoreApplication::translate("CacheMessages", "The cache could not be opened: %1 (%2)")
            .arg(error.detail, error.context);
    }
}

} // namespace wf::app

#pragma once

#include <expected>

#include <QString>

namespace wf {

/// A failure as a value. Crosses module boundaries instead of exceptions; the UI turns the code into
/// a translated message, the detail is for logs and operators (never holds secrets).
struct Error
{
    enum class Code
    {
        CacheMissing,     ///< the cache file does not exist
        CacheUnreadable,  ///< the file cannot be opened or read (permissions, not a database)
        CacheReadOnly,    ///< the file or its folder cannot be written
        CacheDamaged,     ///< quick_check failed; the file was moved aside
        CacheTooNew,      ///< written by a newer version of the app; refused, never written
        MigrationFailed,  ///< a migration could not be applied; rolled back
        QueryFailed,      ///< an SQL statement failed
        NotFound,         ///< nothing matches (unknown badge, unknown barcode)
        InvalidInput,     ///< input rejected before it reached the cache
        PermissionDenied, ///< the operator may not do this
        WrongPin,         ///< supervisor PIN does not match
    };

    Code code;
    QString detail;  ///< technical detail for logs
    QString context; ///< what was being done (file, statement name, operator badge)
};

template <typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure from a function that returns Result<T>.
inline std::unexpected<Error> fail(Error::Code code, QString detail, QString context = {})
{
    return std::unexpected<Error>(Error{code, std::move(detail), std::move(context)});
}

} // namespace wf

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
        CacheMissing,      ///< the cache file does not exist
        CacheUnreadable,   ///< the file cannot be opened or read (permissions, not a database)
        CacheReadOnly,     ///< the file or its folder cannot be written
        CacheDamaged,      ///< quick_check failed; the file was moved aside
        CacheTooNew,       ///< written by a newer version of the app; refused, never written
        MigrationFailed,   ///< a migration could not be applied; rolled back
        QueryFailed,       ///< an SQL statement failed
        NotFound,          ///< nothing matches (unknown badge, unknown barcode, unknown printer)
        InvalidInput,      ///< input rejected before it reached the cache or a device
        PermissionDenied,  ///< the operator may not do this
        WrongPin,          ///< supervisor PIN does not match
        Conflict,          ///< someone else changed it meanwhile (another station, another session)
        DeviceUnavailable, ///< a printer, scale or scanner cannot be reached or refused the job
        IoFailed,          ///< a file or folder outside the cache could not be read or written
    };

    /// The code's name for logs ("DeviceUnavailable"); never shown to an operator.
    static const char* codeName(Code code);

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

namespace detail {
template <typename T>
Result<void> asStep(Result<T>&& result)
{
    if (!result)
        return std::unexpected(std::move(result.error()));
    return {};
}
inline Result<void> asStep(Result<void>&& result)
{
    return std::move(result);
}
} // namespace detail

/// Runs `steps` in order and stops at the first one that fails: its error, or success. Each step
/// is a callable returning a Result<T> (the value is dropped; capture it in the lambda when it is
/// needed). Replaces chains of `if (ok) ok = …`:
///
///     auto ok = inOrder([&] { return tx.begun(); },
///                       [&] { return packs.setBox(id, code); },
///                       [&] { return tx.commit(); });
template <typename... Steps>
[[nodiscard]] Result<void> inOrder(Steps&&... steps)
{
    Result<void> ok;
    const auto run = [&ok](auto&& step) {
        if (ok)
            ok = detail::asStep(step());
    };
    (run(std::forward<Steps>(steps)), ...);
    return ok;
}

inline const char* Error::codeName(Code code)
{
    switch (code) {
    case Code::CacheMissing:
        return "CacheMissing";
    case Code::CacheUnreadable:
        return "CacheUnreadable";
    case Code::CacheReadOnly:
        return "CacheReadOnly";
    case Code::CacheDamaged:
        return "CacheDamaged";
    case Code::CacheTooNew:
        return "CacheTooNew";
    case Code::MigrationFailed:
        return "MigrationFailed";
    case Code::QueryFailed:
        return "QueryFailed";
    case Code::NotFound:
        return "NotFound";
    case Code::InvalidInput:
        return "InvalidInput";
    case Code::PermissionDenied:
        return "PermissionDenied";
    case Code::WrongPin:
        return "WrongPin";
    case Code::Conflict:
        return "Conflict";
    case Code::DeviceUnavailable:
        return "DeviceUnavailable";
    case Code::IoFailed:
        return "IoFailed";
    }
    return "unknown";
}

} // namespace wf

#pragma once

#include <QString>

#include "common/Result.h"

namespace wf::app {

/// The sentence a person reads when the cache cannot be opened: what happened, what was (not)
/// changed and what to do. Shared by the GUI's dialog and floorctl's stderr.
class CacheMessages
{
public:
    static QString describe(const Error& error);
};

} // namespace wf::app

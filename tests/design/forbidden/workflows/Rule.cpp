// Allowed: the rules use the cache and the scanner's value types.
#include "db/LocalCache.h"
#include "scanner/ScanEvent.h"

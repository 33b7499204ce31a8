// A screen that reads the cache itself: what design.Layering must refuse.
#include <QSqlQuery>

#include "db/LocalCache.h"

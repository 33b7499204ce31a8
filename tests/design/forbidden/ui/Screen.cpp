// A screen that reads the cache itself: what design.Layering must refuse.
#include "db/LocalCache.h"
#include <QSqlQuery>

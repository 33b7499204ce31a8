// A repository that reaches up into the rules of the floor.
#include "workflows/pick/PickSession.h"

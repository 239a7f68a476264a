#include "session/activitysession.h"

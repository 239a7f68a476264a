#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "miragedesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReplay, "miragedesk.replay", QtInfoMsg)

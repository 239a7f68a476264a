#include "netlogging.h"

Q_LOGGING_CATEGORY(lcChannel, "miragedesk.channel", QtInfoMsg)

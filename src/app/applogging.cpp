#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "miragedesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "miragedesk.app.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "miragedesk.app.notify", QtInfoMsg)

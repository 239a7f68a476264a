#pragma once

#include <QLoggingCategory>

// One logging category per area; enable with QT_LOGGING_RULES="miragedesk.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcReplay)

#pragma once

#include <QLoggingCategory>

// The desktop app's areas; enable with QT_LOGGING_RULES="miragedesk.app.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)

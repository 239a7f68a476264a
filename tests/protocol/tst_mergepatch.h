#pragma once

#include <QObject>

class TestMergePatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void seedExampleVerbatim();
    void deltaReportsWhatChanged();
    void tenThousandSteps();
    void unicode();
};

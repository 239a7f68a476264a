// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/searchtexts.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace mirage {

void SearchTexts::setModel(const QAbstractItemModel *model, const QStringList &roleNames)
{
    m_model = model;
    m_roles.clear();
    m_idRole = -1;
    forgetAll();
    if (!model)
        return;
    const QHash<int, QByteArray> names = model->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (roleNames.contains(QString::fromUtf8(it.value())))
            m_roles.append(it.key());
        if (it.value() == "itemId")
            m_idRole = it.key();
    }
    std::sort(m_roles.begin(), m_roles.end());
}

bool SearchTexts::touches(const QList<int> &roles) const
{
    return roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [this](int role) { return m_roles.contains(role); });
}

QString SearchTexts::idAt(int row) const
{
    return m_idRole < 0 ? QString() : m_model->index(row, 0).data(m_idRole).toString();
}

void SearchTexts::forget(int first, int last)
{
    if (m_text.isEmpty())
        return;
    for (int row = first; row <= last; ++row)
        m_text.remove(idAt(row));
}

const QString &SearchTexts::text(int row) const
{
    const QString id = idAt(row);
    if (!id.isEmpty()) {
        if (const auto it = m_text.constFind(id); it != m_text.cend())
            return it.value();
    }
    const QModelIndex index = m_model->index(row, 0);
    QString text;
    for (int role : m_roles) {
        text += index.data(role).toString();
        text += QChar(u'\n'); // a match never spans two fields
    }
    if (id.isEmpty()) {
        m_built = text.toLower();
        return m_built;
    }
    return m_text.insert(id, text.toLower()).value();
}

void SearchTexts::prepare() const
{
    if (!m_model)
        return;
    for (int row = 0, rows = m_model->rowCount(); row < rows; ++row)
        text(row);
}

} // namespace mirage

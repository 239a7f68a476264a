// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/contentdescriber.h"

#include "protocol/contentview.h"
#include "session/jsontext.h"

#include <QUrl>

namespace mirage {

namespace {
// "Ghost_Tracks", "ghosttracks", "PICKANDPLACE" → "ghosttracks", "pickandplace".
QString normalized(const QString &raw)
{
    QString out;
    for (QChar c : raw)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}
} // namespace

QString ContentDescriber::kindName(const QString &rawType)
{
    const QString key = normalized(rawType);
    if (key == u"audio")
        return tr("Audio");
    if (key == u"image")
        return tr("Image");
    if (key == u"video")
        return tr("Video");
    if (key == u"label")
        return tr("Label");
    if (key == u"text")
        return tr("Text");
    if (key == u"ghosttracks" || key == u"ghosttrack" || key == u"ghost")
        return tr("Ghost track");
    if (key == u"pickandplace")
        return tr("Pick and place");
    if (key == u"model")
        return tr("3D model");
    if (key == u"act" || key == u"action" || key == u"glyph")
        return tr("Action glyph");
    if (key == u"char" || key == u"character")
        return tr("Character");
    if (key == u"locate")
        return tr("Locate arrow");
    if (key == u"imagemarker")
        return tr("Image marker");
    if (key == u"plugin")
        return tr("Plugin");
    if (key == u"drawing")
        return tr("Drawing");
    if (key == u"effect" || key == u"effects" || key == u"vfx")
        return tr("Effect");
    if (key == u"instructor")
        return tr("Instructor");
    return rawType;
}

QString ContentDescriber::fileName(const QString &url)
{
    QString path = url;
    for (QChar end : {u'?', u'#'})
        if (const qsizetype cut = path.indexOf(end); cut >= 0)
            path.truncate(cut);
    if (const qsizetype scheme = path.indexOf(u"://"); scheme >= 0) {
        path = path.mid(scheme + 3);
        if (!path.contains(u'/') && !path.contains(u'\\'))
            return {}; // only a host (or nothing): "resources://", "https://example.org"
    }
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return QUrl::fromPercentEncoding(path.mid(slash + 1).toUtf8()).trimmed();
}

QString ContentDescriber::webLink(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https"))
        return {};
    const QString host = u.host();
    // "http://C:/Data/Users/…" parses with the host "c": a device path, not an address.
    if (host != u"localhost" && !host.contains(u'.'))
        return {};
    return url;
}

ContentDescriber::Card ContentDescriber::describe(const JsonValue &c, bool onExit)
{
    Card card;
    const ContentView view(&c);
    const QString type = JsonText::text(view.type());
    const QString predicate = JsonText::text(view.predicate());
    // ARLEM: every augmentation is "tangible" and its kind is the predicate.
    const bool legacy = !predicate.isEmpty() && (type.isEmpty() || type == u"tangible" || !view.hasData());
    card.rawType = legacy ? predicate : (type.isEmpty() ? predicate : type);

    // "act:grab", "char:Hanna", "plugin:timer": the kind, then the thing's name.
    QString kindKey = card.rawType, suffix;
    if (const qsizetype colon = kindKey.indexOf(u':'); colon > 0 && !kindKey.contains(u"://")) {
        suffix = kindKey.mid(colon + 1).trimmed();
        kindKey.truncate(colon);
    }
    card.kind = kindKey.isEmpty() ? tr("Content") : kindName(kindKey);

    QString name = JsonText::text(view.name());
    const QString url = JsonText::text(view.url());
    if (name.isEmpty())
        name = suffix;
    if (name.isEmpty() && legacy && normalized(kindKey) == u"model")
        name = JsonText::text(view.option()); // ARLEM keeps a model's name in `option`
    if (name.isEmpty())
        name = fileName(url);

    const QString text = JsonText::text(view.text());
    const QString key = normalized(kindKey);
    if (name.isEmpty() && !text.trimmed().isEmpty() && (key == u"label" || key == u"text")) {
        card.title = tr("%1: %2").arg(card.kind, text.simplified()); // "Label: Close V-12"
    } else {
        card.title = name.trimmed().isEmpty() ? card.kind : tr("%1 — %2").arg(card.kind, name.simplified());
        card.detail = text.trimmed();
    }
    if (card.detail.isEmpty())
        card.detail = JsonText::text(view.description());
    if (onExit)
        card.detail = card.detail.isEmpty() ? tr("Shown when the step ends") : tr("%1 (shown when the step ends)").arg(card.detail);
    if (const QString poi = JsonText::text(view.poi()); !poi.trimmed().isEmpty())
        card.place = tr("at %1").arg(poi.trimmed());
    card.link = webLink(url);
    return card;
}

} // namespace mirage

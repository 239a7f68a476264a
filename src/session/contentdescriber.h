// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

namespace mirage {

class JsonValue;

// One content of a step as its author knows it, in either activity shape (SPEC §7):
//  - legacy ARLEM: an `enter.activates` / `exit.activates` entry, whose `type` is "tangible" for
//    every augmentation, the kind sits in `predicate` ("audio", "image", "act:grab", "char:…"),
//    `poi` names the point of interest, `url` the file (often a device path such as
//    "http://C:/Data/Users/…/WEKIT_Audio_Step7.wav"), `text` a label's text, `option` a model's name,
//    and `id` the action's own id (never a title);
//  - the current data model: an activity-level `content` entry with `type` and `contentData`.
// Everything it returns is plain text; a device path is reduced to its file name and never becomes
// a link: only a real http(s) address (a host with a dot, or localhost) does.
class ContentDescriber
{
    Q_DECLARE_TR_FUNCTIONS(ContentDescriber)
public:
    struct Card
    {
        QString rawType; // the type or predicate as stored
        QString kind; // "Audio", "3D model", or an unknown predicate as it is
        QString title; // "Audio — WEKIT_Audio_Step7.wav", "Label: Close the valve", "Image"
        QString detail; // further text (a named label's text, a description), may be empty
        QString place; // "at AN-91da…" (the poi), may be empty
        QString link; // an http(s) address to open, may be empty
        bool operator==(const Card &) const = default;
    };

    // A content entry of either shape. `onExit` marks an `exit.activates` augmentation.
    static Card describe(const JsonValue &content, bool onExit = false);
    // The author's name for a predicate or content type ("ghosttracks" → "Ghost track"); an unknown
    // one comes back as it is.
    static QString kindName(const QString &rawType);
    // The last path segment of a URL or path ("http://C:/a/b/x.wav" → "x.wav"); empty for none.
    static QString fileName(const QString &url);
    // `url` when it is an http(s) address on a real host, else empty.
    static QString webLink(const QString &url);
};

} // namespace mirage

// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/fieldview.h"

#include <cstddef>

namespace mirage {

// One content of a step, in either activity shape (SPEC §7): a legacy ARLEM augmentation (`type`
// "tangible", the kind in `predicate`, `poi`, `url`, `text`, `option`) or a current content entry
// (`type`, `contentData`, the media of an image, audio, … in its own object). The content card and
// Find both read it here, so Find searches what the card shows. A view (protocol/fieldview.h).
class ContentView : public FieldView
{
public:
    using FieldView::FieldView;

    std::string_view type() const;
    std::string_view predicate() const;
    bool hasData() const; // a "contentData" object
    bool isAction() const; // an ARLEM "action" entry: not a content an author placed
    // The name shown: its own "name" or "title", else its data's "name", "title" or "fileName",
    // else those of a media object of its data ("image", "audio", …).
    std::string_view name() const;
    // The file or address: its data's "url" (or "imageUrl", …), a media object's, else its own "url".
    std::string_view url() const;
    std::string_view option() const; // ARLEM keeps a model's name here
    std::string_view text() const; // its own "text", else its data's
    std::string_view description() const; // its own, else its data's
    std::string_view poi() const;
    // The steps an activity-level content is shown on (an array of ids), nullptr when none.
    const JsonValue *steps() const;

    // Calls visit(n, value) for every value the accessors above may read, n numbering the places:
    // a fingerprint of what the card shows without making its text (session/stepmodel.cpp).
    template<typename Visit>
    void visitShown(Visit visit) const
    {
        size_t n = 0;
        const auto each = [&](const JsonValue *object, const auto &keys) {
            for (std::string_view key : keys) {
                ++n;
                if (const JsonValue *v = ContentView(object).member(key))
                    visit(n, *v);
            }
        };
        each(json(), kOwn);
        const JsonValue *data = dataObject();
        each(data, kData);
        for (std::string_view media : kMedia)
            each(ContentView(data).object(media), kMediaFile);
    }

private:
    const JsonValue *dataObject() const;
    std::string_view mediaText(std::initializer_list<std::string_view> keys) const;

    static constexpr std::string_view kType = "type", kPredicate = "predicate", kName = "name", kTitle = "title", kFileName = "fileName",
                                      kUrl = "url", kOption = "option", kText = "text", kDescription = "description", kPoi = "poi",
                                      kImageUrl = "imageUrl", kAudioUrl = "audioUrl", kVideoUrl = "videoUrl", kFileUrl = "fileUrl";
    static constexpr std::string_view kOwn[] = {kType, kPredicate, kName, kTitle, kUrl, kOption, kText, kDescription, kPoi};
    static constexpr std::string_view kData[] = {
        kName, kTitle, kFileName, kUrl, kImageUrl, kAudioUrl, kVideoUrl, kFileUrl, kText, kDescription};
    static constexpr std::string_view kMedia[] = {"image", "audio", "video", "model", "file", "character"};
    static constexpr std::string_view kMediaFile[] = {kName, kTitle, kFileName, kUrl, kFileUrl};
};

} // namespace mirage

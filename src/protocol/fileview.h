// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/fieldview.h"

namespace mirage {

// One shared file (a 4xx's file, an element of the files). "uploaded_by" is an id, or an object
// ({"id": …, "name": …}); the Files list, the log and the popups all read it here. A view
// (protocol/fieldview.h): no copy.
class FileView : public FieldView
{
public:
    using FieldView::FieldView;

    std::string_view id() const;
    // "name", else "filename"; empty when neither is given (callers show the id).
    std::string_view name() const;
    // The size in bytes, negative when not given as a number.
    double size() const;
    // "mime_type", else "type".
    std::string_view mimeType() const;
    std::string_view url() const;
    // Who uploaded it: the id ("uploaded_by", or its object's "id"), and the name an object gives.
    std::string_view uploaderId() const;
    std::string_view uploaderName() const;
    // "download_count" (saturating at the int64 range; 0 when absent, negative or not a number).
    int64_t downloads() const;
    // The member a 403 counts in (protocol's EventApplier).
    static std::string_view downloadsKey();
};

} // namespace mirage

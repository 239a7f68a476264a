// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/fileview.h"

#include "protocol/jsonvalue.h"

namespace mirage {

namespace {
constexpr std::string_view kId = "id", kName = "name", kFilename = "filename", kSize = "size", kMimeType = "mime_type", kType = "type",
                           kUrl = "url", kUploadedBy = "uploaded_by", kDownloadCount = "download_count";
} // namespace

std::string_view FileView::id() const
{
    return text(kId);
}

std::string_view FileView::name() const
{
    return firstText({kName, kFilename});
}

double FileView::size() const
{
    return number(kSize, -1);
}

std::string_view FileView::mimeType() const
{
    return firstText({kMimeType, kType});
}

std::string_view FileView::url() const
{
    return text(kUrl);
}

std::string_view FileView::uploaderId() const
{
    const JsonValue *by = member(kUploadedBy);
    if (by && by->isObject())
        return FileView(by).id();
    return by ? by->toString() : std::string_view();
}

std::string_view FileView::uploaderName() const
{
    return FileView(object(kUploadedBy)).text(kName);
}

int64_t FileView::downloads() const
{
    const JsonValue *count = member(kDownloadCount);
    if (!count || !count->isNumber())
        return 0;
    const int64_t n = count->toInt(); // saturates at the int64 range
    return n < 0 ? 0 : n;
}

std::string_view FileView::downloadsKey()
{
    return kDownloadCount;
}

} // namespace mirage

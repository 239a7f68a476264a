// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/statustext.h"

namespace mirage {

namespace {
QString refusal(int code)
{
    switch (code) {
    case 4401:
    case 401:
        return QStringLiteral("the server refused the connection: not authorised (%1); check the token").arg(code);
    case 4403:
    case 403:
        return QStringLiteral("the server refused the connection: forbidden (%1)").arg(code);
    case 4404:
    case 404:
        return QStringLiteral("the server refused the connection: no such activity (%1)").arg(code);
    default:
        return QStringLiteral("the server refused the connection (%1)").arg(code);
    }
}
} // namespace

QString StatusText::seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms < 1000 ? 2 : ms < 10000 ? 1 : 0) + QStringLiteral(" s");
}

QString StatusText::cause(const ChannelStatus &s)
{
    using R = ChannelStatus::Reason;
    switch (s.reason) {
    case R::None:
        return {};
    case R::Connecting:
        return s.attempt > 0 ? QStringLiteral("reconnecting to %1 (attempt %2)").arg(s.where).arg(s.attempt)
                             : QStringLiteral("connecting to %1").arg(s.where);
    case R::Opened:
        return QStringLiteral("connected to %1").arg(s.where);
    case R::ClosedByServer:
        if (s.closeCode == 1000 && s.serverText.isEmpty())
            return QStringLiteral("the connection closed");
        return QStringLiteral("the connection closed (code %1%2)")
                .arg(s.closeCode)
                .arg(s.serverText.isEmpty() ? QString() : QStringLiteral(", ") + s.serverText);
    case R::NetworkError:
        return s.networkError;
    case R::PingTimeout:
        return QStringLiteral("no answer to a ping within %1: the connection is dead").arg(seconds(s.timeoutMs));
    case R::HandshakeTimeout:
        return QStringLiteral("no answer from the server within %1").arg(seconds(s.timeoutMs));
    case R::HandshakeHttp:
        return QStringLiteral("the server answered the handshake with HTTP %1").arg(s.httpStatus);
    case R::Refused:
        if (!s.closeCode)
            return refusal(s.httpStatus) + QStringLiteral(" at the handshake");
        return refusal(s.closeCode) + (s.serverText.isEmpty() ? QString() : QStringLiteral(": ") + s.serverText);
    case R::ClosedByUser:
        return QStringLiteral("closed");
    }
    return {};
}

QString StatusText::status(const ChannelStatus &s)
{
    if (s.state == ChannelStatus::State::Reconnecting)
        return QStringLiteral("%1; retrying in %2").arg(cause(s), seconds(s.delayMs));
    return cause(s);
}

QString StatusText::snapshotFailure(const SnapshotFailure &f)
{
    using R = SnapshotFailure::Reason;
    switch (f.reason) {
    case R::None:
        return {};
    case R::HttpError:
        return QStringLiteral("the snapshot request answered HTTP %1").arg(f.httpStatus);
    case R::NetworkError:
        return QStringLiteral("the snapshot request failed: %1").arg(f.networkError);
    case R::Timeout:
        return QStringLiteral("the snapshot request took longer than %1 ms").arg(f.timeoutMs);
    case R::TooLarge:
        return QStringLiteral("the snapshot is larger than %1 bytes").arg(f.maxBytes);
    case R::Rejected:
        return f.detail;
    case R::HeldOverflow:
        return QStringLiteral("more than %1 events or %2 bytes arrived while the snapshot was loading").arg(f.maxHeld).arg(f.maxHeldBytes);
    }
    return {};
}

QString StatusText::snapshotWarning(const SnapshotFailure &f)
{
    return QStringLiteral("warning: %1; keeping the local state, updates may have been missed").arg(snapshotFailure(f));
}

} // namespace mirage

// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/connectiontext.h"

namespace mirage {

namespace {
QString refusal(int code)
{
    switch (code) {
    case 4401:
    case 401:
        return ConnectionText::tr("the server refused the connection: not authorised (%1); check the token").arg(code);
    case 4403:
    case 403:
        return ConnectionText::tr("the server refused the connection: forbidden (%1)").arg(code);
    case 4404:
    case 404:
        return ConnectionText::tr("the server refused the connection: no such activity (%1)").arg(code);
    default:
        return ConnectionText::tr("the server refused the connection (%1)").arg(code);
    }
}

// Capitalised, with a full stop.
QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QChar(0x2026)))
        text += QLatin1Char('.');
    return text;
}

// Issue #25, the network. An HTTP 403 at the handshake is the server's Origin check (SPEC §1:
// Channels' AllowedHostsOriginValidator): the fix is the origin, not the activity.
bool originRefused(const ChannelStatus &s)
{
    return s.reason == ChannelStatus::Reason::Refused && !s.closeCode && s.httpStatus == 403;
}

QString originRefusal(const ChannelStatus &s)
{
    if (s.origin.isEmpty())
        return ConnectionText::tr("the server refused the origin sent (HTTP 403 at the handshake); set one it allows with --origin");
    return ConnectionText::tr("the server refused the origin %1 (HTTP 403 at the handshake); set one it allows with --origin")
        .arg(s.origin);
}

QString originSentence(const ChannelStatus &s)
{
    const QString refused = s.origin.isEmpty()
        ? ConnectionText::tr("The server refused the origin MirageDesk sent (code 403).")
        : ConnectionText::tr("The server refused the origin “%1” that MirageDesk sent (code 403).").arg(s.origin);
    return refused + QLatin1Char(' ') + ConnectionText::tr("Start MirageDesk with --origin set to an origin the server allows.");
}

} // namespace

QString ConnectionText::sentence(const ChannelStatus &s)
{
    using R = ChannelStatus::Reason;
    const QString said = s.serverText.isEmpty() ? QString() : QLatin1Char(' ') + tr("The server said: “%1”.").arg(s.serverText);
    if (originRefused(s))
        return originSentence(s) + said;
    if (s.reason == R::Refused) {
        const int code = s.refusalCode();
        switch (code) {
        case 4401:
        case 401:
            return tr("The server needs a token for this activity (code %1).").arg(code) + said;
        case 4403:
        case 403:
            return tr("The server does not allow this activity (code %1).").arg(code) + said;
        case 4404:
        case 404:
            return tr("The server has no such activity (code %1).").arg(code) + said;
        default:
            return tr("The server refused the connection (code %1).").arg(code) + said;
        }
    }
    if (s.reason == R::ClosedByServer && !said.isEmpty())
        return tr("The connection closed (code %1).").arg(s.closeCode) + said;
    return asSentence(cause(s));
}

QString ConnectionText::seconds(int ms)
{
    return tr("%1 s").arg(QString::number(ms / 1000.0, 'f', ms < 1000 ? 2 : ms < 10000 ? 1 : 0));
}

QString ConnectionText::cause(const ChannelStatus &s)
{
    using R = ChannelStatus::Reason;
    switch (s.reason) {
    case R::None:
        return {};
    case R::Connecting:
        return s.attempt > 0 ? tr("reconnecting to %1 (attempt %n)", nullptr, s.attempt).arg(s.where) : tr("connecting to %1").arg(s.where);
    case R::Opened:
        return tr("connected to %1").arg(s.where);
    case R::ClosedByServer:
        if (s.closeCode == 1000 && s.serverText.isEmpty())
            return tr("the connection closed");
        if (s.serverText.isEmpty())
            return tr("the connection closed (code %1)").arg(s.closeCode);
        return tr("the connection closed (code %1, %2)").arg(s.closeCode).arg(s.serverText);
    case R::NetworkError:
        return s.networkError;
    case R::PingTimeout:
        return tr("no answer to a ping within %1: the connection is dead").arg(seconds(s.timeoutMs));
    case R::HandshakeTimeout:
        return tr("no answer from the server within %1").arg(seconds(s.timeoutMs));
    case R::HandshakeHttp:
        return tr("the server answered the handshake with HTTP %1").arg(s.httpStatus);
    case R::Refused:
        if (originRefused(s))
            return originRefusal(s);
        if (!s.closeCode)
            return tr("%1 at the handshake").arg(refusal(s.httpStatus));
        return s.serverText.isEmpty() ? refusal(s.closeCode) : tr("%1: %2").arg(refusal(s.closeCode), s.serverText);
    case R::ClosedByUser:
        return tr("closed");
    case R::Proxy:
        return proxy(s.proxyProblem, s.proxy, s.networkError);
    case R::Certificate:
        return certificate(s.certificate);
    }
    return {};
}

QString ConnectionText::status(const ChannelStatus &s)
{
    if (s.state == ChannelStatus::State::Reconnecting)
        return tr("%1; retrying in %2").arg(cause(s), seconds(s.delayMs));
    return cause(s);
}

QString ConnectionText::snapshotFailure(const SnapshotFailure &f)
{
    using R = SnapshotFailure::Reason;
    switch (f.reason) {
    case R::None:
        return {};
    case R::HttpError:
        return tr("the snapshot request answered HTTP %1").arg(f.httpStatus);
    case R::NetworkError:
        return tr("the snapshot request failed: %1")
            .arg(f.proxyProblem != ChannelStatus::ProxyProblem::None ? proxy(f.proxyProblem, f.proxy, f.networkError) : f.networkError);
    case R::Timeout:
        return tr("the snapshot request took longer than %n ms", nullptr, f.timeoutMs);
    case R::TooLarge:
        return tr("the snapshot is larger than %1 bytes").arg(f.maxBytes);
    case R::Rejected:
        switch (f.loadProblem) {
        case LoadProblem::TooLarge:
            return tr("the snapshot is too large to load");
        case LoadProblem::TooDeep:
            return tr("the snapshot is nested too deeply");
        case LoadProblem::NotJson:
            return tr("the snapshot is not valid JSON");
        case LoadProblem::NotObject:
            return tr("the snapshot is not an activity");
        case LoadProblem::None:
            break;
        }
        return f.detail;
    case R::HeldOverflow:
        return tr("more than %n events or %1 bytes arrived while the snapshot was loading", nullptr, f.maxHeld).arg(f.maxHeldBytes);
    case R::Certificate:
        return certificate(f.certificate);
    }
    return {};
}

QString ConnectionText::certificate(const CertificateProblem &p)
{
    using K = CertificateProblem::Kind;
    const QString names = p.names.isEmpty() ? QStringLiteral("-") : p.names.join(QStringLiteral(", "));
    const QString from = p.validFrom.toString(Qt::ISODate);
    const QString until = p.validUntil.toString(Qt::ISODate);
    switch (p.kind) {
    case K::None:
        return {};
    case K::Untrusted:
        return tr("%1; give the authority's certificate with --ca-file or SSL_CERT_FILE")
            .arg(tr("the certificate of %1 is not trusted: its issuer '%2' is unknown (it is for %3, valid until %4)")
                     .arg(p.host, p.issuer, names, until));
    case K::WrongName:
        return tr("the certificate of %1 is for %2, not for %1 (valid until %3)").arg(p.host, names, until);
    case K::Expired:
        return tr("the certificate of %1 has expired: it was valid until %2 (it is for %3)").arg(p.host, until, names);
    case K::NotYetValid:
        return tr("the certificate of %1 is not valid yet: it is valid from %2 (it is for %3)").arg(p.host, from, names);
    case K::Other:
        return tr("the certificate of %1 was refused: %2").arg(p.host, p.detail);
    }
    return {};
}

QString ConnectionText::proxy(ChannelStatus::ProxyProblem problem, const QString &address, const QString &networkError)
{
    using P = ChannelStatus::ProxyProblem;
    const QString proxy = address.isEmpty() ? tr("the proxy") : tr("the proxy %1").arg(address);
    switch (problem) {
    case P::NeedsCredentials:
        return tr("%1 wants a user name and password (HTTP 407)").arg(proxy)
            + QStringLiteral("; ") + tr("give them in the proxy's URL: http://USER:PASSWORD@HOST:PORT");
    case P::CredentialsRefused:
        return tr("%1 refused the user name and password given (HTTP 407)").arg(proxy);
    case P::Refused:
        return tr("cannot reach %1: nothing listens there (connection refused)").arg(proxy);
    case P::NotFound:
        return tr("cannot reach %1: its name is not known").arg(proxy);
    case P::TimedOut:
        return tr("cannot reach %1: it does not answer").arg(proxy);
    case P::Closed:
        return tr("%1 closed the connection before the server was reached").arg(proxy);
    case P::Failed:
    case P::None:
        break;
    }
    return tr("%1 failed: %2").arg(proxy, networkError);
}
QString ConnectionText::redirect(const QString &from, const QString &to)
{
    return tr("%1 redirects to %2: following it; give %2 as the server URL").arg(from, to);
}

QString ConnectionText::snapshotWarning(const SnapshotFailure &f)
{
    return tr("warning: %1; keeping the local state, updates may have been missed").arg(snapshotFailure(f));
}

QString ConnectionText::snapshotLogLine(const SnapshotFailure &f)
{
    return tr("could not load the activity: %1").arg(snapshotFailure(f));
}

} // namespace mirage

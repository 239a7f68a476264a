// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "base/connectionflags.h"

#include <QString>

class QCommandLineParser;

namespace mirage {

struct ChannelEndpoint;
struct ChannelSettings;

// The connection options both entry points take (`miragedesk` and `miragedesk watch`): --server,
// --activity, --token-file, --token-query, --origin, --ca-file (defined in base/ConnectionFlags), and how
// they are read into ChannelSettings. The token comes from --token-file, else $MIRAGEDESK_TOKEN
// (TokenSource). read() finds them by name, so a parser given them through WindowOptions reads the same.
class ConnectionOptions : public ConnectionFlags
{
public:
    // --origin, --token-query, the token and the certificate authorities to trust (--ca-file and
    // SSL_CERT_FILE/SSL_CERT_DIR: TlsTrust) into `settings`; false with a reason that never holds
    // the token when the token file or the CA file cannot be read, or when --origin is not
    // http(s)://host[:port] (a trailing slash is dropped). The token is bound to no server yet.
    bool read(const QCommandLineParser &parser, ChannelSettings *settings, QString *error) const;
    // What is wrong with an origin (--origin, or the window's per-server field).
    enum class OriginProblem { None, NoScheme, NotAUrl, NotHttp, NoHost, MoreThanOrigin };
    // An origin as a browser sends it (RFC 6454): http(s)://host[:port], nothing after but a slash
    // (dropped: `origin` is the normalised text). Anything else is said at once: a server answers
    // it with 400 or 403, and the channel would retry forever.
    static OriginProblem checkOrigin(const QString &text, QString *origin);
    // The token belongs to the server given with --server: only `endpoint`'s server gets it.
    static void bindToken(ChannelSettings *settings, const ChannelEndpoint &endpoint);
};

} // namespace mirage

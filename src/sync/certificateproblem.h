// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSslError;

namespace mirage {

// Why a server's certificate was refused, as data (issue #25): ConnectionText words it. Not a
// passing fault: the channel stops retrying until the user reconnects.
struct CertificateProblem
{
    enum class Kind {
        None,
        Untrusted, // no known authority issued it (a private CA not given, a self-signed one)
        WrongName, // it is not for the host connected to
        Expired,
        NotYetValid,
        Other, // another TLS verification error: detail
    };

    Kind kind = Kind::None;
    QString host; // the host connected to
    QStringList names; // the names the certificate is for (its DNS and IP names, else its common name)
    QString issuer; // the issuer's common name (or organisation)
    QDateTime validFrom; // UTC
    QDateTime validUntil; // UTC
    QString detail; // Other: Qt's text of the error

    bool failed() const { return kind != Kind::None; }
    // From the errors Qt reported for a connection to `host`; Kind::None when `errors` is empty.
    // When there are several, the most fundamental one is the kind (untrusted, then the name,
    // then the dates); the names and dates are always filled.
    static CertificateProblem from(const QList<QSslError> &errors, const QString &host);
    bool operator==(const CertificateProblem &) const = default;
};

} // namespace mirage

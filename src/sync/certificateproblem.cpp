// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/certificateproblem.h"

#include <QSslCertificate>
#include <QSslError>

namespace mirage {

namespace {
int rank(CertificateProblem::Kind kind)
{
    switch (kind) {
    case CertificateProblem::Kind::Untrusted:
        return 5;
    case CertificateProblem::Kind::WrongName:
        return 4;
    case CertificateProblem::Kind::Expired:
        return 3;
    case CertificateProblem::Kind::NotYetValid:
        return 2;
    case CertificateProblem::Kind::Other:
        return 1;
    case CertificateProblem::Kind::None:
        break;
    }
    return 0;
}

CertificateProblem::Kind kindOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return CertificateProblem::Kind::Untrusted;
    case QSslError::HostNameMismatch:
        return CertificateProblem::Kind::WrongName;
    case QSslError::CertificateExpired:
        return CertificateProblem::Kind::Expired;
    case QSslError::CertificateNotYetValid:
        return CertificateProblem::Kind::NotYetValid;
    default:
        return CertificateProblem::Kind::Other;
    }
}
} // namespace

CertificateProblem CertificateProblem::from(const QList<QSslError> &errors, const QString &host)
{
    CertificateProblem p;
    if (errors.isEmpty())
        return p;
    p.host = host;
    QSslCertificate certificate;
    for (const QSslError &e : errors) {
        const Kind k = kindOf(e.error());
        if (rank(k) > rank(p.kind)) {
            p.kind = k;
            p.detail = e.errorString();
        }
        // The server's own certificate: the one of a name or date error, else the first one named.
        if (!e.certificate().isNull() && (certificate.isNull() || k == Kind::WrongName))
            certificate = e.certificate();
    }
    if (certificate.isNull())
        return p;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !p.names.contains(it.value()))
            p.names << it.value();
    }
    if (p.names.isEmpty())
        p.names = certificate.subjectInfo(QSslCertificate::CommonName);
    QStringList issuer = certificate.issuerInfo(QSslCertificate::CommonName);
    if (issuer.isEmpty())
        issuer = certificate.issuerInfo(QSslCertificate::Organization);
    p.issuer = issuer.join(QStringLiteral(", "));
    p.validFrom = certificate.effectiveDate().toUTC();
    p.validUntil = certificate.expiryDate().toUTC();
    return p;
}

} // namespace mirage

// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/snapshotfetch.h"

#include "protocol/activitystate.h"
#include "sync/authorisedrequest.h"
#include "sync/proxyfailure.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mirage {

SnapshotFetch::SnapshotFetch(QNetworkAccessManager *nam, const QNetworkRequest &request, int timeoutMs, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_timeoutMs(timeoutMs)
    , m_maxBytes(maxBytes)
{
    // An overall deadline: Qt's transfer timeout restarts with every byte, so a trickle never ends.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(Outcome::TimedOut); });
}

void SnapshotFetch::start()
{
    if (m_started || m_cancelled)
        return;
    m_started = true;
    m_host = m_request.url().host();
    m_reply = m_nam->get(m_request);
    // Not ignored: the request fails after these.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    m_request = QNetworkRequest(); // the token it may carry is not kept longer than needed
    // Without a read buffer size Qt's HTTP thread reads the socket as fast as it can and queues
    // every piece for this thread: an endless body sent fast piled up to 491 MB before the cap
    // below saw 64 MiB (issue #23). With one, it stops reading until onReadyRead has taken what
    // it holds, so the memory is the cap plus this much.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (m_maxBytes > 0 && length.isValid() && length.toLongLong() > m_maxBytes)
            fail(Outcome::TooLarge);
        else if (length.isValid() && length.toLongLong() > 0) // read into place: no copy as it grows (issue #26)
            m_body.reserve(qsizetype(length.toLongLong()) + qsizetype(ActivityState::kReadPadding));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &SnapshotFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SnapshotFetch::onFinished);
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
}

SnapshotFetch::~SnapshotFetch()
{
    drop();
}

void SnapshotFetch::cancel()
{
    m_cancelled = true;
    m_request = QNetworkRequest();
    m_deadline.stop();
    drop();
}

void SnapshotFetch::drop()
{
    if (QNetworkReply *r = m_reply) {
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    if (m_started && !m_released) {
        m_released = true;
        Q_EMIT released(); // the server's next queued GET may start
    }
}

void SnapshotFetch::onReadyRead()
{
    if (!m_reply)
        return;
    // Read as it comes, so that Qt holds nothing back and the cap counts every byte; straight into
    // the body (a 36 MB snapshot's reads and growth were ~8% of the window's start, issue #26).
    const qint64 room = m_maxBytes > 0 ? m_maxBytes - m_body.size() + 1 : m_reply->bytesAvailable();
    const qint64 n = qMin(m_reply->bytesAvailable(), qMax<qint64>(room, 1));
    if (n <= 0)
        return;
    const qsizetype at = m_body.size();
    if (m_body.capacity() < at + n)
        m_body.reserve(qMax(at + qsizetype(n), at * 2));
    m_body.resize(at + qsizetype(n));
    m_body.resize(at + qsizetype(qMax<qint64>(m_reply->read(m_body.data() + at, n), 0)));
    if (m_maxBytes > 0 && m_body.size() > m_maxBytes)
        fail(Outcome::TooLarge);
}

void SnapshotFetch::onFinished()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() == QNetworkReply::NoError && m_status == 200) {
        onReadyRead();
        if (!m_reply)
            return; // over the cap
        // The parser's padding, zeroed, past the end (chop keeps the capacity): loadInto() parses
        // the body where it is instead of copying 9 MB of a 10,000-step snapshot (issue #14).
        m_body.append(qsizetype(ActivityState::kReadPadding), '\0');
        m_body.chop(qsizetype(ActivityState::kReadPadding));
        m_outcome = Outcome::Ok;
    } else if (!m_sslErrors.isEmpty()) {
        m_outcome = Outcome::Certificate;
        m_body.clear();
    } else if (const ProxyFailure proxy = ProxyFailure::of(m_reply->error(), m_reply->url()); proxy.failed()) {
        m_outcome = Outcome::Failed; // at the proxy (a 407 is the proxy's, not the server's answer)
        m_proxy = proxy;
        m_errorText = AuthorisedRequest::withoutQueries(m_reply->errorString());
        m_body.clear();
    } else if (m_status && m_status != 200 && m_reply->error() != QNetworkReply::InsecureRedirectError
        && m_reply->error() != QNetworkReply::TooManyRedirectsError) {
        m_outcome = Outcome::HttpError;
        m_body.clear();
    } else {
        m_outcome = Outcome::Failed;
        m_errorText = AuthorisedRequest::withoutQueries(m_reply->errorString());
        m_body.clear();
    }
    drop();
    Q_EMIT finished();
}

bool SnapshotFetch::loadInto(ActivityState &state, SnapshotFailure &failure) const
{
    const bool padded = m_body.capacity() - m_body.size() >= qsizetype(ActivityState::kReadPadding);
    LoadProblem problem = LoadProblem::None;
    const std::string error = state.loadSnapshot(std::string_view(m_body.constData(), size_t(m_body.size())), padded, &problem);
    if (error.empty())
        return true;
    failure.reason = SnapshotFailure::Reason::Rejected;
    failure.loadProblem = problem;
    failure.detail = QString::fromStdString(error);
    return false;
}

void SnapshotFetch::fail(Outcome outcome)
{
    if (!m_reply)
        return;
    m_deadline.stop();
    m_outcome = outcome;
    m_body.clear();
    drop();
    Q_EMIT finished();
}

} // namespace mirage

namespace mirage {

SnapshotFailure SnapshotFetch::failure() const
{
    SnapshotFailure f;
    switch (m_outcome) {
    case Outcome::Ok:
        break;
    case Outcome::HttpError:
        f.reason = SnapshotFailure::Reason::HttpError;
        f.httpStatus = m_status;
        break;
    case Outcome::Failed:
        f.reason = SnapshotFailure::Reason::NetworkError;
        f.networkError = m_errorText;
        f.proxyProblem = m_proxy.problem;
        f.proxy = m_proxy.proxy;
        break;
    case Outcome::TimedOut:
        f.reason = SnapshotFailure::Reason::Timeout;
        f.timeoutMs = m_timeoutMs;
        break;
    case Outcome::TooLarge:
        f.reason = SnapshotFailure::Reason::TooLarge;
        f.maxBytes = m_maxBytes;
        break;
    case Outcome::Certificate:
        f.reason = SnapshotFailure::Reason::Certificate;
        f.certificate = CertificateProblem::from(m_sslErrors, m_host);
        break;
    }
    return f;
}

} // namespace mirage

#include "sync/snapshotfetch.h"

#include "sync/authorisedrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mirage {

SnapshotFetch::SnapshotFetch(QNetworkAccessManager *nam, const QNetworkRequest &request, int timeoutMs, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_timeoutMs(timeoutMs), m_maxBytes(maxBytes)
{
    m_reply = nam->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (m_maxBytes > 0 && length.isValid() && length.toLongLong() > m_maxBytes)
            fail(Outcome::TooLarge);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &SnapshotFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SnapshotFetch::onFinished);
    // An overall deadline: Qt's transfer timeout restarts with every byte, so a trickle never ends.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(Outcome::TimedOut); });
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
}

SnapshotFetch::~SnapshotFetch()
{
    drop();
}

void SnapshotFetch::cancel()
{
    m_deadline.stop();
    drop();
}

void SnapshotFetch::drop()
{
    if (!m_reply)
        return;
    QNetworkReply *r = m_reply;
    m_reply = nullptr;
    r->disconnect(this);
    r->abort();
    r->deleteLater();
}

void SnapshotFetch::onReadyRead()
{
    if (!m_reply)
        return;
    // Read as it comes, so that Qt holds nothing back and the cap counts every byte.
    const qint64 room = m_maxBytes > 0 ? m_maxBytes - m_body.size() + 1 : m_reply->bytesAvailable();
    m_body += m_reply->read(qMax<qint64>(room, 1));
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
        m_outcome = Outcome::Ok;
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

QString SnapshotFetch::failureText() const
{
    switch (m_outcome) {
    case Outcome::Ok: return {};
    case Outcome::HttpError: return QStringLiteral("the snapshot request answered HTTP %1").arg(m_status);
    case Outcome::Failed: return QStringLiteral("the snapshot request failed: %1").arg(m_errorText);
    case Outcome::TimedOut: return QStringLiteral("the snapshot request took longer than %1 ms").arg(m_timeoutMs);
    case Outcome::TooLarge: return QStringLiteral("the snapshot is larger than %1 bytes").arg(m_maxBytes);
    }
    return {};
}

} // namespace mirage

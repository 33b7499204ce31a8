#include "app/StationSecrets.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace wf::app {

namespace {

const QString kService = QStringLiteral("warehouse-floor");
constexpr int kAnswerWithinMs = 5000;

QString keyFor(const QString& stationId)
{
    return QStringLiteral("master-password/") + stationId;
}

/// Starts the job and waits for its answer; false when none came in time.
bool runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy elsewhere: the 0600 file is our fallback
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(kAnswerWithinMs, &loop, &QEventLoop::quit);
    job.start();
    if (!answered)
        loop.exec();
    return answered;
}

} // namespace

StationSecrets::Outcome StationSecrets::storeMasterPassword(const QString& stationId, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(stationId));
    job.setTextData(password);
    if (!runToEnd(job))
        return {false, QStringLiteral("the secret store did not answer within %1 s").arg(kAnswerWithinMs / 1000)};
    if (job.error() != QKeychain::NoError)
        return {false, job.errorString()};
    return {true, {}};
}

std::optional<QString> StationSecrets::masterPassword(const QString& stationId, QString* why)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(stationId));
    if (!runToEnd(job)) {
        if (why)
            *why = QStringLiteral("the secret store did not answer within %1 s").arg(kAnswerWithinMs / 1000);
        return std::nullopt;
    }
    if (job.error() != QKeychain::NoError) {
        if (why)
            *why = job.errorString();
        return std::nullopt;
    }
    return job.textData();
}

void StationSecrets::forgetMasterPassword(const QString& stationId)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(stationId));
    runToEnd(job);
}

} // namespace wf::app

#include <chrono>
#include <vector>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "LookupBench.h"
#include "ScannerBench.h"
#include "scanner/ImageDecoder.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Sample
{
    QString path;
    QString expected; ///< empty: no barcode expected
    QImage image;
};

bool isGtin(const QString& s)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{8}|\\d{12,14})$"));
    return digits.match(s).hasMatch();
}

/// Same data: GTINs as GTIN-14, GS1 without brackets and separators.
bool sameContent(QString got, QString expected)
{
    if (isGtin(got) && isGtin(expected))
        return got.rightJustified(14, QLatin1Char('0')) == expected.rightJustified(14, QLatin1Char('0'));
    for (QString* s : {&got, &expected})
        s->remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QChar(0x1D));
    return got == expected;
}

std::vector<Sample> loadSamples(const QString& folder)
{
    std::vector<Sample> samples;
    QDirIterator it(folder,
                    {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.webp")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile txt(QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName()
                  + QStringLiteral(".txt"));
        Sample s{path, txt.open(QIODevice::ReadOnly) ? QString::fromUtf8(txt.readAll()) : QString(), QImage(path)};
        if (!s.image.isNull())
            samples.push_back(std::move(s));
    }
    return samples;
}

QImage onCameraFrame(const QImage& image)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(0x80, 0x80, 0x80));
    const QImage fitted = image.width() > 1200 || image.height() > 680
                              ? image.scaled(1200, 680, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image;
    QPainter painter(&frame);
    painter.drawImage((1280 - fitted.width()) / 2, (720 - fitted.height()) / 2, fitted);
    return frame;
}

struct ZbarRun
{
    double ms = 0;
    QString text;
};

ZbarRun zbar(const QString& program, const QString& path)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, {QStringLiteral("-q"), QStringLiteral("--raw"), path});
    process.waitForFinished(30000);
    return {double(timer.nsecsElapsed()) / 1e6,
            QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0)};
}

} // namespace

Result<QJsonObject> DecodeBench::run(const QString& folder, int repeats)
{
    const auto samples = loadSamples(folder);
    if (samples.empty())
        return fail(Error::Code::NotFound, QStringLiteral("no images in the folder"), folder);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    std::vector<double> ours, frames, theirs;
    int oursCorrect = 0, theirsCorrect = 0, expected = 0;
    for (const Sample& s : samples) {
        expected += s.expected.isEmpty() ? 0 : 1;
        for (int r = 0; r < repeats; ++r) {
            const auto t0 = Clock::now();
            const auto decoded = scanner::ImageDecoder::decode(s.image, {});
            ours.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            if (r == 0 && decoded && !decoded->isEmpty() && !s.expected.isEmpty()
                && sameContent(decoded->first().text, s.expected))
                ++oursCorrect;
        }
        const QImage frame = onCameraFrame(s.image);
        const auto t1 = Clock::now();
        (void)scanner::ImageDecoder::decode(frame, {});
        frames.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t1).count());
        if (!zbarimg.isEmpty()) {
            const ZbarRun z = zbar(zbarimg, s.path);
            theirs.push_back(z.ms);
            if (!s.expected.isEmpty() && !z.text.isEmpty() && sameContent(z.text, s.expected))
                ++theirsCorrect;
        }
    }
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("decode")},
                       {QStringLiteral("images"), int(samples.size())},
                       {QStringLiteral("with_expected_text"), expected},
                       {QStringLiteral("median_ms"), percentile(ours, 50)},
                       {QStringLiteral("p95_ms"), percentile(ours, 95)},
                       {QStringLiteral("correct"), oursCorrect},
                       {QStringLiteral("frame_1280x720_median_ms"), percentile(frames, 50)},
                       {QStringLiteral("frame_1280x720_p95_ms"), percentile(frames, 95)}};
    if (zbarimg.isEmpty()) {
        result.insert(QStringLiteral("zbarimg"), QStringLiteral("not installed (apt-get install zbar-tools)"));
        return result;
    }
    // zbarimg once over every image: the mean per image without a process start each time.
    QStringList paths{QStringLiteral("-q"), QStringLiteral("--raw")};
    for (const Sample& s : samples)
        paths << s.path;
    QProcess batch;
    QElapsedTimer batchTimer;
    batchTimer.start();
    batch.start(zbarimg, paths);
    batch.waitForFinished(300000);
    result.insert(QStringLiteral("zbarimg_batch_mean_ms"),
                  double(batchTimer.nsecsElapsed()) / 1e6 / double(samples.size()));
    double ourTotal = 0;
    for (double v : ours)
        ourTotal += v;
    result.insert(QStringLiteral("mean_ms"), ourTotal / double(ours.size()));
    const double theirMedian = percentile(theirs, 50);
    result.insert(QStringLiteral("zbarimg_median_ms"), theirMedian);
    result.insert(QStringLiteral("zbarimg_p95_ms"), percentile(theirs, 95));
    result.insert(QStringLiteral("zbarimg_correct"), theirsCorrect);
    result.insert(QStringLiteral("zbarimg_note"), QStringLiteral("one process per image, start-up included"));
    result.insert(QStringLiteral("ratio"), theirMedian > 0 ? percentile(ours, 50) / theirMedian : 0.0);
    return result;
}

} // namespace wf::bench

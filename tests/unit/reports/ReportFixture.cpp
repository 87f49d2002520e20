#include "ReportFixture.h"

#include "evaluators/DeclarationReader.h"
#include "reports/DemoPki.h"
#include "reports/SignedReport.h"

#include "FixedClock.h"
#include "TestClock.h"

#include <gtest/gtest.h>

namespace starmark::test {
namespace {

std::unique_ptr<AssessmentFile> importDemo(ReportFixture& f, const char* demo)
{
    const DeclarationReader::Result read = DeclarationReader::readFile(
        QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/%1/declaration.yaml").arg(QLatin1String(demo)), *f.library);
    if (!read.assessment)
        throw std::runtime_error("the demo does not read");
    const FixedClock clock(testNow());
    QString error;
    auto file = AssessmentFile::create(f.dir.filePath(QLatin1String(demo) + QStringLiteral(".starmark")), *read.assessment,
        f.library->chain(*f.library->find(read.assessment->catalog)), QStringLiteral("test"), clock, &error);
    if (!file)
        throw std::runtime_error(error.toStdString());
    return file;
}

} // namespace

ReportFixture& ReportFixture::instance()
{
    static ReportFixture* fixture = [] {
        auto* f = new ReportFixture;
        f->library.emplace(CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")}));
        QString error;
        if (!DemoPki::create(f->dir.filePath(QStringLiteral("pki")), testNow(), &error))
            throw std::runtime_error(error.toStdString());
        f->camera = importDemo(*f, "camera-star1");
        f->router = importDemo(*f, "router-star3");
        return f;
    }();
    return *fixture;
}

QString ReportFixture::pki(const QString& file) const
{
    return dir.filePath(QStringLiteral("pki/") + file);
}

SigningIdentity ReportFixture::identity(const QString& role) const
{
    QString error;
    std::optional<SigningIdentity> id = SigningIdentity::load(
        pki(role + QStringLiteral(".key")), pki(role + QStringLiteral(".pem")), pki(QStringLiteral("ca.pem")), {}, &error);
    if (!id)
        throw std::runtime_error(error.toStdString());
    return std::move(*id);
}

QList<const Catalog*> ReportFixture::chain(const AssessmentFile& file) const
{
    return library->chain(*library->find(file.load(nullptr)->catalog));
}

QByteArray ReportFixture::signedCameraReport() const
{
    static const QByteArray pdf = [this] {
        QString error;
        const std::optional<QByteArray> made
            = SignedReport::make(*camera, chain(*camera), identity(), {Language::Japanese, testNow()}, &error);
        if (!made)
            throw std::runtime_error(error.toStdString());
        return *made;
    }();
    return pdf;
}

std::string describe(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.code + QStringLiteral(": ") + p.message.text(Language::English);
    return out.join(QStringLiteral(" | ")).toStdString();
}

} // namespace starmark::test

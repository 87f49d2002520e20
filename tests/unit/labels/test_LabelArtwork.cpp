#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/QrImageReader.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace starmark;

TEST(LabelArtwork, BothSizesScanBackToTheExactUrl)
{
    LabelToken t{QStringLiteral("JCS-26-000123"), 3, QStringLiteral("router"), QStringLiteral("SN-R7000"), QStringLiteral("5.0.2"),
        QDate(2026, 11, 22), QDate(2033, 3, 31), QDate(2028, 11, 21), {}, {}};
    t.sign(IssuerKey::generate());
    const QString url = LabelToken::url(QStringLiteral("https://label.starmark.example"), t);
    const std::optional<QrCode> qr = QrCode::encode(url, nullptr);
    ASSERT_TRUE(qr.has_value());
    for (const LabelArtwork::Size size : {LabelArtwork::Size::Standard, LabelArtwork::Size::Small}) {
        const QByteArray png = LabelArtwork::render({3, t.registration, *qr, size}, LabelArtwork::Format::Png, 600);
        const QImage image = QImage::fromData(png, "PNG");
        ASSERT_FALSE(image.isNull());
        const QSizeF mm = LabelArtwork::millimetres(size);
        EXPECT_NEAR(image.width(), mm.width() / 25.4 * 600, 1);
        EXPECT_EQ(QrImageReader::read(image), QStringList{url});
    }
    const QByteArray svg = LabelArtwork::render({3, t.registration, *qr, LabelArtwork::Size::Standard}, LabelArtwork::Format::Svg);
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("width=\"30mm\"") || svg.contains("width=\"29.9") || svg.contains("mm\"")) << svg.left(400).toStdString();
    const QByteArray pdf = LabelArtwork::render({3, t.registration, *qr, LabelArtwork::Size::Small}, LabelArtwork::Format::Pdf);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
}

TEST(LabelArtwork, FormatFollowsTheExtension)
{
    EXPECT_EQ(LabelArtwork::formatOf(QStringLiteral("a.SVG")), LabelArtwork::Format::Svg);
    EXPECT_EQ(LabelArtwork::formatOf(QStringLiteral("a.png")), LabelArtwork::Format::Png);
    EXPECT_EQ(LabelArtwork::formatOf(QStringLiteral("a.pdf")), LabelArtwork::Format::Pdf);
    EXPECT_FALSE(LabelArtwork::formatOf(QStringLiteral("a.jpg")).has_value());
}

#include "labels/QrCode.h"
#include "labels/QrImageReader.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

// QR codes side by side, 8 pixels a module, each with its quiet zone.
QImage codes(const QStringList& texts)
{
    QList<QrCode> qr;
    for (const QString& t : texts)
        qr << QrCode::encode(t, nullptr).value();
    const int cell = 8;
    const int side = (qr.constFirst().width + 8) * cell;
    QImage image(side * int(qr.size()), side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < qr.size(); ++i)
        for (int y = 0; y < qr[i].width; ++y)
            for (int x = 0; x < qr[i].width; ++x)
                if (qr[i].isDark(x, y))
                    painter.fillRect(i * side + (x + 4) * cell, (y + 4) * cell, cell, cell, Qt::black);
    return image;
}

const QString genuine = QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/JCS-26-000123/AAAA");
const QString pasted = QStringLiteral("HTTPS://EVIL.EXAMPLE/L/JCS-26-000123/AAAA");

} // namespace

TEST(QrImageReader, ReadsEveryCodeInAnImage)
{
    const QStringList read = QrImageReader::read(codes({genuine, pasted}));
    EXPECT_EQ(read.size(), 2);
    EXPECT_TRUE(read.contains(genuine) && read.contains(pasted));
}

TEST(QrImageReader, OneLabelIsRefusedWhenTheCodesDiffer)
{
    QString problem;
    EXPECT_FALSE(QrImageReader::oneLabel(QrImageReader::read(codes({genuine, pasted})), &problem));
    EXPECT_TRUE(problem.startsWith(QStringLiteral("the image holds 2 different QR codes ('HTTPS://"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("photograph one label at a time")));
    EXPECT_FALSE(QrImageReader::oneLabel({}, &problem));
    EXPECT_TRUE(problem.startsWith(QStringLiteral("no QR code found")));
}

TEST(QrImageReader, TheSameCodeTwiceIsOneLabel)
{
    QString problem;
    EXPECT_EQ(QrImageReader::oneLabel(QrImageReader::read(codes({genuine, genuine})), &problem), genuine) << problem.toStdString();
    EXPECT_EQ(QrImageReader::oneLabel({genuine}, &problem), genuine);
}

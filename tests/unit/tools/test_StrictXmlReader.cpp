#include "evaluators/tools/StrictXmlReader.h"

#include "evaluators/tools/ToolLimits.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

// Reads every element; the problems the reader stopped at.
Problems readAll(const QByteArray& xml, int* elements = nullptr)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    StrictXmlReader reader(buffer, QStringLiteral("out.xml"));
    int count = 0;
    while (reader.next()) {
        if (reader.isStart())
            ++count;
    }
    if (elements)
        *elements = count;
    return reader.problems();
}

} // namespace

TEST(StrictXmlReader, ABareDoctypeAsNmapWritesItIsReadPast)
{
    int elements = 0;
    EXPECT_TRUE(readAll("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun>\n<nmaprun><host/></nmaprun>", &elements).isEmpty());
    EXPECT_EQ(elements, 2);
}

TEST(StrictXmlReader, AnExternalEntityIsRefusedBeforeAnythingIsLoaded)
{
    const Problems problems = readAll("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                                      "<nmaprun>&xxe;</nmaprun>");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.xml-dtd"));
    EXPECT_EQ(problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(problems[0].where.file, QStringLiteral("out.xml"));
    EXPECT_GE(problems[0].where.line, 2);
}

TEST(StrictXmlReader, AnExternalDtdIsRefused)
{
    const Problems problems = readAll("<!DOCTYPE nmaprun SYSTEM \"http://198.51.100.1/nmap.dtd\"><nmaprun/>");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.xml-dtd"));
}

TEST(StrictXmlReader, ABillionLaughsIsRefusedAtItsDeclarations)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    QByteArray previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        xml += "<!ENTITY " + name + " \"" + ("&" + previous + ";").repeated(10) + "\">\n";
        previous = name;
    }
    xml += "]>\n<lolz>&lol9;</lolz>";
    const Problems problems = readAll(xml);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.xml-dtd"));
}

TEST(StrictXmlReader, AnUndeclaredEntityIsNotWellFormed)
{
    const Problems problems = readAll("<nmaprun>&nope;</nmaprun>");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.xml-malformed"));
}

TEST(StrictXmlReader, XmlsOwnEntitiesAndCharacterReferencesAreRead)
{
    QBuffer buffer;
    buffer.setData("<a x=\"&lt;1&#xa;&amp;\">t&gt;</a>");
    buffer.open(QIODevice::ReadOnly);
    StrictXmlReader reader(buffer, QStringLiteral("out.xml"));
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.attribute("x"), QStringLiteral("<1\n&"));
    EXPECT_EQ(reader.readText(), QStringLiteral("t>"));
    EXPECT_TRUE(reader.problems().isEmpty());
}

TEST(StrictXmlReader, ATruncatedFileSaysSoWithTheLineItEndsOn)
{
    const Problems problems = readAll("<nmaprun>\n<host>\n<ports><port protocol=\"tcp\" portid=\"22\">");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.xml-truncated"));
    EXPECT_EQ(problems[0].where.line, 3);
}

TEST(StrictXmlReader, NestingPastTheLimitIsRefused)
{
    const QByteArray xml = QByteArray("<a>").repeated(ToolLimits::depth + 1) + QByteArray("</a>").repeated(ToolLimits::depth + 1);
    const Problems problems = readAll(xml);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("tool.too-deep"));
    EXPECT_TRUE(readAll(QByteArray("<a>").repeated(ToolLimits::depth) + QByteArray("</a>").repeated(ToolLimits::depth)).isEmpty());
}

TEST(StrictXmlReader, AnAttributePastTheTextLimitIsRefused)
{
    QBuffer buffer;
    buffer.setData("<a x=\"" + QByteArray(ToolLimits::textBytes + 1, 'x') + "\"/>");
    buffer.open(QIODevice::ReadOnly);
    StrictXmlReader reader(buffer, QStringLiteral("out.xml"));
    ASSERT_TRUE(reader.next());
    EXPECT_TRUE(reader.attribute("x").isEmpty());
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].code, QStringLiteral("tool.text-too-long"));
}

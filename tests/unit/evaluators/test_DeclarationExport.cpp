#include "Fixtures.h"

#include "evaluators/DeclarationExport.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

Assessment::Evidence evidence(const QString& name, char content)
{
    return {name, QByteArray(64, content), 10, {}};
}

QStringList namesOf(const Assessment& a)
{
    QStringList names;
    for (const Assessment::Result& r : a.results) {
        for (const Assessment::Evidence& e : r.evidence)
            names << e.name;
    }
    return names;
}

} // namespace

TEST(DeclarationExport, EveryContentGetsANameOfItsOwnInsideTheFolder)
{
    Assessment a;
    a.results[QStringLiteral("R1")].evidence = {evidence(QStringLiteral("report.pdf"), 'a'), evidence(QStringLiteral("log"), 'c')};
    a.results[QStringLiteral("R2")].evidence = {evidence(QStringLiteral("report.pdf"), 'b'), evidence(QStringLiteral("report.pdf"), 'a')};
    a.results[QStringLiteral("R3")].evidence = {evidence(QStringLiteral("../../etc/passwd"), 'd'), evidence(QStringLiteral("/etc/hostname"), 'e'),
        evidence(QStringLiteral("log/inner.txt"), 'f'), evidence(QStringLiteral("declaration.yaml"), 'g'),
        evidence(QStringLiteral("./sub/../report.pdf"), 'h')};
    const Assessment out = DeclarationExport::withUniqueNames(a, QStringLiteral("declaration.yaml"));
    EXPECT_EQ(namesOf(out),
        QStringList({QStringLiteral("report.pdf"), QStringLiteral("log"), QStringLiteral("report (2).pdf"), QStringLiteral("report.pdf"),
            QStringLiteral("evidence/dddddddddddd-passwd"), QStringLiteral("evidence/eeeeeeeeeeee-hostname"),
            QStringLiteral("ffffffffffff-inner.txt"), QStringLiteral("declaration (2).yaml"), QStringLiteral("report (3).pdf")}));
}

#include "criteria/CatalogLibrary.h"
#include "criteria/KnownDigests.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const CatalogLibrary& shipped()
{
    static const CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    return library;
}

const Catalog& catalog(const char* id)
{
    const Catalog* c = shipped().find(QString::fromUtf8(id));
    if (!c)
        throw std::runtime_error(std::string("missing catalog ") + id);
    return *c;
}

} // namespace

TEST(ShippedCatalogs, AllValidate)
{
    for (const Problem& d : shipped().problems())
        ADD_FAILURE() << d.code.toStdString() << ": " << d.toString(Language::English).toStdString();
    for (const Catalog* c : shipped().catalogs())
        EXPECT_TRUE(shipped().isValid(*c)) << c->id.toStdString();
}

TEST(ShippedCatalogs, TheExpectedCatalogsAndChainsExist)
{
    const std::pair<const char*, int> expected[] = {{"star1-common", 1}, {"star2-router", 2}, {"star3-router", 3}, {"star4-router", 4},
        {"star2-network-camera", 2}, {"star3-network-camera", 3}};
    for (const auto& [id, level] : expected) {
        const Catalog& c = catalog(id);
        EXPECT_EQ(c.level, level) << id;
        const QList<const Catalog*> chain = shipped().chain(c);
        ASSERT_EQ(chain.size(), level) << id;
        for (int i = 0; i < level; ++i)
            EXPECT_EQ(chain[i]->level, i + 1) << id;
        EXPECT_EQ(chain.first()->id, QStringLiteral("star1-common")) << id;
    }
}

TEST(ShippedCatalogs, StarOneHasTheSixteenRequirementsWithHonestProvenance)
{
    const Catalog& c = catalog("star1-common");
    ASSERT_EQ(c.requirements.size(), 16);
    const QStringList reported = {"01", "02", "03", "04", "05", "06", "07", "10", "12", "14"};
    for (int i = 0; i < 16; ++i) {
        const Requirement& r = c.requirements[i];
        const QString number = QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        EXPECT_EQ(r.id, QStringLiteral("S1.1-") + number);
        EXPECT_EQ(r.provenance, reported.contains(number) ? Requirement::Provenance::Reported : Requirement::Provenance::Provisional)
            << r.id.toStdString();
        EXPECT_FALSE(r.items.isEmpty()) << r.id.toStdString();
        EXPECT_FALSE(r.evidence.isEmpty()) << r.id.toStdString();
        bool etsi = false;
        bool nist = false;
        for (const Requirement::Reference& ref : r.references) {
            etsi = etsi || ref.standard.contains(QStringLiteral("303 645"));
            nist = nist || ref.standard.contains(QStringLiteral("8425"));
        }
        EXPECT_TRUE(etsi && nist) << r.id.toStdString() << " needs ETSI EN 303 645 and NISTIR 8425 references";
        // Provisional wording must say so, in both languages.
        if (r.provenance == Requirement::Provenance::Provisional) {
            ASSERT_TRUE(r.note.has_value()) << r.id.toStdString();
            EXPECT_TRUE(r.note->en.contains(QStringLiteral("reconstructed"), Qt::CaseInsensitive)) << r.id.toStdString();
            EXPECT_TRUE(r.note->ja.contains(QStringLiteral("再構成"))) << r.id.toStdString();
        }
    }
    EXPECT_EQ(c.count(Requirement::Provenance::Official), 0);
}

TEST(ShippedCatalogs, AboveStarOneEverythingIsProvisionalAndLabsHaveTestCases)
{
    for (const Catalog* c : shipped().catalogs()) {
        if (c->level == 1)
            continue;
        EXPECT_EQ(c->count(Requirement::Provenance::Provisional), c->requirements.size()) << c->id.toStdString();
        EXPECT_FALSE(c->questions.isEmpty() && c->level == 2) << c->id.toStdString() << " has no profile questions";
        if (c->level < 3)
            continue;
        for (const Requirement& r : c->requirements) {
            bool conceptual = false;
            bool functional = false;
            for (const Requirement::TestCase& t : r.tests) {
                conceptual = conceptual || t.kind == Requirement::TestKind::Conceptual;
                functional = functional || t.kind == Requirement::TestKind::Functional;
            }
            EXPECT_TRUE(conceptual || functional) << r.id.toStdString() << " has no lab test case";
        }
    }
}

TEST(ShippedCatalogs, EveryFileIsNamedAfterItsId)
{
    for (const Catalog* c : shipped().catalogs())
        EXPECT_EQ(QFileInfo(c->path).completeBaseName(), c->id);
}

TEST(ShippedCatalogs, EveryVersionIsInKnownDigests)
{
    // A catalog changed without recording its digest would make every report made against it "unknown".
    const Result<KnownDigests> loaded = KnownDigests::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/known-digests.json"));
    ASSERT_TRUE(loaded.problems().isEmpty()) << loaded.problems().value(0).toString(Language::English).toStdString();
    const KnownDigests& known = *loaded;
    for (const Catalog* c : shipped().catalogs()) {
        const QByteArray digest = shipped().digest(*c);
        EXPECT_EQ(known.version(c->qualifiedId(), digest), c->version)
            << "add to share/catalogs/known-digests.json under \"" << c->qualifiedId().toStdString() << "\": \"" << digest.toStdString()
            << "\": \"" << c->version.toStdString() << "\"";
    }
}

TEST(ShippedCatalogs, UnreadableKnownDigestsRecogniseNothingWithAWarning)
{
    // A verifier given a wrong digests file still verifies; it only recognises no catalog version.
    const Result<KnownDigests> missing = KnownDigests::load(QStringLiteral("/nonexistent/known-digests.json"));
    ASSERT_TRUE(missing.ok());
    ASSERT_EQ(missing.problems().size(), 1);
    EXPECT_EQ(missing.problems()[0].code, QStringLiteral("file.missing"));
    EXPECT_EQ(missing.problems()[0].severity, Problem::Severity::Warning);
    EXPECT_FALSE(hasErrors(missing.problems()));
    const Catalog& star1 = catalog("star1-common");
    EXPECT_EQ(missing->version(star1.qualifiedId(), shipped().digest(star1)), std::nullopt);

    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("known-digests.json")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write("[\"not\", \"an object\"]");
    list.close();
    const Result<KnownDigests> notObject = KnownDigests::load(list.fileName());
    ASSERT_TRUE(notObject.ok());
    EXPECT_NE(findProblem(notObject.problems(), u"known-digests.not-json"), nullptr);
}

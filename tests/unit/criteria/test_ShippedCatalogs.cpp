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
    const QStringList quoted = {"01", "02", "03", "04", "05"};
    for (int i = 0; i < 16; ++i) {
        const Requirement& r = c.requirements[i];
        const QString number = QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        EXPECT_EQ(r.id, QStringLiteral("S1.1-") + number);
        const Requirement::Provenance expected = quoted.contains(number) ? Requirement::Provenance::Quoted
            : number == QLatin1String("09")                               ? Requirement::Provenance::Provisional
                                                                          : Requirement::Provenance::Reported;
        EXPECT_EQ(r.provenance, expected) << r.id.toStdString();
        // A quotation names the source it was read in, and the source is a public page.
        if (r.provenance == Requirement::Provenance::Quoted) {
            EXPECT_EQ(r.quotedFrom, QStringLiteral("A")) << r.id.toStdString();
            ASSERT_NE(c.secondarySource(r.quotedFrom), nullptr);
            EXPECT_TRUE(c.secondarySource(r.quotedFrom)->url.startsWith(QStringLiteral("https://"))) << r.id.toStdString();
        }
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
        // IPA's terms, not the ones StarMark used before.
        for (const QString& ja : {r.title.ja, r.text.ja}) {
            EXPECT_FALSE(ja.contains(QStringLiteral("保護すべき資産"))) << r.id.toStdString();
            EXPECT_FALSE(ja.contains(QStringLiteral("利用者"))) << r.id.toStdString();
            EXPECT_FALSE(ja.contains(QStringLiteral("製造者は"))) << r.id.toStdString();
        }
    }
    EXPECT_EQ(c.count(Requirement::Provenance::Official), 0);
    EXPECT_TRUE(c.source.document.contains(QStringLiteral("★1（レベル1）適合基準・評価手法（1.1版）")));
}

// The points where StarMark's first ★1 catalog departed from what is published (DOMAIN.md).
TEST(ShippedCatalogs, StarOneFollowsThePublishedStructure)
{
    const Catalog& c = catalog("star1-common");
    EXPECT_EQ(c.requirement(QStringLiteral("S1.1-01"))->text.ja,
        QStringLiteral("IP通信を介した他のIoT機器又はユーザからのアクセスに対して、適切な認証に基づくアクセス制御が行われていること。"));
    EXPECT_EQ(c.requirement(QStringLiteral("S1.1-04"))->method, Requirement::Method::Device);
    EXPECT_EQ(c.requirement(QStringLiteral("S1.1-10"))->items.size(), 2);
    const Requirement& s13 = *c.requirement(QStringLiteral("S1.1-13"));
    EXPECT_EQ(s13.method, Requirement::Method::DocumentAndDevice);
    for (const char* word : {"Bluetooth", "USB", "脆弱性検査"})
        EXPECT_TRUE(s13.text.ja.contains(QString::fromUtf8(word))) << word;
    EXPECT_EQ(c.requirement(QStringLiteral("S1.1-15"))->method, Requirement::Method::DocumentAndDevice);
    const Requirement& s16 = *c.requirement(QStringLiteral("S1.1-16"));
    EXPECT_EQ(s16.title.ja, QStringLiteral("製品の情報提供"));
    EXPECT_TRUE(s16.text.ja.contains(QStringLiteral("サポート期間")));
    // S1.1-09 is unknown: it must not take S1.1-16's support period.
    EXPECT_FALSE(c.requirement(QStringLiteral("S1.1-09"))->text.ja.contains(QStringLiteral("サポート期間")));
    const QStringList items07 = {QStringLiteral("必須付随サービス"), QStringLiteral("製品のインタフェース"), QStringLiteral("開発者のウェブサイト")};
    const Requirement& s07 = *c.requirement(QStringLiteral("S1.1-07"));
    for (int i = 0; i < items07.size(); ++i)
        EXPECT_TRUE(s07.items.at(i + 1).text.ja.contains(items07.at(i))) << i + 2;
    ASSERT_EQ(c.protectedAssets.size(), 5);
    EXPECT_EQ(c.protectedAssets.first().ja, QStringLiteral("有線通信機能・無線通信機能"));
    EXPECT_FALSE(c.reconstruction.has_value());
    ASSERT_TRUE(c.pstiRoute.has_value());
    EXPECT_EQ(c.pstiRoute->covers, (QStringList{QStringLiteral("S1.1-02"), QStringLiteral("S1.1-05"), QStringLiteral("S1.1-16")}));
    EXPECT_NE(c.question(c.pstiRoute->question), nullptr);
}

TEST(ShippedCatalogs, AboveStarOneEverythingIsProvisionalAndLabsHaveTestCases)
{
    for (const Catalog* c : shipped().catalogs()) {
        if (c->level == 1)
            continue;
        EXPECT_EQ(c->count(Requirement::Provenance::Provisional), c->requirements.size()) << c->id.toStdString();
        // Their IDs are StarMark's own: the file says so, in both languages.
        ASSERT_TRUE(c->reconstruction.has_value()) << c->id.toStdString();
        EXPECT_TRUE(c->reconstruction->ja.contains(QStringLiteral("StarMark"))) << c->id.toStdString();
        EXPECT_TRUE(c->reconstruction->en.contains(QStringLiteral("not IPA's"))) << c->id.toStdString();
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

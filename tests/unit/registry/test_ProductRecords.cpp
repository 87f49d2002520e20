#include "RegistryFixture.h"

#include "labels/LabelIssuer.h"
#include "labels/LabelToken.h"
#include "labels/registry/ProductRecords.h"
#include "labels/registry/Publication.h"

using namespace starmark;
using namespace starmark::test;

namespace {

class ProductRecordsTest : public RegistryFixture {
protected:
    LabelToken token(const QString& registration, const ProductFacts& facts, const QDate& validUntil = QDate(2028, 11, 21))
    {
        QString problem;
        const std::optional<LabelToken> t = LabelIssuer::sign(key, registration, facts, validUntil, &problem);
        EXPECT_TRUE(t) << problem.toStdString();
        return t.value_or(LabelToken());
    }
    Result<RegisteredProduct> revise(RegistryStore& store, const ProductFacts& facts, const RevisionOverride& override = {},
        const QString& actor = QStringLiteral("鈴木"))
    {
        return Publication(store, key, clock).reviseFacts(QStringLiteral("JCS-26-000001"), facts, QDate(2028, 11, 21), override, actor);
    }
};

} // namespace

TEST_P(ProductRecordsTest, RegistersWithTheNextNumberAndASignedToken)
{
    auto store = open();
    ASSERT_TRUE(store);
    const Result<RegisteredProduct> first = publish(*store, camera());
    ASSERT_TRUE(first) << text(first.problems());
    const Result<RegisteredProduct> second = publish(*store, camera());
    ASSERT_TRUE(second) << text(second.problems());
    EXPECT_EQ(first->registration, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(second->registration, QStringLiteral("JCS-26-000002"));

    const Result<RegisteredProduct> found = store->find(QStringLiteral("jcs-26-000001"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->manufacturer.ja, QStringLiteral("架空電機株式会社"));
    EXPECT_EQ(found->name.en, QStringLiteral("Network camera"));
    EXPECT_EQ(found->model, QStringLiteral("SC-100"));
    EXPECT_EQ(found->supportUntil, QDate(2031, 3, 31));
    EXPECT_EQ(found->registeredAt, now);
    ASSERT_EQ(found->revisions.size(), 1);
    EXPECT_EQ(found->current().firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(found->current().evaluated, QDate(2026, 11, 1));
    EXPECT_EQ(found->current().validUntil, QDate(2028, 11, 21));

    const Result<LabelToken> t = LabelToken::decode(found->current().token);
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->verify(key));
    EXPECT_EQ(t->registration, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(t->firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(t->validUntil, QDate(2028, 11, 21));
    const Result<RegisteredProduct> missing = store->find(QStringLiteral("JCS-26-000003"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(findProblem(missing.problems(), u"registry.not-registered"));
    EXPECT_EQ(missing.problems().constFirst().severity, Problem::Severity::Invalid);
}

TEST_P(ProductRecordsTest, RefusesFactsNoLabelCanCarryAndWritesNothing)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray before = store->fingerprint();
    Publication publication(*store, key, clock);
    ProductFacts bad = camera();
    bad.level = 5;
    EXPECT_TRUE(
        findProblem(publication.registerFacts(bad, QDate(2028, 11, 21), QStringLiteral("鈴木")).problems(), u"registry.facts-refused"));
    EXPECT_TRUE(findProblem(
        publication.registerFacts(camera(), QDate(2029, 1, 1), QStringLiteral("鈴木")).problems(), u"registry.validity-out-of-range"));
    EXPECT_TRUE(findProblem(publication.registerFacts(camera(), QDate(2028, 1, 1), QString()).problems(), u"registry.no-actor"));
    bad = camera();
    bad.model = QString(70, QLatin1Char('M')); // longer than a model number (and a token field) may be: refused before anything is written
    EXPECT_TRUE(
        findProblem(publication.registerFacts(bad, QDate(2028, 1, 1), QStringLiteral("鈴木")).problems(), u"registry.facts-refused"));
    EXPECT_EQ(store->fingerprint(), before) << "a refused write leaves no trace, not even a used-up number";
}

TEST_P(ProductRecordsTest, StoresNoTokenSignedForAnotherNumberOrAnotherFirmware)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray before = store->fingerprint();
    // A token made for someone else's number, as a dishonest caller would slip in.
    Result<RegisteredProduct> stolen = store->registerProduct(
        QStringLiteral("JCS-26-000001"), camera(), token(QStringLiteral("JCS-26-000777"), camera()), QStringLiteral("鈴木"));
    EXPECT_TRUE(findProblem(stolen.problems(), u"registry.token-mismatch")) << text(stolen.problems());
    ProductFacts other = camera();
    other.firmware = QStringLiteral("9.9.9");
    Result<RegisteredProduct> otherFirmware = store->registerProduct(
        QStringLiteral("JCS-26-000001"), camera(), token(QStringLiteral("JCS-26-000001"), other), QStringLiteral("鈴木"));
    EXPECT_TRUE(findProblem(otherFirmware.problems(), u"registry.token-mismatch")) << text(otherFirmware.problems());
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(ProductRecordsTest, AWriteThatLostTheRaceForItsNumberStoresNothing)
{
    auto store = open();
    auto other = open(); // a second server registering at the same moment
    ASSERT_TRUE(store && other);
    const Result<QString> number = store->nextRegistration();
    ASSERT_TRUE(number);
    EXPECT_EQ(*number, QStringLiteral("JCS-26-000001"));
    const LabelToken signedEarly = token(*number, camera());
    ASSERT_TRUE(publish(*other, camera())); // takes JCS-26-000001 meanwhile
    const QByteArray before = store->fingerprint();
    const Result<RegisteredProduct> late = store->registerProduct(*number, camera(), signedEarly, QStringLiteral("鈴木"));
    EXPECT_TRUE(findProblem(late.problems(), u"registry.changed-meanwhile")) << text(late.problems());
    EXPECT_EQ(store->fingerprint(), before);
    EXPECT_EQ(store->list()->size(), 1);
    // A revision prepared against a state that has moved on is refused alike.
    ProductFacts update = camera();
    update.firmware = QStringLiteral("1.3.0");
    const Result<RegisteredProduct> stale = store->addRevision(
        QStringLiteral("JCS-26-000001"), 3, update, token(QStringLiteral("JCS-26-000001"), update), {}, QStringLiteral("鈴木"));
    EXPECT_TRUE(findProblem(stale.problems(), u"registry.changed-meanwhile")) << text(stale.problems());
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(ProductRecordsTest, ListsWhatSurveillanceNeedsWithEachProductsStatus)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts router = camera();
    router.level = 3;
    router.category = QStringLiteral("router");
    router.model = QStringLiteral("RT-3000");
    router.supportUntil = QDate(2027, 6, 30);
    ASSERT_TRUE(publish(*store, camera()));
    ASSERT_TRUE(Publication(*store, key, clock).registerFacts(router, QDate(2027, 12, 31), QStringLiteral("鈴木")));
    const Result<QList<RegisteredProduct>> all = store->list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    const RegisteredProduct& second = all->at(1);
    EXPECT_EQ(second.registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(second.level, 3);
    EXPECT_EQ(second.category, QStringLiteral("router"));
    EXPECT_EQ(second.registeredAt, now);
    EXPECT_EQ(second.supportUntil, QDate(2027, 6, 30));
    using S = RegisteredProduct::Status;
    EXPECT_EQ(second.status(QDate(2027, 6, 30)), S::Valid);
    EXPECT_EQ(second.status(QDate(2027, 7, 1)), S::SupportEnded) << "support ends before the label does";
    EXPECT_EQ(second.status(QDate(2028, 1, 1)), S::Expired);
}

TEST_P(ProductRecordsTest, RevokesOnceWithAReasonAndAuditsIt)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    clock.set(now.addDays(30));
    const Result<void> revoked
        = store->revoke(QStringLiteral("jcs-26-000001"), QStringLiteral("虚偽の自己適合宣言 / false declaration"), QStringLiteral("佐藤"));
    ASSERT_TRUE(revoked) << text(revoked.problems());
    const Result<RegisteredProduct> found = store->find(QStringLiteral("JCS-26-000001"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->status(QDate(2026, 12, 22)), RegisteredProduct::Status::Revoked);
    EXPECT_EQ(found->revokedAt, now.addDays(30));
    EXPECT_EQ(found->revocationReason, QStringLiteral("虚偽の自己適合宣言 / false declaration"));

    const QByteArray before = store->fingerprint();
    EXPECT_TRUE(findProblem(
        store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("again"), QStringLiteral("佐藤")).problems(), u"registry.already-revoked"));
    EXPECT_TRUE(findProblem(store->revoke(QStringLiteral("JCS-26-000009"), QStringLiteral("x"), QStringLiteral("佐藤")).problems(),
        u"registry.not-registered"));
    EXPECT_TRUE(findProblem(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral(" "), QStringLiteral("佐藤")).problems(),
        u"registry.revocation-incomplete"));
    EXPECT_EQ(store->fingerprint(), before);

    const Result<QList<AuditEntry>> audit = store->audit();
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->at(0).action, QStringLiteral("register"));
    EXPECT_EQ(audit->at(0).actor, QStringLiteral("鈴木"));
    EXPECT_EQ(audit->at(1).action, QStringLiteral("revoke"));
    EXPECT_EQ(audit->at(1).actor, QStringLiteral("佐藤"));
    EXPECT_EQ(audit->at(1).subject, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(audit->at(1).at, now.addDays(30));
}

TEST_P(ProductRecordsTest, KeepsTheHistoryOfFirmwareRevisions)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    ProductFacts update = camera();
    update.firmware = QStringLiteral("1.3.0");
    update.evaluated = QDate(2026, 11, 20);
    const Result<RegisteredProduct> revised = revise(*store, update);
    ASSERT_TRUE(revised) << text(revised.problems());
    ASSERT_EQ(revised->revisions.size(), 2);
    EXPECT_EQ(revised->revisions[0].firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(revised->current().firmware, QStringLiteral("1.3.0"));
    EXPECT_EQ(LabelToken::decode(revised->current().token)->firmware, QStringLiteral("1.3.0"));

    update.model = QStringLiteral("SC-200");
    EXPECT_TRUE(findProblem(revise(*store, update).problems(), u"registry.product-changed"));
}

TEST_P(ProductRecordsTest, ARevisionAgainstTheRulesIsRefusedUntilStaffAcceptItAndThenAudited)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    const QByteArray before = store->fingerprint();
    ProductFacts intruder = camera();
    intruder.manufacturer = {QStringLiteral("悪意商事"), QStringLiteral("Malice Trading")};
    intruder.firmware = QStringLiteral("9.9.9");
    intruder.vulnerabilityContact = QStringLiteral("https://malice.example/contact");
    EXPECT_TRUE(findProblem(revise(*store, intruder, RevisionOverride{{RevisionOverride::Change::Contact}, QStringLiteral("x")}).problems(),
        u"registry.manufacturer-changed"));

    ProductFacts rollback = camera();
    rollback.firmware = QStringLiteral("1.2.2");
    rollback.supportUntil = QDate(2029, 3, 31);
    const Problems refused = revise(*store, rollback).problems();
    const Problem* downgrade = findProblem(refused, u"registry.override-needed");
    ASSERT_TRUE(downgrade) << text(refused);
    EXPECT_EQ(refused.size(), 2) << "one problem for each change that needs an override";
    EXPECT_EQ(downgrade->key, QStringLiteral("downgrade"));
    EXPECT_EQ(refused.at(1).key, QStringLiteral("support-end"));
    EXPECT_EQ(store->fingerprint(), before) << "a refused revision leaves no trace";

    const RevisionOverride accepted{{RevisionOverride::Change::Downgrade, RevisionOverride::Change::SupportEnd},
        QStringLiteral("1.2.3 bricks the SC-100 rev. B; support shortened by contract")};
    const Result<RegisteredProduct> revised = revise(*store, rollback, accepted, QStringLiteral("佐藤"));
    ASSERT_TRUE(revised) << text(revised.problems());
    EXPECT_EQ(revised->supportUntil, QDate(2029, 3, 31));
    ASSERT_EQ(revised->revisions.size(), 2);
    EXPECT_TRUE(revised->revisions[0].overrides.isEmpty());
    EXPECT_EQ(revised->revisions[0].supportUntil, QDate(2031, 3, 31));
    EXPECT_EQ(revised->current().overrides, (QStringList{QStringLiteral("downgrade"), QStringLiteral("support-end")}));
    EXPECT_EQ(revised->current().overrideReason, accepted.reason);
    EXPECT_EQ(revised->current().overrideBy, QStringLiteral("佐藤"));
    EXPECT_EQ(revised->current().supportUntil, QDate(2029, 3, 31));
    const AuditEntry last = store->audit()->constLast();
    EXPECT_EQ(last.action, QStringLiteral("add-revision"));
    EXPECT_EQ(last.actor, QStringLiteral("佐藤"));
    EXPECT_EQ(last.detail,
        QStringLiteral("firmware 1.2.2; override downgrade,support-end, reason: 1.2.3 bricks the SC-100 rev. B; support "
                       "shortened by contract; before: firmware 1.2.3, support until 2031-03-31, contact https://example.com/security"));
}

TEST_P(ProductRecordsTest, TakesSqlInjectionAsPlainText)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts evil = camera();
    evil.model = QStringLiteral("X'); DROP TABLE products; --");
    evil.name.en = QStringLiteral("Robert'); DELETE FROM audit; --");
    const Result<RegisteredProduct> r = publish(*store, evil);
    ASSERT_TRUE(r) << text(r.problems());
    EXPECT_EQ(store->find(r->registration)->model, evil.model);
    EXPECT_EQ(store->find(r->registration)->name.en, evil.name.en);
    EXPECT_TRUE(findProblem(store->find(QStringLiteral("JCS-26-000001' OR '1'='1")).problems(), u"registry.not-registered"));
    EXPECT_EQ(store->list()->size(), 1);
    EXPECT_EQ(store->audit()->size(), 1);
    EXPECT_FALSE(RegistryStore::isRegistrationNumber(QStringLiteral("JCS-26-000001' OR '1'='1")));
    EXPECT_FALSE(RegistryStore::isRegistrationNumber(QStringLiteral("../../etc/passwd")));
    EXPECT_TRUE(RegistryStore::isRegistrationNumber(QStringLiteral("jcs-26-000001")));
}

TEST_P(ProductRecordsTest, RegistersASignedReportOnlyOnce)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts facts = camera();
    facts.reportSha256 = QByteArray(64, 'a');
    ASSERT_TRUE(publish(*store, facts));
    EXPECT_EQ(store->registrationOf(QByteArray(64, 'a')), QStringLiteral("JCS-26-000001"));
    EXPECT_FALSE(store->registrationOf(QByteArray(64, 'b')));
    EXPECT_FALSE(store->registrationOf({}));
    const QByteArray before = store->fingerprint();
    // Even when a caller skips the look-up (two submissions racing), the database refuses the second.
    const Result<RegisteredProduct> again = publish(*store, facts);
    EXPECT_TRUE(findProblem(again.problems(), u"registry.database-failed")) << text(again.problems());
    EXPECT_EQ(store->fingerprint(), before);
    facts.reportSha256.clear(); // facts from elsewhere than a report are not held to it
    EXPECT_TRUE(publish(*store, facts));
    EXPECT_TRUE(publish(*store, facts));
}

STARMARK_ON_EVERY_BACKEND(ProductRecordsTest);

TEST_P(ProductRecordsTest, FindsARegistrationByAnyModelOfItsFamilyAndByExactlyThatModel)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts family = camera();
    family.otherModels = {QStringLiteral("SC-100W"), QStringLiteral("SC-100/B"), QStringLiteral("SC_100%")};
    const Result<RegisteredProduct> registered = publish(*store, family);
    ASSERT_TRUE(registered) << text(registered.problems());
    EXPECT_EQ(registered->models(), family.models());
    ProductFacts neighbour = camera();
    neighbour.model = QStringLiteral("SC-1000");
    ASSERT_TRUE(publish(*store, neighbour));

    for (const QString& model : family.models()) {
        const Result<QList<RegisteredProduct>> found = store->findByModel(model);
        ASSERT_TRUE(found) << text(found.problems());
        ASSERT_EQ(found->size(), 1) << model.toStdString();
        EXPECT_EQ(found->constFirst().registration, registered->registration);
        EXPECT_EQ(found->constFirst().models(), family.models()) << "found by any model, the whole family comes back";
    }
    // What LIKE or a careless query would match: nothing but the exact model number is found.
    for (const char* probe : {"SC-100%", "SC-10_", "%", "_", "SC_100_", "sc-100w", "SC-100W ", "' OR '1'='1", "SC-100' --"}) {
        const Result<QList<RegisteredProduct>> found = store->findByModel(QString::fromUtf8(probe));
        ASSERT_TRUE(found) << probe;
        EXPECT_TRUE(found->isEmpty()) << probe;
    }
    EXPECT_EQ(store->findByModel(QStringLiteral("SC-1000"))->constFirst().registration, QStringLiteral("JCS-26-000002"));
    EXPECT_TRUE(store->audit()->constFirst().detail.contains(QStringLiteral("family: SC-100,SC-100W,SC-100/B,SC_100%")));
}

TEST_P(ProductRecordsTest, AFamilyNoDeclarationCouldHoldIsRefusedAndNothingIsWritten)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray before = store->fingerprint();
    QStringList many;
    for (int i = 0; i < 10000; ++i)
        many << QStringLiteral("SC-%1").arg(i);
    for (const QStringList& others : {QStringList{QStringLiteral("../../etc/passwd")}, QStringList{QStringLiteral("SC\x07")},
             QStringList{QString(10240, QLatin1Char('X'))}, QStringList{QStringLiteral("SC-100W"), QStringLiteral("SC-100W")},
             QStringList{QStringLiteral("SC-100")}, many}) {
        ProductFacts hostile = camera();
        hostile.otherModels = others;
        EXPECT_TRUE(findProblem(publish(*store, hostile).problems(), u"registry.facts-refused")) << others.value(0).left(40).toStdString();
    }
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(ProductRecordsTest, ARevisionMayAddModelsAuditedButNeverRemoveOne)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts family = camera();
    family.otherModels = {QStringLiteral("SC-100W")};
    ASSERT_TRUE(publish(*store, family));
    ProductFacts grown = family;
    grown.firmware = QStringLiteral("1.3.0");
    grown.otherModels << QStringLiteral("SC-100R");
    const Result<RegisteredProduct> revised = revise(*store, grown);
    ASSERT_TRUE(revised) << text(revised.problems());
    EXPECT_EQ(revised->models(), (QStringList{QStringLiteral("SC-100"), QStringLiteral("SC-100W"), QStringLiteral("SC-100R")}));
    EXPECT_TRUE(revised->revisions[0].addedModels.isEmpty());
    EXPECT_EQ(revised->current().addedModels, QStringList{QStringLiteral("SC-100R")});
    EXPECT_EQ(store->audit()->constLast().detail, QStringLiteral("firmware 1.3.0; models added: SC-100R"));
    EXPECT_EQ(store->findByModel(QStringLiteral("SC-100R"))->size(), 1);

    const QByteArray before = store->fingerprint();
    ProductFacts shrunk = grown;
    shrunk.firmware = QStringLiteral("1.4.0");
    shrunk.otherModels = {QStringLiteral("SC-100R")};
    const Problems refused = revise(*store, shrunk).problems();
    const Problem* dropped = findProblem(refused, u"registry.family-shrunk");
    ASSERT_TRUE(dropped) << text(refused);
    EXPECT_TRUE(dropped->message.text(Language::Japanese).contains(QStringLiteral("SC-100W")));
    EXPECT_EQ(store->fingerprint(), before) << "a refused revision leaves no trace";
}

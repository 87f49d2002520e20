#include "evaluators/AuditTrail.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

QList<AuditTrail::Entry> trail(int n)
{
    QList<AuditTrail::Entry> entries;
    for (int i = 0; i < n; ++i) {
        AuditTrail::Entry e{0, QDateTime(QDate(2026, 11, 22), QTime(9, 0, i), Qt::UTC), QStringLiteral("yamada"), QStringLiteral("set"),
            QStringLiteral("results.S1.1-0%1").arg(i), QStringLiteral("old"), QStringLiteral("new %1").arg(i), {}, {}, {}};
        AuditTrail::chain(e, entries.isEmpty() ? nullptr : &entries.last());
        entries.append(e);
    }
    return entries;
}

} // namespace

TEST(AuditTrail, AnIntactChainVerifies)
{
    const auto entries = trail(5);
    EXPECT_EQ(entries[0].previous, AuditTrail::genesis());
    EXPECT_EQ(entries[4].seq, 5);
    EXPECT_TRUE(AuditTrail::verify(entries, entries.last().hash).intact);
    EXPECT_TRUE(AuditTrail::verify({}, AuditTrail::genesis()).intact);
}

TEST(AuditTrail, EveryFieldIsCovered)
{
    using Field = void (*)(AuditTrail::Entry&);
    const Field edits[] = {
        [](AuditTrail::Entry& e) { e.at = e.at.addSecs(1); },
        [](AuditTrail::Entry& e) { e.who = QStringLiteral("suzuki"); },
        [](AuditTrail::Entry& e) { e.action = QStringLiteral("import"); },
        [](AuditTrail::Entry& e) { e.target = QStringLiteral("results.S1.1-09"); },
        [](AuditTrail::Entry& e) { e.oldValue = QStringLiteral("OLD"); },
        [](AuditTrail::Entry& e) { e.newValue = QStringLiteral("fail"); },
    };
    for (const Field edit : edits) {
        auto entries = trail(4);
        edit(entries[2]);
        const AuditTrail::Verification v = AuditTrail::verify(entries, entries.last().hash);
        EXPECT_FALSE(v.intact);
        EXPECT_EQ(v.firstBroken, 3);
        EXPECT_TRUE(v.problem.contains(QStringLiteral("altered"))) << v.problem.toStdString();
    }
}

TEST(AuditTrail, RemovedReorderedAndRechainedEntriesAreFound)
{
    auto removed = trail(4);
    removed.removeAt(1);
    EXPECT_FALSE(AuditTrail::verify(removed, removed.last().hash).intact);

    auto swapped = trail(4);
    swapped.swapItemsAt(1, 2);
    EXPECT_FALSE(AuditTrail::verify(swapped, swapped.last().hash).intact);

    // Editing an entry and recomputing its own hash still breaks the next link.
    auto rehashed = trail(4);
    rehashed[1].newValue = QStringLiteral("pass");
    rehashed[1].hash = rehashed[1].computeHash();
    const AuditTrail::Verification v = AuditTrail::verify(rehashed, rehashed.last().hash);
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 3);

    // A removed tail is found through the head the file records.
    auto full = trail(4);
    const QByteArray head = full.last().hash;
    full.removeLast();
    EXPECT_FALSE(AuditTrail::verify(full, head).intact);
}

#include "CatalogFiles.h"

#include "criteria/CatalogDigest.h"
#include "criteria/CatalogReader.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

QByteArray digestOf(const std::string& yaml)
{
    const CatalogReader::Result r = CatalogReader::read(QByteArray::fromStdString(yaml), QStringLiteral("d.yaml"));
    EXPECT_TRUE(r.catalog.has_value()) << (r.problems.isEmpty() ? std::string() : r.problems[0].toString().toStdString());
    return r.catalog ? CatalogDigest::of(*r.catalog) : QByteArray();
}

} // namespace

class CatalogDigestTest : public ::testing::Test {
protected:
    const QByteArray baseDigest = digestOf(joined(baseCatalog()));
};

TEST_F(CatalogDigestTest, IsSha256Hex)
{
    EXPECT_EQ(baseDigest.size(), 64);
    EXPECT_EQ(digestOf(joined(baseCatalog())), baseDigest);
}

TEST_F(CatalogDigestTest, FormattingCommentsQuotingAndKeyOrderDoNotChangeIt)
{
    const std::string reformatted = R"(# a comment that is not content
requirements:
- provenance: "provisional"
  items:
    list:
    - text:
        en: 'Item'
        ja: "項目"
      id: 1
    rule: any
  applies_if:   has_net
  method: document
  text:
    en: >-
      Shall
      authenticate
    ja: 認証すること
  title: {en: Auth, ja: 認証}
  id: "R-01"
questions:
- {id: has_net, type: boolean, text: {ja: ネット, en: Net}}
- id: channel
  options: [{id: auto, text: {ja: 自動, en: Auto}}, {text: {en: Manual, ja: 手動}, id: manual}]
  type: choice
  text: {ja: 経路, en: Channel}
source:   {document: "Test"}   # trailing comment
title:
  en: Base
  ja: 基本
category: common
level: 1
version: 1
id: base
scheme: test
)";
    EXPECT_EQ(digestOf(reformatted), baseDigest);
    EXPECT_EQ(digestOf("\r\n" + joined(baseCatalog())), baseDigest);
}

TEST_F(CatalogDigestTest, AnyContentChangeChangesIt)
{
    // One character of every text-bearing line, and the values of the others.
    const std::vector<std::pair<int, std::string>> changes = {
        {1, "scheme: tests"},
        {2, "id: basf"},
        {3, "version: \"2\""},
        {5, "category: commons"},
        {6, "title: {ja: 基礎, en: Base}"},
        {6, "title: {ja: 基本, en: BasE}"},
        {7, "source: {document: Tesst}"},
        {9, "  - id: has_nett"},
        {11, "    text: {ja: ネット, en: Nat}"},
        {14, "    text: {ja: 経緯, en: Channel}"},
        {16, "      - {id: auto, text: {ja: 自動, en: Autp}}"},
        {17, "      - {id: manuals, text: {ja: 手動, en: Manual}}"},
        {19, "  - id: R-02"},
        {20, "    title: {ja: 認証, en: Auth.}"},
        {21, "    text: {ja: 認証すること。, en: Shall authenticate}"},
        {21, "    text: {ja: 認証すること, en: Shall  authenticate}"},
        {22, "    method: device"},
        {23, "    applies_if: not has_net"},
        {25, "      rule: all"},
        {27, "        - {id: \"2\", text: {ja: 項目, en: Item}}"},
        {27, "        - {id: \"1\", text: {ja: 項目, en: item}}"},
        {28, "    provenance: reported"},
    };
    QSet<QByteArray> seen{baseDigest};
    for (const auto& [line, text] : changes) {
        std::string yaml = joined(replaced(baseCatalog(), line, text));
        if (line == 9)
            yaml.replace(yaml.find("applies_if: has_net"), 19, "applies_if: has_nett");
        const QByteArray digest = digestOf(yaml);
        EXPECT_FALSE(digest.isEmpty());
        EXPECT_FALSE(seen.contains(digest)) << "line " << line << ": " << text;
        seen.insert(digest);
    }
    // Adding something, and reordering a list, are changes too.
    EXPECT_NE(digestOf(joined(inserted(baseCatalog(), 27, "        - {id: \"2\", text: {ja: 追加, en: More}}"))), baseDigest);
    auto swapped = baseCatalog();
    std::swap(swapped[15], swapped[16]);
    EXPECT_NE(digestOf(joined(swapped)), baseDigest);
}

#include "criteria/KeyPath.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(KeyPath, JoinsKeysAndElements)
{
    const KeyPath root;
    EXPECT_EQ(root.toString(), QString());
    const KeyPath requirements = root.key("requirements");
    const KeyPath byId = requirements.element(3, QStringLiteral("S1.1-04"));
    const KeyPath byIndex = requirements.element(3);
    const KeyPath items = byId.key("items");
    EXPECT_EQ(items.key("rule").toString(), QStringLiteral("requirements[S1.1-04].items.rule"));
    EXPECT_EQ(byIndex.key("id").toString(), QStringLiteral("requirements[3].id"));
}

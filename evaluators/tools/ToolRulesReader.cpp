#include "evaluators/tools/ToolRulesReader.h"

#include "criteria/IdRule.h"
#include "criteria/KeyPath.h"
#include "criteria/YamlReader.h"
#include "criteria/YamlSchema.h"

namespace starmark {
namespace {

class Reader : private YamlSchema {
public:
    Reader(const QByteArray& bytes, const QString& path)
        : YamlSchema(bytes, path)
    {
    }

    Result<ToolRules> run()
    {
        const YamlReader::Result yaml = YamlReader::read(m_bytes, m_path);
        if (yaml.error)
            return *yaml.error;
        ToolRules rules;
        const KeyPath top;
        if (!expect(yaml.root, YamlNode::Kind::Map, top, Message("ToolRulesReader", "a map with id, version and rules")))
            return m_problems;
        checkKeys(yaml.root, top, {"id", "version", "rules"});
        if (const YamlNode* n = required(yaml.root, "id", top))
            rules.id = identifier(*n, top.key("id"), slugRule).value_or(QString());
        if (const YamlNode* n = required(yaml.root, "version", top))
            rules.version = text(*n, top.key("version"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = required(yaml.root, "rules", top)) {
            QSet<QString> seen;
            eachElement(*n, top.key("rules"), [&](const YamlNode& node, const KeyPath& path) {
                readRule(node, path, rules);
                if (!rules.rules.isEmpty() && node.isMap() && node.find("id"))
                    checkUnique(seen, rules.rules.last().id, *node.find("id"), path, Message("ToolRulesReader", "rule"));
            });
        }
        if (!m_problems.isEmpty())
            return m_problems;
        rules.digest = ToolRules::digestOf(rules);
        return rules;
    }

private:
    void readRule(const YamlNode& node, const KeyPath& path, ToolRules& rules)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("ToolRulesReader", "a rule: a map with id, requirement, formats and check")))
            return;
        checkKeys(node, path, {"id", "requirement", "formats", "check", "minimum", "allowed"});
        ToolRules::Rule rule;
        if (const YamlNode* n = required(node, "id", path))
            rule.id = identifier(*n, path.key("id"), slugRule).value_or(QString());
        if (const YamlNode* n = required(node, "requirement", path))
            rule.requirement = identifier(*n, path.key("requirement"), requirementRule).value_or(QString());
        if (const YamlNode* n = required(node, "formats", path)) {
            const KeyPath formatsPath = path.key("formats");
            eachElement(*n, formatsPath, [&](const YamlNode& format, const KeyPath& formatPath) {
                if (const auto f = term(format, formatPath, toolFormats, Message("ToolRulesReader", "tool output format")))
                    rule.formats.append(*f);
            });
        }
        if (const YamlNode* n = required(node, "check", path)) {
            if (const auto check = term(*n, path.key("check"), ToolRules::checks, Message("ToolRulesReader", "check")))
                rule.check = *check;
        }
        if (const YamlNode* n = optional(node, "minimum"))
            rule.minimum = text(*n, path.key("minimum"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = optional(node, "allowed")) {
            const KeyPath allowedPath = path.key("allowed");
            eachElement(*n, allowedPath, [&](const YamlNode& suite, const KeyPath& suitePath) {
                if (const auto name = text(suite, suitePath, InputLimits::shortTextCharacters))
                    rule.allowed.append(*name);
            });
        }
        const bool needsMinimum = rule.check == ToolRules::Check::TlsMinimumProtocol;
        const bool needsAllowed = rule.check == ToolRules::Check::TlsAllowedSuites;
        if (needsMinimum && rule.minimum.isEmpty())
            required(node, "minimum", path);
        if (needsAllowed && rule.allowed.isEmpty())
            required(node, "allowed", path);
        rules.rules.append(std::move(rule));
    }
};

} // namespace

Result<ToolRules> ToolRulesReader::read(const QByteArray& bytes, const QString& path)
{
    return Reader(bytes, path).run();
}

} // namespace starmark

#include "evaluators/DeclarationWriter.h"

#include <yaml-cpp/emitter.h>

namespace starmark {
namespace {

YAML::Emitter& operator<<(YAML::Emitter& out, const QString& text)
{
    return out << text.toStdString();
}

void localized(YAML::Emitter& out, const char* key, const LocalizedText& text)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "ja" << YAML::Value << text.ja << YAML::Key << "en" << YAML::Value << text.en;
    out << YAML::EndMap;
}

void result(YAML::Emitter& out, const Assessment::Result& r)
{
    out << YAML::BeginMap;
    out << YAML::Key << "verdict" << YAML::Value << termName<Verdict>(verdicts, r.verdict);
    if (!r.items.isEmpty()) {
        out << YAML::Key << "items" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& item : r.items)
            out << YAML::DoubleQuoted << item;
        out << YAML::EndSeq;
    }
    if (!r.rationale.isEmpty())
        out << YAML::Key << "rationale" << YAML::Value << r.rationale;
    if (!r.justification.isEmpty())
        out << YAML::Key << "justification" << YAML::Value << r.justification;
    if (!r.evidence.isEmpty()) {
        out << YAML::Key << "evidence" << YAML::Value << YAML::BeginSeq;
        for (const Assessment::Evidence& e : r.evidence)
            out << e.name;
        out << YAML::EndSeq;
    }
    if (!r.tests.isEmpty()) {
        out << YAML::Key << "tests" << YAML::Value << YAML::BeginMap;
        for (auto it = r.tests.cbegin(); it != r.tests.cend(); ++it) {
            out << YAML::Key << it.key() << YAML::Value << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "verdict" << YAML::Value << termName<TestVerdict>(testVerdicts, it->verdict);
            if (!it->observed.isEmpty())
                out << YAML::Key << "observed" << YAML::Value << it->observed;
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    if (r.recheck)
        out << YAML::Key << "recheck" << YAML::Value << true;
    out << YAML::EndMap;
}

} // namespace

QByteArray DeclarationWriter::write(const Assessment& a, const QList<const Catalog*>& chain)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "catalog" << YAML::Value << a.catalog;
    out << YAML::Key << "level" << YAML::Value << a.level;
    out << YAML::Key << "mode" << YAML::Value << termName<Assessment::Mode>(Assessment::modes, a.mode);

    const Product& p = a.product;
    out << YAML::Key << "product" << YAML::Value << YAML::BeginMap;
    localized(out, "manufacturer", p.manufacturer);
    localized(out, "name", p.name);
    out << YAML::Key << "model" << YAML::Value << p.model;
    // A single model is written as declarations before families were: they read back the same.
    if (!p.otherModels.isEmpty()) {
        out << YAML::Key << "models" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& model : p.models())
            out << model;
        out << YAML::EndSeq;
    }
    out << YAML::Key << "firmware" << YAML::Value << p.firmware;
    if (!p.hardware.isEmpty())
        out << YAML::Key << "hardware" << YAML::Value << p.hardware;
    out << YAML::Key << "released" << YAML::Value << p.released.toString(Qt::ISODate);
    out << YAML::Key << "support_until" << YAML::Value << p.supportUntil.toString(Qt::ISODate);
    out << YAML::Key << "vulnerability_contact" << YAML::Value << p.vulnerabilityContact;
    if (!p.neededInterfaces.isEmpty()) {
        out << YAML::Key << "needed_interfaces" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& entry : p.neededInterfaces)
            out << entry;
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    out << YAML::Key << "evaluator" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << a.evaluator.name;
    if (!a.evaluator.organisation.isEmpty())
        out << YAML::Key << "organisation" << YAML::Value << a.evaluator.organisation;
    out << YAML::EndMap;

    // Answers to questions no longer in the chain are dropped with them.
    if (!a.profile.isEmpty()) {
        out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
        for (const Catalog* c : chain) {
            for (const Question& q : c->questions) {
                const auto answer = a.profile.constFind(q.id);
                if (answer == a.profile.cend())
                    continue;
                out << YAML::Key << q.id << YAML::Value;
                if (q.type == Question::Type::Boolean)
                    out << (*answer == QLatin1String("true"));
                else
                    out << *answer;
            }
        }
        out << YAML::EndMap;
    }
    if (!a.results.isEmpty()) {
        out << YAML::Key << "results" << YAML::Value << YAML::BeginMap;
        for (const Catalog* c : chain) {
            for (const Requirement& r : c->requirements) {
                const auto it = a.results.constFind(r.id);
                if (it == a.results.cend())
                    continue;
                out << YAML::Key << r.id << YAML::Value;
                result(out, *it);
            }
        }
        out << YAML::EndMap;
    }
    if (a.signOff) {
        out << YAML::Key << "sign_off" << YAML::Value << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "reviewer" << YAML::Value << a.signOff->reviewer;
        out << YAML::Key << "at" << YAML::Value << a.signOff->at.toString(Qt::ISODateWithMs);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

} // namespace starmark

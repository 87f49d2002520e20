#include "CatalogCommand.h"

#include "CommandLine.h"

#include "criteria/CatalogJson.h"
#include "criteria/CatalogLibrary.h"
#include "criteria/Translator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {
namespace {

// Made when a command runs, so that its description is in the language installed by then.
QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CatalogCommand::tr("Print JSON for machines."));
}

QString provenanceSummary(const Catalog& catalog)
{
    QStringList parts;
    for (const Term<Requirement::Provenance>& term : Requirement::provenances) {
        if (const int n = catalog.count(term.value))
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(term.name.data(), qsizetype(term.name.size())));
    }
    return parts.join(QStringLiteral(", "));
}

int validate(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark catalog validate"));
    cli.parser().addPositionalArgument(
        QStringLiteral("PATH"), CatalogCommand::tr("Catalog files or folders of catalogs."), QStringLiteral("PATH…"));
    if (auto done = cli.parse(1, -1))
        return *done;

    // A file's parents live beside it, so its whole folder is read; only the
    // files asked about are reported.
    QStringList wanted;
    QStringList folders;
    Problems missing;
    for (const QString& path : cli.parser().positionalArguments()) {
        const QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
        if (!info.exists()) {
            missing.append(Problem::unusable(QStringLiteral("file.missing"), Message("CatalogCommand", "no such file or folder"), {path, 0, 0}));
            continue;
        }
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        if (!folders.contains(folder))
            folders << folder;
        if (info.isDir()) {
            wanted << folder;
        } else {
            wanted << info.absoluteFilePath();
            if (info.suffix() != QLatin1String("yaml"))
                folders << info.absoluteFilePath(); // not picked up by the folder scan
        }
    }
    const CatalogLibrary library = CatalogLibrary::load(folders);
    auto isWanted = [&](const QString& file) {
        const QFileInfo info(file);
        return wanted.contains(info.absoluteFilePath()) || wanted.contains(info.absolutePath());
    };

    Problems problems = missing;
    for (const Problem& d : library.problems()) {
        if (isWanted(d.where.file))
            problems.append(d);
    }
    int valid = 0;
    for (const Catalog* catalog : library.catalogs()) {
        if (!isWanted(catalog->path) || !library.isValid(*catalog))
            continue;
        ++valid;
        cli.out() << CatalogCommand::tr("ok: %1: %2 ★%3 %4, %5 requirements (%6), digest %7")
                         .arg(QFileInfo(catalog->path).fileName(), catalog->qualifiedId())
                         .arg(catalog->level)
                         .arg(catalog->category)
                         .arg(catalog->requirements.size())
                         .arg(provenanceSummary(*catalog), QString::fromLatin1(library.digest(*catalog)))
                  << QLatin1Char('\n');
    }
    cli.out().flush();
    const int code = cli.report(problems);
    if (code != ExitOk)
        cli.err() << CatalogCommand::tr("%1 catalog(s) valid, %2 problem(s) found").arg(valid).arg(problems.size()) << QLatin1Char('\n');
    return code;
}

int list(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark catalog list"));
    cli.addCatalogsOption();
    cli.parser().addOption(jsonOption());
    if (auto done = cli.parse(0, 0))
        return *done;
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());

    if (cli.parser().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Catalog* c : library.catalogs()) {
            QJsonObject provenance;
            for (const Term<Requirement::Provenance>& term : Requirement::provenances)
                provenance.insert(QLatin1String(term.name.data(), qsizetype(term.name.size())), c->count(term.value));
            rows.append(QJsonObject{{QStringLiteral("scheme"), c->scheme}, {QStringLiteral("id"), c->id},
                {QStringLiteral("level"), c->level}, {QStringLiteral("category"), c->category}, {QStringLiteral("version"), c->version},
                {QStringLiteral("requirements"), int(c->requirements.size())},
                {QStringLiteral("digest"), QString::fromLatin1(library.digest(*c))}, {QStringLiteral("provenance"), provenance},
                {QStringLiteral("valid"), library.isValid(*c)}, {QStringLiteral("path"), c->path}});
        }
        cli.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    } else {
        cli.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                         .arg(QStringLiteral("SCHEME"), -8)
                         .arg(QStringLiteral("ID"), -22)
                         .arg(QStringLiteral("LEVEL"), -5)
                         .arg(QStringLiteral("CATEGORY"), -15)
                         .arg(QStringLiteral("VERSION"), -7)
                         .arg(QStringLiteral("REQS"), 4)
                         .arg(QStringLiteral("DIGEST"), -16)
                         .arg(QStringLiteral("PROVENANCE"));
        for (const Catalog* c : library.catalogs()) {
            cli.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8%9\n")
                             .arg(c->scheme, -8)
                             .arg(c->id, -22)
                             .arg(QStringLiteral("★%1").arg(c->level), -5)
                             .arg(c->category, -15)
                             .arg(c->version, -7)
                             .arg(c->requirements.size(), 4)
                             .arg(QString::fromLatin1(library.digest(*c).left(16)), -16)
                             .arg(provenanceSummary(*c), library.isValid(*c) ? QString() : QStringLiteral("  [INVALID]"));
        }
    }
    cli.out().flush();
    return cli.report(library.problems());
}

QString provenanceName(Requirement::Provenance provenance)
{
    switch (provenance) {
    case Requirement::Provenance::Official:
        return CatalogCommand::tr("official");
    case Requirement::Provenance::Quoted:
        return CatalogCommand::tr("quoted");
    case Requirement::Provenance::Reported:
        return CatalogCommand::tr("reported");
    case Requirement::Provenance::Provisional:
        return CatalogCommand::tr("provisional");
    }
    return {};
}

QString testKindName(Requirement::TestKind kind)
{
    return kind == Requirement::TestKind::Conceptual ? CatalogCommand::tr("conceptual") : CatalogCommand::tr("functional");
}

void printCatalog(QTextStream& out, const CatalogLibrary& library, const Catalog& c, Language language)
{
    QStringList includes;
    for (const Catalog* included : library.chain(c)) {
        if (included != &c)
            includes << QStringLiteral("%1 (★%2, %3)").arg(included->qualifiedId()).arg(included->level).arg(included->requirements.size());
    }
    out << c.title.in(language) << QStringLiteral("\n") << QString(24, QChar(0x2500)) << QLatin1Char('\n');
    out << QStringLiteral("%1 v%2  ★%3  %4\n").arg(c.qualifiedId(), c.version).arg(c.level).arg(c.category);
    out << CatalogCommand::tr("Source") << QStringLiteral(": ") << c.source.document << QLatin1Char('\n');
    if (!c.source.note.isEmpty())
        out << QStringLiteral("  ") << c.source.note.simplified() << QLatin1Char('\n');
    for (const Catalog::SecondarySource& s : c.source.secondary)
        out << QStringLiteral("  [%1] %2 <%3>\n").arg(s.id, s.title, s.url);
    if (c.reconstruction)
        out << QStringLiteral("⚠ ") << c.reconstruction->in(language).simplified() << QLatin1Char('\n');
    out << CatalogCommand::tr("Digest") << QStringLiteral(": ") << library.digest(c) << QLatin1Char('\n');
    out << CatalogCommand::tr("Includes") << QStringLiteral(": ") << (includes.isEmpty() ? CatalogCommand::tr("none") : includes.join(QStringLiteral(", "))) << QLatin1Char('\n');
    QStringList counts;
    for (const Term<Requirement::Provenance>& term : Requirement::provenances) {
        if (const int n = c.count(term.value))
            counts << QStringLiteral("%1 %2").arg(provenanceName(term.value)).arg(n);
    }
    out << CatalogCommand::tr("Requirements") << QStringLiteral(": ") << c.requirements.size() << QStringLiteral(" (") << counts.join(QStringLiteral(", "))
        << QStringLiteral(")\n");
    if (c.count(Requirement::Provenance::Provisional) > 0)
        out << QStringLiteral("⚠ ") << CatalogCommand::tr("Requirements marked [provisional] are reconstructed wording, not the scheme's official text.") << QLatin1Char('\n');

    if (!c.protectedAssets.isEmpty()) {
        out << QLatin1Char('\n') << CatalogCommand::tr("Information assets to protect") << QLatin1Char('\n');
        for (const LocalizedText& asset : c.protectedAssets)
            out << QStringLiteral("  - ") << asset.in(language).simplified() << QLatin1Char('\n');
    }
    if (!c.questions.isEmpty()) {
        out << QLatin1Char('\n') << CatalogCommand::tr("Product profile questions") << QLatin1Char('\n');
        for (const Question& q : c.questions) {
            out << QStringLiteral("  %1 [%2]  %3\n")
                       .arg(q.id, termName<Question::Type>(Question::types, q.type), q.text.in(language).simplified());
            for (const Question::Option& o : q.options)
                out << QStringLiteral("      - %1: %2\n").arg(o.id, o.text.in(language).simplified());
        }
    }
    if (c.pstiRoute) {
        out << QLatin1Char('\n')
            << CatalogCommand::tr("UK PSTI route (%1 = yes): %2 covered by the PSTI statement of compliance")
                   .arg(c.pstiRoute->question, c.pstiRoute->covers.join(QStringLiteral(", ")))
            << QLatin1Char('\n') << QStringLiteral("  ") << c.pstiRoute->evidence.in(language).simplified() << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << CatalogCommand::tr("Requirements") << QLatin1Char('\n');
    for (const Requirement& r : c.requirements) {
        const QString provenance = r.quotedFrom.isEmpty() ? provenanceName(r.provenance)
                                                          : QStringLiteral("%1 [%2]").arg(provenanceName(r.provenance), r.quotedFrom);
        out << QStringLiteral("\n%1  %2  ［%3］\n").arg(r.id, r.title.in(language).simplified(), provenance);
        out << QStringLiteral("  %1\n").arg(Requirement::methodName(r.method).text());
        if (!r.appliesIf.isEmpty())
            out << QStringLiteral("  %1: %2\n").arg(CatalogCommand::tr("Applies if"), r.appliesIf.source().simplified());
        out << QStringLiteral("  ") << r.text.in(language).simplified() << QLatin1Char('\n');
        out << QStringLiteral("  %1 (%2):\n").arg(CatalogCommand::tr("Evaluation items"), r.itemRule == Requirement::ItemRule::All ? CatalogCommand::tr("all must hold") : CatalogCommand::tr("at least one must hold"));
        for (const Requirement::Item& item : r.items)
            out << QStringLiteral("    %1. %2\n").arg(item.id, item.text.in(language).simplified());
        if (!r.evidence.isEmpty()) {
            out << QStringLiteral("  %1:\n").arg(CatalogCommand::tr("Evidence"));
            for (const Requirement::Evidence& e : r.evidence)
                out << QStringLiteral("    - [%1] %2\n")
                           .arg(termName<Requirement::EvidenceKind>(Requirement::evidenceKinds, e.kind), e.text.in(language).simplified());
        }
        if (!r.tests.isEmpty()) {
            out << QStringLiteral("  %1:\n").arg(CatalogCommand::tr("Test cases"));
            for (const Requirement::TestCase& t : r.tests) {
                out << QStringLiteral("    %1 [%2] %3\n").arg(t.id, testKindName(t.kind), t.text.in(language).simplified());
                out << QStringLiteral("      %1: %2\n").arg(CatalogCommand::tr("expected"), t.expected.in(language).simplified());
            }
        }
        if (!r.references.isEmpty()) {
            QStringList refs;
            for (const Requirement::Reference& ref : r.references)
                refs << ref.standard + QLatin1Char(' ') + ref.clause;
            out << QStringLiteral("  %1: %2\n").arg(CatalogCommand::tr("References"), refs.join(QStringLiteral("; ")));
        }
        if (r.note)
            out << QStringLiteral("  %1: %2\n").arg(CatalogCommand::tr("Note"), r.note->in(language).simplified());
    }
}

int show(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark catalog show"));
    cli.addCatalogsOption();
    cli.parser().addOption(jsonOption());
    cli.parser().addPositionalArgument(QStringLiteral("ID"), CatalogCommand::tr("Catalog id, e.g. jc-star/star1-common or star1-common."));
    if (auto done = cli.parse(1, 1))
        return *done;

    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const QString name = cli.parser().positionalArguments().constFirst();
    const Catalog* catalog = library.find(name);
    if (!catalog) {
        QStringList known;
        for (const Catalog* c : library.catalogs())
            known << c->qualifiedId();
        return cli.usageError(CatalogCommand::tr("no catalog '%1' (known: %2); see 'starmark catalog list'")
                                  .arg(name, known.isEmpty() ? CatalogCommand::tr("none") : known.join(QStringLiteral(", "))));
    }
    if (!library.isValid(*catalog)) {
        cli.err() << CatalogCommand::tr("catalog '%1' is not valid:").arg(catalog->qualifiedId()) << QLatin1Char('\n');
        return cli.report(library.problemsFor(catalog->path)) == ExitOk ? ExitInvalid : ExitInvalid;
    }
    if (cli.parser().isSet(QStringLiteral("json"))) {
        QJsonObject json = CatalogJson::toJson(*catalog);
        json.insert(QStringLiteral("digest"), QString::fromLatin1(library.digest(*catalog)));
        QJsonArray chain;
        for (const Catalog* c : library.chain(*catalog))
            chain.append(c->qualifiedId());
        json.insert(QStringLiteral("chain"), chain);
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printCatalog(cli.out(), library, *catalog, Translator::installed());
    }
    cli.out().flush();
    return ExitOk;
}

} // namespace

int CatalogCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark catalog"),
        {{QStringLiteral("validate"), validate}, {QStringLiteral("list"), list}, {QStringLiteral("show"), show}}, arguments);
}

} // namespace starmark

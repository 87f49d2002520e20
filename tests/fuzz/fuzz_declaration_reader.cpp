// Any bytes in as a manufacturer's declaration, an assessment or problems
// out: never a crash, a hang, an assessment together with errors, a
// problem without its place, an assessment beyond the limits, or one that
// does not come back the same through DeclarationWriter (what 'assess export'
// writes, 'assess import' must read as the same assessment).
#include "criteria/InputLimits.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/DeclarationWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

using namespace starmark;

struct Setting {
    CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    QTemporaryDir folder; // the declaration's folder, with the evidence files the seeds name
    QString path = folder.filePath(QStringLiteral("declaration.yaml"));

    Setting()
    {
        if (!library.problems().isEmpty() || !folder.isValid() || !QDir(folder.path()).mkpath(QStringLiteral("evidence")))
            std::abort();
        for (const char* name : {"evidence/policy.md", "evidence/test.log"}) {
            QFile f(folder.filePath(QString::fromLatin1(name)));
            if (!f.open(QIODevice::WriteOnly) || f.write("evidence\n") != 9)
                std::abort();
        }
    }
};

void checkProblems(const Problems& problems, const QString& path)
{
    if (problems.size() > InputLimits::problemsPerFile + 1)
        std::abort();
    for (const Problem& d : problems) {
        if (d.where.file != path || d.message.isEmpty() || d.where.line < 0 || d.where.column < 0
            || (d.where.line > 0 && d.where.column < 1))
            std::abort();
    }
}

void checkLimits(const Assessment& a)
{
    qsizetype evidence = 0;
    for (const Assessment::Result& r : a.results) {
        evidence += r.evidence.size();
        if (r.evidence.size() > InputLimits::evidencePerResult || InputLimits::characters(r.rationale) > InputLimits::longTextCharacters)
            std::abort();
    }
    if (evidence > InputLimits::evidenceInDeclaration || InputLimits::characters(a.product.model) > InputLimits::shortTextCharacters)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Setting setting;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const DeclarationReader::Result result = DeclarationReader::read(bytes, setting.path, setting.library);
    if (result.assessment.has_value() == !result.problems.isEmpty())
        std::abort(); // an assessment comes exactly when nothing is wrong
    checkProblems(result.problems, setting.path);
    if (!result.assessment)
        return 0;
    const Assessment& a = *result.assessment;
    checkLimits(a);
    const QList<const Catalog*> chain = setting.library.chain(*setting.library.find(a.catalog));
    const QByteArray written = DeclarationWriter::write(a, chain);
    const DeclarationReader::Result again = DeclarationReader::read(written, setting.path, setting.library);
    if (!again.assessment || DeclarationWriter::write(*again.assessment, chain) != written)
        std::abort(); // export then import must give back what was exported
    return 0;
}

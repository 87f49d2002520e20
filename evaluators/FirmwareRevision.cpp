#include "evaluators/FirmwareRevision.h"

#include "criteria/CatalogChain.h"

namespace starmark {

Result<FirmwareRevision::Started> FirmwareRevision::start(
    const Assessment& current, const QList<const Catalog*>& chain, const QString& firmware)
{
    const QString version = firmware.trimmed();
    if (version.isEmpty())
        return Problem::unusable(
            QStringLiteral("assessment.firmware-missing"), Message("FirmwareRevision", "the new firmware version is missing"));
    if (version == current.product.firmware) {
        return Problem::invalid(QStringLiteral("assessment.firmware-unchanged"),
            Message("FirmwareRevision", "firmware %1 is the one already assessed").arg(version));
    }
    Started started{current, {}};
    Assessment& next = started.assessment;
    next.revision += 1;
    next.product.firmware = version;
    next.signOff.reset();
    for (auto it = next.results.begin(); it != next.results.end(); ++it) {
        const Requirement* r = CatalogChain::requirement(chain, it.key());
        // What was observed on the device may not hold for the new firmware; documents still do.
        if (r && r->method != Requirement::Method::Document && it->verdict != Verdict::NotApplicable) {
            it->recheck = true;
            started.rechecks << it.key();
        }
    }
    return started;
}

} // namespace starmark

#pragma once

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace starmark {

// A firmware version, ordered the way manufacturers number them, so that a
// downgrade can be told from an update. The one rule, everywhere StarMark orders versions:
//
//   [v]CORE[-PRE][+BUILD]      e.g. 2.4.1, v1.02, 1.2.3b, 2.0.0-rc.1, 3.1+build.77
//
// - CORE's fields are separated by '.' or '_' and compared left to right; a missing
//   field counts as 0 (1.2 == 1.2.0).
// - Within a field, runs of digits and of letters are compared in turn: digits as
//   numbers (02 == 2, any length), letters case-insensitively (a < b); a digit run
//   ranks below a letter run, and a field that ends ranks below one that goes on
//   (1.2.3 < 1.2.3b < 1.2.3c < 1.2.4).
// - A pre-release ranks below its release (2.0.0-rc.1 < 2.0.0); pre-releases compare
//   field by field the same way, the one with fewer fields first when all else is equal.
// - BUILD is ignored (3.1+build.77 == 3.1).
// Anything else (spaces, other punctuation, no digit at all) is not a version: it
// cannot be ordered, and whoever compares must treat the order as unknown.
class FirmwareVersion {
public:
    // nullopt when `text` is not a version by the rule above.
    static std::optional<FirmwareVersion> parse(const QString& text);
    // The order of two version texts, or nullopt when either is not a version.
    static std::optional<std::weak_ordering> compare(const QString& a, const QString& b);

    std::weak_ordering operator<=>(const FirmwareVersion& other) const;
    bool operator==(const FirmwareVersion& other) const { return (*this <=> other) == 0; }
    const QString& text() const { return m_text; }

private:
    QString m_text;
    QStringList m_core;
    QStringList m_preRelease;
};

} // namespace starmark

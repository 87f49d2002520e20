#pragma once

#include "criteria/LocalizedText.h"

#include <QDate>

#include <optional>

namespace starmark {

// What is assessed: one product model at one firmware version.
struct Product {
    LocalizedText manufacturer;
    LocalizedText name;
    QString model;
    QString firmware;
    QString hardware;
    QDate released;
    QDate supportUntil; // end of security updates; not the label's validity
    QString vulnerabilityContact;

    bool operator==(const Product&) const = default;

    // A date as declarations write it (YYYY-MM-DD), or nullopt.
    static std::optional<QDate> parseDate(const QString& text);
    // Why a contact cannot be used (it must be an https:// or mailto: address), or nullopt.
    static std::optional<QString> contactProblem(const QString& contact);
    // Why the dates do not fit together, or nullopt.
    std::optional<QString> datesProblem() const;
};

} // namespace starmark

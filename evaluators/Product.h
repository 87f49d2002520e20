#pragma once

#include "criteria/LocalizedText.h"
#include "criteria/Message.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace starmark {

// What is assessed: one product family at one firmware version. An application
// covers a family of model numbers (Buffalo registered 79 in one); the
// representative `model` is the one a label carries.
struct Product {
    // A real family is up to about a hundred; ten times that is still a family, not a flood.
    static constexpr int maxModels = 1000;
    // Bytes of UTF-8: the label token's limit for a field, so that every model fits a label.
    static constexpr int maxModelBytes = 64;

    LocalizedText manufacturer;
    LocalizedText name;
    QString model; // the representative
    QStringList otherModels; // the rest of the family, in the applicant's order; never the representative again
    QString firmware;
    QString hardware;
    QDate released;
    QDate supportUntil; // end of security updates; not the label's validity
    QString vulnerabilityContact;
    // The network interfaces the product needs open, as "tcp/443" or "tcp/443 https" (a service name
    // after a space, for people): a scan's open port that is not one of them is proposed as a fail of
    // S1.1-13. None listed means none is needed, so every open port is proposed as a fail.
    QStringList neededInterfaces;

    bool operator==(const Product&) const = default;

    // Every model number of the family, the representative first.
    QStringList models() const;

    // Why `model` cannot be a model number, or nullopt: empty, over maxModelBytes, a control or
    // format character, space at either end, a backslash, or a path it could walk (a leading
    // "/", a "." or ".." segment). A "/" inside stays allowed: real variants are written
    // WXR18000BE10P/D.
    static std::optional<Message> modelProblem(const QString& model);
    // Why `models` (a whole family, the representative first) cannot be one, or nullopt: over
    // maxModels, a model with a modelProblem, or one listed twice. For families read whole, from
    // files and other parties; a declaration says the same per model, at its line.
    static std::optional<Message> familyProblem(const QStringList& models);

    // More than any device listens on; a list past it is a flood, not a product.
    static constexpr int maxNeededInterfaces = 1000;
    // Why `entry` cannot be a needed interface, or nullopt: it must be tcp, udp or sctp, a slash and
    // a port 1–65535 (no leading zero), then optionally a space and a service name of at most 64
    // characters without control characters.
    static std::optional<Message> interfaceProblem(const QString& entry);
    // "tcp/443" for "TCP/443 https": what a scan's port is compared with.
    static QString interfaceKey(const QString& entry);
    // Why `entries` cannot be a product's list, or nullopt: over maxNeededInterfaces, an entry with
    // an interfaceProblem, or one port listed twice.
    static std::optional<Message> interfacesProblem(const QStringList& entries);

    // A date as declarations write it (YYYY-MM-DD), or nullopt.
    static std::optional<QDate> parseDate(const QString& text);
    // Why a contact cannot be used (it must be an https:// or mailto: address), or nullopt.
    static std::optional<QString> contactProblem(const QString& contact);
    // Why the dates do not fit together, or nullopt.
    std::optional<QString> datesProblem() const;
};

} // namespace starmark

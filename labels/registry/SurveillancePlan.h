#pragma once

#include "criteria/LocalizedText.h"
#include "criteria/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace starmark {

// The certification body's surveillance sample: a risk-weighted random draw of
// registered products that anyone holding the same registry state and seed can
// redraw and get the same list. Self-declared levels weigh more than
// lab-evaluated ones (no third party has looked), products with an earlier
// nonconformity more again, and products a member of the public has reported
// are always in.
class SurveillancePlan {
public:
    // A registered product as the draw sees it.
    struct Candidate {
        QString registration;
        int level = 0;
        QString category;
        QDate registered;
        QDate supportUntil;
        int nonconformities = 0; // findings against it in earlier surveillance
        std::optional<QDate> lastSurveilled;
    };
    struct Pick {
        QString registration;
        double weight = 0;
        bool reported = false; // in because of a report from the public, not by chance
        QList<LocalizedText> reasons; // what made its weight

        // The reasons in `language`, joined, or that it has the base weight.
        QString why(Language language) const;
    };
    struct Request {
        quint64 seed = 0;
        int size = 0;
        QDate asOf;
        QStringList reported; // registrations that must be in
    };

    // Refused when the request cannot be met (a reported registration that is malformed
    // or not in the population, a size below one).
    static Result<SurveillancePlan> draw(QList<Candidate> population, Request request);
    // The weight a candidate gets and why.
    static double weigh(const Candidate& candidate, const QDate& asOf, QList<LocalizedText>* reasons);

    const Request& request() const { return m_request; }
    const QList<Pick>& picks() const { return m_picks; }
    int populationSize() const { return m_populationSize; }
    // SHA-256 over the population as drawn from: a redraw on other data shows.
    const QByteArray& populationDigest() const { return m_populationDigest; }

    QJsonObject toJson() const;
    // Refused (surveillance.plan-invalid) naming `file` and the key that is wrong.
    static Result<SurveillancePlan> fromJson(const QJsonObject& json, const QString& file = {});
    // The plan `file` holds, as toJson() wrote it: surveillance.plan-unreadable, surveillance.plan-invalid otherwise.
    static Result<SurveillancePlan> load(const QString& file);

private:
    Request m_request;
    QList<Pick> m_picks;
    int m_populationSize = 0;
    QByteArray m_populationDigest;
};

} // namespace starmark

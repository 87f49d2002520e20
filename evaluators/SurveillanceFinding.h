#pragma once

#include "criteria/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace starmark {

// What the certification body found when it checked one requirement of a
// registered product during surveillance.
struct SurveillanceFinding {
    enum class Result { Conforms, Nonconformity, Observation };

    QString registration;
    QString requirement;
    Result result = Result::Conforms;
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

inline constexpr Term<SurveillanceFinding::Result> findingResults[] = {{SurveillanceFinding::Result::Conforms, "conforms"},
    {SurveillanceFinding::Result::Nonconformity, "nonconformity"}, {SurveillanceFinding::Result::Observation, "observation"}};

} // namespace starmark

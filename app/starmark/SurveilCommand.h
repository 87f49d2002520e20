#pragma once

#include <QStringList>

namespace starmark {

// `starmark surveil plan|record|report`: the certification body's surveillance
// of registered products: a seeded, risk-weighted sample, findings per
// requirement (a nonconformity may revoke the label), and the signed report.
class SurveilCommand {
public:
    static int run(const QStringList& arguments); // arguments after "surveil"
};

} // namespace starmark

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark verify-log --trust ISSUER.pem --sth STH.json [--inclusion PROOF.json]
// [--old-sth OLD.json --consistency PROOF.json]`: the registry's transparency log checked
// offline, from files fetched before (GET /api/v1/log/…), in the installed language.
class VerifyLogCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyLogCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace starmark

#include "labels/RegistrationNumber.h"

#include <QRegularExpression>

namespace starmark {

bool RegistrationNumber::isValid(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^JCS-[0-9]{2}-[0-9]{6}$"), QRegularExpression::CaseInsensitiveOption);
    return form.match(text).hasMatch();
}

} // namespace starmark

#pragma once

#include <QString>

namespace starmark {

// The number the registry gives a product and its label carries: JCS-YY-NNNNNN.
class RegistrationNumber {
public:
    // Case-insensitive; anything else is refused before it reaches a query or a file name.
    static bool isValid(const QString& text);
};

} // namespace starmark

#include "criteria/Requirement.h"

namespace starmark {

Message Requirement::methodName(Method method)
{
    switch (method) {
    case Method::Document:
        return Message("Requirement", "Document review");
    case Method::Device:
        return Message("Requirement", "Device test");
    case Method::DocumentAndDevice:
        return Message("Requirement", "Document review + device test");
    }
    return {};
}

} // namespace starmark

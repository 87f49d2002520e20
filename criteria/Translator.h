#pragma once

#include "criteria/Language.h"

#include <QString>

namespace starmark {

// The one translation mechanism of every library and shell: the .qm files built from
// share/translations/*_<lang>.ts and embedded under :/i18n. Sources are English, so
// English needs a translation only for plural forms; a missing one falls back to the source.
class Translator {
public:
    static QString translate(Language language, const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

    // Makes language the one Message::text() and every tr() speak: the shells call it
    // once they know the user's language (and the desktop app again when it changes).
    static void install(Language language);
    static Language installed();
};

} // namespace starmark

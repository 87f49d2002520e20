#pragma once

#include "criteria/Language.h"

#include <QList>
#include <QString>

namespace starmark {

// A text for a user, kept untranslated until a shell says in which language to show
// it: the CLI by locale or --lang, the server per request by Accept-Language, the
// desktop app by its setting, a report by the language asked for. Libraries write
//
//     Message("CatalogReader", "unknown key \"%1\"").arg(key)
//
// and lupdate, told that Message is spelt like QCoreApplication::translate
// (-tr-function-alias, see starmark_translations in CMakeLists.txt), finds every one:
// one mechanism and one set of .ts files for every library and shell.
class Message {
public:
    Message() = default;
    // context and source must be string literals, written out at the call (lupdate reads
    // them there); n selects a plural form (%n): Message("Ctx", "%n file(s)", nullptr, n).
    Message(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

    // Text that is data, never translated: a file name, a library's own error text.
    static Message plain(const QString& text);

    // %1, %2, … in order, each replaced once, so an argument's own "%2" stays as it is.
    Message arg(const QString& value) const;
    Message arg(const Message& value) const;
    Message arg(qint64 value) const;

    // In the language the shell installed (Translator::install), or in the one given.
    QString text() const;
    QString text(Language language) const;

    bool isEmpty() const { return m_source == nullptr && m_plain.isEmpty(); }
    // The untranslated source, for the .ts lookup and for tests that check the mark.
    const char* context() const { return m_context; }
    const char* source() const { return m_source; }

private:
    const char* m_context = nullptr;
    const char* m_source = nullptr;
    const char* m_disambiguation = nullptr;
    int m_n = -1;
    QString m_plain;
    QList<Message> m_args;
};

} // namespace starmark

#pragma once

#include <QString>

#include <string_view>

namespace starmark {

// The path of the key being read (requirements[S1.1-04].items.rule), kept as a
// chain of stack frames so that it costs nothing unless an error is reported.
class KeyPath {
public:
    KeyPath() = default;

    // A child points at its parent, so a parent must outlive it: no children of temporaries.
    KeyPath key(std::string_view name) const& { return KeyPath(this, name, -1, {}); }
    KeyPath key(std::string_view name) const&& = delete;
    // A list element: named by its id when it has one, by its index otherwise.
    KeyPath element(int index, const QString& id = {}) const& { return KeyPath(this, {}, index, id); }
    KeyPath element(int index, const QString& id = {}) const&& = delete;

    QString toString() const;

private:
    KeyPath(const KeyPath* parent, std::string_view name, int index, const QString& id)
        : m_parent(parent)
        , m_name(name)
        , m_index(index)
        , m_id(id)
    {
    }

    const KeyPath* m_parent = nullptr;
    std::string_view m_name;
    int m_index = -1;
    QString m_id;
};

} // namespace starmark

#pragma once

#include "criteria/Problem.h"

#include <optional>
#include <utility>

namespace starmark {

// What an operation gives back: its value, or the problems that stopped it. Warnings
// may ride along with a value. The one return shape for "a value or why not", in
// place of optional-plus-out-parameter, bool-plus-message and empty-when-fine strings.
template <typename T>
class Result {
public:
    Result(T value, Problems warnings = {})
        : m_value(std::move(value))
        , m_problems(std::move(warnings))
    {
    }
    Result(Problem problem)
        : m_problems{std::move(problem)}
    {
    }
    Result(Problems problems)
        : m_problems(std::move(problems))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T take() { return std::move(*m_value); }

    const Problems& problems() const { return m_problems; }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

// An operation with nothing to give back: done, or the problems that stopped it.
template <>
class Result<void> {
public:
    Result() = default;
    Result(Problem problem)
        : m_problems{std::move(problem)}
    {
    }
    Result(Problems problems)
        : m_problems(std::move(problems))
    {
    }

    bool ok() const { return !hasErrors(m_problems); }
    explicit operator bool() const { return ok(); }
    const Problems& problems() const { return m_problems; }

private:
    Problems m_problems;
};

} // namespace starmark

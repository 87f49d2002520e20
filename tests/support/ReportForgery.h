#pragma once

#include "reports/SigningIdentity.h"

#include <QByteArray>
#include <QMap>

namespace starmark::test {

// What a dishonest party appends to someone else's signed report: incremental
// updates written by hand, as a script would write them, each one a plain and
// well-formed PDF update that every reader applies — and then, if asked, the
// whole file signed again with a key of its own (an approval signature).
class ReportForgery {
public:
    explicit ReportForgery(QByteArray pdf)
        : pdf(std::move(pdf))
    {
    }

    // The embedded assessment.json replaced by one naming `model`, and the
    // catalog's /StarMark record made to fit, so the swap holds together.
    ReportForgery& swapAssessment(const QByteArray& model);
    // A white box and new text painted over the first page, by a content stream added to it.
    ReportForgery& paintOverFirstPage(const QByteArray& text);
    // One new object that nothing refers to.
    ReportForgery& addInnocuousObject();
    // The whole file signed once more (nothing else changed by that signature).
    ReportForgery& signAgain(const SigningIdentity& identity);

    // Appends one update that (re)defines these objects (number → what stands between "obj" and "endobj").
    ReportForgery& append(const QMap<int, QByteArray>& objects);
    QByteArray body(int number) const; // the newest definition's, between "obj" and "endobj"
    int reference(int number, const QByteArray& key) const; // the N of "/key N 0 R" in that body
    int nextNumber() const; // the last trailer's /Size
    int root() const;
    int info() const;
    int embeddedFile(const QByteArray& name) const;
    int firstPage() const;

    QByteArray pdf;
};

} // namespace starmark::test

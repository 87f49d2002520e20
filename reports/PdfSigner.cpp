#include "reports/PdfSigner.h"

#include "reports/OpenSsl.h"

#include <QCryptographicHash>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <podofo/podofo.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

namespace starmark {
namespace {

// PoDoFo prints trailers and errors to the console unless told otherwise.
void quietPoDoFo()
{
    static const bool quiet = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    Q_UNUSED(quiet);
}

constexpr size_t signatureBytes = 16384; // room for the CMS with a chain of several RSA certificates

PoDoFo::PdfString utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(bytes.constData()));
}

// The signing time is the request's, not OpenSSL's own reading of the system
// clock: the claimed time in the CMS and in the signature dictionary agree, and
// both come from the clock StarMark was given.
std::optional<QByteArray> cmsSignature(const QByteArray& signedBytes, const SigningIdentity& identity, const QDateTime& signingTime,
    const PdfSigner::Timestamper& timestamp, QString* error)
{
    constexpr unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES;
    STACK_OF(X509)* chain = sk_X509_new_null();
    for (const Certificate& c : identity.chain())
        sk_X509_push(chain, c.get());
    BIO* data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
    CMS_ContentInfo* cms = CMS_sign(nullptr, nullptr, chain, data, flags | CMS_PARTIAL);
    CMS_SignerInfo* si = cms ? CMS_add1_signer(cms, identity.certificate(), identity.key(), EVP_sha256(), flags) : nullptr;
    ASN1_TIME* when = ASN1_TIME_set(nullptr, time_t(signingTime.toSecsSinceEpoch()));
    const bool made = si && when && CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, when->type, when, -1) == 1
        && CMS_final(cms, data, nullptr, flags) == 1;
    ASN1_TIME_free(when);
    BIO_free(data);
    sk_X509_free(chain);
    if (!made) {
        CMS_ContentInfo_free(cms);
        cms = nullptr;
    }
    if (!cms) {
        if (error)
            *error = QStringLiteral("the CMS signature could not be made (%1)").arg(takeOpenSslError());
        return std::nullopt;
    }
    if (timestamp) {
        const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
        const Result<QByteArray> token
            = timestamp(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)));
        if (!token || CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token->constData(), int(token->size())) != 1) {
            QStringList why;
            for (const Problem& p : token.problems())
                why << p.toString();
            if (error)
                *error = why.isEmpty() ? QStringLiteral("the timestamp could not be added (%1)").arg(takeOpenSslError()) : why.join(QStringLiteral("; "));
            CMS_ContentInfo_free(cms);
            return std::nullopt;
        }
    }
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

using namespace PoDoFo;

Problem podofoProblem(const PdfError& e)
{
    return Problem::invalid(QStringLiteral("ltv.pdf-unwritable"),
        Message("PdfSigner", "the validation data could not be added to the PDF (PoDoFo: %1)")
            .arg(QString::fromLatin1(PdfError::ErrorMessage(e.GetError()))));
}

} // namespace

std::optional<QByteArray> PdfSigner::sign(
    const QByteArray& pdf, const Request& request, const SigningIdentity& identity, QString* error, const Timestamper& timestamp)
{
    using namespace PoDoFo;
    quietPoDoFo();
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);

        if (request.kind == Kind::Approval && !request.attachments.isEmpty()) {
            if (error)
                *error = QStringLiteral("a further signature adds no attachments: they belong to the author's signed revision");
            return std::nullopt;
        }
        if (request.kind == Kind::Certification) {
            PdfDictionary record;
            for (const Attachment& a : request.attachments) {
                const QByteArray name = a.name.toUtf8();
                PdfFileSpec spec(
                    name.constData(), reinterpret_cast<const unsigned char*>(a.data.constData()), a.data.size(), &document, true);
                // AttachFile and PdfFileSpec escape the name (assessment#2Ejson): readers should see it plain.
                spec.GetObject()->GetDictionary().AddKey(PdfName("F"), PdfString(name.constData()));
                spec.GetObject()->GetDictionary().AddKey(PdfName("UF"), utf8(a.name));
                document.GetNamesTree()->AddValue(PdfName("EmbeddedFiles"), PdfString(name.constData()), spec.GetObject()->Reference());
                record.AddKey(
                    PdfName(name.constData()), PdfString(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex().constData()));
            }
            document.GetCatalog()->GetDictionary().AddKey(PdfName("StarMark"), record);
        }

        PdfAcroForm* form = document.GetAcroForm(ePdfCreateObject, ePdfAcroFormDefaultAppearance_None);
        form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
        int existing = 0;
        if (form->GetObject()->GetDictionary().HasKey(PdfName("Fields")))
            existing = int(form->GetObject()->GetDictionary().GetKey(PdfName("Fields"))->GetArray().size());
        PdfPage* page = document.GetPage(0);
        PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(0, 0, 0, 0));
        widget->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);
        PdfSignatureField field(widget, form, &document);
        field.SetFieldName(PdfString(QStringLiteral("StarMarkSignature%1").arg(existing + 1).toLatin1().constData()));
        field.SetSignatureReason(utf8(request.reason));
        field.SetSignatureDate(PdfDate(time_t(request.signingTime.toSecsSinceEpoch())));
        field.SetSignatureCreator(PdfName("StarMark"));
        field.EnsureSignatureObject();
        field.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
        if (request.kind == Kind::Certification) {
            // ISO 32000-1 12.8.2.2: a DocMDP signature reference and the catalog's /Perms
            // naming this signature. Written by hand: PoDoFo's AddCertificationReference
            // leaves its SigRef and TransformParams behind as orphan objects.
            PdfDictionary parameters;
            parameters.AddKey(PdfName("Type"), PdfName("TransformParams"));
            parameters.AddKey(PdfName("P"), PdfObject(pdf_int64(1)));
            parameters.AddKey(PdfName("V"), PdfName("1.2"));
            PdfDictionary reference;
            reference.AddKey(PdfName("Type"), PdfName("SigRef"));
            reference.AddKey(PdfName("TransformMethod"), PdfName("DocMDP"));
            reference.AddKey(PdfName("TransformParams"), parameters);
            PdfArray references;
            references.push_back(reference);
            field.GetSignatureObject()->GetDictionary().AddKey(PdfName("Reference"), references);
            PdfDictionary permissions;
            permissions.AddKey(PdfName("DocMDP"), field.GetSignatureObject()->Reference());
            document.GetCatalog()->GetDictionary().AddKey(PdfName("Perms"), permissions);
        }

        // PdfSignOutputDevice reads back what it wrote to place the byte range;
        // of PoDoFo 0.9's devices only a file supports that.
        QTemporaryDir scratch;
        const QByteArray path = QFile::encodeName(scratch.filePath(QStringLiteral("signing.pdf")));
        std::optional<PdfOutputDevice> output(std::in_place, path.constData(), true);
        PdfSignOutputDevice signer(&*output);
        signer.SetSignatureSize(signatureBytes);
        field.SetSignature(*signer.GetSignatureBeacon());
        document.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            if (error)
                *error = QStringLiteral("the signature placeholder was not written");
            return std::nullopt;
        }
        signer.AdjustByteRange();
        signer.Seek(0);
        QByteArray signedBytes;
        char buffer[65536];
        for (size_t n; (n = signer.ReadForSignature(buffer, sizeof buffer)) > 0;)
            signedBytes.append(buffer, qsizetype(n));
        const std::optional<QByteArray> cms = cmsSignature(signedBytes, identity, request.signingTime, timestamp, error);
        if (!cms)
            return std::nullopt;
        if (size_t(cms->size()) > signatureBytes) {
            if (error)
                *error = QStringLiteral("the signature (%1 bytes) does not fit its %2-byte placeholder; use a shorter chain")
                             .arg(cms->size())
                             .arg(signatureBytes);
            return std::nullopt;
        }
        signer.SetSignature(PdfData(cms->constData(), size_t(cms->size())));
        signer.Flush();
        output.reset();
        QFile written(QFile::decodeName(path));
        if (!written.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("the signed PDF could not be read back (%1)").arg(written.errorString());
            return std::nullopt;
        }
        return written.readAll();
    } catch (const PoDoFo::PdfError& e) {
        if (error)
            *error = QStringLiteral("the PDF could not be signed (PoDoFo: %1)")
                         .arg(QString::fromLatin1(PoDoFo::PdfError::ErrorMessage(e.GetError())));
        return std::nullopt;
    }
}

// Read from the bytes the /ByteRange names (the gap between its two parts is the hex
// string), not with PoDoFo, which would parse every object of the file, and each
// signature's 32 KB hex string, to find it.
std::optional<QByteArray> PdfSigner::lastSignatureContents(const QByteArray& pdf)
{
    static const QRegularExpression byteRange(QStringLiteral("^/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    qint64 furthest = -1, gapStart = 0, gapEnd = 0;
    for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0; at = pdf.indexOf("/ByteRange", at + 1)) {
        const QRegularExpressionMatch m = byteRange.match(QString::fromLatin1(pdf.mid(at, 120)));
        if (!m.hasMatch())
            continue;
        const qint64 start = m.captured(2).toLongLong(), end = m.captured(3).toLongLong(), reach = end + m.captured(4).toLongLong();
        if (reach > furthest && start < end && end <= pdf.size()) {
            furthest = reach;
            gapStart = start;
            gapEnd = end;
        }
    }
    const QByteArray gap = pdf.mid(gapStart, gapEnd - gapStart).trimmed();
    if (furthest < 0 || gap.size() < 2 || !gap.startsWith('<') || !gap.endsWith('>'))
        return std::nullopt;
    return QByteArray::fromHex(gap.mid(1, gap.size() - 2));
}

Result<QByteArray> PdfSigner::addDss(const QByteArray& signedPdf, const ValidationData& data)
{
    quietPoDoFo();
    try {
        PdfMemDocument document;
        const std::optional<QByteArray> contents = lastSignatureContents(signedPdf);
        if (!contents)
            return Problem::invalid(QStringLiteral("ltv.not-signed"), Message("PdfSigner", "the PDF carries no signature to keep verifiable"));
        document.LoadFromBuffer(signedPdf.constData(), long(signedPdf.size()), true);
        PdfObject* catalog = document.GetCatalog();
        if (catalog->GetDictionary().HasKey(PdfName("DSS")))
            return Problem::invalid(
                QStringLiteral("ltv.dss-present"), Message("PdfSigner", "the PDF already holds validation data (a /DSS)"));
        const QByteArray key = QCryptographicHash::hash(*contents, QCryptographicHash::Sha1).toHex().toUpper();

        const auto streams = [&](const QList<QByteArray>& items) {
            PdfArray array;
            for (const QByteArray& der : items) {
                PdfObject* stream = document.GetObjects().CreateObject();
                PdfMemoryInputStream input(der.constData(), pdf_long(der.size()));
                stream->GetStream()->SetRawData(&input, pdf_long(der.size()));
                array.push_back(stream->Reference());
            }
            return array;
        };
        const PdfArray certificates = streams(data.certificates);
        const PdfArray ocsps = streams(data.ocspResponses);
        const PdfArray crls = streams(data.crls);

        PdfDictionary vri;
        vri.AddKey(PdfName("Cert"), certificates);
        if (!ocsps.empty())
            vri.AddKey(PdfName("OCSP"), ocsps);
        if (!crls.empty())
            vri.AddKey(PdfName("CRL"), crls);
        PdfDictionary entries;
        entries.AddKey(PdfName(key.constData()), vri);
        PdfObject* dss = document.GetObjects().CreateObject("DSS");
        dss->GetDictionary().AddKey(PdfName("Certs"), certificates);
        if (!ocsps.empty())
            dss->GetDictionary().AddKey(PdfName("OCSPs"), ocsps);
        if (!crls.empty())
            dss->GetDictionary().AddKey(PdfName("CRLs"), crls);
        dss->GetDictionary().AddKey(PdfName("VRI"), entries);
        catalog->GetDictionary().AddKey(PdfName("DSS"), dss->Reference());

        PdfRefCountedBuffer buffer;
        PdfOutputDevice output(&buffer);
        document.WriteUpdate(&output, true);
        return QByteArray(buffer.GetBuffer(), qsizetype(output.GetLength()));
    } catch (const PdfError& e) {
        return podofoProblem(e);
    }
}

} // namespace starmark

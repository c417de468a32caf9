// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

// A small flowing-document writer over Qt's QPdfWriter (A4, offscreen):
// headings, paragraphs, label/value lines, tables that break across pages
// with their header repeated, signature lines, and a footer with page
// numbers. Shared by the PDFs Custodia prints for people (destruction
// certificate; later the police report and handover record). Text is
// Unicode throughout, so accents print as typed.
namespace custodia::documents {

class PdfDocument {
public:
    // `footer` is printed at the bottom of every page, before "pagina X di Y".
    PdfDocument(const QString& title, const QString& footer);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    void title(const QString& text, const QString& subtitle = {});
    void heading(const QString& text);
    void paragraph(const QString& text);
    // A label and its value; `mono` sets the value in a fixed-width font
    // (hashes, keys), broken anywhere instead of between words. An empty
    // value prints as a line to write on.
    void field(const QString& label, const QString& value, bool mono = false);
    // Column widths are relative; `mono` marks columns set in a fixed-width font (hashes).
    void table(const QStringList& header, const std::vector<QStringList>& rows, const std::vector<double>& widths,
               const std::vector<bool>& mono = {});
    void signatureLine(const QString& label);
    // A label and `lines` ruled lines to fill in by hand.
    void writeIn(const QString& label, int lines);
    // A QR code (ISO/IEC 18004, level M) of `text`, `sizeMm` wide, with a caption beside it.
    void qrCode(const QString& text, double sizeMm, const QString& caption);
    void space(double millimetres);

    // Lays out the pages and returns the PDF bytes.
    [[nodiscard]] std::vector<std::uint8_t> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

// Makes sure a QGuiApplication exists (on the offscreen platform when the
// program has none), as Qt's font and PDF code needs one.
void ensureGuiApplication();

}  // namespace custodia::documents

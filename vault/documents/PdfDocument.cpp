// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfDocument.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

#include <qrencode.h>

namespace custodia::documents {

namespace {

constexpr double kMarginMm = 18;
constexpr int kDpi = 300;

double mm(double v) {
    return v * kDpi / 25.4;
}

}  // namespace

void ensureGuiApplication() {
    if (QGuiApplication::instance() != nullptr) {
        return;
    }
    // No window is ever shown: the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A command-line program: Qt's notes about the desktop session
    // (XDG_RUNTIME_DIR and the like) are not the user's business.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            std::fputs(("custodia: Qt: " + message.toStdString() + "\n").c_str(), stderr);
        }
    });
    static int argc = 1;
    static char name[] = "custodia";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

// The document is recorded as a list of blocks; finish() lays them out twice
// (the first pass counts the pages for "pagina X di Y").
struct PdfDocument::Impl {
    QString title;
    QString footer;
    std::vector<std::function<void(PdfDocument::Impl&)>> blocks;

    // Layout state of a pass.
    QPainter* painter = nullptr;
    QPdfWriter* writer = nullptr;
    double y = 0;
    double width = 0;
    double bottom = 0;
    int page = 1;
    int pages = 1;

    QFont body() const {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(9.5);
        return f;
    }
    QFont mono() const {
        QFont f(QStringLiteral("DejaVu Sans Mono"));
        f.setStyleHint(QFont::Monospace);
        f.setPointSizeF(7.5);
        return f;
    }

    void drawFooter() {
        if (painter == nullptr) {
            return;
        }
        QFont f = body();
        f.setPointSizeF(7.5);
        painter->setFont(f);
        painter->setPen(Qt::darkGray);
        const QRectF r(0, bottom + mm(4), width, mm(8));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignTop, footer);
        painter->drawText(r, Qt::AlignRight | Qt::AlignTop, QStringLiteral("pagina %1 di %2").arg(page).arg(pages));
        painter->setPen(Qt::black);
    }

    void newPage() {
        drawFooter();
        if (writer != nullptr) {
            writer->newPage();
        }
        ++page;
        y = 0;
    }

    // Height of `text` wrapped to `w` in font `f`.
    // Words are kept whole (a word longer than the width is broken);
    // Qt::TextWrapAnywhere breaks anywhere, for hashes.
    double measure(const QString& text, const QFont& f, double w, int wrap = Qt::TextWordWrap) const {
        const QFontMetricsF fm(f, writer);
        return fm.boundingRect(QRectF(0, 0, w, 1e9), wrap, text).height();
    }

    void ruledLine(double x0, double x1, double atY) {
        painter->save();
        painter->setPen(QPen(Qt::gray, mm(0.2)));
        painter->drawLine(QPointF(x0, atY), QPointF(x1, atY));
        painter->restore();
    }

    void ensure(double h) {
        if (y + h > bottom) {
            newPage();
        }
    }

    void text(const QString& t, const QFont& f, double spacingAfter, Qt::Alignment align = Qt::AlignLeft) {
        const double h = measure(t, f, width);
        ensure(h);
        if (painter != nullptr) {
            painter->setFont(f);
            painter->drawText(QRectF(0, y, width, h), static_cast<int>(align) | Qt::TextWordWrap, t);
        }
        y += h + spacingAfter;
    }

    void layout(QPdfWriter* w, QPainter* p) {
        writer = w;
        painter = p;
        const QRect area = w->pageLayout().paintRectPixels(w->resolution());
        width = area.width();
        bottom = area.height() - mm(12);
        y = 0;
        page = 1;
        for (auto& b : blocks) {
            b(*this);
        }
        drawFooter();
    }
};

PdfDocument::PdfDocument(const QString& title, const QString& footer) : d_(std::make_unique<Impl>()) {
    ensureGuiApplication();
    d_->title = title;
    d_->footer = footer;
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::title(const QString& text, const QString& subtitle) {
    d_->blocks.emplace_back([text, subtitle](Impl& d) {
        QFont f = d.body();
        f.setPointSizeF(15);
        f.setBold(true);
        d.text(text, f, mm(2), Qt::AlignHCenter);
        if (!subtitle.isEmpty()) {
            QFont s = d.body();
            s.setItalic(true);
            d.text(subtitle, s, mm(6), Qt::AlignHCenter);
        }
    });
}

void PdfDocument::heading(const QString& text) {
    d_->blocks.emplace_back([text](Impl& d) {
        QFont f = d.body();
        f.setPointSizeF(11);
        f.setBold(true);
        d.ensure(mm(18));  // never a heading alone at the foot of a page
        d.y += mm(2);
        d.text(text, f, mm(2));
    });
}

void PdfDocument::paragraph(const QString& text) {
    d_->blocks.emplace_back([text](Impl& d) { d.text(text, d.body(), mm(2.5)); });
}

void PdfDocument::field(const QString& label, const QString& value, bool mono) {
    d_->blocks.emplace_back([label, value, mono](Impl& d) {
        const double labelW = d.width * 0.28;
        QFont bold = d.body();
        bold.setBold(true);
        QFont font = d.body();
        if (mono) {
            font = d.mono();
            font.setPointSizeF(8);
        }
        const int wrap = mono ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        // An empty value is a line to write on by hand.
        const double valueH = value.isEmpty() ? mm(6) : d.measure(value, font, d.width - labelW, wrap);
        const double h = std::max(d.measure(label, bold, labelW), valueH);
        d.ensure(h);
        if (d.painter != nullptr) {
            d.painter->setFont(bold);
            d.painter->drawText(QRectF(0, d.y, labelW, h), Qt::TextWordWrap, label);
            if (value.isEmpty()) {
                d.ruledLine(labelW, d.width, d.y + mm(5));
            } else {
                d.painter->setFont(font);
                d.painter->drawText(QRectF(labelW, d.y, d.width - labelW, h), wrap, value);
            }
        }
        d.y += h + mm(1);
    });
}

void PdfDocument::table(const QStringList& header, const std::vector<QStringList>& rows,
                        const std::vector<double>& widths, const std::vector<bool>& mono) {
    // Row heights depend only on the text and the fonts: measured once, in
    // the counting pass, and reused when drawing (long certificates have
    // thousands of rows).
    auto heights = std::make_shared<std::vector<double>>();
    d_->blocks.emplace_back([header, rows, widths, mono, heights](Impl& d) {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        std::vector<double> cols;
        for (double w : widths) {
            cols.push_back(d.width * w / total);
        }
        const double pad = mm(1);
        auto fontFor = [&](std::size_t c, bool head) {
            QFont f = (c < mono.size() && mono[c] && !head) ? d.mono() : d.body();
            f.setPointSizeF(head ? 8 : (c < mono.size() && mono[c] ? 7 : 8));
            f.setBold(head);
            return f;
        };
        auto wrapFor = [&](std::size_t c, bool head) {
            return c < mono.size() && mono[c] && !head ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        };
        auto rowHeight = [&](const QStringList& cells, bool head) {
            double h = 0;
            for (std::size_t c = 0; c < cols.size() && c < static_cast<std::size_t>(cells.size()); ++c) {
                h = std::max(
                    h, d.measure(cells[static_cast<int>(c)], fontFor(c, head), cols[c] - 2 * pad, wrapFor(c, head)));
            }
            return h + 2 * pad;
        };
        if (heights->empty()) {
            heights->push_back(rowHeight(header, true));
            for (const QStringList& r : rows) {
                heights->push_back(rowHeight(r, false));
            }
        }
        auto drawRow = [&](const QStringList& cells, bool head, double h) {
            if (d.painter != nullptr) {
                double x = 0;
                if (head) {
                    d.painter->fillRect(QRectF(0, d.y, d.width, h), QColor(230, 230, 230));
                }
                for (std::size_t c = 0; c < cols.size(); ++c) {
                    d.painter->setFont(fontFor(c, head));
                    d.painter->drawRect(QRectF(x, d.y, cols[c], h));
                    if (c < static_cast<std::size_t>(cells.size())) {
                        d.painter->drawText(QRectF(x + pad, d.y + pad, cols[c] - 2 * pad, h - 2 * pad),
                                            wrapFor(c, head), cells[static_cast<int>(c)]);
                    }
                    x += cols[c];
                }
            }
            d.y += h;
        };
        const double headH = (*heights)[0];
        d.ensure(headH + (rows.empty() ? 0 : (*heights)[1]));
        drawRow(header, true, headH);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double h = (*heights)[i + 1];
            if (d.y + h > d.bottom) {
                d.newPage();
                drawRow(header, true, headH);  // the header again on every page
            }
            drawRow(rows[i], false, h);
        }
        d.y += mm(3);
    });
}

void PdfDocument::signatureLine(const QString& label) {
    d_->blocks.emplace_back([label](Impl& d) {
        d.ensure(mm(22));
        d.y += mm(10);
        if (d.painter != nullptr) {
            d.painter->setFont(d.body());
            d.painter->drawText(QRectF(0, d.y, d.width * 0.45, mm(6)), Qt::AlignLeft, label);
            d.painter->drawLine(QPointF(d.width * 0.45, d.y + mm(4.5)), QPointF(d.width * 0.8, d.y + mm(4.5)));
            d.painter->drawText(QRectF(d.width * 0.82, d.y, d.width * 0.18, mm(6)), Qt::AlignLeft,
                                QStringLiteral("Data ________"));
        }
        d.y += mm(8);
    });
}

void PdfDocument::writeIn(const QString& label, int lines) {
    d_->blocks.emplace_back([label, lines](Impl& d) {
        QFont bold = d.body();
        bold.setBold(true);
        const double labelH = d.measure(label, bold, d.width);
        d.ensure(labelH + mm(7) * std::min(lines, 3));
        d.text(label, bold, mm(1));
        for (int i = 0; i < lines; ++i) {
            d.ensure(mm(7));
            if (d.painter != nullptr) {
                d.ruledLine(0, d.width, d.y + mm(6));
            }
            d.y += mm(7);
        }
        d.y += mm(2);
    });
}

void PdfDocument::qrCode(const QString& text, double sizeMm, const QString& caption) {
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code) {
        throw std::runtime_error("cannot encode a QR code");
    }
    const int n = code->width;
    std::vector<bool> dark(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < dark.size(); ++i) {
        dark[i] = (code->data[i] & 1U) != 0;
    }
    d_->blocks.emplace_back([dark, n, sizeMm, caption](Impl& d) {
        const double side = mm(sizeMm);
        const double captionW = d.width - side - mm(6);
        const double h = std::max(side, d.measure(caption, d.body(), captionW));
        d.ensure(h + mm(2));
        if (d.painter != nullptr) {
            // A quiet zone of 4 modules (ISO/IEC 18004) is inside `side`.
            const double module = side / (n + 8);
            d.painter->save();
            d.painter->setPen(Qt::NoPen);
            d.painter->setBrush(Qt::black);
            for (int r = 0; r < n; ++r) {
                for (int c = 0; c < n; ++c) {
                    if (dark[static_cast<std::size_t>(r * n + c)]) {
                        d.painter->drawRect(QRectF((c + 4) * module, d.y + (r + 4) * module, module, module));
                    }
                }
            }
            d.painter->restore();
            d.painter->setFont(d.body());
            d.painter->drawText(QRectF(side + mm(6), d.y + mm(4), captionW, h), Qt::TextWordWrap, caption);
        }
        d.y += h + mm(2);
    });
}

void PdfDocument::space(double millimetres) {
    d_->blocks.emplace_back([millimetres](Impl& d) { d.y += mm(millimetres); });
}

std::vector<std::uint8_t> PdfDocument::finish() {
    auto pass = [&](bool draw) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
        writer.setTitle(d_->title);
        writer.setCreator(QStringLiteral("Custodia"));
        QPainter painter(&writer);
        d_->layout(&writer, draw ? &painter : nullptr);
        painter.end();
        buffer.close();
        return buffer.data();
    };
    (void)pass(false);  // counts the pages
    d_->pages = d_->page;
    const QByteArray pdf = pass(true);
    return {pdf.begin(), pdf.end()};
}

}  // namespace custodia::documents

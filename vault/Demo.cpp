// SPDX-License-Identifier: GPL-3.0-or-later
#include "Demo.h"

#include "Cases.h"
#include "Files.h"
#include "Ingest.h"
#include "Interviews.h"
#include "Persons.h"
#include "Time.h"
#include "Vault.h"

namespace custodia::vault {

namespace {

namespace fs = std::filesystem;

constexpr int kDemoWorkFactor = 14;  // throwaway vault: a fast unlock matters more

void put16(std::vector<std::uint8_t>& b, std::uint32_t v) {
    b.push_back(static_cast<std::uint8_t>(v));
    b.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(std::vector<std::uint8_t>& b, std::uint32_t v) {
    put16(b, v & 0xffff);
    put16(b, v >> 16);
}

// A 24-bit BMP that looks like a chat screenshot: coloured bubbles on a pale
// background. Plain BMP needs no image library.
std::vector<std::uint8_t> sampleScreenshot() {
    constexpr std::uint32_t w = 360, h = 640;
    constexpr std::uint32_t row = w * 3;
    std::vector<std::uint8_t> b;
    b.push_back('B');
    b.push_back('M');
    put32(b, 54 + row * h);
    put32(b, 0);
    put32(b, 54);
    put32(b, 40);
    put32(b, w);
    put32(b, h);
    put16(b, 1);
    put16(b, 24);
    put32(b, 0);
    put32(b, row * h);
    put32(b, 2835);
    put32(b, 2835);
    put32(b, 0);
    put32(b, 0);
    for (std::uint32_t y = 0; y < h; ++y) {
        const std::uint32_t top = h - 1 - y;  // BMP rows run bottom-up
        for (std::uint32_t x = 0; x < w; ++x) {
            std::uint8_t r = 236, g = 229, bl = 221;  // background
            if (top < 56) {
                r = 7, g = 94, bl = 84;  // header bar
            } else {
                const std::uint32_t slot = (top - 56) / 80;
                const std::uint32_t in = (top - 56) % 80;
                const bool mine = slot % 2 == 1;
                const bool bubble = in > 10 && in < 66 && (mine ? (x > 120 && x < 344) : (x > 16 && x < 240));
                if (bubble) {
                    r = mine ? 220 : 255, g = mine ? 248 : 255, bl = mine ? 198 : 255;
                    if (in > 24 && in < 32 && x % 7 != 0) {
                        r = g = bl = 60;  // a line of "text"
                    }
                }
            }
            b.push_back(bl);
            b.push_back(g);
            b.push_back(r);
        }
    }
    return b;
}

std::string sampleChat() {
    return "[12/11/2026, 21:04] Gruppo \"3B ufficiale\"\n"
           "[12/11/2026, 21:05] Utente A: ma avete visto cosa ha postato?\n"
           "[12/11/2026, 21:06] Utente B: domani gliela facciamo pagare\n"
           "[12/11/2026, 21:07] Utente C: basta, smettetela\n"
           "(Esempio inventato per la demo di Custodia: nessuna persona reale.)\n";
}

}  // namespace

DemoVault createDemoVault(const fs::path& dir, const Clock& clock) {
    DemoVault d;
    d.dir = dir;
    auto created = Vault::create({dir, "Istituto Comprensivo DEMO (dati inventati, non usare per casi reali)",
                                  d.referente, "Docente Referente (demo)", Role::Referente,
                                  crypto::SecureBuffer::copyOf(d.referentePassphrase), kDemoWorkFactor},
                                 clock);
    Vault& v = created.vault;
    v.addUser(d.dirigente, "Dirigente Scolastico (demo)", Role::Dirigente,
              crypto::SecureBuffer::copyOf(d.dirigentePassphrase), kDemoWorkFactor);

    const Case c = cases::create(v, {"Messaggi offensivi nel gruppo di classe (demo)", "DEMO-2026-001",
                                     time::formatRomeDate(clock.now()), false, "Caso dimostrativo."});
    d.caseId = c.id;
    Person victim;
    victim.caseId = c.id;
    victim.name = "Giulia";
    victim.surname = "Esempio";
    victim.className = "3B";
    victim.role = "vittima";
    victim.minor = true;
    victim.phones = {"+39 333 000 0001"};
    victim.guardians = {{"Anna Esempio", "madre", "+39 333 000 0002", ""}};
    const Person p = persons::add(v, victim);
    Person author;
    author.caseId = c.id;
    author.nicknames = {"Utente B"};
    author.className = "3B";
    author.role = "presunto_autore";
    author.minor = true;
    (void)persons::add(v, author);

    Interview iv;
    iv.caseId = c.id;
    iv.heldAt = time::formatUtc(clock.now());
    iv.heldBy = "Docente Referente (demo)";
    iv.adultsPresent = {"Docente coordinatore di classe"};
    iv.studentPersonId = p.id;
    iv.memo =
        "La studentessa riferisce di messaggi offensivi ricevuti nel gruppo di classe. "
        "Mostra spontaneamente la chat sul proprio telefono.";
    iv.quotes = {"\"Da due settimane mi scrivono cose brutte nel gruppo\""};
    iv.protocol = "DEMO-PROT-17";
    iv.advisedNotShare = iv.advisedRemove = iv.advisedNotActAlone = true;
    const Interview saved = interviews::add(v, iv);

    // Sample files are written beside the vault's data and imported with R5
    // (source removed after verification), as a teacher would.
    const fs::path samples = dir / "esempi-da-importare";
    fs::create_directory(samples);
    const auto png = sampleScreenshot();
    files::writeFileAtomic(samples / "screenshot-chat.bmp", png);
    files::writeFileAtomic(samples / "trascrizione-chat.txt", sampleChat());

    Acquisition a;
    a.interviewId = saved.id;
    a.kind = "screenshot";
    a.consent = "yes";
    a.device = "smartphone della scuola";
    a.postedAt = time::formatUtc(clock.now() - std::chrono::hours{48});
    a.platform = "WhatsApp";
    a.place = "Gruppo \"3B ufficiale\"";
    a.participants = {{"Utente A", "+39 333 000 0003", ""}, {"Utente B", "+39 333 000 0004", ""}};
    a.description = "Schermata del gruppo con i messaggi offensivi (demo).";
    for (const char* name : {"screenshot-chat.bmp", "trascrizione-chat.txt"}) {
        Acquisition each = a;
        if (std::string(name).ends_with(".txt")) {
            each.kind = "document";
            each.description = "Trascrizione della chat (demo).";
        }
        d.itemIds.push_back(
            ingestFile(v, c.id, samples / name, each, R6Answer::NotSexualContentOfMinors, {true, nullptr}).id);
    }
    fs::remove(samples);
    return d;
}

}  // namespace custodia::vault

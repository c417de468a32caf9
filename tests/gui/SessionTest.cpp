// SPDX-License-Identifier: GPL-3.0-or-later
// The C++ side of the desktop app: the Session and the models it fills, the
// image provider and the seekable video device, on real vaults.
#include "GuiSupport.h"
#include "support/Process.h"
#include "support/TestVault.h"

#include "crypto/Sha256.h"
#include "gui/BlobDevice.h"
#include "gui/EvidenceImages.h"
#include "gui/RecordModel.h"
#include "gui/Session.h"
#include "vault/Cases.h"
#include "vault/CustodyLog.h"
#include "vault/Ingest.h"
#include "vault/Interviews.h"
#include "vault/Items.h"
#include "vault/Persons.h"
#include "vault/Vault.h"
#include "vault/Verify.h"
#include "vault/documents/Install.h"

#include <QDir>
#include <QMediaPlayer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>

using custodia::gui::RecordModel;
using custodia::gui::Session;
using namespace custodia;
using namespace custodia::test;
using custodia::test::gui::waitFor;

namespace {

struct Fixture {
    Fixture() {
        custodia::test::gui::ensureApplication();
        documents::installRenderers();
    }
    TestVault tv;
    Session session{tv.clock};

    void unlock(const QString& user = "ref", const QString& pass = kPassphrase) {
        session.unlock(QString::fromStdString(tv.dir.string()), user, pass, false);
        REQUIRE(waitFor([&] { return !session.busy(); }));
        REQUIRE(session.unlocked());
    }
    std::int64_t makeCase() {
        std::int64_t id = 0;
        REQUIRE(session.withVault([&](vault::Vault& v) {
            id = vault::cases::create(v, {"Insulti nel gruppo", std::nullopt, std::nullopt, false, std::nullopt}).id;
        }));
        return id;
    }
    std::vector<std::string> actions() {
        std::vector<std::string> out;
        session.withVault([&](vault::Vault& v) {
            for (const auto& e : v.log().entries())
                out.push_back(e.action);
        });
        return out;
    }
};

QVariantMap details(const char* consent = "yes") {
    return {{"r6", "no"},
            {"consent", consent},
            {"platform", "WhatsApp"},
            {"place", "Chat 2B"},
            {"posted_at", "20/11/2026 21:40"},
            {"participants", QVariantList{QVariantMap{{"name", "Luca"}, {"phone", "+39 333 1234567"}, {"handle", ""}}}},
            {"profiles", QVariantList{"@luca_b"}},
            {"description", "insulti"}};
}

}  // namespace

TEST_CASE("RecordModel: fixed roles from the keys, rows as maps, get outside the range is empty") {
    custodia::test::gui::ensureApplication();
    RecordModel m({"id", "title"}, nullptr);
    const auto roles = m.roleNames();
    REQUIRE(roles.size() == 2);
    REQUIRE(roles.value(Qt::UserRole) == "id");
    QSignalSpy count(&m, &RecordModel::countChanged);
    m.setRows({QVariantMap{{"id", 7}, {"title", "A"}}, QVariantMap{{"id", 8}}});
    REQUIRE(m.count() == 2);
    REQUIRE(count.count() == 1);
    REQUIRE(m.data(m.index(0), Qt::UserRole + 1).toString() == "A");
    REQUIRE_FALSE(m.data(m.index(1), Qt::UserRole + 1).isValid());
    REQUIRE(m.get(1).value("id").toInt() == 8);
    REQUIRE(m.get(5).isEmpty());
    m.clear();
    REQUIRE(m.rowCount() == 0);
}

TEST_CASE("Session: a wrong passphrase fails with a message and leaves the vault locked") {
    Fixture f;
    QSignalSpy failed(&f.session, &Session::failed);
    f.session.unlock(QString::fromStdString(f.tv.dir.string()), "ref", "not the passphrase", false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE_FALSE(f.session.unlocked());
    REQUIRE(failed.count() == 1);
    REQUIRE_FALSE(failed.at(0).at(0).toString().isEmpty());
    REQUIRE(failed.at(0).at(2).toString() == "wrong-passphrase");
}

TEST_CASE("Session: the header lists the users without unlocking, and R10 warns off removable media") {
    Fixture f;
    const auto users = f.session.usersOf(QString::fromStdString(f.tv.dir.string()));
    REQUIRE(users.size() == 2);
    REQUIRE(users.at(0).toMap().value("id").toString() == "ref");
    REQUIRE(users.at(1).toMap().value("role").toString() == "dirigente");
    REQUIRE(f.session.isVault(QString::fromStdString(f.tv.dir.string())));
    REQUIRE_FALSE(f.session.isVault(QString::fromStdString(f.tv.tmp.path().string())));
    // $TMPDIR is not a USB stick: the R10 warning names the medium.
    REQUIRE(f.session.mediumWarning(QString::fromStdString(f.tv.dir.string())).contains("R10"));
}

TEST_CASE("Session: passphrase feedback comes from the vault's assessment") {
    Fixture f;
    REQUIRE(f.session.assessPassphrase("abc", {}).value("reason").toString() == "short");
    REQUIRE(f.session.assessPassphrase("password1", {}).value("reason").toString() == "guessable");
    const auto strong = f.session.assessPassphrase("tavolo nuvola quaderno salto", {});
    REQUIRE(strong.value("acceptable").toBool());
    REQUIRE(strong.value("level").toInt() >= 3);
    // The school's name is a guessable word for this vault.
    REQUIRE(f.session.assessPassphrase("Brambillasca2026", {"Istituto Brambillasca"}).value("bits").toDouble() <
            f.session.assessPassphrase("Brambillasca2026", {}).value("bits").toDouble());
}

TEST_CASE("Session: unlocking fills the cases, opening one fills its tabs and records case.view") {
    Fixture f;
    const auto id = [&] {
        auto v = f.tv.unlock();
        const auto c =
            vault::cases::create(v, {"Caso di prova", std::string("123/2026"), std::nullopt, true, std::nullopt});
        vault::Person p;
        p.caseId = c.id;
        p.name = "Luca";
        p.surname = "Bianchi";
        p.role = "vittima";
        p.phones = {"+39 333 1234567"};
        (void)vault::persons::add(v, p);
        vault::Interview i;
        i.caseId = c.id;
        i.heldAt = "2026-01-15T09:00:00Z";
        i.heldBy = "Maria Rossi";
        i.memo = "Lo studente riferisce insulti.";
        i.quotes = {"mi chiamano sfigato"};
        (void)vault::interviews::add(v, i);
        return c.id;
    }();
    f.unlock();
    REQUIRE(f.session.cases()->count() == 1);
    const auto row = f.session.cases()->get(0);
    REQUIRE(row.value("title").toString() == "Caso di prova");
    // R13: flagged at the test epoch, 48 hours left on the manual clock.
    REQUIRE(row.value("deadline_seconds").toLongLong() == 48 * 3600);
    REQUIRE(f.session.openCase(id));
    REQUIRE(f.session.persons()->count() == 1);
    REQUIRE(f.session.persons()->get(0).value("display_name").toString().contains("Bianchi"));
    REQUIRE(f.session.interviews()->count() == 1);
    REQUIRE(f.session.interviews()->get(0).value("quotes").toList().size() == 1);
    const auto acts = f.actions();
    REQUIRE(std::find(acts.begin(), acts.end(), "case.view") != acts.end());
    f.session.refreshTimeline();
    REQUIRE(f.session.timeline()->count() > 0);
    // Newest first.
    REQUIRE(f.session.timeline()->get(0).value("seq").toLongLong() >
            f.session.timeline()->get(f.session.timeline()->count() - 1).value("seq").toLongLong());
}

TEST_CASE("Session: forms go through the vault, which refuses what it refuses") {
    Fixture f;
    f.unlock();
    QSignalSpy failed(&f.session, &Session::failed);
    REQUIRE(f.session.createCase({{"title", ""}}) == -1);  // the vault wants a title
    REQUIRE(failed.count() == 1);
    REQUIRE(failed.at(0).at(2).toString() == "invalid-input");
    const auto id = f.session.createCase({{"title", "Nuovo"}, {"incident_date", "20/11/2026"}});
    REQUIRE(id > 0);
    REQUIRE(f.session.openCase(id));
    REQUIRE(f.session.addPerson({{"name", "Anna"},
                                 {"role", "presunto autore"},
                                 {"phones", QVariantList{"333 1", ""}},
                                 {"guardians", QVariantList{QVariantMap{{"name", "Madre"}, {"phone", "333 2"}}}}}));
    REQUIRE(f.session.persons()->get(0).value("role").toString() == "presunto-autore");
    REQUIRE(f.session.persons()->get(0).value("guardians").toList().size() == 1);
    REQUIRE_FALSE(f.session.addPerson({{"name", "X"}, {"role", "capo"}}));
    REQUIRE_FALSE(f.session.addInterview({{"memo", "   "}}));  // R1: a memo is required
    REQUIRE(f.session.addInterview({{"memo", "Riferisce"},
                                    {"held_at", "21/11/2026 10:00"},
                                    {"held_by", "Maria Rossi"},
                                    {"advised_not_share", true}}));
    REQUIRE(f.session.interviews()->get(0).value("r7b_advice").toMap().value("not_share_or_comment").toBool());
    REQUIRE(f.session.setExOfficio(true));
    REQUIRE(f.session.currentCaseRecord().value("ex_officio").toBool());
    REQUIRE(f.session.markReported("Polizia Postale", "prot. 9"));
    REQUIRE(f.session.currentCaseRecord().value("reported_to").toString() == "Polizia Postale");
}

TEST_CASE("Session: import with the Allegato 1 bis details, R5 removal, and the image decrypted in memory") {
    Fixture f;
    f.unlock();
    const auto id = f.makeCase();
    REQUIRE(f.session.openCase(id));
    const QByteArray png = custodia::test::gui::makeChatPng(540, 960, "ciao sfigato");
    const auto source = f.tv.tmp / "chat.png";
    writeFile(source, std::vector<std::uint8_t>(png.begin(), png.end()));
    QSignalSpy imported(&f.session, &Session::imported);
    f.session.importFiles({QUrl::fromLocalFile(QString::fromStdString(source.string()))}, details(), true);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(imported.count() == 1);
    REQUIRE_FALSE(std::filesystem::exists(source));  // R5, after verification
    REQUIRE(f.session.items()->count() == 1);
    const auto item = f.session.items()->get(0);
    REQUIRE(item.value("is_image").toBool());
    REQUIRE(item.value("platform").toString() == "WhatsApp");
    REQUIRE(item.value("posted_at").toString() == "2026-11-20T20:40:00Z");
    REQUIRE(item.value("participants").toList().at(0).toMap().value("phone").toString() == "+39 333 1234567");
    REQUIRE(item.value("sha256").toString().toStdString() ==
            sha256Hex(std::vector<std::uint8_t>(png.begin(), png.end())));
    REQUIRE(item.value("source_removed").toBool());

    const QString itemId = item.value("id").toString();
    REQUIRE(f.session.decryptForDisplay(itemId) == png);
    custodia::gui::EvidenceImages provider(f.session);
    QSize size;
    const QImage full = provider.requestImage(itemId, &size, {});
    REQUIRE(full.size() == QSize(540, 960));
    const QImage thumb = provider.requestImage(itemId + "/thumb", &size, QSize(100, 100));
    REQUIRE(thumb.height() == 100);
    REQUIRE(thumb.width() <= 100);

    // The viewer's view is a custody event.
    REQUIRE(f.session.viewItem(itemId).value("id").toString() == itemId);
    const auto acts = f.actions();
    REQUIRE(std::find(acts.begin(), acts.end(), "item.view") != acts.end());

    // A tampered blob shows nothing (never unauthenticated bytes).
    std::filesystem::path blob;
    f.session.withVault([&](vault::Vault& v) { blob = v.blobPath(itemId.toStdString()); });
    {
        // Flip bits of a byte: writing a fixed value left the blob unchanged
        // whenever the byte already had it (1 run in 256).
        std::fstream io(blob, std::ios::in | std::ios::out | std::ios::binary);
        const auto middle = static_cast<std::streamoff>(std::filesystem::file_size(blob) / 2);
        io.seekg(middle);
        const int byte = io.get();
        io.seekp(middle);
        io.put(static_cast<char>(byte ^ 0x5a));
    }
    REQUIRE(f.session.decryptForDisplay(itemId).isEmpty());
    REQUIRE(provider.requestImage(itemId, &size, {}).isNull());
}

TEST_CASE("Session: an import without consent (R3) fails and a cancelled one leaves nothing") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto source = f.tv.tmp / "big.bin";
    writeFile(source, randomBytes(48U << 20));
    QSignalSpy failed(&f.session, &Session::failed);
    f.session.importFiles({QString::fromStdString(source.string())}, details(""), false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(failed.count() == 1);
    REQUIRE(failed.last().at(2).toString() == "invalid-input");
    REQUIRE(f.session.items()->count() == 0);

    f.session.importFiles({QString::fromStdString(source.string())}, details(), false);
    REQUIRE(f.session.busy());
    REQUIRE(f.session.cancellable());
    f.session.cancel();
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(failed.count() == 2);
    REQUIRE(failed.last().at(2).toString() == "cancelled");
    REQUIRE(f.session.items()->count() == 0);
    REQUIRE(std::filesystem::exists(source));
    std::size_t blobs = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(f.tv.dir / "blobs")) {
        blobs += e.is_regular_file() ? 1 : 0;
    }
    REQUIRE(blobs == 0);
}

TEST_CASE("Session: R6 answered yes records the stop, imports nothing, and gives the guidance") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    QSignalSpy stopped(&f.session, &Session::stoppedUnderR6);
    QSignalSpy failed(&f.session, &Session::failed);
    REQUIRE(f.session.stopUnderR6(QVariant()));
    REQUIRE(stopped.count() == 1);
    REQUIRE(failed.count() == 0);
    REQUIRE(stopped.at(0).at(0).toString().contains("Polizia Postale"));
    const auto acts = f.actions();
    REQUIRE(acts.back() == "acquisition.stopped_r6");
    REQUIRE(f.session.items()->count() == 0);
}

TEST_CASE("BlobDevice: a seekable decrypting QIODevice reads exactly the plaintext at any offset") {
    Fixture f;
    f.unlock();
    const auto caseId = f.makeCase();
    const auto bytes = randomBytes((3U << 16) + 1234);  // over three age chunks
    const auto source = f.tv.tmp / "clip.mp4";
    writeFile(source, bytes);
    vault::Item item;
    f.session.withVault([&](vault::Vault& v) {
        vault::Acquisition a;
        a.consent = "yes";
        a.kind = "video";
        item = vault::ingestFile(v, caseId, source, a, vault::R6Answer::NotSexualContentOfMinors, {});
    });
    std::unique_ptr<custodia::gui::BlobDevice> device;
    f.session.withVault([&](vault::Vault& v) { device = std::make_unique<custodia::gui::BlobDevice>(v, item); });
    REQUIRE(device->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    REQUIRE(device->size() == static_cast<qint64>(bytes.size()));
    REQUIRE_FALSE(device->isSequential());
    for (const qint64 offset : {qint64{0}, qint64{65535}, qint64{65536}, qint64{131000}, qint64{196000}}) {
        REQUIRE(device->seek(offset));
        const QByteArray got = device->read(5000);
        const auto expected = std::min<qint64>(5000, static_cast<qint64>(bytes.size()) - offset);
        REQUIRE(got.size() == expected);
        REQUIRE(std::memcmp(got.constData(), bytes.data() + offset, static_cast<std::size_t>(got.size())) == 0);
    }
    REQUIRE(device->seek(device->size()));
    REQUIRE(device->read(10).isEmpty());
    REQUIRE(device->atEnd());
}

TEST_CASE("Session: the lock drops the vault and every model, on request, when idle and when the medium goes") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    QSignalSpy locked(&f.session, &Session::locked);
    f.session.lock("user");
    REQUIRE_FALSE(f.session.unlocked());
    REQUIRE(f.session.cases()->count() == 0);
    REQUIRE(f.session.currentCase() == -1);
    REQUIRE(locked.count() == 1);
    REQUIRE_FALSE(f.session.withVault([](vault::Vault&) {}));

    f.unlock();
    f.session.setIdleLockMilliseconds(300, 50);
    REQUIRE(waitFor([&] { return !f.session.unlocked(); }, 5000));
    REQUIRE(locked.last().at(0).toString() == "idle");

    f.session.setIdleLockMilliseconds(60 * 60 * 1000, 50);
    f.unlock();
    // The stick is pulled: the folder is gone from under the app.
    const auto moved = f.tv.tmp / "elsewhere";
    std::filesystem::rename(f.tv.dir, moved);
    REQUIRE(waitFor([&] { return !f.session.unlocked(); }, 5000));
    REQUIRE(locked.last().at(0).toString() == "medium");
    std::filesystem::rename(moved, f.tv.dir);
    // The vault is intact: it opens and verifies.
    auto v = f.tv.unlock();
    REQUIRE(v.log().entries().size() > 3);
}

TEST_CASE("Session: the wizard makes the DS the first user, adds the referente, opens as the referente") {
    custodia::test::gui::ensureApplication();
    documents::installRenderers();
    TempDir tmp;
    vault::ManualClock clock(testEpoch());
    Session session(clock);
    const QString dir = QString::fromStdString((tmp / "vault").string());
    QSignalSpy failed(&session, &Session::failed);
    QVariantMap form{{"path", dir},
                     {"school", "IC Test"},
                     {"dirigente_id", "ds"},
                     {"dirigente_name", "Giuseppe Bianchi"},
                     {"dirigente_passphrase", "corto"},
                     {"referente_id", "ref"},
                     {"referente_name", "Maria Rossi"},
                     {"referente_passphrase", "tavolo nuvola quaderno salto"}};
    session.createVault(form);  // refused: the DS passphrase is too short
    REQUIRE(failed.count() == 1);
    REQUIRE_FALSE(session.busy());
    form["dirigente_passphrase"] = "lampada fiume cartella vento";
    session.createVault(form);
    REQUIRE(waitFor([&] { return !session.busy(); }, 60000));
    REQUIRE(session.unlocked());
    REQUIRE(session.userId() == "ref");
    REQUIRE(session.userRole() == "referente");
    const QString code = session.recoveryCode();
    REQUIRE(code.size() == 39);  // 8 groups of 4 and 7 dashes
    const auto users = session.usersOf(dir);
    REQUIRE(users.at(0).toMap().value("role").toString() == "dirigente");
    const auto pdf = tmp / "codice.pdf";
    REQUIRE(session.saveRecoveryCodePdf(QUrl::fromLocalFile(QString::fromStdString(pdf.string()))));
    const auto bytes = readAll(pdf);
    REQUIRE(std::string(bytes.begin(), bytes.begin() + 5) == "%PDF-");
    session.forgetRecoveryCode();
    REQUIRE(session.recoveryCode().isEmpty());
    session.lock("user");
    // The code opens the vault as the DS.
    session.unlock(dir, "ds", code, true);
    REQUIRE(waitFor([&] { return !session.busy(); }, 60000));
    REQUIRE(session.unlocked());
    REQUIRE(session.userRole() == "dirigente");
    REQUIRE(session.openedWithRecoveryCode());
    // The app asks for a new passphrase at once; the vault's policy applies.
    session.changePassphrase("breve");
    REQUIRE(failed.count() == 2);
    QSignalSpy changed(&session, &Session::passphraseChanged);
    session.changePassphrase("sedia ombrello treno mirtillo");
    REQUIRE(waitFor([&] { return !session.busy(); }, 60000));
    REQUIRE(changed.count() == 1);
    REQUIRE_FALSE(session.openedWithRecoveryCode());
    session.lock("user");
    session.unlock(dir, "ds", "sedia ombrello treno mirtillo", false);
    REQUIRE(waitFor([&] { return !session.busy(); }, 60000));
    REQUIRE(session.unlocked());
}

TEST_CASE("Session: a video plays from the vault through Qt Multimedia, seekable, with no decrypted file") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto video = f.tv.tmp / "clip.mp4";
    auto ffmpeg = run({"/usr/bin/ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "4",
                       "-pix_fmt", "yuv420p", "-c:v", "libx264", "-g", "25", video.string()});
    REQUIRE(ffmpeg.exitCode == 0);
    f.session.importFiles({QString::fromStdString(video.string())}, details(), false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(f.session.items()->count() == 1);
    const QString id = f.session.items()->get(0).value("id").toString();
    REQUIRE(f.session.items()->get(0).value("is_video").toBool());

    QMediaPlayer player;
    REQUIRE(f.session.attachVideo(&player, id));
    REQUIRE(waitFor(
        [&] { return player.mediaStatus() == QMediaPlayer::LoadedMedia || player.error() != QMediaPlayer::NoError; }));
    INFO(player.errorString().toStdString());
    REQUIRE(player.error() == QMediaPlayer::NoError);
    REQUIRE(player.duration() >= 3900);
    REQUIRE(player.isSeekable());
    player.play();
    REQUIRE(waitFor([&] { return player.position() >= 1000; }));
    player.setPosition(2500);
    REQUIRE(waitFor([&] { return player.position() >= 2500; }));
    // The device outlives the event loop's deferred deletions: playing goes on.
    REQUIRE(player.sourceDevice() != nullptr);
    const bool playedOn = waitFor([&] { return player.position() >= 3000; });
    INFO("position " << player.position() << " status " << player.mediaStatus() << " state " << player.playbackState()
                     << " error " << player.errorString().toStdString());
    REQUIRE(playedOn);
    // Locking detaches the device from the player and drops it.
    QPointer<QIODevice> device = const_cast<QIODevice*>(player.sourceDevice());
    f.session.lock("user");
    REQUIRE(waitFor([&] { return device.isNull(); }));
    REQUIRE(player.sourceDevice() == nullptr);
    REQUIRE(player.playbackState() == QMediaPlayer::StoppedState);
}

TEST_CASE("Session: the purge at unlock destroys what is due (R11) and the app shows what went") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto source = f.tv.tmp / "old.png";
    const QByteArray png = custodia::test::gui::makeChatPng(200, 300, "vecchio");
    writeFile(source, std::vector<std::uint8_t>(png.begin(), png.end()));
    f.session.importFiles({QString::fromStdString(source.string())}, details(), false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(f.session.items()->count() == 1);
    f.session.lock("user");
    f.tv.clock.advance(std::chrono::days{200});  // past the 6 months
    f.unlock();
    REQUIRE(f.session.purgeReport().value("destroyed").toInt() == 1);
    REQUIRE(f.session.destroyed()->count() == 1);
    REQUIRE(f.session.destroyed()->get(0).value("how").toString() == "automatic");
    f.session.refreshRetention();
    REQUIRE(f.session.certificates()->count() == 1);
    REQUIRE(f.session.certificates()->get(0).value("items").toInt() == 1);
    REQUIRE(f.session.destroyed()->count() == 1);
    const auto pdf = f.tv.tmp / "verbale.pdf";
    REQUIRE(f.session.exportCertificate(f.session.certificates()->get(0).value("id").toLongLong(),
                                        QString::fromStdString(pdf.string())));
    REQUIRE(std::filesystem::file_size(pdf) > 1000);
}

TEST_CASE("Session: a legal hold is the DS's, the referente is refused by the vault, and it is logged") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    QSignalSpy failed(&f.session, &Session::failed);
    REQUIRE_FALSE(f.session.placeHold({}, "procedimento", "prot. 1", "20/03/2026"));
    REQUIRE(failed.last().at(2).toString() == "permission");
    REQUIRE(f.actions().back() == "access.denied");
    const auto caseId = f.session.currentCase();
    f.session.lock("user");
    f.unlock("ds", kDsPassphrase);
    REQUIRE(f.session.openCase(caseId));
    REQUIRE(f.session.placeHold({}, "procedimento", "prot. 1", "20/03/2026"));
    REQUIRE(f.session.holds()->count() == 1);
    const auto holdId = f.session.holds()->get(0).value("id").toLongLong();
    REQUIRE(f.session.releaseHold(holdId, "archiviato"));
    f.session.refreshRetention();
    REQUIRE_FALSE(f.session.holds()->get(0).value("active").toBool());
}

TEST_CASE(
    "Session: the DS configures the school's signing certificate from the export page, the export signs with CMS") {
    Fixture f;
    f.tv.clock.set(vault::SystemClock().now());  // the test certificate is valid from today
    const auto pki = f.tv.tmp / "pki";
    std::filesystem::create_directories(pki);
    shell("cd '" + pki.string() +
          "' && openssl req -x509 -newkey rsa:2048 -nodes -keyout school.key -out school.pem -days 30"
          " -subj '/C=IT/O=IC Test/CN=Dirigente IC Test' -addext keyUsage=critical,digitalSignature 2>/dev/null"
          " && openssl pkcs12 -export -inkey school.key -in school.pem -out school.p12 -passout pass:p12pass");
    const QString p12 = QString::fromStdString((pki / "school.p12").string());
    f.unlock("ds", kDsPassphrase);
    REQUIRE(f.session.signingCertificate().isEmpty());
    QSignalSpy failed(&f.session, &Session::failed);
    REQUIRE(f.session.configureSigningCertificate(p12, "wrong").isEmpty());
    REQUIRE(failed.last().at(2).toString() == "wrong-passphrase");
    const auto cert = f.session.configureSigningCertificate(QUrl::fromLocalFile(p12), "p12pass");
    REQUIRE(cert.value("subject").toString().contains("Dirigente IC Test"));
    REQUIRE(f.session.openCase(f.makeCase()));
    QSignalSpy exported(&f.session, &Session::exported);
    f.session.exportPolice({{"to", QString::fromStdString((f.tv.tmp / "out").string())}, {"officer_name", "Ag. Neri"}});
    REQUIRE(waitFor([&] { return !f.session.busy(); }, 60000));
    REQUIRE(exported.count() == 1);
    const auto result = exported.at(0).at(0).toMap();
    REQUIRE(result.value("cms").toBool());
    REQUIRE(std::filesystem::exists(result.value("verbale").toString().toStdString()));
}

TEST_CASE("Session: an import stops at the first bad file, keeps the ones stored, and says so") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto good = f.tv.tmp / "one.png";
    const QByteArray png = custodia::test::gui::makeChatPng(100, 100, "uno");
    writeFile(good, std::vector<std::uint8_t>(png.begin(), png.end()));
    const auto missing = f.tv.tmp / "gone.png";
    QSignalSpy failed(&f.session, &Session::failed);
    QSignalSpy imported(&f.session, &Session::imported);
    // Without the R6 answer nothing is imported.
    QVariantMap noR6 = details();
    noR6.remove("r6");
    f.session.importFiles({QString::fromStdString(good.string())}, noR6, false);
    REQUIRE(failed.count() == 1);
    REQUIRE(failed.last().at(2).toString() == "stopped");
    REQUIRE_FALSE(f.session.busy());

    f.session.importFiles({QString::fromStdString(good.string()), QString::fromStdString(missing.string()),
                           QString::fromStdString(good.string())},
                          details(), false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(imported.count() == 1);
    REQUIRE(imported.last().at(0).toInt() == 1);
    REQUIRE(f.session.items()->count() == 1);  // shown at once, not hidden by the failure
    REQUIRE(failed.count() == 2);
    REQUIRE(failed.last().at(0).toString().startsWith("1 "));  // "1 file ... prima dell'interruzione"
    REQUIRE(failed.last().at(2).toString() != "");
}

TEST_CASE("Session: the wizard refuses a bad user name before anything is written") {
    custodia::test::gui::ensureApplication();
    TempDir tmp;
    vault::ManualClock clock(testEpoch());
    Session session(clock);
    QSignalSpy failed(&session, &Session::failed);
    const auto dir = tmp / "vault";
    session.createVault({{"path", QString::fromStdString(dir.string())},
                         {"school", "IC Test"},
                         {"dirigente_id", "ds"},
                         {"dirigente_passphrase", "lampada fiume cartella vento"},
                         {"referente_id", "Maria Rossi"},
                         {"referente_passphrase", "tavolo nuvola quaderno salto"}});
    REQUIRE(failed.count() == 1);
    REQUIRE_FALSE(session.busy());
    REQUIRE_FALSE(std::filesystem::exists(dir / "custodia.json"));
    // A passphrase made of the school's name is refused for this vault.
    session.createVault({{"path", QString::fromStdString(dir.string())},
                         {"school", "Istituto Brambillasca Montefiore"},
                         {"dirigente_id", "ds"},
                         {"dirigente_passphrase", "brambillasca montefiore"},
                         {"referente_id", "ref"},
                         {"referente_passphrase", "tavolo nuvola quaderno salto"}});
    REQUIRE(failed.count() == 2);
    REQUIRE_FALSE(std::filesystem::exists(dir / "custodia.json"));
}

TEST_CASE("Session: locking during a long import cancels it and leaves the vault intact") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto source = f.tv.tmp / "big.bin";
    writeFile(source, randomBytes(64U << 20));
    f.session.importFiles({QString::fromStdString(source.string())}, details(), false);
    REQUIRE(f.session.busy());
    f.session.lock("idle");
    REQUIRE_FALSE(f.session.unlocked());
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    auto v = f.tv.unlock();
    REQUIRE(vault::items::list(v, std::nullopt).empty());
    REQUIRE(vault::verify(v, {true, nullptr}).ok());
}

TEST_CASE("Session: the countdown tick records nothing in the custody log") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto before = f.actions().size();
    f.tv.clock.advance(std::chrono::minutes{5});
    f.session.tick();
    f.session.tick();
    REQUIRE(f.actions().size() == before);
    REQUIRE(f.session.cases()->count() == 1);
}

TEST_CASE("Session: a physical item in a sealed envelope (R9), a hold on the whole case and its renewal") {
    Fixture f;
    f.unlock();
    REQUIRE(f.session.openCase(f.makeCase()));
    const auto users = f.session.users();
    REQUIRE(users.size() == 2);
    QSignalSpy failed(&f.session, &Session::failed);
    REQUIRE_FALSE(f.session.addPhysical({{"description", "biglietto"},
                                         {"seal_number", ""},
                                         {"kept_at", "cassaforte"},
                                         {"authorized_by", "ds"}}));  // the vault wants the seal number
    REQUIRE(f.session.addPhysical({{"description", "biglietto con insulti"},
                                   {"seal_number", "B-0042"},
                                   {"kept_at", "cassaforte della presidenza"},
                                   {"authorized_by", "ds"}}));
    REQUIRE(f.session.items()->count() == 1);
    REQUIRE(f.session.items()->get(0).value("kind").toString() == "physical");
    REQUIRE(f.session.items()->get(0).value("seal_number").toString() == "B-0042");
    const auto caseId = f.session.currentCase();
    f.session.lock("user");
    f.unlock("ds", kDsPassphrase);
    REQUIRE(f.session.openCase(caseId));
    REQUIRE(f.session.placeHold({}, "procedimento penale", "RGNR 123/2026", "01/05/2026"));
    REQUIRE(f.session.holds()->get(0).value("case").toLongLong() == caseId);
    const auto holdId = f.session.holds()->get(0).value("id").toLongLong();
    REQUIRE_FALSE(f.session.renewHold(holdId, "01/01/2030", ""));  // more than 6 months ahead
    REQUIRE(f.session.renewHold(holdId, "01/07/2026", "udienza rinviata"));
    REQUIRE(f.session.holds()->get(0).value("renewals").toInt() == 1);
    REQUIRE(f.session.holds()->get(0).value("review_by").toString().startsWith("2026-06-30T22:00:00Z"));
}

TEST_CASE("Session: consult-copy review (R7): plan, regions, decisions, preview in memory, export, lock") {
    Fixture f;
    f.unlock();
    const auto id = f.makeCase();
    REQUIRE(f.session.addPerson({{"name", "Luca"}, {"surname", "Verdi"}, {"role", "vittima"}, {"minor", true}}) ==
            false);  // no case open yet: refused
    REQUIRE(f.session.openCase(id));
    REQUIRE(f.session.addPerson({{"name", "Luca"}, {"surname", "Verdi"}, {"role", "vittima"}, {"minor", true}}));
    const QByteArray png = custodia::test::gui::makeChatPng(720, 1280, "Luca Verdi");
    const auto source = f.tv.tmp / "chat.png";
    writeFile(source, std::vector<std::uint8_t>(png.begin(), png.end()));
    f.session.importFiles({QUrl::fromLocalFile(QString::fromStdString(source.string()))}, details(), false);
    REQUIRE(waitFor([&] { return !f.session.busy(); }));
    REQUIRE(f.session.items()->count() == 1);
    const QString itemId = f.session.items()->get(0).value("id").toString();
    CHECK(f.session.items()->get(0).value("redaction").toString() == "none");
    CHECK_FALSE(f.session.openReview(itemId).value("has_plan").toBool());

    QSignalSpy planned(&f.session, &Session::redactionPlanned);
    f.session.planRedaction({});
    REQUIRE(waitFor([&] { return !f.session.busy(); }, 60000));
    REQUIRE(planned.count() == 1);
    CHECK(planned.at(0).at(0).toStringList() == QStringList{itemId});
    CHECK(f.session.items()->get(0).value("redaction").toString() == "proposed");

    const QVariantMap plan = f.session.openReview(itemId);
    CHECK(plan.value("has_plan").toBool());
    CHECK(plan.value("width").toInt() == 720);
    CHECK_FALSE(plan.value("is_video").toBool());
    const QVariantList regions = f.session.redactionRegions(itemId, -1);
    REQUIRE_FALSE(regions.isEmpty());
    bool named = false;
    for (const auto& r : regions)
        named = named || r.toMap().value("person").toString() == "Luca Verdi";
    CHECK(named);

    // The picture and its preview, decoded in memory: the preview differs where the boxes are.
    custodia::gui::EvidenceImages provider(f.session);
    QSize size;
    const QImage plain = provider.requestImage(itemId + "/review/-1/0/1", &size, {});
    const QImage burned = provider.requestImage(itemId + "/review/-1/1/1", &size, {});
    REQUIRE(plain.size() == QSize(720, 1280));
    REQUIRE(burned.size() == plain.size());
    const QVariantMap first = regions.front().toMap();
    const QPoint inside(first.value("x").toInt() + 1, first.value("y").toInt() + 1);  // the fill, off the label
    CHECK(burned.pixelColor(inside) == QColor("#5f6368"));
    CHECK(plain != burned);

    // Decisions: each is in the log, and the plan must be approved again after it.
    const QString firstId = first.value("id").toString();
    REQUIRE(f.session.removeRedactionRegion(itemId, firstId, "non identifica"));
    CHECK(f.session.redactionRegions(itemId, -1).front().toMap().value("removed").toBool());
    REQUIRE(f.session.restoreRedactionRegion(itemId, firstId));
    REQUIRE(f.session.addRedactionRegion(itemId, 10, 1200, 200, 50, -1, "manual", ""));
    CHECK(f.session.redactionRegions(itemId, -1).size() == regions.size() + 1);
    QSignalSpy failed(&f.session, &Session::failed);
    CHECK_FALSE(f.session.addRedactionRegion(itemId, 5000, 5000, 10, 10, -1, "manual", ""));
    CHECK(failed.count() == 1);
    REQUIRE(f.session.approveRedaction(itemId));
    CHECK(f.session.items()->get(0).value("redaction").toString() == "approved");
    const auto acts = f.actions();
    for (const char* a : {"redact.plan", "redact.remove", "redact.restore", "redact.add", "redact.approve"})
        CHECK(std::find(acts.begin(), acts.end(), a) != acts.end());

    // The export: the approved picture goes in.
    QSignalSpy exported(&f.session, &Session::consultExported);
    const auto to = f.tv.tmp / "consulto";
    f.session.exportConsult({{"to", QString::fromStdString(to.string())}, {"recipient", "Dott.ssa Neri"}});
    REQUIRE(waitFor([&] { return !f.session.busy(); }, 60000));
    REQUIRE(exported.count() == 1);
    CHECK(exported.at(0).at(0).toMap().value("exported").toInt() == 1);
    CHECK(std::filesystem::exists(to / "elemento-01.png"));

    // Locking drops the decoded pixels.
    f.session.lock();
    CHECK(provider.requestImage(itemId + "/review/-1/0/2", &size, {}).isNull());
}

// Issue 8 without a window: frames put into a QVideoSink (the synthetic
// feed, as the viewfinder's) become a recording; the R4 form's answer is
// stored; a lock while the form waits keeps the recording with the details
// given before it; a photo needs a picture first.
TEST_CASE("Session: a capture from the viewfinder's sink is stored with the R4 answer or kept when locked") {
    ::setenv("CUSTODIA_SYNTHETIC_CAMERA", "1", 1);
    Fixture f;
    f.unlock();
    const auto caseId = f.makeCase();
    REQUIRE(f.session.openCase(caseId));
    QVideoSink sink;
    QVariantMap form{{"mode", "photo"}, {"r6", "no"}, {"consent", "yes"}, {"device", "webcam di prova"}};
    QSignalSpy failed(&f.session, &Session::failed);
    f.session.startCapture(form);  // no picture yet
    REQUIRE(failed.count() == 1);
    CHECK_FALSE(f.session.capturing());

    f.session.setCaptureSink(&sink, "synthetic");
    REQUIRE(waitFor([&] { return sink.videoFrame().isValid(); }));
    QSignalSpy wanted(&f.session, &Session::captureDetailsWanted);
    QSignalSpy captured(&f.session, &Session::captured);
    form["mode"] = "video";
    f.session.startCapture(form);
    REQUIRE(f.session.capturing());
    CHECK(f.session.captureState() == "recording");
    QTest::qWait(1500);
    f.session.stopCapture();
    REQUIRE(waitFor([&] { return wanted.count() == 1; }));
    CHECK(f.session.captureState() == "details");
    CHECK(wanted.at(0).at(0).toMap().value("frames").toInt() >= 10);
    f.session.finishCapture({{"platform", "Telegram"}, {"posted_at", "ieri"}});  // refused here: the form stays
    CHECK(failed.count() == 2);
    f.session.finishCapture({{"platform", "Telegram"}, {"description", "chat"}});
    REQUIRE(waitFor([&] { return captured.count() == 1 && !f.session.busy(); }));
    CHECK_FALSE(f.session.capturing());
    const QVariantMap video = captured.at(0).at(0).toMap();
    CHECK(video.value("method").toString() == "camera-video");
    CHECK(video.value("platform").toString() == "Telegram");
    CHECK(video.value("device").toString() == "webcam di prova");
    CHECK(video.value("consent").toString() == "yes");

    // Locked while the form waits: the recording is kept, with the details
    // given before it (none of R4).
    f.session.startCapture(form);
    QTest::qWait(1200);
    f.session.stopCapture();
    REQUIRE(waitFor([&] { return wanted.count() == 2; }));
    f.session.lock("user");
    REQUIRE(waitFor([&] { return !f.session.busy() && !f.session.capturing(); }));
    f.unlock();
    int kept = 0;
    f.session.withVault([&](vault::Vault& v) {
        for (const auto& i : vault::items::list(v, caseId)) {
            if (i.method == "camera-video" && !i.platform)
                ++kept;
        }
    });
    CHECK(kept == 1);
    ::unsetenv("CUSTODIA_SYNTHETIC_CAMERA");
}

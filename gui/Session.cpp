// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Session.h"

#include "gui/BlobDevice.h"
#include "gui/Records.h"
#include "vault/Blob.h"
#include "vault/Cases.h"
#include "vault/Certificates.h"
#include "vault/ConsultExport.h"
#include "vault/Demo.h"
#include "vault/Error.h"
#include "vault/Export.h"
#include "vault/Holds.h"
#include "vault/Ingest.h"
#include "vault/Interviews.h"
#include "vault/Items.h"
#include "vault/Passphrase.h"
#include "vault/Persons.h"
#include "vault/RecoveryCode.h"
#include "vault/Renderers.h"
#include "vault/Retention.h"
#include "vault/SigningCertificate.h"
#include "vault/Storage.h"
#include "vault/Time.h"
#include "vault/Vault.h"
#include "vault/Verify.h"
#include "vault/capture/AudioSource.h"
#include "vault/capture/Capture.h"
#include "vault/capture/DeviceSource.h"
#include "vault/capture/FrameSource.h"
#include "vault/redaction/Plans.h"
#include "vault/redaction/Redactor.h"
#include "vault/redaction/Video.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPixmapCache>
#include <QSettings>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <map>
#include <set>

namespace custodia::gui {

namespace {

constexpr int kMaxRecent = 8;
constexpr const char* kRecentKey = "recentVaults";

std::string str(const QVariant& v) {
    return v.toString().trimmed().toStdString();
}

// What a person typed, trimmed; nullopt when nothing was.
std::optional<std::string> optText(const QString& typed) {
    const QString s = typed.trimmed();
    return s.isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
}

std::optional<std::string> opt(const QVariantMap& m, const char* key) {
    return optText(m.value(key).toString());
}

std::optional<std::int64_t> optId(const QVariant& v) {
    bool ok = false;
    const qint64 id = v.toLongLong(&ok);
    return ok && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::vector<std::string> strings(const QVariant& v) {
    std::vector<std::string> out;
    for (const QVariant& e : v.toList()) {
        const QString s = e.toString().trimmed();
        if (!s.isEmpty())
            out.push_back(s.toStdString());
    }
    return out;
}

// A secret typed into a QML field, moved into guarded memory. The QString
// itself cannot be wiped from QML's side; the field is cleared right after.
crypto::SecureBuffer secretOf(const QString& typed) {
    QByteArray utf8 = typed.toUtf8();
    crypto::SecureBuffer b = crypto::SecureBuffer::copyOf(std::string_view(utf8.constData(), utf8.size()));
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return b;
}

// Words that make a passphrase guessable for this vault: the school's, the
// person's name and user id, split into words and lower-cased.
std::vector<std::string> contextWords(const QStringList& texts) {
    std::vector<std::string> words;
    for (const QString& t : texts) {
        for (const QString& part : t.split(' ', Qt::SkipEmptyParts)) {
            words.push_back(part.toLower().toStdString());
        }
    }
    return words;
}

// The vault's default scrypt cost for keyslots (Vault::CreateOptions).
int defaultWorkFactor() {
    return vault::Vault::CreateOptions{}.kdfWorkFactor;
}

vault::Vault& requireVault(const std::unique_ptr<vault::Vault>& v) {
    if (!v) {
        throw vault::Error(vault::Error::Code::InvalidInput, "the vault is locked",
                           "Riapra l'archivio e ripeta l'operazione.");
    }
    return *v;
}

// A time typed in a form (vault::time::parseUserTime); empty means none.
std::optional<std::string> userTime(const QVariantMap& m, const char* key, const char* what) {
    const auto text = opt(m, key);
    if (!text)
        return std::nullopt;
    const auto t = vault::time::parseUserTime(*text);
    if (!t) {
        throw vault::Error(vault::Error::Code::InvalidInput, std::string(what) + ": \"" + *text + "\" is not a date",
                           "Scriva la data come 20/11/2026 14:30 oppure 20/11/2026.");
    }
    return vault::time::formatUtc(*t);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// A hold's review date as typed; Error(InvalidInput) when it is not a date.
vault::Seconds reviewDate(const QString& typed) {
    const auto review = vault::time::parseUserTime(typed.trimmed().toStdString());
    if (!review) {
        throw vault::Error(vault::Error::Code::InvalidInput, "the review date is not a date",
                           "Scriva la data di revisione come 20/03/2027.");
    }
    return *review;
}

// The Allegato 1 bis details of an import or a capture, as QML gives them
// {kind, consent, posted_at, platform, place, participants[{name, phone,
// handle}], profiles[], description, interview, device, method}.
vault::Acquisition acquisitionFrom(const QVariantMap& details) {
    vault::Acquisition a;
    a.interviewId = optId(details.value("interview"));
    a.kind = opt(details, "kind");
    a.method = opt(details, "method").value_or("import");
    a.device = opt(details, "device");
    a.consent = str(details.value("consent"));
    a.postedAt = userTime(details, "posted_at", "when it was posted");
    a.platform = opt(details, "platform");
    a.place = opt(details, "place");
    for (const QVariant& pv : details.value("participants").toList()) {
        const QVariantMap pm = pv.toMap();
        vault::Participant p{str(pm.value("name")), str(pm.value("phone")), str(pm.value("handle"))};
        if (!p.name.empty() || !p.phone.empty() || !p.handle.empty())
            a.participants.push_back(p);
    }
    a.profiles = strings(details.value("profiles"));
    a.description = opt(details, "description");
    return a;
}

QString kindOf(vault::Error::Code code) {
    using C = vault::Error::Code;
    switch (code) {
        case C::InvalidInput:
            return QStringLiteral("invalid-input");
        case C::NotFound:
            return QStringLiteral("not-found");
        case C::AlreadyExists:
            return QStringLiteral("already-exists");
        case C::PermissionDenied:
            return QStringLiteral("permission");
        case C::WrongPassphrase:
            return QStringLiteral("wrong-passphrase");
        case C::Busy:
            return QStringLiteral("busy");
        case C::Integrity:
            return QStringLiteral("integrity");
        case C::Io:
            return QStringLiteral("io");
        case C::StoppedByRule:
            return QStringLiteral("stopped");
        case C::Cancelled:
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("app");
}

}  // namespace

// Progress of the running operation, read by the GUI thread's poll timer.
// The review screen's decoded pixels (R7), in memory only: the picture
// (key -1) or the sampled frames of one video.
struct Session::ReviewCache {
    QString itemId;
    std::map<int, cv::Mat> frames;
    double scale = 1.0;                                 // frames' pixels per pixel of the video
    std::optional<vault::redaction::VideoTrack> track;  // a video's, parsed once for every frame shown
};

class Session::WorkProgress final : public vault::Progress {
public:
    void update(std::uint64_t done, std::uint64_t total) override {
        done_ = done;
        total_ = total;
    }
    [[nodiscard]] bool cancelled() const override { return cancel_; }
    void cancel() { cancel_ = true; }
    [[nodiscard]] double fraction() const {
        const auto total = total_.load();
        return total == 0 ? -1.0 : static_cast<double>(done_.load()) / static_cast<double>(total);
    }

private:
    std::atomic<std::uint64_t> done_{0};
    std::atomic<std::uint64_t> total_{0};
    std::atomic<bool> cancel_{false};
};

Session::Session(const vault::Clock& clock, QObject* parent)
    : QObject(parent),
      clock_(clock),
      cases_(new RecordModel(records::caseKeys(), this)),
      persons_(new RecordModel(records::personKeys(), this)),
      interviews_(new RecordModel(records::interviewKeys(), this)),
      items_(new RecordModel(records::itemKeys(), this)),
      timeline_(new RecordModel(records::logKeys(), this)),
      dueItems_(new RecordModel(records::itemKeys(), this)),
      holds_(new RecordModel(records::holdKeys(), this)),
      certificates_(new RecordModel(records::certificateKeys(), this)),
      destroyed_(new RecordModel(records::tombstoneKeys(), this)) {
    QSettings settings;
    idleLockMinutes_ = std::clamp(settings.value("idleLockMinutes", 5).toInt(), 1, 120);
    idleLockMs_ = static_cast<qint64>(idleLockMinutes_) * 60 * 1000;
    language_ = settings.value("language", "it").toString() == "en" ? "en" : "it";
    lastActivity_.start();
    watchdog_.setInterval(2000);
    connect(&watchdog_, &QTimer::timeout, this, &Session::checkIdleAndMedium);
    progressPoll_.setInterval(100);
    connect(&progressPoll_, &QTimer::timeout, this, [this] {
        if (work_ && work_->fraction() != progress_) {
            progress_ = work_->fraction();
            emit progressChanged();
        }
    });
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

Session::~Session() {
    // The worker uses `this`: let it end first (a cancellable one is told to).
    if (work_) {
        work_->cancel();
    }
    abandonCapture();
    running_.waitForFinished();
    const std::lock_guard lock(mutex_);
    vault_.reset();
    if (!demoDir_.isEmpty()) {
        QDir(demoDir_).removeRecursively();
    }
}

// --- properties ---------------------------------------------------------------

QString Session::vaultPath() const {
    return vault_ ? QString::fromStdString(vault_->dir().string()) : QString();
}
QString Session::school() const {
    return vault_ ? qs(vault_->header().school) : QString();
}
QString Session::userId() const {
    return vault_ ? qs(vault_->actor().id) : QString();
}
QString Session::userName() const {
    return vault_ ? qs(vault_->actor().displayName) : QString();
}
QString Session::userRole() const {
    return vault_ ? records::roleText(vault_->actor().role) : QString();
}

QStringList Session::recentVaults() const {
    return QSettings().value(kRecentKey).toStringList();
}

void Session::setIdleLockMinutes(int minutes) {
    minutes = std::clamp(minutes, 1, 120);
    if (minutes == idleLockMinutes_)
        return;
    idleLockMinutes_ = minutes;
    idleLockMs_ = static_cast<qint64>(minutes) * 60 * 1000;
    QSettings().setValue("idleLockMinutes", minutes);
    emit idleLockMinutesChanged();
}

void Session::setLanguage(const QString& language) {
    const QString l = language == "en" ? "en" : "it";
    if (l == language_)
        return;
    language_ = l;
    QSettings().setValue("language", l);
    emit languageChanged();
}

// --- plumbing ----------------------------------------------------------------

void Session::report(const std::exception& e) {
    if (const auto* ve = dynamic_cast<const vault::Error*>(&e)) {
        emit failed(QString::fromStdString(ve->what()), QString::fromStdString(ve->hint()), kindOf(ve->code()));
    } else {
        emit failed(QString::fromStdString(e.what()), {}, QStringLiteral("io"));
    }
}

bool Session::guarded(const std::function<void(vault::Vault&)>& f) {
    if (busy_) {
        emit failed(tr("Attendere la fine dell'operazione in corso."), {}, QStringLiteral("app"));
        return false;
    }
    try {
        const std::lock_guard lock(mutex_);
        if (!vault_) {
            throw vault::Error(vault::Error::Code::InvalidInput, "the vault is locked");
        }
        f(*vault_);
        return true;
    } catch (const std::exception& e) {
        report(e);
        return false;
    }
}

void Session::setIdleLockMilliseconds(qint64 ms, int checkEveryMs) {
    idleLockMs_ = ms;
    watchdog_.setInterval(checkEveryMs);
}

bool Session::withVault(const std::function<void(vault::Vault&)>& f) {
    const std::lock_guard lock(mutex_);
    if (!vault_)
        return false;
    f(*vault_);
    return true;
}

void Session::setBusy(bool busy, const QString& label, bool cancellable) {
    busy_ = busy;
    busyLabel_ = label;
    cancellable_ = cancellable;
    progress_ = -1;
    if (busy) {
        progressPoll_.start();
    } else {
        progressPoll_.stop();
        lastActivity_.restart();  // a long job is not idleness
    }
    emit busyChanged();
    emit progressChanged();
}

void Session::runAsync(const QString& label, bool cancellable, Work work, std::function<void(const QVariant&)> done) {
    if (busy_) {
        emit failed(tr("Attendere la fine dell'operazione in corso."), {}, QStringLiteral("app"));
        return;
    }
    work_ = std::make_unique<WorkProgress>();
    setBusy(true, label, cancellable);
    vault::Progress* progress = work_.get();
    running_ = QtConcurrent::run([this, work = std::move(work), progress]() -> Outcome {
        Outcome out;
        try {
            const std::lock_guard lock(mutex_);
            out.value = work(progress);
        } catch (const vault::Error& e) {
            out = {false, QString::fromStdString(e.what()), QString::fromStdString(e.hint()), kindOf(e.code()), {}};
        } catch (const std::exception& e) {
            out = {false, QString::fromStdString(e.what()), {}, QStringLiteral("io"), {}};
        }
        return out;
    });
    running_.then(this, [this, done = std::move(done), generation = generation_](const Outcome& out) {
        work_.reset();
        if (afterWork_) {
            const auto after = std::move(afterWork_);
            afterWork_ = nullptr;
            after();
        }
        setBusy(false);
        if (generation != generation_) {
            return;  // locked meanwhile: the screens it was for are gone
        }
        if (!out.ok) {
            emit failed(out.message, out.hint, out.kind);
            return;
        }
        done(out.value);
    });
}

void Session::cancel() {
    if (work_ && cancellable_)
        work_->cancel();
}

bool Session::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            lastActivity_.restart();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::checkIdleAndMedium() {
    // Busy work is not idleness, but a capture's R4 form left open is: the
    // lock then stores the recording with the details given before it.
    if (!vault_ || (busy_ && captureState() != QLatin1String("details")))
        return;
    // The vault's medium was removed (or the folder went away): lock now.
    if (!QFileInfo::exists(QString::fromStdString((vault_->dir() / "custodia.json").string()))) {
        lock("medium");
        return;
    }
    // Not while the recovery code is on screen: the DS may be away printing it.
    if (recoveryCode_.isEmpty() && lastActivity_.elapsed() >= idleLockMs_) {
        lock("idle");
    }
}

// --- start screen --------------------------------------------------------------

QString Session::toLocalPath(const QVariant& urlOrPath) {
    if (urlOrPath.userType() == QMetaType::QUrl) {
        return urlOrPath.toUrl().toLocalFile();
    }
    const QString s = urlOrPath.toString();
    return s.startsWith("file:") ? QUrl(s).toLocalFile() : s;
}

bool Session::isVault(const QString& path) const {
    return !path.isEmpty() && QFileInfo::exists(QDir(path).filePath("custodia.json"));
}

QVariantList Session::usersOf(const QString& path) {
    QVariantList out;
    try {
        const auto header = vault::VaultHeader::read(path.toStdString());
        for (const auto& u : header.users) {
            out.append(records::userRecord(u));
        }
    } catch (const std::exception& e) {
        report(e);
    }
    return out;
}

QString Session::mediumWarning(const QString& path) const {
    if (path.isEmpty())
        return {};
    // The folder may not exist yet (the wizard): look at its parent.
    QFileInfo fi(path);
    while (!fi.exists() && fi.absoluteFilePath() != fi.absolutePath()) {
        fi = QFileInfo(fi.absolutePath());
    }
    const auto medium = vault::storage::mediumOf(fi.absoluteFilePath().toStdString());
    if (medium.removable)
        return {};
    return tr("R10: questa cartella è su %1, non su un supporto rimovibile. Le prove vanno conservate su una "
              "chiavetta USB o un disco esterno custodito, non sul PC.")
        .arg(qs(medium.description));
}

QVariantMap Session::assessPassphrase(const QString& candidate, const QStringList& context) const {
    const auto words = contextWords(context);
    QByteArray utf8 = candidate.toUtf8();
    const auto a = vault::passphrase::assess(std::string_view(utf8.constData(), utf8.size()), words);
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return {{"level", a.level},
            {"bits", a.bits},
            {"acceptable", a.acceptable},
            {"reason", a.reason == vault::passphrase::Problem::TooShort    ? QStringLiteral("short")
                       : a.reason == vault::passphrase::Problem::Guessable ? QStringLiteral("guessable")
                                                                           : QString()},
            {"advise", a.level < 4},
            {"min_length", static_cast<int>(vault::passphrase::kMinLength)}};
}

void Session::rememberVault(const QString& path) {
    QStringList recent = recentVaults();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    emit recentVaultsChanged();
}

void Session::forgetRecent(const QString& path) {
    QStringList recent = recentVaults();
    recent.removeAll(path);
    QSettings().setValue(kRecentKey, recent);
    emit recentVaultsChanged();
}

void Session::unlock(const QString& path, const QString& userId, const QString& secret, bool recoveryCode) {
    auto buffer = std::make_shared<crypto::SecureBuffer>(secretOf(secret));
    const std::string dir = path.toStdString();
    const std::string user = userId.toStdString();
    runAsync(
        tr("Apertura dell'archivio…"), false,
        [this, buffer, dir, user, recoveryCode](vault::Progress*) {
            if (recoveryCode) {
                auto normal = vault::recovery::normalize(buffer->view());
                if (!normal) {
                    throw vault::Error(vault::Error::Code::WrongPassphrase, "this is not a recovery code",
                                       "Il codice di recupero ha 32 caratteri in gruppi di 4 (es. 7KQ2-M9XD-…).");
                }
                *buffer = std::move(*normal);
            }
            auto v = std::make_unique<vault::Vault>(vault::Vault::unlock(
                dir, user, *buffer,
                recoveryCode ? vault::Vault::Secret::RecoveryCode : vault::Vault::Secret::Passphrase, clock_));
            buffer->truncate(0);
            return QVariant::fromValue(static_cast<void*>(v.release()));
        },
        [this, recoveryCode](const QVariant& value) {
            openedWithRecovery_ = recoveryCode;
            afterUnlock(std::unique_ptr<vault::Vault>(static_cast<vault::Vault*>(value.value<void*>())));
        });
}

void Session::changePassphrase(const QString& passphrase) {
    auto buffer = std::make_shared<crypto::SecureBuffer>(secretOf(passphrase));
    const auto a = vault::passphrase::assess(buffer->view());
    if (!a.acceptable) {
        emit failed(qs(a.problem), qs(a.advice), QStringLiteral("invalid-input"));
        return;
    }
    runAsync(
        tr("Cambio della passphrase…"), false,
        [this, buffer](vault::Progress*) {
            requireVault(vault_).changePassphrase(*buffer, defaultWorkFactor());
            buffer->truncate(0);
            return QVariant();
        },
        [this](const QVariant&) {
            openedWithRecovery_ = false;
            emit unlockedChanged();
            emit passphraseChanged();
        });
}

void Session::afterUnlock(std::unique_ptr<vault::Vault> v) {
    {
        const std::lock_guard lock(mutex_);
        vault_ = std::move(v);
        const auto& purged = vault_->purgedAtUnlock();
        QList<QVariantMap> destroyed;
        for (const auto& t : purged.destroyed)
            destroyed.append(records::tombstoneRecord(t));
        destroyed_->setRows(destroyed);
        purgeReport_ = {
            {"destroyed", static_cast<int>(purged.destroyed.size())},
            {"physical_to_destroy", static_cast<int>(purged.physicalToDestroy.size())},
            {"held", static_cast<int>(purged.held.size())},
            {"certificate", purged.certificateId ? QVariant(static_cast<qint64>(*purged.certificateId)) : QVariant()},
            {"error", purged.error ? qs(*purged.error) : QString()}};
    }
    rememberVault(vaultPath());
    lastActivity_.restart();
    watchdog_.start();
    emit unlockedChanged();
    refreshCases();
}

void Session::createVault(const QVariantMap& form) {
    auto dsPass = std::make_shared<crypto::SecureBuffer>(secretOf(form.value("dirigente_passphrase").toString()));
    auto refPass = std::make_shared<crypto::SecureBuffer>(secretOf(form.value("referente_passphrase").toString()));
    const std::string dir = toLocalPath(form.value("path")).toStdString();
    const std::string school = str(form.value("school"));
    const std::string dsId = str(form.value("dirigente_id"));
    const std::string dsName = str(form.value("dirigente_name"));
    const std::string refId = str(form.value("referente_id"));
    const std::string refName = str(form.value("referente_name"));
    // Everything the vault would refuse half-way (after the vault exists
    // with the DS only) is checked before anything is written.
    for (const auto& id : {dsId, refId}) {
        if (!vault::isValidUserId(id)) {
            emit failed(tr("Nome utente non valido: «%1».").arg(qs(id)),
                        tr("Usi lettere minuscole, cifre, punto, trattino o trattino basso, senza spazi (es. "
                           "mrossi)."),
                        QStringLiteral("invalid-input"));
            return;
        }
    }
    if (dsId == refId) {
        emit failed(tr("Il Dirigente e il referente devono avere due nomi utente diversi."), {},
                    QStringLiteral("invalid-input"));
        return;
    }
    const std::vector<std::pair<const crypto::SecureBuffer*, std::vector<std::string>>> checks = {
        {dsPass.get(), contextWords({qs(school), qs(dsName), qs(dsId)})},
        {refPass.get(), contextWords({qs(school), qs(refName), qs(refId)})}};
    for (const auto& [pass, context] : checks) {
        const auto a = vault::passphrase::assess(pass->view(), context);
        if (!a.acceptable) {
            emit failed(qs(a.problem), qs(a.advice), QStringLiteral("invalid-input"));
            return;
        }
    }
    runAsync(
        tr("Creazione dell'archivio…"), false,
        [this, dsPass, refPass, dir, school, dsId, dsName, refId, refName](vault::Progress*) {
            vault::Vault::CreateOptions o;
            o.dir = dir;
            o.school = school;
            o.userId = dsId;
            o.displayName = dsName.empty() ? dsId : dsName;
            o.role = vault::Role::Dirigente;
            o.passphrase = std::move(*dsPass);
            auto created = vault::Vault::create(std::move(o), clock_);
            created.vault.addUser(refId, refName.empty() ? refId : refName, vault::Role::Referente, *refPass,
                                  defaultWorkFactor());
            created.vault.close();
            auto v = std::make_unique<vault::Vault>(
                vault::Vault::unlock(dir, refId, *refPass, vault::Vault::Secret::Passphrase, clock_));
            refPass->truncate(0);
            const std::string code(created.recoveryCode.view());
            return QVariantList{QVariant::fromValue(static_cast<void*>(v.release())), qs(code)};
        },
        [this](const QVariant& value) {
            const QVariantList parts = value.toList();
            recoveryCode_ = parts.at(1).toString();
            emit recoveryCodeChanged();
            afterUnlock(std::unique_ptr<vault::Vault>(static_cast<vault::Vault*>(parts.at(0).value<void*>())));
        });
}

bool Session::saveRecoveryCodePdf(const QVariant& url) {
    const QString path = toLocalPath(url);
    if (recoveryCode_.isEmpty() || path.isEmpty())
        return false;
    try {
        const nlohmann::json doc = {{"school", school().toStdString()},
                                    {"vault_id", vault_ ? vault_->header().vaultId : std::string()},
                                    {"created_at", vault::time::formatRome(clock_.now())},
                                    {"code", recoveryCode_.toStdString()}};
        const auto pdf = vault::renderers::render("recovery-code", doc);
        if (!pdf) {
            throw vault::Error(vault::Error::Code::InvalidInput, "this program cannot draw PDFs",
                               "Trascriva il codice a mano su un foglio.");
        }
        vault::files::writeFileAtomic(path.toStdString(), *pdf);
        return true;
    } catch (const std::exception& e) {
        report(e);
        return false;
    }
}

void Session::forgetRecoveryCode() {
    recoveryCode_.fill(QChar(' '));
    recoveryCode_.clear();
    emit recoveryCodeChanged();
}

void Session::openDemo() {
    const QString dir =
        QDir::temp().filePath(QStringLiteral("custodia-demo-%1").arg(QCoreApplication::applicationPid()));
    runAsync(
        tr("Preparazione dell'archivio dimostrativo…"), false,
        [this, dir](vault::Progress*) {
            QDir(dir).removeRecursively();
            const auto d = vault::createDemoVault(dir.toStdString(), clock_);
            auto v = std::make_unique<vault::Vault>(
                vault::Vault::unlock(d.dir, d.referente, crypto::SecureBuffer::copyOf(d.referentePassphrase),
                                     vault::Vault::Secret::Passphrase, clock_));
            return QVariant::fromValue(static_cast<void*>(v.release()));
        },
        [this, dir](const QVariant& value) {
            demoDir_ = dir;
            afterUnlock(std::unique_ptr<vault::Vault>(static_cast<vault::Vault*>(value.value<void*>())));
        });
}

// --- unlocked ----------------------------------------------------------------

void Session::lock(const QString& reason) {
    if (!vault_)
        return;
    if (work_)
        work_->cancel();
    abandonCapture();
    running_.waitForFinished();
    ++generation_;
    {
        const std::lock_guard lock(mutex_);
        try {
            vault_->close();
        } catch (const std::exception&) {
            // The medium is gone: nothing more can be written; the next unlock
            // completes what the log needs (a tree head is signed then).
        }
        vault_.reset();
        review_.reset();
    }
    watchdog_.stop();
    for (auto* m : {cases_, persons_, interviews_, items_, timeline_, dueItems_, holds_, certificates_, destroyed_}) {
        m->clear();
    }
    currentCase_ = -1;
    openedWithRecovery_ = false;
    currentCaseRecord_.clear();
    purgeReport_.clear();
    retention_.clear();
    forgetRecoveryCode();
    QPixmapCache::clear();
    emit currentCaseChanged();
    emit retentionChanged();
    emit unlockedChanged();
    emit locked(reason);
}

namespace {

// The review state of a plan as the item list shows it.
QString reviewState(const vault::redaction::Plan& p) {
    if (!p.approved() && p.leakCheck == "needs-review")
        return QStringLiteral("needs-review");
    return qs(p.status);
}

// Item id -> review state of every plan of a case.
std::map<std::string, QString> redactionStates(vault::Vault& v, std::int64_t caseId) {
    std::map<std::string, QString> out;
    for (const auto& p : vault::redaction::plans::list(v, caseId))
        out[p.itemId] = reviewState(p);
    return out;
}

// Items of each case destroyed within 30 days and not held (the vault's outlook).
std::map<std::int64_t, int> dueSoonPerCase(vault::Vault& v) {
    std::map<std::int64_t, int> due;
    const auto o = vault::retention::outlook(v);
    for (const auto* list : {&o.overdue, &o.dueSoon}) {
        for (const auto& i : *list) {
            ++due[i.caseId];
        }
    }
    return due;
}

}  // namespace

void Session::refreshCases() {
    loadCases(true);
}

void Session::tick() {
    if (busy_ || !vault_) {
        return;
    }
    loadCases(false);
    // The open case's record is its row of the list just read.
    for (const QVariantMap& row : cases_->rows()) {
        if (currentCase_ > 0 && row.value("id").toLongLong() == currentCase_) {
            currentCaseRecord_ = row;
            emit currentCaseChanged();
        }
    }
}

void Session::loadCases(bool asView) {
    guarded([this, asView](vault::Vault& v) {
        const auto now = clock_.now();
        auto dueSoon = dueSoonPerCase(v);
        QList<QVariantMap> rows;
        for (const auto& c : asView ? vault::cases::listForUser(v) : vault::cases::list(v)) {
            rows.append(records::caseRecord(c, now, dueSoon[c.id]));
        }
        cases_->setRows(rows);
    });
}

qint64 Session::createCase(const QVariantMap& form) {
    qint64 id = -1;
    guarded([&](vault::Vault& v) {
        vault::NewCase c;
        c.title = str(form.value("title"));
        c.protocol = opt(form, "protocol");
        c.incidentDate = opt(form, "incident_date");
        c.exOfficio = form.value("ex_officio").toBool();
        c.notes = opt(form, "notes");
        id = vault::cases::create(v, c).id;
    });
    if (id > 0)
        refreshCases();
    return id;
}

bool Session::openCase(qint64 id) {
    const bool ok = guarded([&](vault::Vault& v) {
        (void)vault::cases::view(v, id);
        currentCase_ = id;
    });
    if (ok)
        reloadCase(true);
    return ok;
}

void Session::reloadCase(bool asView) {
    guarded([this, asView](vault::Vault& v) {
        const auto now = clock_.now();
        const auto c = vault::cases::get(v, currentCase_);
        currentCaseRecord_ = records::caseRecord(c, now, dueSoonPerCase(v)[currentCase_]);

        std::map<std::int64_t, QString> names;
        QList<QVariantMap> people;
        for (const auto& p :
             asView ? vault::persons::listForUser(v, currentCase_) : vault::persons::list(v, currentCase_)) {
            names[p.id] = qs(p.displayName());
            people.append(records::personRecord(p));
        }
        persons_->setRows(people);

        const auto its = asView ? vault::items::listForUser(v, currentCase_) : vault::items::list(v, currentCase_);
        const auto covered = vault::holds::coveredItems(v);
        const auto reviews = redactionStates(v, currentCase_);
        std::map<std::int64_t, int> perInterview;
        QList<QVariantMap> itemRows;
        for (const auto& i : its) {
            if (i.interviewId)
                ++perInterview[*i.interviewId];
            QString review;
            if (vault::redaction::plans::canRedact(i)) {
                const auto it = reviews.find(i.id);
                review = it == reviews.end() ? QStringLiteral("none") : it->second;
            }
            itemRows.append(records::itemRecord(i, covered.contains(i.id), review));
        }
        items_->setRows(itemRows);

        QList<QVariantMap> talks;
        for (const auto& i :
             asView ? vault::interviews::listForUser(v, currentCase_) : vault::interviews::list(v, currentCase_)) {
            const QString student = i.studentPersonId ? names[*i.studentPersonId] : QString();
            talks.append(records::interviewRecord(i, student, perInterview[i.id]));
        }
        interviews_->setRows(talks);
    });
    emit currentCaseChanged();
}

void Session::closeCaseView() {
    currentCase_ = -1;
    currentCaseRecord_.clear();
    for (auto* m : {persons_, interviews_, items_, timeline_})
        m->clear();
    QPixmapCache::clear();
    emit currentCaseChanged();
    refreshCases();
}

bool Session::setExOfficio(bool flag) {
    const bool ok = guarded([&](vault::Vault& v) { vault::cases::setExOfficio(v, currentCase_, flag); });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::markReported(const QString& to, const QString& reference) {
    const bool ok = guarded([&](vault::Vault& v) {
        vault::cases::markReported(v, currentCase_, to.trimmed().toStdString(), optText(reference), clock_.now());
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::closeCase(const QString& reason) {
    const bool ok = guarded([&](vault::Vault& v) { vault::cases::close(v, currentCase_, optText(reason)); });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::addPerson(const QVariantMap& form) {
    const bool ok = guarded([&](vault::Vault& v) {
        vault::Person p;
        p.caseId = currentCase_;
        p.name = opt(form, "name");
        p.surname = opt(form, "surname");
        p.nicknames = strings(form.value("nicknames"));
        p.className = opt(form, "class");
        p.school = opt(form, "school");
        p.birthDate = opt(form, "birth_date");
        p.birthPlace = opt(form, "birth_place");
        if (const auto sex = opt(form, "sex"))
            p.sex = vault::persons::normalizeSex(*sex);
        p.address = opt(form, "address");
        p.phones = strings(form.value("phones"));
        p.handles = strings(form.value("handles"));
        const auto role = vault::persons::normalizeRole(str(form.value("role")));
        if (!role) {
            throw vault::Error(vault::Error::Code::InvalidInput, "unknown role: " + str(form.value("role")));
        }
        p.role = *role;
        p.minor = form.value("minor", true).toBool();
        for (const QVariant& g : form.value("guardians").toList()) {
            const QVariantMap gm = g.toMap();
            vault::Guardian guardian{str(gm.value("name")), str(gm.value("relation")), str(gm.value("phone")),
                                     str(gm.value("email"))};
            if (!guardian.name.empty() || !guardian.phone.empty() || !guardian.email.empty()) {
                p.guardians.push_back(guardian);
            }
        }
        p.notes = opt(form, "notes");
        (void)vault::persons::add(v, p);
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::addInterview(const QVariantMap& form) {
    const bool ok = guarded([&](vault::Vault& v) {
        vault::Interview i;
        i.caseId = currentCase_;
        i.heldAt = userTime(form, "held_at", "interview date").value_or(vault::time::formatUtc(clock_.now()));
        i.heldBy = str(form.value("held_by"));
        i.adultsPresent = strings(form.value("adults_present"));
        i.studentPersonId = optId(form.value("student_person"));
        i.memo = form.value("memo").toString().toStdString();
        i.quotes = strings(form.value("quotes"));
        i.protocol = opt(form, "protocol");
        i.advisedNotShare = form.value("advised_not_share").toBool();
        i.advisedRemove = form.value("advised_remove").toBool();
        i.advisedNotActAlone = form.value("advised_not_act_alone").toBool();
        (void)vault::interviews::add(v, i);
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::addPhysical(const QVariantMap& form) {
    const bool ok = guarded([&](vault::Vault& v) {
        vault::PhysicalItem p;
        p.description = str(form.value("description"));
        p.sealNumber = str(form.value("seal_number"));
        p.keptAt = str(form.value("kept_at"));
        p.authorizedBy = str(form.value("authorized_by"));
        p.interviewId = optId(form.value("interview"));
        (void)vault::items::addPhysical(v, currentCase_, p);
    });
    if (ok) {
        reloadCase();
    }
    return ok;
}

QVariantList Session::users() {
    QVariantList out;
    guarded([&](vault::Vault& v) {
        for (const auto& u : v.catalogUsers()) {
            out.append(records::userRecord(u));
        }
    });
    return out;
}

void Session::refreshTimeline() {
    guarded([this](vault::Vault& v) {
        std::map<std::string, QString> names;
        for (const auto& u : v.catalogUsers())
            names[u.id] = qs(u.displayName);
        QList<QVariantMap> rows;
        const auto entries = v.viewLog(currentCase_ > 0 ? std::optional<std::int64_t>(currentCase_) : std::nullopt);
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            const auto n = names.find(it->actor);
            rows.append(records::logRecord(*it, n == names.end() ? qs(it->actor) : n->second));
        }
        timeline_->setRows(rows);
    });
}

void Session::verifyLog() {
    runAsync(
        tr("Verifica del registro e delle prove…"), true,
        [this](vault::Progress* progress) {
            const auto r = vault::verify(requireVault(vault_), {true, progress});
            QVariantList problems;
            for (const auto& p : r.problems) {
                problems.append(QVariantMap{{"kind", QString::fromUtf8(vault::kindName(p.kind).data())},
                                            {"seq", p.seq ? QVariant(static_cast<qint64>(*p.seq)) : QVariant()},
                                            {"item", p.itemId ? qs(*p.itemId) : QString()},
                                            {"message", qs(p.message)}});
            }
            QStringList warnings;
            for (const auto& w : r.warnings)
                warnings.append(qs(w));
            return QVariant(QVariantMap{{"ok", r.ok()},
                                        {"entries", static_cast<qint64>(r.entries)},
                                        {"tree_heads", static_cast<qint64>(r.treeHeads)},
                                        {"blobs", static_cast<qint64>(r.blobsChecked)},
                                        {"bytes", static_cast<qint64>(r.bytesChecked)},
                                        {"root", qs(r.rootHash)},
                                        {"problems", problems},
                                        {"warnings", warnings}});
        },
        [this](const QVariant& value) {
            emit verified(value.toMap());
            refreshTimeline();
        });
}

// --- acquisition ---------------------------------------------------------------

bool Session::stopUnderR6(const QVariant& interviewId) {
    if (busy_ || !vault_)
        return false;
    try {
        const std::lock_guard lock(mutex_);
        vault::stopUnderR6(*vault_, currentCase_, optId(interviewId));
    } catch (const vault::Error& e) {
        if (e.code() != vault::Error::Code::StoppedByRule) {
            report(e);
            return false;
        }
    }
    // Recorded (no content, no file name); the screen shows what to do.
    emit stoppedUnderR6(QString::fromUtf8(vault::r6Guidance().data(), static_cast<int>(vault::r6Guidance().size())));
    return true;
}

void Session::importFiles(const QVariantList& urls, const QVariantMap& details, bool removeSource) {
    std::vector<std::string> files;
    for (const QVariant& u : urls) {
        const QString p = toLocalPath(u);
        if (!p.isEmpty())
            files.push_back(p.toStdString());
    }
    if (files.empty()) {
        emit failed(tr("Nessun file scelto."), {}, QStringLiteral("app"));
        return;
    }
    // R6: the screen asked first; without the answer nothing is imported.
    if (details.value("r6").toString() != QLatin1String("no")) {
        emit failed(tr("Prima di importare serve la risposta alla domanda R6."), {}, QStringLiteral("stopped"));
        return;
    }
    vault::Acquisition a;
    try {
        a = acquisitionFrom(details);
    } catch (const std::exception& e) {
        report(e);
        return;
    }
    const std::int64_t caseId = currentCase_;
    runAsync(
        tr("Importazione e cifratura…"), true,
        [this, files, a, caseId, removeSource](vault::Progress* progress) {
            // One item per file, each committed on its own: a failure (or
            // Cancel) stops at that file and keeps the ones already stored;
            // R5 removal after each verified copy, reported apart.
            QStringList ids;
            QStringList notRemoved;
            QVariantMap failure;
            for (const auto& f : files) {
                vault::Vault& v = requireVault(vault_);
                vault::Item item;
                try {
                    vault::IngestOptions o;
                    o.progress = progress;
                    item = vault::ingestFile(v, caseId, f, a, vault::R6Answer::NotSexualContentOfMinors, o);
                } catch (const vault::Error& e) {
                    failure = {{"message", qs(e.what())}, {"hint", qs(e.hint())}, {"kind", kindOf(e.code())}};
                    break;
                } catch (const std::exception& e) {
                    failure = {{"message", qs(e.what())}, {"hint", QString()}, {"kind", QStringLiteral("io")}};
                    break;
                }
                ids.append(qs(item.id));
                if (removeSource) {
                    try {
                        vault::removeSource(v, item, f);
                    } catch (const std::exception& e) {
                        notRemoved.append(qs(e.what()));
                    }
                }
            }
            return QVariant(QVariantMap{{"ids", ids}, {"not_removed", notRemoved}, {"failure", failure}});
        },
        [this](const QVariant& value) {
            const QVariantMap r = value.toMap();
            const QStringList ids = r.value("ids").toStringList();
            reloadCase();
            if (!ids.isEmpty()) {
                emit imported(static_cast<int>(ids.size()), ids);
            }
            const QStringList notRemoved = r.value("not_removed").toStringList();
            if (!notRemoved.isEmpty()) {
                emit failed(tr("Prove importate, ma %n originali non sono stati cancellati (R5).", "",
                               static_cast<int>(notRemoved.size())),
                            notRemoved.join('\n') + tr("\nLi cancelli a mano dopo aver controllato la prova."),
                            QStringLiteral("io"));
            }
            const QVariantMap failure = r.value("failure").toMap();
            if (!failure.isEmpty()) {
                const QString done = ids.isEmpty()
                                         ? QString()
                                         : tr("%n file sono stati importati prima dell'interruzione; gli altri no. ",
                                              "", static_cast<int>(ids.size()));
                emit failed(done + failure.value("message").toString(), failure.value("hint").toString(),
                            failure.value("kind").toString());
            }
        });
}

QVariantMap Session::viewItem(const QString& itemId) {
    QVariantMap out;
    guarded([&](vault::Vault& v) {
        const auto item = vault::items::view(v, itemId.toStdString());
        out = records::itemRecord(item, vault::holds::covers(v, item));
    });
    return out;
}

QByteArray Session::decryptForDisplay(const QString& itemId) {
    const std::lock_guard lock(mutex_);
    if (!vault_)
        return {};
    try {
        // R2: evidence is seen by the DS and the referente only (the vault
        // records a refused attempt).
        vault_->requireRole({vault::Role::Dirigente, vault::Role::Referente}, "view evidence");
        const auto item = vault::items::get(*vault_, itemId.toStdString());
        if (!item.hasBlob())
            return {};
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(item.size.value_or(0)));
        struct ArraySink final : crypto::ByteSink {
            QByteArray& out;
            explicit ArraySink(QByteArray& o) : out(o) {}
            void write(std::span<const std::uint8_t> b) override {
                out.append(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
            }
        } sink(bytes);
        (void)vault::readAndCheck(*vault_, item, &sink, nullptr);
        return bytes;
    } catch (const std::exception&) {
        return {};  // the viewer shows "cannot be shown"; log verify names the damage
    }
}

bool Session::attachVideo(QObject* mediaPlayer, const QString& itemId) {
    auto* player = qobject_cast<QMediaPlayer*>(mediaPlayer);
    if (player == nullptr || !feedVideo(player, itemId, -1)) {
        return false;
    }
    // Qt 6.4's GStreamer source can answer a seek with a block read before
    // it (a race in QGstAppSrc): the demuxer then ends the video early, or
    // (when the process is slow) declares it undecodable. Either, once the
    // video had started, is resumed with a fresh device at the same position
    // (at most 3 times in a row).
    auto retries = std::make_shared<int>(0);
    connect(player, &QMediaPlayer::mediaStatusChanged, this, [this, player, itemId, retries](auto status) {
        if (status == QMediaPlayer::BufferedMedia && player->position() > 0) {
            *retries = 0;
        }
        const qint64 at = player->position();
        const bool cutShort = status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia;
        if (!cutShort || player->duration() <= 0 || player->duration() - at < 500 || *retries >= 3) {
            return;
        }
        ++*retries;
        feedVideo(player, itemId, at);
    });
    connect(this, &Session::locked, player, [player] { player->setSource(QUrl()); });
    return true;
}

bool Session::feedVideo(QMediaPlayer* player, const QString& itemId, qint64 resumeAt) {
    std::unique_ptr<BlobDevice> device;
    const bool ok = guarded([&](vault::Vault& v) {
        const auto item = vault::items::get(v, itemId.toStdString());
        device = std::make_unique<BlobDevice>(v, item);
    });
    if (!ok || !device->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return false;
    }
    BlobDevice* raw = device.release();
    raw->setParent(player);  // goes with the player (the viewer page) at the latest
    // A new URL each time, or the player keeps its old device.
    static quint64 serial = 0;
    player->setSourceDevice(raw, QUrl(QStringLiteral("custodia:%1/%2").arg(itemId).arg(++serial)));
    // Another source later drops this device and its plaintext chunk.
    connect(player, &QMediaPlayer::sourceChanged, raw, [player, raw] {
        if (player->sourceDevice() != raw) {
            raw->deleteLater();
        }
    });
    if (resumeAt >= 0) {
        player->setPosition(resumeAt);
        player->play();
    }
    return true;
}

void Session::extractItem(const QString& itemId, const QVariant& url) {
    const std::string id = itemId.toStdString();
    const std::string path = toLocalPath(url).toStdString();
    runAsync(
        tr("Copia in chiaro della prova…"), true,
        [this, id, path](vault::Progress* progress) {
            (void)vault::extractToFile(requireVault(vault_), id, path, progress);
            return QVariant(QString::fromStdString(path));
        },
        [this](const QVariant& value) { emit extracted(value.toString()); });
}

// --- retention ---------------------------------------------------------------

void Session::refreshRetention() {
    guarded([this](vault::Vault& v) {
        const auto o = vault::retention::outlook(v);
        const auto covered = vault::holds::coveredItems(v);
        QList<QVariantMap> due;
        for (const auto* list : {&o.overdue, &o.dueSoon, &o.physicalToDestroy}) {
            for (const auto& i : *list)
                due.append(records::itemRecord(i, covered.contains(i.id)));
        }
        dueItems_->setRows(due);
        QList<QVariantMap> hs;
        for (const auto& h : vault::holds::listForUser(v, true))
            hs.append(records::holdRecord(h));
        holds_->setRows(hs);
        QList<QVariantMap> certs;
        for (const auto& c : vault::certificates::list(v))
            certs.append(records::certificateRecord(c));
        certificates_->setRows(certs);
        QList<QVariantMap> tomb;
        for (const auto& t : vault::retention::tombstones(v))
            tomb.append(records::tombstoneRecord(t));
        destroyed_->setRows(tomb);
        retention_ = {{"months", vault::retention::months(v)},
                      {"overdue", static_cast<int>(o.overdue.size())},
                      {"due_soon", static_cast<int>(o.dueSoon.size())},
                      {"physical", static_cast<int>(o.physicalToDestroy.size())},
                      {"holds_to_review", static_cast<int>(o.holdsToReview.size())}};
    });
    emit retentionChanged();
}

bool Session::placeHold(const QString& itemId, const QString& reason, const QString& reference,
                        const QString& reviewBy) {
    const bool ok = guarded([&](vault::Vault& v) {
        const bool onItem = !itemId.isEmpty();
        (void)vault::holds::place(v, onItem ? std::nullopt : std::optional<std::int64_t>(currentCase_),
                                  onItem ? std::optional<std::string>(itemId.toStdString()) : std::nullopt,
                                  reason.trimmed().toStdString(), reference.trimmed().toStdString(),
                                  reviewDate(reviewBy));
    });
    if (ok) {
        refreshRetention();
        if (currentCase_ > 0)
            reloadCase();
    }
    return ok;
}

bool Session::releaseHold(qint64 holdId, const QString& reason) {
    const bool ok = guarded([&](vault::Vault& v) { vault::holds::release(v, holdId, optText(reason)); });
    if (ok)
        refreshRetention();
    return ok;
}

bool Session::renewHold(qint64 holdId, const QString& reviewBy, const QString& note) {
    const bool ok =
        guarded([&](vault::Vault& v) { (void)vault::holds::renew(v, holdId, reviewDate(reviewBy), optText(note)); });
    if (ok) {
        refreshRetention();
    }
    return ok;
}

bool Session::exportCertificate(qint64 id, const QVariant& url) {
    const QString path = toLocalPath(url);
    return guarded([&](vault::Vault& v) { vault::certificates::exportTo(v, id, path.toStdString(), std::nullopt); });
}

// --- police export ---------------------------------------------------------------

QVariantMap Session::signingCertificate() {
    QVariantMap out;
    guarded([&](vault::Vault& v) {
        if (const auto c = vault::signing::current(v)) {
            out = {{"subject", qs(c->certificate.subject)},
                   {"issuer", qs(c->certificate.issuer)},
                   {"not_after", qs(c->certificate.notAfter)},
                   {"configured_by", qs(c->configuredBy)}};
        }
    });
    return out;
}

QVariantMap Session::configureSigningCertificate(const QVariant& p12, const QString& password) {
    const QString path = toLocalPath(p12);
    const crypto::SecureBuffer secret = secretOf(password);
    const bool ok = guarded([&](vault::Vault& v) { (void)vault::signing::configure(v, path.toStdString(), secret); });
    return ok ? signingCertificate() : QVariantMap{};
}

void Session::exportPolice(const QVariantMap& form) {
    vault::exports::PoliceExportOptions o;
    o.caseId = currentCase_;
    o.to = toLocalPath(form.value("to")).toStdString();
    o.officer = {str(form.value("officer_name")), str(form.value("officer_rank")), str(form.value("officer_badge")),
                 str(form.value("officer_office"))};
    o.medium = str(form.value("medium"));
    o.zip = form.value("zip").toBool();
    auto options = std::make_shared<vault::exports::PoliceExportOptions>(std::move(o));
    runAsync(
        tr("Esportazione per la Polizia Postale…"), true,
        [this, options](vault::Progress* progress) {
            const auto r = vault::exports::exportForPolice(requireVault(vault_), std::move(*options), progress);
            QStringList warnings;
            for (const auto& w : r.warnings)
                warnings.append(qs(w));
            return QVariant(QVariantMap{{"dir", qs(r.dir.string())},
                                        {"verbale", qs((r.dir / vault::exports::kVerbale).string())},
                                        {"zip", r.zip ? qs(r.zip->string()) : QString()},
                                        {"manifest_sha256", qs(r.manifestSha256)},
                                        {"files", static_cast<qint64>(r.files)},
                                        {"evidence_files", static_cast<qint64>(r.evidenceFiles)},
                                        {"cms", r.cms},
                                        {"handover_hash", qs(r.handoverHash)},
                                        {"warnings", warnings}});
        },
        [this](const QVariant& value) {
            emit exported(value.toMap());
            reloadCase();
        });
}

// --- consult copies (R7) -----------------------------------------------------

namespace {

namespace rd = vault::redaction;

QVariantMap planRecord(const std::optional<rd::Plan>& p, const QString& itemId) {
    QVariantMap m{{"item_id", itemId}, {"has_plan", p.has_value()}};
    if (!p)
        return m;
    int hidden = 0;
    int weak = 0;
    int removed = 0;
    for (const auto& r : p->regions) {
        (r.removed ? removed : hidden) += 1;
        weak += !r.removed && r.region.weak ? 1 : 0;
    }
    m.insert({{"status", qs(p->status)},
              {"state", reviewState(*p)},
              {"width", p->width},
              {"height", p->height},
              {"is_video", p->track.has_value()},
              {"leak_check", p->leakCheck ? qs(*p->leakCheck) : QString()},
              {"planned_at", qs(p->plannedAt)},
              {"planned_by", qs(p->plannedBy)},
              {"engine", qs(p->engine)},
              {"approved_at", p->approvedAt ? qs(*p->approvedAt) : QString()},
              {"approved_by", p->approvedBy ? qs(*p->approvedBy) : QString()},
              {"hidden", hidden},
              {"weak", weak},
              {"removed", removed}});
    if (p->track) {
        const auto t = rd::VideoTrack::fromJson(*p->track);
        m.insert({{"fps", t.fps}, {"frames", static_cast<qint64>(t.frames())}, {"duration", t.duration}});
    }
    QVariantList screen;
    if (p->screen) {
        for (const auto& c : *p->screen)
            screen.append(QVariantMap{{"x", c.x}, {"y", c.y}});
    }
    m.insert({{"screen", screen}, {"screen_by_reviewer", p->screenByReviewer}});
    return m;
}

QImage toQImage(const cv::Mat& bgr) {
    return QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).copy();
}

}  // namespace

const vault::redaction::VideoTrack* Session::reviewTrack(const vault::redaction::Plan& p) {
    if (!review_ || review_->itemId != QString::fromStdString(p.itemId)) {
        review_ = std::make_unique<ReviewCache>();
        review_->itemId = QString::fromStdString(p.itemId);
    }
    if (!review_->track)
        review_->track = rd::VideoTrack::fromJson(*p.track);
    return &*review_->track;
}

void Session::planRedaction(const QStringList& itemIds) {
    std::vector<std::string> ids;
    for (const auto& id : itemIds)
        ids.push_back(id.toStdString());
    const qint64 caseId = currentCase_;
    runAsync(
        tr("Ricerca di ciò che identifica i minori…"), true,
        [this, ids, caseId](vault::Progress* progress) {
            QStringList planned;
            for (const auto& p : rd::plans::plan(requireVault(vault_), caseId, ids, progress))
                planned.append(qs(p.itemId));
            return QVariant(planned);
        },
        [this](const QVariant& value) {
            {
                const std::lock_guard lock(mutex_);
                if (review_)
                    review_->track.reset();  // analysed again: the video's track is new
            }
            reloadCase();
            emit redactionPlanned(value.toStringList());
        });
}

void Session::setRedactionScreen(const QString& itemId, const QVariantList& corners) {
    std::optional<rd::Quad> quad;
    if (!corners.isEmpty()) {
        if (corners.size() != 4) {
            emit failed(tr("Servono i quattro angoli dello schermo."), {}, QStringLiteral("invalid-input"));
            return;
        }
        rd::Quad q;
        for (int i = 0; i < 4; ++i) {
            const auto c = corners[i].toMap();
            q[static_cast<std::size_t>(i)] = cv::Point2f(c.value("x").toFloat(), c.value("y").toFloat());
        }
        quad = q;
    }
    const std::string id = itemId.toStdString();
    runAsync(
        quad ? tr("Lettura della foto sullo schermo indicato…") : tr("Ricerca automatica dello schermo…"), false,
        [this, id, quad](vault::Progress*) {
            return QVariant(QStringList{qs(rd::plans::setScreen(requireVault(vault_), id, quad).itemId)});
        },
        [this](const QVariant& value) {
            reloadCase();
            emit redactionPlanned(value.toStringList());
        });
}

QVariantMap Session::openReview(const QString& itemId) {
    QVariantMap out;
    guarded([&](vault::Vault& v) {
        const auto item = vault::items::view(v, itemId.toStdString());  // R2: seeing it is recorded
        out = planRecord(rd::plans::find(v, item.id), qs(item.id));
        out["is_video"] = rd::plans::isVideo(item);
        out["can_redact"] = rd::plans::canRedact(item);
    });
    return out;
}

QVariantMap Session::redactionPlan(const QString& itemId) {
    QVariantMap out;
    guarded([&](vault::Vault& v) { out = planRecord(rd::plans::find(v, itemId.toStdString()), itemId); });
    return out;
}

QVariantList Session::redactionRegions(const QString& itemId, int frame) {
    QVariantList out;
    guarded([&](vault::Vault& v) {
        const auto p = rd::plans::find(v, itemId.toStdString());
        if (!p)
            return;
        // The persons of the open case, as its tab already holds them.
        std::map<std::int64_t, QString> names;
        for (const auto& row : persons_->rows())
            names[row.value("id").toLongLong()] = row.value("display_name").toString();
        const rd::VideoTrack* track = p->track && frame >= 0 ? reviewTrack(*p) : nullptr;
        for (const auto& r : p->regions) {
            rd::Box b = r.region.box;
            if (track) {
                const auto at = rd::boxAt(*track, r.region, frame);
                if (!at)
                    continue;
                b = *at;
            }
            const auto person = names.find(r.region.personId);
            out.append(QVariantMap{{"id", qs(r.id)},
                                   {"x", b.x},
                                   {"y", b.y},
                                   {"w", b.w},
                                   {"h", b.h},
                                   {"frame", r.region.frame},
                                   {"kind", qs(std::string(rd::kindName(r.region.kind)))},
                                   {"source", qs(std::string(rd::sourceName(r.region.source)))},
                                   {"reason", qs(r.region.reason)},
                                   {"person", person == names.end() ? QString() : person->second},
                                   {"confidence", r.region.confidence},
                                   {"weak", r.region.weak},
                                   {"removed", r.removed},
                                   {"note", r.note ? qs(*r.note) : QString()}});
        }
    });
    return out;
}

bool Session::addRedactionRegion(const QString& itemId, int x, int y, int w, int h, int frame, const QString& kind,
                                 const QString& note) {
    const bool ok = guarded([&](vault::Vault& v) {
        const auto k = rd::kindFromName(kind.isEmpty() ? "manual" : kind.toStdString());
        if (!k)
            throw vault::Error(vault::Error::Code::InvalidInput, "unknown kind of region: " + kind.toStdString());
        (void)rd::plans::addRegion(v, itemId.toStdString(), {x, y, w, h}, *k, optText(note), frame);
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::removeRedactionRegion(const QString& itemId, const QString& regionId, const QString& note) {
    const bool ok = guarded([&](vault::Vault& v) {
        (void)rd::plans::removeRegion(v, itemId.toStdString(), regionId.toStdString(), optText(note));
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::restoreRedactionRegion(const QString& itemId, const QString& regionId) {
    const bool ok = guarded([&](vault::Vault& v) {
        (void)rd::plans::restoreRegion(v, itemId.toStdString(), regionId.toStdString(), std::nullopt);
    });
    if (ok)
        reloadCase();
    return ok;
}

bool Session::approveRedaction(const QString& itemId) {
    const bool ok = guarded([&](vault::Vault& v) { (void)rd::plans::approve(v, itemId.toStdString()); });
    if (ok)
        reloadCase();
    return ok;
}

void Session::loadReviewFrames(const QString& itemId) {
    runAsync(
        tr("Preparazione dei fotogrammi del video…"), false,
        [this, itemId](vault::Progress*) {
            auto& v = requireVault(vault_);
            v.requireRole({vault::Role::Dirigente, vault::Role::Referente}, "view evidence");
            const auto item = vault::items::get(v, itemId.toStdString());
            const auto p = rd::plans::get(v, item.id);
            if (!p.track)
                throw vault::Error(vault::Error::Code::InvalidInput, "the item is not a video");
            const auto track = rd::VideoTrack::fromJson(*p.track);
            const auto wanted = rd::plans::reviewFrames(track);
            rd::plans::BlobVideoInput input(v, item);
            auto cache = std::make_unique<ReviewCache>();
            cache->itemId = itemId;
            cache->frames = rd::sampleFrames(input, wanted, 1600);
            cache->track = track;
            cache->scale =
                cache->frames.empty() ? 1.0 : static_cast<double>(cache->frames.begin()->second.cols) / track.width;
            QVariantList frames;
            for (const auto& [frame, pixels] : cache->frames)
                frames.append(QVariantMap{{"frame", frame}, {"seconds", track.fps > 0 ? frame / track.fps : 0.0}});
            review_ = std::move(cache);
            return QVariant(frames);
        },
        [this, itemId](const QVariant& value) { emit reviewFramesLoaded(itemId, value.toList()); });
}

void Session::releaseReview() {
    const std::lock_guard lock(mutex_);
    review_.reset();
    QPixmapCache::clear();
}

QImage Session::reviewImage(const QString& itemId, int frame, bool burned) {
    const std::lock_guard lock(mutex_);
    if (!vault_)
        return {};
    try {
        vault_->requireRole({vault::Role::Dirigente, vault::Role::Referente}, "view evidence");
        if (frame < 0 && (!review_ || review_->itemId != itemId || !review_->frames.contains(-1))) {
            const auto item = vault::items::get(*vault_, itemId.toStdString());
            auto cache = std::make_unique<ReviewCache>();
            cache->itemId = itemId;
            cache->frames.emplace(-1, rd::plans::loadPicture(*vault_, item));
            review_ = std::move(cache);
        }
        if (!review_ || review_->itemId != itemId)
            return {};
        const auto it = review_->frames.find(frame);
        if (it == review_->frames.end())
            return {};
        if (!burned)
            return toQImage(it->second);
        const auto p = rd::plans::find(*vault_, itemId.toStdString());
        if (!p)
            return toQImage(it->second);
        std::vector<rd::Region> regions = p->active();
        if (p->track && frame >= 0) {
            const rd::VideoTrack& track = *reviewTrack(*p);
            const double k = review_->scale;
            std::vector<rd::Region> shown;
            for (auto r : regions) {
                if (const auto b = rd::boxAt(track, r, frame)) {
                    r.box = {static_cast<int>(b->x * k), static_cast<int>(b->y * k),
                             std::max(1, static_cast<int>(std::ceil(b->w * k))),
                             std::max(1, static_cast<int>(std::ceil(b->h * k)))};
                    shown.push_back(r);
                }
            }
            regions = std::move(shown);
        }
        return toQImage(rd::burn(it->second, regions));
    } catch (const std::exception&) {
        return {};  // the screen says it cannot be shown; log verify names the damage
    }
}

void Session::exportConsult(const QVariantMap& form) {
    vault::exports::ConsultExportOptions o;
    o.caseId = currentCase_;
    o.to = toLocalPath(form.value("to")).toStdString();
    for (const auto& id : form.value("items").toStringList())
        o.itemIds.push_back(id.toStdString());
    o.acceptDetected = form.value("accept_detected").toBool();
    o.recipient = optText(form.value("recipient").toString());
    o.purpose = optText(form.value("purpose").toString());
    o.zip = form.value("zip").toBool();
    o.keepAudio = form.value("keep_audio").toBool();
    auto options = std::make_shared<vault::exports::ConsultExportOptions>(std::move(o));
    runAsync(
        tr("Copia per il consulto, con i minori resi non riconoscibili…"), true,
        [this, options](vault::Progress* progress) {
            const auto r = vault::exports::exportForConsult(requireVault(vault_), std::move(*options), progress);
            QVariantList items;
            for (const auto& i : r.items) {
                items.append(QVariantMap{{"item_id", qs(i.itemId)},
                                         {"file", qs(i.file)},
                                         {"regions", static_cast<qint64>(i.regions)},
                                         {"leaks_fixed", static_cast<qint64>(i.leaksFixed)},
                                         {"skipped", qs(i.skipped)}});
            }
            QStringList warnings;
            for (const auto& w : r.warnings)
                warnings.append(qs(w));
            return QVariant(QVariantMap{{"dir", qs(r.dir.string())},
                                        {"zip", r.zip ? qs(r.zip->string()) : QString()},
                                        {"exported", static_cast<qint64>(r.exported())},
                                        {"items", items},
                                        {"warnings", warnings}});
        },
        [this](const QVariant& value) {
            reloadCase();
            emit consultExported(value.toMap());
        });
}

}  // namespace custodia::gui

// --- Live capture (issue 8) ---------------------------------------------------

namespace custodia::gui {

namespace {

// A viewfinder frame as a capture frame: BGR in memory, even sizes (4:2:0).
std::optional<vault::capture::Frame> toCaptureFrame(const QVideoFrame& frame, std::int64_t micros) {
    const QImage image = QVideoFrame(frame).toImage().convertToFormat(QImage::Format_BGR888);
    if (image.isNull() || image.width() < 16 || image.height() < 16)
        return std::nullopt;
    vault::capture::Frame f;
    f.width = image.width() & ~1;
    f.height = image.height() & ~1;
    f.micros = micros;
    const auto row = static_cast<std::size_t>(f.width) * 3;
    f.bgr.resize(row * static_cast<std::size_t>(f.height));
    for (int y = 0; y < f.height; ++y)
        std::memcpy(f.bgr.data() + row * static_cast<std::size_t>(y), image.constScanLine(y), row);
    return f;
}

}  // namespace

// What a capture under way shares between the GUI thread and its worker.
struct Session::CaptureRun {
    QString mode;  // photo, video, screenshot, screen
    vault::Acquisition before;
    std::unique_ptr<vault::capture::PushSource> pushed;   // the viewfinder's frames
    std::unique_ptr<vault::capture::FrameSource> device;  // the X11 screen
    std::unique_ptr<vault::capture::PausableSource> pausable;
    std::unique_ptr<vault::capture::AudioSource> sound;      // the microphone, if asked
    vault::capture::PushAudioSource* pushedSound = nullptr;  // sound, when Qt's microphone feeds it
    QPointer<QAudioSource> microphone;
    QElapsedTimer clock;  // the recording's one monotonic clock for pushed frames
    std::atomic<std::int64_t> elapsedMs{0};
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<std::int64_t> frames{0};
    std::atomic<bool> waitingDetails{false};
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<vault::Acquisition> answer;  // the R4 form's
    bool abandoned = false;

    [[nodiscard]] vault::capture::FrameSource& source() {
        if (pausable)
            return *pausable;
        return pushed ? static_cast<vault::capture::FrameSource&>(*pushed) : *device;
    }
};

QString Session::captureState() const {
    if (!capture_)
        return {};
    if (capture_->waitingDetails)
        return QStringLiteral("details");
    if (capture_->pausable)
        return capture_->pausable->paused() ? QStringLiteral("paused") : QStringLiteral("recording");
    return {};
}

QVariantMap Session::captureDevices() const {
    const auto d = vault::capture::listDevices();
    QVariantMap screen{{"available", d.screenWidth > 0},
                       {"width", d.screenWidth},
                       {"height", d.screenHeight},
                       {"reason", d.screenWidth > 0 ? QString()
                                  : d.wayland ? tr("Questa è una sessione Wayland: lo schermo si acquisisce solo "
                                                   "in una sessione X11 (all'accesso scelga «GNOME su Xorg»).")
                                              : tr("Nessuno schermo X11 disponibile.")}};
    QVariantList windows;
    for (const auto& w : d.windows) {
        windows.push_back(QVariantMap{
            {"id", static_cast<qint64>(w.id)}, {"title", qs(w.title)}, {"width", w.width}, {"height", w.height}});
    }
    return {{"screen", screen},
            {"windows", windows},
            {"synthetic", qEnvironmentVariableIsSet("CUSTODIA_SYNTHETIC_CAMERA")}};
}

void Session::setCaptureSink(QObject* videoSink, const QString& feed) {
    if (captureSink_ == qobject_cast<QVideoSink*>(videoSink) && captureFeed_ == feed)
        return;
    captureFeed_ = feed;
    if (captureSink_)
        disconnect(captureSink_, nullptr, this, nullptr);
    syntheticFeed_.stop();
    synthetic_.reset();
    lastFrame_.reset();
    captureSink_ = qobject_cast<QVideoSink*>(videoSink);
    if (!captureSink_ || feed.isEmpty())
        return;
    connect(captureSink_, &QVideoSink::videoFrameChanged, this, &Session::onCaptureFrame);
    if (feed == QLatin1String("synthetic")) {
        synthetic_ = std::make_unique<vault::capture::SyntheticSource>(640, 360, 15, std::numeric_limits<int>::max());
        syntheticFeed_.setInterval(1000 / 15);
        connect(&syntheticFeed_, &QTimer::timeout, this, &Session::pushSyntheticFrame, Qt::UniqueConnection);
        syntheticFeed_.start();
    }
}

// The synthetic source's next picture into the sink, as a camera would put it.
void Session::pushSyntheticFrame() {
    if (!captureSink_ || !synthetic_)
        return;
    const auto f = synthetic_->next();
    if (!f)
        return;
    QVideoFrame frame(QVideoFrameFormat(QSize(f->width, f->height), QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return;
    for (int y = 0; y < f->height; ++y) {
        uchar* out = frame.bits(0) + static_cast<std::ptrdiff_t>(y) * frame.bytesPerLine(0);
        const std::uint8_t* in = f->bgr.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(f->width) * 3;
        for (int x = 0; x < f->width; ++x) {
            out[4 * x] = in[3 * x];
            out[4 * x + 1] = in[3 * x + 1];
            out[4 * x + 2] = in[3 * x + 2];
            out[4 * x + 3] = 0xff;
        }
    }
    frame.unmap();
    captureSink_->setVideoFrame(frame);
}

void Session::onCaptureFrame(const QVideoFrame& frame) {
    if (!frame.isValid())
        return;
    lastFrame_ = std::make_unique<QVideoFrame>(frame);
    const auto run = capture_;
    if (!run || !run->pushed || run->mode != QLatin1String("video"))
        return;
    if (auto f = toCaptureFrame(frame, run->clock.nsecsElapsed() / 1000))
        run->pushed->push(std::move(*f));
}

void Session::startCapture(const QVariantMap& form) {
    if (busy_ || capture_) {
        emit failed(tr("Attendere la fine dell'operazione in corso."), {}, QStringLiteral("app"));
        return;
    }
    if (form.value("r6").toString() != QLatin1String("no")) {
        emit failed(tr("Prima di acquisire serve la risposta alla domanda R6."), {}, QStringLiteral("stopped"));
        return;
    }
    auto run = std::make_shared<CaptureRun>();
    run->mode = form.value("mode").toString();
    const bool camera = run->mode == QLatin1String("photo") || run->mode == QLatin1String("video");
    const bool screen = run->mode == QLatin1String("screenshot") || run->mode == QLatin1String("screen");
    if (!camera && !screen) {
        emit failed(tr("Modalità di acquisizione sconosciuta."), {}, QStringLiteral("app"));
        return;
    }
    try {
        QVariantMap d = form;
        d.remove(QStringLiteral("device"));  // the device the item records is the capture's own
        run->before = acquisitionFrom(d);
        run->before.method = run->mode == QLatin1String("photo")        ? "camera-photo"
                             : run->mode == QLatin1String("video")      ? "camera-video"
                             : run->mode == QLatin1String("screenshot") ? "screenshot"
                                                                        : "screen-recording";
        if (camera) {
            if (!lastFrame_) {
                emit failed(tr("La fotocamera non manda ancora immagini."),
                            tr("Controlli che la webcam sia collegata e scelta, poi riprovi."), QStringLiteral("io"));
                return;
            }
            auto first = toCaptureFrame(*lastFrame_, 0);
            if (!first) {
                emit failed(tr("L'immagine della fotocamera non si può leggere."), {}, QStringLiteral("io"));
                return;
            }
            const std::string name =
                form.value("device").toString().isEmpty() ? std::string("camera") : str(form.value("device"));
            const double fps = synthetic_ ? 15.0 : 30.0;
            // A camera that sends nothing for 5 s has gone away: the video ends there.
            run->pushed = std::make_unique<vault::capture::PushSource>(name, first->width, first->height, fps,
                                                                       std::chrono::milliseconds(5000));
            if (run->mode == QLatin1String("photo")) {
                run->pushed->push(std::move(*first));
                run->pushed->close();
            } else {
                run->pausable = std::make_unique<vault::capture::PausableSource>(*run->pushed);
            }
        } else {
            const bool recording = run->mode == QLatin1String("screen");
            const auto window = static_cast<std::uint32_t>(form.value("window").toLongLong());
            run->device = vault::capture::DeviceSource::screen("", window, recording ? 15 : 5, recording);
            if (recording)
                run->pausable = std::make_unique<vault::capture::PausableSource>(*run->device);
        }
        if (run->pausable && form.value("audio").toBool() && !openMicrophone(*run)) {
            return;
        }
    } catch (const std::exception& e) {
        report(e);
        return;
    }
    const std::int64_t caseId = currentCase_;
    capture_ = run;
    emit captureChanged();
    // The R4 form after the capture: the worker waits for finishCapture()
    // (or a lock, which answers with the details given before).
    const vault::capture::DetailsAfter ask = [this, run](const vault::capture::CaptureResult& c,
                                                         const std::string& problem) {
        std::unique_lock lock(run->mutex);
        if (run->abandoned)
            return run->before;
        run->answer.reset();
        run->waitingDetails = true;
        const QVariantMap summary{{"frames", static_cast<qint64>(c.frames)},
                                  {"dropped", static_cast<qint64>(c.dropped)},
                                  {"seconds", c.seconds},
                                  {"device", qs(run->source().device())},
                                  {"interruption", qs(c.interruption)}};
        QMetaObject::invokeMethod(
            this,
            [this, summary, p = qs(problem)] {
                emit captureChanged();
                emit captureDetailsWanted(summary, p);
            },
            Qt::QueuedConnection);
        run->answered.wait(lock, [&] { return run->answer.has_value() || run->abandoned; });
        run->waitingDetails = false;
        vault::Acquisition a = run->answer ? *run->answer : run->before;
        run->answer.reset();
        return a;
    };
    afterWork_ = [this, run] {
        if (run->microphone) {
            run->microphone->stop();
            run->microphone->deleteLater();
        }
        capture_.reset();
        emit captureChanged();
    };
    run->clock.start();  // pushed frames' and the microphone's times
    const bool still = run->mode == QLatin1String("photo") || run->mode == QLatin1String("screenshot");
    runAsync(
        still ? tr("Acquisizione…") : tr("Registrazione in corso…"), true,
        [this, run, caseId, ask, still](vault::Progress* progress) {
            vault::Vault& v = requireVault(vault_);
            vault::capture::CaptureResult r;
            if (still) {
                r = vault::capture::captureStill(v, caseId, run->source(),
                                                 run->mode == QLatin1String("photo") ? "jpg" : "png", run->before,
                                                 vault::R6Answer::NotSexualContentOfMinors, ask);
            } else {
                vault::capture::RecordOptions o;
                o.progress = progress;
                o.detailsAfter = ask;
                o.pausable = run->pausable.get();
                o.audio = run->sound.get();
                o.video.preset = run->device ? "ultrafast" : "veryfast";
                o.onFrame = [run](const vault::capture::VideoStats& s) {
                    run->elapsedMs = static_cast<std::int64_t>(s.seconds * 1000);
                    run->bytes = s.bytes;
                    run->frames = s.frames;
                };
                r = vault::capture::recordVideo(v, caseId, run->source(), run->before,
                                                vault::R6Answer::NotSexualContentOfMinors, o);
            }
            QVariantMap out = records::itemRecord(r.item, false, QString());
            out["frames"] = static_cast<qint64>(r.frames);
            out["dropped"] = static_cast<qint64>(r.dropped);
            out["seconds"] = r.seconds;
            out["interruption"] = qs(r.interruption);
            out["interruption_error"] = qs(r.interruptionError);
            return QVariant(out);
        },
        [this](const QVariant& result) {
            reloadCase();
            emit captured(result.toMap());
        });
}

// The sound of a recording: the synthetic tone with the synthetic camera,
// else the default microphone through Qt (16-bit samples pushed from its
// QIODevice, in memory). False, with failed(), when there is none.
bool Session::openMicrophone(CaptureRun& run) {
    if (synthetic_ && run.pushed) {
        run.sound = std::make_unique<vault::capture::SyntheticAudio>(48000, 1, 4 * 3600.0, true);
        return true;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isNull() || !device.isFormatSupported(format)) {
        emit failed(tr("Nessun microfono disponibile per registrare l'audio."),
                    tr("Colleghi un microfono, oppure tolga la spunta «Registra anche l'audio»."),
                    QStringLiteral("io"));
        return false;
    }
    auto pushed = std::make_unique<vault::capture::PushAudioSource>(str(device.description()), 48000, 1);
    run.pushedSound = pushed.get();
    run.sound = std::move(pushed);
    run.microphone = new QAudioSource(device, format, this);
    QIODevice* io = run.microphone->start();
    if (io == nullptr) {
        run.microphone->deleteLater();
        emit failed(tr("Il microfono non si apre."), {}, QStringLiteral("io"));
        return false;
    }
    auto* target = run.pushedSound;
    auto* clock = &run.clock;
    connect(io, &QIODevice::readyRead, run.microphone, [io, target, clock] {
        const QByteArray bytes = io->readAll();
        vault::capture::AudioChunk chunk;
        chunk.micros = clock->isValid() ? clock->nsecsElapsed() / 1000 : 0;
        chunk.samples.resize(static_cast<std::size_t>(bytes.size()) / sizeof(std::int16_t));
        std::memcpy(chunk.samples.data(), bytes.constData(), chunk.samples.size() * sizeof(std::int16_t));
        target->push(std::move(chunk));
    });
    return true;
}

void Session::captureSourceFailed(const QString& why) {
    if (capture_ && capture_->pushed)
        capture_->pushed->fail(str(why));
}

void Session::pauseCapture(bool paused) {
    if (!capture_ || !capture_->pausable)
        return;
    paused ? capture_->pausable->pause() : capture_->pausable->resume();
    emit captureChanged();
}

void Session::stopCapture() {
    if (!capture_)
        return;
    if (capture_->pausable)
        capture_->pausable->resume();  // frames flow again, so the reader sees the stop
    if (work_)
        work_->cancel();
    if (capture_->pushed)
        capture_->pushed->close();
}

QVariantMap Session::captureStatus() const {
    if (!capture_)
        return {};
    return {{"elapsed_ms", static_cast<qint64>(capture_->elapsedMs.load())},
            {"bytes", static_cast<qint64>(capture_->bytes.load())},
            {"frames", static_cast<qint64>(capture_->frames.load())},
            {"dropped", static_cast<qint64>(capture_->pushed ? capture_->pushed->dropped() : 0)}};
}

void Session::finishCapture(const QVariantMap& details) {
    if (!capture_ || !capture_->waitingDetails)
        return;
    vault::Acquisition a;
    try {
        a = acquisitionFrom(details);
    } catch (const std::exception& e) {
        report(e);  // the form stays open: the worker still waits
        return;
    }
    a.interviewId = capture_->before.interviewId;
    a.consent = capture_->before.consent;
    {
        const std::lock_guard lock(capture_->mutex);
        capture_->answer = a;
    }
    capture_->answered.notify_all();
}

void Session::abandonCapture() {
    const auto run = capture_;
    if (!run)
        return;
    if (work_)
        work_->cancel();
    if (run->pushed)
        run->pushed->close();
    if (run->sound)
        run->sound->close();
    if (run->pausable)
        run->pausable->resume();
    {
        const std::lock_guard lock(run->mutex);
        run->abandoned = true;
    }
    run->answered.notify_all();
}

}  // namespace custodia::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/RecordModel.h"
#include "vault/Clock.h"
#include "vault/Progress.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace custodia::vault {
class Vault;
struct Item;
namespace capture {
class SyntheticSource;
}  // namespace capture
namespace redaction {
struct Plan;
struct VideoTrack;
}  // namespace redaction
}  // namespace custodia::vault

namespace custodia::gui {

// The desktop app's one door into the vault library: what QML calls and
// shows. It holds the unlocked vault of one user, fills the list models, and
// runs long work (unlock, create, import, verify, export) on a worker thread
// with progress and cancel while the window shows a modal progress panel.
// It decides nothing the vault does not: permissions, R-rules, deadlines and
// retention all come from vault/; an Error from there becomes failed().
//
// Threads: every vault call holds mutex_. Calls from QML are refused while
// busy (one operation at a time); the image provider and the video device
// take the mutex from their own threads.
class Session final : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString busyLabel READ busyLabel NOTIFY busyChanged)
    Q_PROPERTY(bool cancellable READ cancellable NOTIFY busyChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath NOTIFY unlockedChanged)
    Q_PROPERTY(QString school READ school NOTIFY unlockedChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY unlockedChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY unlockedChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY unlockedChanged)
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY recoveryCodeChanged)
    Q_PROPERTY(bool openedWithRecoveryCode READ openedWithRecoveryCode NOTIFY unlockedChanged)
    Q_PROPERTY(QStringList recentVaults READ recentVaults NOTIFY recentVaultsChanged)
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockMinutesChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(qint64 currentCase READ currentCase NOTIFY currentCaseChanged)
    Q_PROPERTY(QVariantMap currentCaseRecord READ currentCaseRecord NOTIFY currentCaseChanged)
    Q_PROPERTY(QVariantMap purgeReport READ purgeReport NOTIFY unlockedChanged)
    Q_PROPERTY(QVariantMap retention READ retention NOTIFY retentionChanged)
    Q_PROPERTY(bool capturing READ capturing NOTIFY captureChanged)
    Q_PROPERTY(QString captureState READ captureState NOTIFY captureChanged)
    Q_PROPERTY(custodia::gui::RecordModel* cases READ cases CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* persons READ persons CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* interviews READ interviews CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* items READ items CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* timeline READ timeline CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* dueItems READ dueItems CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* holds READ holds CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* certificates READ certificates CONSTANT)
    Q_PROPERTY(custodia::gui::RecordModel* destroyed READ destroyed CONSTANT)

public:
    // `clock` must outlive the session (tests pass a ManualClock).
    explicit Session(const vault::Clock& clock, QObject* parent = nullptr);
    ~Session() override;

    [[nodiscard]] bool unlocked() const { return vault_ != nullptr; }
    [[nodiscard]] bool busy() const { return busy_; }
    [[nodiscard]] double progress() const { return progress_; }
    [[nodiscard]] QString busyLabel() const { return busyLabel_; }
    [[nodiscard]] bool cancellable() const { return cancellable_; }
    [[nodiscard]] QString vaultPath() const;
    [[nodiscard]] QString school() const;
    [[nodiscard]] QString userId() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString userRole() const;
    [[nodiscard]] QString recoveryCode() const { return recoveryCode_; }
    [[nodiscard]] bool openedWithRecoveryCode() const { return openedWithRecovery_; }
    [[nodiscard]] QStringList recentVaults() const;
    [[nodiscard]] int idleLockMinutes() const { return idleLockMinutes_; }
    void setIdleLockMinutes(int minutes);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);
    [[nodiscard]] qint64 currentCase() const { return currentCase_; }
    [[nodiscard]] QVariantMap currentCaseRecord() const { return currentCaseRecord_; }
    [[nodiscard]] QVariantMap purgeReport() const { return purgeReport_; }
    [[nodiscard]] QVariantMap retention() const { return retention_; }

    // A live capture is under way (its page shows it; no progress panel).
    [[nodiscard]] bool capturing() const { return capture_ != nullptr; }
    // "" (nothing, or a still being stored), "recording", "paused", or
    // "details" (the R4 form after the capture is waited for).
    [[nodiscard]] QString captureState() const;
    [[nodiscard]] RecordModel* cases() const { return cases_; }
    [[nodiscard]] RecordModel* persons() const { return persons_; }
    [[nodiscard]] RecordModel* interviews() const { return interviews_; }
    [[nodiscard]] RecordModel* items() const { return items_; }
    [[nodiscard]] RecordModel* timeline() const { return timeline_; }
    [[nodiscard]] RecordModel* dueItems() const { return dueItems_; }
    [[nodiscard]] RecordModel* holds() const { return holds_; }
    [[nodiscard]] RecordModel* certificates() const { return certificates_; }
    [[nodiscard]] RecordModel* destroyed() const { return destroyed_; }

    // --- Start screen (no vault open) -----------------------------------
    // A local path from a QML url or path string.
    Q_INVOKABLE [[nodiscard]] static QString toLocalPath(const QVariant& urlOrPath);
    // Whether `path` holds a vault (custodia.json).
    Q_INVOKABLE [[nodiscard]] bool isVault(const QString& path) const;
    // The users of a vault from its public header: [{id, display_name, role}].
    Q_INVOKABLE QVariantList usersOf(const QString& path);
    // R10: a warning (Italian) if `path` is not on a removable medium; empty if it is.
    Q_INVOKABLE [[nodiscard]] QString mediumWarning(const QString& path) const;
    // {level 0-4, bits, acceptable, reason ("", short, guessable), advise} from vault::passphrase.
    Q_INVOKABLE [[nodiscard]] QVariantMap assessPassphrase(const QString& candidate, const QStringList& context) const;
    Q_INVOKABLE void forgetRecent(const QString& path);

    // Asynchronous: unlockedChanged() on success, failed() otherwise.
    Q_INVOKABLE void unlock(const QString& path, const QString& userId, const QString& secret, bool recoveryCode);
    // The wizard: form {path, school, dirigente_id, dirigente_name,
    // dirigente_passphrase, referente_id, referente_name, referente_passphrase}.
    // Creates the vault with the DS as first user (the recovery code is theirs),
    // adds the referente and opens it as the referente. recoveryCode holds the
    // code until forgetRecoveryCode().
    Q_INVOKABLE void createVault(const QVariantMap& form);
    // Writes the recovery code sheet as a PDF where the user chose.
    Q_INVOKABLE bool saveRecoveryCodePdf(const QVariant& url);
    Q_INVOKABLE void forgetRecoveryCode();
    // A demo vault with made-up data in a new temporary folder, opened as its referente.
    Q_INVOKABLE void openDemo();

    // --- Unlocked ---------------------------------------------------------
    // A new passphrase for the user who is working (after a recovery-code
    // opening, or at will); asynchronous, passphraseChanged() on success.
    Q_INVOKABLE void changePassphrase(const QString& passphrase);
    // Drops the vault and every decrypted byte the app holds. `reason`: idle, medium, user.
    Q_INVOKABLE void lock(const QString& reason = QStringLiteral("user"));
    Q_INVOKABLE void cancel();
    // The case list as the user reads it (recorded as case.list).
    Q_INVOKABLE void refreshCases();
    // Moves the countdowns on (cases and the open case) without a log entry:
    // the lists were already read; a timer in the window calls it.
    Q_INVOKABLE void tick();
    // case {title, protocol, incident_date, ex_officio, notes}; returns the new id or -1.
    Q_INVOKABLE qint64 createCase(const QVariantMap& form);
    // Opens a case (recorded as case.view) and loads its tabs.
    Q_INVOKABLE bool openCase(qint64 id);
    Q_INVOKABLE void closeCaseView();
    Q_INVOKABLE bool setExOfficio(bool flag);
    Q_INVOKABLE bool markReported(const QString& to, const QString& reference);
    Q_INVOKABLE bool closeCase(const QString& reason);
    // person {name, surname, nicknames[], class, school, birth_date, birth_place,
    // sex, address, phones[], handles[], role, minor, guardians[{name,relation,phone,email}], notes}
    Q_INVOKABLE bool addPerson(const QVariantMap& form);
    // interview {held_at (ISO or empty = now), held_by, adults_present[], student_person,
    // memo, quotes[], protocol, advised_not_share, advised_remove, advised_not_act_alone}
    Q_INVOKABLE bool addInterview(const QVariantMap& form);
    // R9: a physical object kept in a sealed envelope {description,
    // seal_number, kept_at, authorized_by (the DS's user id), interview}.
    Q_INVOKABLE bool addPhysical(const QVariantMap& form);
    // The vault's users {id, display_name, role} (for "authorised by").
    Q_INVOKABLE QVariantList users();
    // The full timeline (log.view) and the item ids of the case.
    Q_INVOKABLE void refreshTimeline();
    // Asynchronous full verification; verified(report) with {ok, entries, blobs, root, problems[], warnings[]}.
    Q_INVOKABLE void verifyLog();

    // R6 answered "yes": records that the acquisition was stopped.
    Q_INVOKABLE bool stopUnderR6(const QVariant& interviewId);
    // Asynchronous import of local files into the current case with the
    // Allegato 1 bis details {kind, consent, posted_at, platform, place,
    // participants[{name,phone,handle}], profiles[], description, interview,
    // device, method}; R5: removeSource deletes each source after its stored
    // copy verified. imported(count, ids) or failed().
    Q_INVOKABLE void importFiles(const QVariantList& urls, const QVariantMap& details, bool removeSource);
    // --- Live capture (issue 8) ------------------------------------------
    // {screen: {available, reason, width, height}, windows: [{id, title,
    // width, height}] (X11 windows that can be captured alone), synthetic
    // (the test source is offered: CUSTODIA_SYNTHETIC_CAMERA is set)}.
    // Cameras are listed by QML's MediaDevices.
    Q_INVOKABLE [[nodiscard]] QVariantMap captureDevices() const;
    // The viewfinder's QVideoSink: its frames are the camera's picture for
    // a photo and, while recording, the recording's frames (in memory only).
    // `feed` "camera" (QML's Camera fills the sink), "synthetic" (a moving
    // test picture is put in the sink here), or "" (stop).
    Q_INVOKABLE void setCaptureSink(QObject* videoSink, const QString& feed);
    // form {mode: photo | video | screenshot | screen, r6 ("no" needed),
    // consent, interview, device (the camera's name), window (an X11
    // window's id, for screenshot and screen; 0: the whole screen), audio (a recording
    // with the microphone's sound; the synthetic tone with the synthetic
    // camera)}. Stills are stored
    // after the R4 form; a recording runs until stopCapture(), then the R4
    // form; captureDetailsWanted(summary, problem) asks for it and
    // finishCapture() answers; captured(result) at the end, failed() if not.
    Q_INVOKABLE void startCapture(const QVariantMap& form);
    Q_INVOKABLE void pauseCapture(bool paused);
    // The camera reported an error (unplugged): the video ends there, kept.
    Q_INVOKABLE void captureSourceFailed(const QString& why);
    Q_INVOKABLE void stopCapture();
    // {elapsed_ms, bytes, frames, dropped} of the recording under way.
    Q_INVOKABLE [[nodiscard]] QVariantMap captureStatus() const;
    // The R4 details after the capture (as importFiles takes them).
    Q_INVOKABLE void finishCapture(const QVariantMap& details);
    // Leaving the capture (its page closed, a lock, quitting): a recording
    // stops and is kept, the R4 form is answered with the details given
    // before it.
    Q_INVOKABLE void abandonCapture();

    // The viewer: recorded as item.view; the item's record.
    Q_INVOKABLE QVariantMap viewItem(const QString& itemId);
    // Points a QtMultimedia MediaPlayer at the item, decrypted on the fly.
    Q_INVOKABLE bool attachVideo(QObject* mediaPlayer, const QString& itemId);
    // Asynchronous copy of the plaintext to a file the user chose
    // (item.extract); extracted(path) or failed().
    Q_INVOKABLE void extractItem(const QString& itemId, const QVariant& url);

    Q_INVOKABLE void refreshRetention();
    // DS only (the vault refuses others): hold on the current case or one item.
    Q_INVOKABLE bool placeHold(const QString& itemId, const QString& reason, const QString& reference,
                               const QString& reviewBy);
    Q_INVOKABLE bool releaseHold(qint64 holdId, const QString& reason);
    // DS only: a new review date (at most 6 months ahead) for an active hold.
    Q_INVOKABLE bool renewHold(qint64 holdId, const QString& reviewBy, const QString& note);
    Q_INVOKABLE bool exportCertificate(qint64 id, const QVariant& url);

    // Asynchronous police export of the current case {to, officer_name,
    // officer_rank, officer_badge, officer_office, medium, zip};
    // exported(result) with {dir, verbale, manifest_sha256, files, cms, warnings[]}.
    Q_INVOKABLE void exportPolice(const QVariantMap& form);
    Q_INVOKABLE [[nodiscard]] QVariantMap signingCertificate();
    // The school's signing certificate from a PKCS#12 file (DS only; the
    // vault refuses others and expired or unusable files). The certificate's
    // record, or an empty map.
    Q_INVOKABLE QVariantMap configureSigningCertificate(const QVariant& p12, const QString& password);

    // --- Consult copies (R7) ----------------------------------------------
    // Asynchronous: detects what identifies the minors in items of the
    // current case (empty: every picture and video) and stores the
    // proposals; redactionPlanned(ids) after, the items show their state.
    Q_INVOKABLE void planRedaction(const QStringList& itemIds);
    // The review screen opens an item (recorded as item.view) and gets its
    // plan: {item_id, has_plan, status (proposed, approved), state (as the
    // item list's "redaction"), width, height, is_video, fps, frames (a
    // video's frame count), leak_check, planned_at, planned_by, engine,
    // approved_at, approved_by, hidden, weak, removed}.
    Q_INVOKABLE QVariantMap openReview(const QString& itemId);
    Q_INVOKABLE QVariantMap redactionPlan(const QString& itemId);
    // The plan's regions: all of them with their stored box (frame -1), or
    // those that show in frame `frame` of a video, with the box they have
    // there. [{id, x, y, w, h, frame, kind, source, reason, person,
    // confidence, weak, removed, note}]
    Q_INVOKABLE QVariantList redactionRegions(const QString& itemId, int frame);
    // A region drawn by the reviewer, in pixels of the picture (of the frame
    // for a video: it then follows the content over that shot).
    Q_INVOKABLE bool addRedactionRegion(const QString& itemId, int x, int y, int w, int h, int frame,
                                        const QString& kind, const QString& note);
    Q_INVOKABLE bool removeRedactionRegion(const QString& itemId, const QString& regionId, const QString& note);
    Q_INVOKABLE bool restoreRedactionRegion(const QString& itemId, const QString& regionId);
    Q_INVOKABLE bool approveRedaction(const QString& itemId);
    // Asynchronous: a photo of a phone read again on the screen whose
    // corners the reviewer set ([{x, y}] top left, top right, bottom right,
    // bottom left, in pixels of the picture; empty: back to the automatic
    // search); redactionPlanned([itemId]) after. The plan's record has
    // screen ([{x, y}] × 4, or empty) and screen_by_reviewer.
    Q_INVOKABLE void setRedactionScreen(const QString& itemId, const QVariantList& corners);
    // Asynchronous: decodes the frames of a video the reviewer looks at into
    // memory (never to disk); reviewFramesLoaded(itemId, [{frame, seconds}]).
    Q_INVOKABLE void loadReviewFrames(const QString& itemId);
    // Drops the decoded picture or frames of the review screen.
    Q_INVOKABLE void releaseReview();
    // Asynchronous consult export of the current case {to, recipient,
    // purpose, zip, accept_detected, keep_audio, items[]};
    // consultExported({dir, zip, exported, items[{item_id, file, regions,
    // leaks_fixed, skipped}], warnings[]}).
    Q_INVOKABLE void exportConsult(const QVariantMap& form);
    // For the image provider (thread-safe): the picture of the review
    // screen, or frame `frame` of its video, with the plan burned in when
    // `burned`; null when locked or not loaded.
    [[nodiscard]] QImage reviewImage(const QString& itemId, int frame, bool burned);

    // Decrypted plaintext of an item for the image provider (checked against
    // its signed hash). Thread-safe; empty when locked.
    [[nodiscard]] QByteArray decryptForDisplay(const QString& itemId);
    // For tests: runs `f` with the vault under the mutex; false when locked.
    bool withVault(const std::function<void(vault::Vault&)>& f);
    // For tests: the idle time before the automatic lock, in milliseconds
    // (the setting is in whole minutes), and how often it is checked.
    void setIdleLockMilliseconds(qint64 ms, int checkEveryMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void unlockedChanged();
    void busyChanged();
    void progressChanged();
    void recoveryCodeChanged();
    void recentVaultsChanged();
    void idleLockMinutesChanged();
    void languageChanged();
    void currentCaseChanged();
    void retentionChanged();
    // `kind` says what went wrong in words the window translates (the vault's
    // message, in English, and its hint are the details): invalid-input,
    // not-found, already-exists, permission, wrong-passphrase, busy,
    // integrity, io, stopped, cancelled, or app (a refusal of the app itself).
    void failed(const QString& message, const QString& hint, const QString& kind);
    void locked(const QString& reason);
    void imported(int count, const QStringList& ids);
    void verified(const QVariantMap& report);
    void exported(const QVariantMap& result);
    void stoppedUnderR6(const QString& guidance);
    void passphraseChanged();
    void extracted(const QString& path);
    void redactionPlanned(const QStringList& itemIds);
    void reviewFramesLoaded(const QString& itemId, const QVariantList& frames);
    void consultExported(const QVariantMap& result);
    void captureChanged();
    void captureDetailsWanted(const QVariantMap& captured, const QString& problem);
    void captured(const QVariantMap& result);

private:
    class WorkProgress;
    struct ReviewCache;
    struct CaptureRun;
    struct Outcome {
        bool ok = true;
        QString message;
        QString hint;
        QString kind;
        QVariant value;
    };
    using Work = std::function<QVariant(vault::Progress*)>;
    QFuture<Outcome> running_;  // the worker's task, waited for by lock() and the destructor
    quint64 generation_ = 0;    // bumped by lock(): results of work begun before are dropped
    // Runs `work` on a worker thread; `done` runs on the GUI thread after.
    void runAsync(const QString& label, bool cancellable, Work work, std::function<void(const QVariant&)> done);
    // Runs `f` under the mutex, turning exceptions into failed(); false if it threw.
    bool guarded(const std::function<void(vault::Vault&)>& f);
    void report(const std::exception& e);
    void afterUnlock(std::unique_ptr<vault::Vault> v);
    void rememberVault(const QString& path);
    // Reloads the open case's tabs; asView records the lists as read (R2),
    // as when the case is opened; a refresh after the user's own change does not.
    void reloadCase(bool asView = false);
    void loadCases(bool asView);
    // A fresh decrypting device for the player; resumeAt >= 0 plays on from there.
    bool feedVideo(QMediaPlayer* player, const QString& itemId, qint64 resumeAt);
    void checkIdleAndMedium();
    // The parsed track of the video under review (parsed once; under mutex_).
    const vault::redaction::VideoTrack* reviewTrack(const vault::redaction::Plan& p);
    void setBusy(bool busy, const QString& label = {}, bool cancellable = false);
    // A frame of the viewfinder's sink (GUI thread).
    void onCaptureFrame(const QVideoFrame& frame);
    void pushSyntheticFrame();
    bool openMicrophone(CaptureRun& run);

    const vault::Clock& clock_;
    mutable std::recursive_mutex mutex_;
    std::unique_ptr<vault::Vault> vault_;
    std::unique_ptr<WorkProgress> work_;
    std::unique_ptr<ReviewCache> review_;  // decoded pixels of the review screen, under mutex_
    std::shared_ptr<CaptureRun> capture_;  // the capture under way, shared with its worker
    QPointer<QVideoSink> captureSink_;
    QString captureFeed_;
    std::unique_ptr<QVideoFrame> lastFrame_;  // the viewfinder's latest picture (a photo's)
    QTimer syntheticFeed_;
    std::unique_ptr<vault::capture::SyntheticSource> synthetic_;  // the synthetic feed's frames
    std::function<void()> afterWork_;                             // run once after the worker, whatever the outcome
    bool busy_ = false;
    bool cancellable_ = false;
    double progress_ = -1;
    QString busyLabel_;
    QString recoveryCode_;
    int idleLockMinutes_ = 5;
    qint64 idleLockMs_ = 5 * 60 * 1000;
    QString language_ = QStringLiteral("it");
    qint64 currentCase_ = -1;
    QVariantMap currentCaseRecord_;
    QVariantMap purgeReport_;
    QVariantMap retention_;
    QElapsedTimer lastActivity_;
    QTimer watchdog_;
    QTimer progressPoll_;
    QString demoDir_;
    bool openedWithRecovery_ = false;

    RecordModel* cases_;
    RecordModel* persons_;
    RecordModel* interviews_;
    RecordModel* items_;
    RecordModel* timeline_;
    RecordModel* dueItems_;
    RecordModel* holds_;
    RecordModel* certificates_;
    RecordModel* destroyed_;
};

}  // namespace custodia::gui

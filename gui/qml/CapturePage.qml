// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Custodia.Backend
import "Format.js" as Format

// Live capture (issue 8): the source and the rules first (R6, R3, R1), the
// viewfinder, the recording with its R4 reminder, then the R4 form. Every
// picture goes from memory straight into the vault, encrypted: no file,
// thumbnail or preview is written anywhere else.
Page {
    id: page
    objectName: "capturePage"
    property int step: 0  // 0 before, 1 capturing, 2 R4 form, 3 done, 9 stopped by R6
    property string r6: ""  // "no" once answered
    readonly property var devices: Session.captureDevices()
    property var summary: ({})
    property string problem: ""
    property var result: ({})
    property var status: ({})
    background: Rectangle { color: Theme.background }

    // The cameras Qt sees, the synthetic test source when offered, the X11 screen.
    readonly property var sources: {
        const list = []
        for (let i = 0; i < mediaDevices.videoInputs.length; ++i)
            list.push({ text: mediaDevices.videoInputs[i].description, kind: "camera", index: i,
                        camera: mediaDevices.videoInputs[i] })
        if (page.devices.synthetic)
            list.push({ text: qsTr("Sorgente di prova (sintetica)"), kind: "synthetic", index: -1 })
        list.push({ text: page.devices.screen.available
                          ? qsTr("Schermo di questo computer (%1×%2)").arg(page.devices.screen.width).arg(page.devices.screen.height)
                          : qsTr("Schermo di questo computer (non disponibile)"),
                    kind: "screen", index: -1, window: 0 })
        for (const w of page.devices.windows || [])
            list.push({ text: qsTr("Finestra «%1» (%2×%3)").arg(w.title).arg(w.width).arg(w.height),
                        kind: "window", index: -1, window: w.id })
        return list
    }
    // The source chosen; fixed from the start of a capture to its end (a
    // camera plugged in meanwhile changes the list, not the recording).
    property var frozenSource: null
    readonly property var source: frozenSource !== null ? frozenSource
                                                        : (sources[sourceBox.currentIndex] || ({ kind: "", text: "" }))
    readonly property bool isScreen: source.kind === "screen" || source.kind === "window"
    readonly property bool usable: isScreen ? page.devices.screen.available : source.kind !== ""
    readonly property string mode: isScreen ? (modeVideo.checked ? "screen" : "screenshot")
                                            : (modeVideo.checked ? "video" : "photo")
    readonly property bool recording: Session.captureState === "recording" || Session.captureState === "paused"

    function feed() {
        if (page.step > 1 || page.isScreen || page.source.kind === "")
            Session.setCaptureSink(null, "")
        else
            Session.setCaptureSink(viewfinder.videoSink, page.source.kind === "synthetic" ? "synthetic" : "camera")
    }
    function start() {
        const recording = page.mode === "video" || page.mode === "screen"
        const form = { mode: page.mode, r6: page.r6, consent: circumstances.consent,
                       interview: circumstances.interview, device: page.source.text,
                       window: page.source.window || 0,
                       audio: recording && withAudio.enabled && withAudio.checked }
        page.frozenSource = page.source
        page.step = 1
        if (page.mode === "screenshot" && hideForShot.checked) {
            // The screenshot is of the screen behind Custodia.
            page.Window.window.showMinimized()
            shotDelay.form = form
            shotDelay.start()
        } else {
            Session.startCapture(form)
        }
    }
    function restoreWindow() {
        const w = page.Window.window
        if (w && w.visibility === Window.Minimized) {
            w.showNormal()
            w.raise()
            w.requestActivate()
        }
    }

    onSourceChanged: feed()
    onStepChanged: {
        if (page.step === 0)
            page.frozenSource = null
        feed()
    }
    Component.onCompleted: feed()
    Component.onDestruction: {
        if (Session.capturing)
            Session.abandonCapture()  // kept, with the details given before
        Session.setCaptureSink(null, "")
    }

    MediaDevices { id: mediaDevices }
    CaptureSession {
        camera: Camera {
            cameraDevice: page.source.kind === "camera" ? page.source.camera : mediaDevices.defaultVideoInput
            active: page.source.kind === "camera" && page.step <= 1
            onErrorOccurred: (error, errorString) => {
                if (Session.capturing)
                    Session.captureSourceFailed(errorString)
            }
        }
        videoOutput: page.source.kind === "camera" ? viewfinder : null
    }
    Timer {
        id: shotDelay
        property var form: ({})
        interval: 1200
        onTriggered: Session.startCapture(form)
    }
    Timer {
        interval: 250
        running: Session.capturing
        repeat: true
        onTriggered: page.status = Session.captureStatus()
    }

    Connections {
        target: Session
        function onStoppedUnderR6(text) { page.step = 9 }
        function onCaptureDetailsWanted(captured, problem) {
            page.restoreWindow()
            page.summary = captured
            page.problem = problem
            page.step = 2
        }
        function onCaptured(result) {
            page.result = result
            page.step = 3
        }
        function onFailed(message, hint, kind) {
            page.restoreWindow()
            if (page.step === 1 && !Session.capturing)
                page.step = 0
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 960)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { height: Theme.spacing }
            RowLayout {
                Button {
                    text: qsTr("‹ Caso")
                    enabled: !Session.capturing
                    onClicked: page.StackView.view.pop()
                }
                Label {
                    text: qsTr("Acquisisci nel caso %1").arg(Session.currentCase)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                }
            }

            R6Guidance {
                visible: page.step === 9
                onBack: page.StackView.view.pop()
            }

            // Before: the source, what to take, and the rules.
            GridLayout {
                visible: page.step === 0
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Sorgente"); Layout.columnSpan: 2 }
                ComboBox {
                    id: sourceBox
                    objectName: "captureSource"
                    model: page.sources
                    textRole: "text"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sorgente")
                }
                RowLayout {
                    RadioButton {
                        id: modeStill
                        objectName: "captureModeStill"
                        text: page.isScreen ? qsTr("Schermata") : qsTr("Foto")
                        checked: true
                    }
                    RadioButton {
                        id: modeVideo
                        objectName: "captureModeVideo"
                        text: page.isScreen ? qsTr("Registrazione dello schermo") : qsTr("Video")
                    }
                }
                Label {
                    visible: page.isScreen && !page.devices.screen.available
                    text: page.devices.screen.reason + " " + qsTr("La webcam funziona comunque.")
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
                Label {
                    visible: page.isScreen && page.devices.screen.available
                    text: page.source.kind === "window"
                          ? qsTr("Viene acquisita solo questa finestra: la porti in primo piano, non coperta da altre.")
                          : qsTr("Viene acquisito lo schermo intero. Per una sola finestra, la scelga nell'elenco "
                                 + "«Sorgente».")
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
                CheckBox {
                    id: withAudio
                    objectName: "captureAudio"
                    visible: page.mode === "video" || page.mode === "screen"
                    enabled: mediaDevices.audioInputs.length > 0 || page.source.kind === "synthetic"
                    text: enabled ? qsTr("Registra anche l'audio dal microfono (per esempio i messaggi vocali)")
                                  : qsTr("Registra anche l'audio (nessun microfono trovato)")
                    Layout.columnSpan: 2
                }
                CheckBox {
                    id: hideForShot
                    visible: page.mode === "screenshot"
                    checked: true
                    text: qsTr("Riduci Custodia a icona mentre acquisisce la schermata")
                    Layout.columnSpan: 2
                }
                Label {
                    visible: page.source.kind === "camera" || page.source.kind === "synthetic"
                    text: qsTr("Inquadri lo schermo del telefono dritto, da vicino, senza riflessi. Non usi l'app "
                               + "fotocamera del telefono: lascerebbe una copia in chiaro (R5).")
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
            }

            // The viewfinder (camera) while choosing and recording.
            Rectangle {
                visible: (page.step === 0 || page.step === 1) && !page.isScreen && page.source.kind !== ""
                Layout.fillWidth: true
                Layout.preferredHeight: 360
                color: "#1b1f24"
                radius: 6
                VideoOutput {
                    id: viewfinder
                    objectName: "viewfinder"
                    anchors.fill: parent
                    anchors.margins: 4
                    fillMode: VideoOutput.PreserveAspectFit
                }
                Label {
                    visible: page.recording
                    anchors.top: parent.top
                    anchors.left: parent.left
                    anchors.margins: 12
                    text: Session.captureState === "paused" ? qsTr("● IN PAUSA") : qsTr("● REC")
                    color: Session.captureState === "paused" ? Theme.warning : "#ff3b30"
                    font.bold: true
                    font.pixelSize: Theme.headingSize
                }
            }

            // R6, R3, R1 before the first picture.
            ColumnLayout {
                visible: page.step === 0
                spacing: Theme.spacing
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Prima di acquisire (R6, R3, R1)") }
                Label {
                    text: qsTr("Il materiale da acquisire contiene immagini o video a contenuto sessuale che "
                               + "coinvolgono minori (anche sexting tra studenti)?")
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.spacing
                    RadioButton {
                        objectName: "captureR6No"
                        text: qsTr("No, non contiene materiale di questo tipo")
                        onClicked: page.r6 = "no"
                    }
                    Button {
                        objectName: "captureR6Yes"
                        text: qsTr("Sì, oppure non sono sicuro")
                        onClicked: Session.stopUnderR6(circumstances.interview)
                    }
                }
                CircumstancesFields { id: circumstances }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: page.r6 !== "no" ? qsTr("Risponda alla domanda R6.")
                              : circumstances.consent === "" ? qsTr("Indichi il consenso (R3).") : ""
                        color: Theme.muted
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "captureStart"
                        text: page.mode === "photo" ? qsTr("Scatta la foto")
                              : page.mode === "video" ? qsTr("Avvia la registrazione")
                              : page.mode === "screen" ? qsTr("Registra lo schermo")
                              : qsTr("Acquisisci la schermata")
                        highlighted: true
                        enabled: page.usable && page.r6 === "no" && circumstances.consent !== "" && !Session.busy
                        onClicked: page.start()
                    }
                }
            }

            // While recording: the R4 reminder, time, size, pause and stop.
            Frame {
                objectName: "recordingPanel"
                visible: page.step === 1 && page.recording
                Layout.fillWidth: true
                background: Rectangle { color: Theme.dangerBack; border.color: Theme.danger; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    RowLayout {
                        spacing: Theme.spacing
                        Rectangle {
                            width: 18
                            height: 18
                            radius: 9
                            color: Session.captureState === "paused" ? Theme.warning : "#d70015"
                            SequentialAnimation on opacity {
                                running: Session.captureState === "recording"
                                loops: Animation.Infinite
                                NumberAnimation { to: 0.2; duration: 500 }
                                NumberAnimation { to: 1; duration: 500 }
                            }
                        }
                        Label {
                            text: Session.captureState === "paused" ? qsTr("In pausa") : qsTr("Registrazione in corso")
                            font.bold: true
                            font.pixelSize: Theme.headingSize
                        }
                        Label {
                            objectName: "captureElapsed"
                            text: Format.clock(page.status.elapsed_ms || 0)
                            font.pixelSize: Theme.headingSize
                        }
                        Label {
                            text: qsTr("%1 · %2 fotogrammi · %3 persi")
                                  .arg(Format.bytes(page.status.bytes || 0))
                                  .arg(page.status.frames || 0).arg(page.status.dropped || 0)
                            color: Theme.muted
                        }
                    }
                    Label {
                        text: qsTr("R4: scorra la chat fino a una data ben visibile, e mostri il nome della chat e i "
                                   + "partecipanti. Scorra lentamente, senza salti.")
                        wrapMode: Text.WordWrap
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            objectName: "capturePause"
                            text: Session.captureState === "paused" ? qsTr("Riprendi") : qsTr("Pausa")
                            onClicked: Session.pauseCapture(Session.captureState !== "paused")
                        }
                        Button {
                            objectName: "captureStop"
                            text: qsTr("Ferma e salva")
                            highlighted: true
                            onClicked: Session.stopCapture()
                        }
                    }
                }
            }
            Label {
                visible: page.step === 1 && !page.recording
                text: qsTr("Acquisizione…")
                font.pixelSize: Theme.headingSize
            }

            // After: the R4 details, saved with the item.
            ColumnLayout {
                visible: page.step === 2
                spacing: Theme.spacing
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Dati della prova (R4)") }
                Label {
                    objectName: "captureSummary"
                    text: (page.summary.frames || 0) > 1
                          ? qsTr("Registrati %1 s, %2 fotogrammi (%3 persi) da «%4». Completi i dati e salvi: fino ad "
                                 + "allora la registrazione è già al sicuro, cifrata.")
                            .arg(Number(page.summary.seconds || 0).toFixed(1)).arg(page.summary.frames)
                            .arg(page.summary.dropped).arg(page.summary.device)
                          : qsTr("Immagine acquisita da «%1». Completi i dati e salvi.").arg(page.summary.device || "")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: page.problem !== ""
                    text: qsTr("Dati non accettati: %1").arg(page.problem)
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                R4Fields {
                    id: r4
                    showDevice: false  // the item's device is the capture's own
                }
                Button {
                    objectName: "captureSave"
                    text: qsTr("Salva la prova")
                    highlighted: true
                    Layout.alignment: Qt.AlignRight
                    onClicked: Session.finishCapture(r4.values())
                }
            }

            // Done.
            Frame {
                objectName: "captureDone"
                visible: page.step === 3
                Layout.fillWidth: true
                background: Rectangle {
                    color: page.result.interrupted ? Theme.dangerBack : Theme.okBack
                    border.color: page.result.interrupted ? Theme.danger : Theme.ok
                    radius: 6
                }
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        text: qsTr("Prova acquisita e cifrata (%1). L'impronta SHA-256 è firmata nel registro.")
                              .arg(page.result.short_id || "")
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: (page.result.frames || 0) > 1
                        text: qsTr("%1 s, %2 fotogrammi, %3 persi.").arg(Number(page.result.seconds || 0).toFixed(1))
                              .arg(page.result.frames).arg(page.result.dropped)
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !!page.result.interrupted
                        text: page.result.interruption === "source"
                              ? qsTr("Registrazione INTERROTTA: la fotocamera o lo schermo hanno smesso di mandare "
                                     + "immagini. Il video fin lì è conservato, segnato come interrotto.")
                              : qsTr("Registrazione INTERROTTA: la scrittura sul supporto non è riuscita. Quanto già "
                                     + "scritto è conservato, segnato come interrotto. Liberi spazio o controlli la "
                                     + "chiavetta prima di registrare di nuovo.")
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            objectName: "captureAgain"
                            text: qsTr("Acquisisci ancora")
                            onClicked: page.step = 0
                        }
                        Button {
                            objectName: "captureBack"
                            text: qsTr("Torna al caso")
                            onClicked: page.StackView.view.pop()
                        }
                    }
                }
            }
        }
    }
}

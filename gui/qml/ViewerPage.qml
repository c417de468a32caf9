// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import QtQuick.Dialogs
import Custodia.Backend
import "Format.js" as Format

// One item: the image (zoom and pan) or the video (played from memory,
// decrypted chunk by chunk as it plays), with its record and SHA-256 beside.
// Opening it is a custody event (item.view).
Page {
    id: page
    objectName: "viewerPage"
    property string itemId: ""
    property var item: ({})
    property real zoom: 1
    // How a live capture was made (issue 8): resolution, length, frames.
    function captureFacts() {
        const c = page.item.capture
        if (!c || !c.resolution) return ""
        if (!(c.frames > 1)) return c.resolution
        return qsTr("%1, %2 s, %3 fotogrammi (%4 persi)").arg(c.resolution)
               .arg(Number(c.duration_seconds || 0).toFixed(1)).arg(c.frames).arg(c.dropped_frames || 0)
    }
    function interruption() {
        const r = ((page.item.capture || {}).interrupted || {}).reason
        return r === "unfinished" ? qsTr("sì: Custodia o il computer si sono fermati durante la registrazione; "
                                         + "recuperata all'apertura successiva")
             : r === "medium" ? qsTr("sì: la scrittura sul supporto non è riuscita (pieno o scollegato)")
             : r === "source" ? qsTr("sì: la fotocamera o lo schermo hanno smesso di mandare immagini")
             : qsTr("sì")
    }
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        page.item = Session.viewItem(itemId)
        if (page.item.is_video)
            Session.attachVideo(player, itemId)
    }
    Component.onDestruction: player.stop()

    FileDialog {
        id: extractDialog
        title: qsTr("Dove salvare la copia in chiaro")
        fileMode: FileDialog.SaveFile
        currentFile: "file:///" + (page.item.original_name || "")
        onAccepted: Session.extractItem(page.itemId, selectedFile)
    }

    Component { id: reviewPage; RedactionReviewPage {} }

    Connections {
        target: Session
        function onExtracted(path) { extracted.visible = true }
    }

    MediaPlayer {
        id: player
        videoOutput: video
        audioOutput: AudioOutput {}
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            RowLayout {
                Button {
                    objectName: "viewerBack"
                    text: qsTr("‹ Caso")
                    onClicked: page.StackView.view.pop()
                }
                Label {
                    text: qsTr("%1 %2").arg(Format.kind(page.item.kind || "")).arg(page.item.short_id || "")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "viewerReview"
                    visible: !!page.item.is_image || !!page.item.is_video
                    text: qsTr("Copia per consulto…")
                    onClicked: page.StackView.view.push(reviewPage, { itemId: page.itemId })
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Rivede le zone da coprire perché i minori non siano riconoscibili (R7).")
                }
                Button {
                    text: qsTr("Esporta una copia…")
                    onClicked: extractDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Scrive il file originale, in chiaro, dove sceglie: l'operazione resta nel registro. "
                                       + "Lo faccia solo se serve, e non su un PC condiviso.")
                }
                Button { visible: !!page.item.is_image; text: "−"; onClicked: page.zoom = Math.max(0.1, page.zoom / 1.25); Accessible.name: qsTr("Riduci") }
                Button { visible: !!page.item.is_image; text: qsTr("Adatta"); onClicked: page.zoom = 1 }
                Button { visible: !!page.item.is_image; text: "+"; onClicked: page.zoom = Math.min(8, page.zoom * 1.25); Accessible.name: qsTr("Ingrandisci") }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "#202428"
                clip: true

                Flickable {
                    id: flick
                    anchors.fill: parent
                    visible: !!page.item.is_image
                    contentWidth: Math.max(width, image.paintedWidth * page.zoom)
                    contentHeight: Math.max(height, image.paintedHeight * page.zoom)
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    ScrollBar.horizontal: ScrollBar {}
                    Image {
                        id: image
                        objectName: "viewerImage"
                        width: flick.width * page.zoom
                        height: flick.height * page.zoom
                        source: page.item.is_image ? "image://evidence/" + page.itemId : ""
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                        smooth: true
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.ControlModifier
                        onWheel: event => page.zoom = Math.max(0.1, Math.min(8, page.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15)))
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: !!page.item.is_image && image.status === Image.Error
                    text: qsTr("L'immagine non si può mostrare: il formato non è tra quelli che l'app sa disegnare, "
                               + "oppure il file è danneggiato o alterato. Esegua «Verifica registro e prove» per saperlo.")
                    color: "white"
                    wrapMode: Text.WordWrap
                    width: parent.width * 0.8
                }

                VideoOutput {
                    id: video
                    anchors.fill: parent
                    visible: !!page.item.is_video
                }
                Label {
                    anchors.centerIn: parent
                    visible: !page.item.is_image && !page.item.is_video
                    text: qsTr("Anteprima non disponibile per questo tipo di file (%1).").arg(page.item.mime || page.item.kind || "")
                    color: "white"
                }
            }

            RowLayout {
                visible: !!page.item.is_video
                Layout.fillWidth: true
                Button {
                    objectName: "playButton"
                    text: player.playbackState === MediaPlayer.PlayingState ? qsTr("Pausa") : qsTr("Riproduci")
                    onClicked: player.playbackState === MediaPlayer.PlayingState ? player.pause() : player.play()
                }
                Slider {
                    id: seek
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, player.duration)
                    value: player.position
                    enabled: player.seekable
                    onMoved: player.position = value
                    Accessible.name: qsTr("Posizione nel video")
                }
                Label { text: Format.clock(player.position) + " / " + Format.clock(player.duration) }
            }
            Label {
                id: extracted
                visible: false
                text: qsTr("Copia salvata. È un file in chiaro: lo cancelli quando non serve più.")
                color: Theme.warning
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: player.error !== MediaPlayer.NoError
                text: qsTr("Il video non si può riprodurre: %1").arg(player.errorString)
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        // The record beside.
        Frame {
            Layout.preferredWidth: 340
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
            ScrollView {
                anchors.fill: parent
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    SectionTitle { text: qsTr("Scheda della prova") }
                    Repeater {
                        model: [
                            [qsTr("Codice"), page.item.id],
                            [qsTr("Tipo"), Format.kind(page.item.kind || "") + (page.item.mime ? " (" + page.item.mime + ")" : "")],
                            [qsTr("File originale"), page.item.original_name],
                            [qsTr("Dimensione"), Format.bytes(page.item.size)],
                            [qsTr("SHA-256"), page.item.sha256],
                            [qsTr("Acquisita il"), Format.dateTime(page.item.acquired_at)],
                            [qsTr("Acquisita da"), page.item.acquired_by],
                            [qsTr("Dispositivo"), page.item.device],
                            [qsTr("Acquisizione diretta"), page.captureFacts()],
                            [qsTr("Registrazione interrotta"), page.item.interrupted ? page.interruption() : ""],
                            [qsTr("Consenso (R3)"), Format.consent(page.item.consent || "")],
                            [qsTr("Pubblicata il"), Format.dateTime(page.item.posted_at)],
                            [qsTr("Piattaforma"), page.item.platform],
                            [qsTr("Chat o pagina"), page.item.place],
                            [qsTr("Partecipanti"), (page.item.participants || []).map(p => [p.name, p.phone, p.handle].filter(s => s).join(" ")).join("; ")],
                            [qsTr("Profili"), (page.item.profiles || []).join(", ")],
                            [qsTr("Descrizione"), page.item.description],
                            [qsTr("Originale cancellato (R5)"), page.item.source_removed ? qsTr("sì, il %1").arg(Format.dateTime(page.item.source_removed_at)) : qsTr("no")],
                            [qsTr("Distruzione prevista (R11)"), page.item.held ? qsTr("sospesa da un blocco legale") : Format.dateTime(page.item.destroy_after)]
                        ]
                        ColumnLayout {
                            required property var modelData
                            visible: !!modelData[1]
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: modelData[0]; color: Theme.muted; font.pixelSize: Theme.fontSize - 2 }
                            Label {
                                text: modelData[1] || ""
                                wrapMode: modelData[0] === qsTr("SHA-256") || modelData[0] === qsTr("Codice") ? Text.WrapAnywhere : Text.WordWrap
                                font.family: modelData[0] === qsTr("SHA-256") || modelData[0] === qsTr("Codice") ? Theme.mono : window.font.family
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }
}

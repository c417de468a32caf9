// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend
import "Format.js" as Format

// R7: the copy of a case for an external consult (psychologist, helpline,
// consultorio, a lawyer asked for advice) in which the minors cannot be
// recognised. The case's pictures and videos with the state of their
// review; analyse, review one by one, then write the copy. The complete
// evidence stays in the vault for the authorities (R8).
Page {
    id: page
    objectName: "consultPage"
    property string destination: ""
    property var result: null
    background: Rectangle { color: Theme.background }

    function redactable() {
        const out = []
        for (let i = 0; i < Session.items.count; ++i) {
            const it = Session.items.get(i)
            if (it.redaction !== "")
                out.push(it)
        }
        return out
    }
    property var candidates: redactable()
    readonly property int toAnalyse: candidates.filter(i => i.redaction === "none").length
    readonly property int approved: candidates.filter(i => i.redaction === "approved").length

    function review(id) { StackView.view.push(reviewPage, { itemId: id }) }

    Connections {
        target: Session.items
        function onCountChanged() { page.candidates = page.redactable() }
        function onModelReset() { page.candidates = page.redactable() }
        function onDataChanged() { page.candidates = page.redactable() }
    }
    Connections {
        target: Session
        function onConsultExported(r) { page.result = r }
    }
    Component { id: reviewPage; RedactionReviewPage {} }
    FolderDialog {
        id: folderDialog
        title: qsTr("Dove scrivere la copia per il consulto")
        onAccepted: page.destination = Session.toLocalPath(selectedFolder)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { height: Theme.spacing }
            RowLayout {
                Button { objectName: "consultBack"; text: qsTr("‹ Caso"); onClicked: page.StackView.view.pop() }
                Label {
                    text: qsTr("Copia per il consulto del caso %1 (R7)").arg(Session.currentCase)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("Per uno psicologo, uno sportello, il consultorio o un legale a cui chiede un parere: una copia "
                           + "in cui i minori non sono riconoscibili. Custodia propone le zone da coprire (nomi, numeri, "
                           + "profili, classe e scuola, intestazioni delle chat, immagini del profilo, volti); lei le "
                           + "controlla prova per prova e approva. La copia completa resta nell'archivio per le autorità.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Il riconoscimento automatico può sbagliare: ogni prova va guardata da una persona prima di uscire dalla scuola.")
                color: Theme.warning
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Prove (%1 di %2 approvate)").arg(page.approved).arg(page.candidates.length); Layout.fillWidth: true }
                Button {
                    objectName: "planAllButton"
                    text: qsTr("Analizza le prove non ancora analizzate (%1)").arg(page.toAnalyse)
                    enabled: page.toAnalyse > 0
                    onClicked: Session.planRedaction(page.candidates.filter(i => i.redaction === "none").map(i => i.id))
                }
            }
            Label {
                visible: page.candidates.length === 0
                text: qsTr("Il caso non ha immagini né video.")
                color: Theme.muted
            }
            Repeater {
                objectName: "consultItems"
                model: page.candidates
                Frame {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Rectangle {
                            Layout.preferredWidth: 72
                            Layout.preferredHeight: 72
                            color: "#e9ecef"
                            Image {
                                anchors.fill: parent
                                anchors.margins: 2
                                visible: !!row.modelData.is_image
                                source: row.modelData.is_image ? "image://evidence/" + row.modelData.id + "/thumb" : ""
                                sourceSize: Qt.size(140, 140)
                                fillMode: Image.PreserveAspectFit
                                asynchronous: true
                                cache: false
                            }
                            Label {
                                anchors.centerIn: parent
                                visible: !row.modelData.is_image
                                text: "▶"
                                font.pixelSize: 32
                                color: Theme.muted
                            }
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label { text: Format.kind(row.modelData.kind) + " · " + row.modelData.short_id; font.bold: true }
                            Label {
                                text: [row.modelData.platform, row.modelData.place, Format.dateTime(row.modelData.posted_at)]
                                      .filter(s => !!s).join(" · ")
                                color: Theme.muted
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: Format.reviewState(row.modelData.redaction)
                                color: row.modelData.redaction === "approved" ? Theme.ok
                                       : row.modelData.redaction === "none" ? Theme.muted : Theme.warning
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "reviewButton-" + row.modelData.short_id
                            text: row.modelData.redaction === "none" ? qsTr("Apri") : qsTr("Rivedi…")
                            highlighted: row.modelData.redaction === "proposed" || row.modelData.redaction === "needs-review"
                            onClicked: page.review(row.modelData.id)
                        }
                    }
                }
            }

            SectionTitle { text: qsTr("Scrivi la copia") }
            GridLayout {
                visible: page.result === null
                columns: 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                FormField { id: recipient; objectName: "consultRecipient"; label: qsTr("A chi va (es. dott.ssa …, psicologa dello sportello)") }
                FormField { id: purpose; objectName: "consultPurpose"; label: qsTr("Perché (es. parere sul supporto alla vittima)") }
                ColumnLayout {
                    Layout.columnSpan: 2
                    Label { text: qsTr("Cartella di destinazione (ne viene creata una nuova al suo interno)"); color: Theme.muted }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            objectName: "consultDestination"
                            text: page.destination
                            onTextChanged: page.destination = text
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Cartella di destinazione")
                        }
                        Button { text: qsTr("Scegli…"); onClicked: folderDialog.open() }
                    }
                    Label {
                        readonly property string warning: page.destination === "" ? "" : Session.mediumWarning(page.destination)
                        visible: warning !== ""
                        text: qsTr("Attenzione: anche la copia per il consulto è un dato delicato. %1").arg(warning)
                        color: Theme.warning
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                CheckBox { id: zip; text: qsTr("Crea anche un archivio ZIP"); Layout.columnSpan: 2 }
                CheckBox {
                    id: keepAudio
                    text: qsTr("Mantieni l'audio dei video (le voci identificano: di norma no)")
                    Layout.columnSpan: 2
                }
                CheckBox {
                    id: acceptDetected
                    objectName: "acceptDetected"
                    text: qsTr("Includi anche le prove non ancora approvate, con le zone proposte (sconsigliato)")
                    Layout.columnSpan: 2
                }
                Label {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: acceptDetected.checked
                          ? qsTr("Entrano tutte le immagini e i video del caso: quelli non rivisti con le zone trovate in automatico.")
                          : qsTr("Entrano solo le prove approvate (%1 di %2).").arg(page.approved).arg(page.candidates.length)
                    color: acceptDetected.checked ? Theme.warning : Theme.muted
                }
                Button {
                    objectName: "startConsultExport"
                    Layout.columnSpan: 2
                    Layout.alignment: Qt.AlignRight
                    highlighted: true
                    text: qsTr("Scrivi la copia per il consulto")
                    enabled: page.destination !== "" && (page.approved > 0 || acceptDetected.checked)
                    onClicked: {
                        const base = page.destination.replace(/\/+$/, "")
                        const stamp = Qt.formatDateTime(new Date(), "yyyyMMdd-HHmm")
                        Session.exportConsult({ to: base + "/consulto-caso-" + Session.currentCase + "-" + stamp,
                                                recipient: recipient.text, purpose: purpose.text, zip: zip.checked,
                                                keep_audio: keepAudio.checked, accept_detected: acceptDetected.checked })
                    }
                }
            }

            Frame {
                objectName: "consultResult"
                visible: page.result !== null
                Layout.fillWidth: true
                background: Rectangle { color: Theme.okBack; border.color: Theme.ok; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    Label {
                        text: qsTr("Copia scritta: %1 prove.").arg(page.result ? page.result.exported : 0)
                        font.bold: true
                    }
                    Label { text: qsTr("Cartella: %1").arg(page.result ? page.result.dir : ""); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                    Label {
                        visible: !!page.result && !!page.result.zip
                        text: qsTr("Archivio ZIP: %1").arg(page.result ? page.result.zip : "")
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.result ? page.result.items.filter(i => i.skipped !== "") : []
                        Label {
                            required property var modelData
                            text: qsTr("• Prova %1 esclusa: %2").arg(modelData.item_id.substring(0, 8)).arg(Format.skipReason(modelData.skipped))
                            color: Theme.warning
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Repeater {
                        model: page.result ? page.result.warnings : []
                        Label { required property string modelData; text: "• " + modelData; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                    Label {
                        text: qsTr("La consegna è nel registro di custodia: destinatario, motivo, prove e impronte dei file.")
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            text: qsTr("Apri la cartella")
                            onClicked: Qt.openUrlExternally("file://" + page.result.dir)
                        }
                        Button { text: qsTr("Un'altra copia"); onClicked: page.result = null }
                        Button { text: qsTr("Torna al caso"); onClicked: page.StackView.view.pop() }
                    }
                }
            }
            Item { height: Theme.spacing }
        }
    }
}

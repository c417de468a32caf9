// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend
import "Format.js" as Format

// R11: what will be destroyed when, the legal holds (the Dirigente places and
// releases them), and the destruction certificates.
Page {
    id: page
    objectName: "retentionPage"
    background: Rectangle { color: Theme.background }
    property int certificateToSave: 0
    readonly property bool dirigente: Session.userRole === "dirigente"

    FileDialog {
        id: saveDialog
        title: qsTr("Salva il verbale di distruzione")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Documenti PDF (*.pdf)")]
        onAccepted: Session.exportCertificate(page.certificateToSave, selectedFile)
    }
    Dialog {
        id: renewDialog
        property int holdId: 0
        title: qsTr("Rinnovo del blocco legale")
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        width: 560
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            renewDate.text = ""
            renewNote.text = ""
        }
        ColumnLayout {
            anchors.fill: parent
            FormField { id: renewDate; label: qsTr("Nuova data di revisione (al massimo 6 mesi)"); placeholder: "20/09/2027" }
            FormField { id: renewNote; label: qsTr("Nota (finisce nel registro di custodia: niente nomi)") }
        }
        onAccepted: Session.renewHold(holdId, renewDate.text, renewNote.text)
    }
    Dialog {
        id: releaseDialog
        property int holdId: 0
        title: qsTr("Revoca del blocco legale")
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        width: 560
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: releaseReason.text = ""
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Le prove coperte dal blocco e già scadute saranno distrutte alla prossima apertura.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            FormField { id: releaseReason; label: qsTr("Motivo della revoca (es. procedimento archiviato)") }
        }
        onAccepted: Session.releaseHold(holdId, releaseReason.text)
    }
    Dialog {
        id: holdDialog
        property string itemId: ""
        title: qsTr("Sospendi la distruzione (blocco legale)")
        modal: true
        anchors.centerIn: parent
        width: 560
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            FormField { id: holdReason; label: qsTr("Motivo (es. procedimento in corso)") }
            FormField { id: holdRef; label: qsTr("Riferimento (protocollo, numero del procedimento)") }
            FormField { id: holdReview; label: qsTr("Da riesaminare entro (al massimo 6 mesi)"); placeholder: "20/03/2027" }
        }
        onAccepted: Session.placeHold(itemId, holdReason.text, holdRef.text, holdReview.text)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing

            Item { height: Theme.spacing }
            RowLayout {
                Button {
                    objectName: "retentionBack"
                    text: qsTr("‹ Indietro")
                    onClicked: page.StackView.view.pop()
                }
                Label {
                    text: qsTr("Conservazione e distruzione (R11)")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
            }
            Label {
                text: qsTr("Le prove si conservano al massimo %1 mesi dall'acquisizione, poi Custodia le distrugge "
                           + "all'apertura dell'archivio e redige un verbale. Solo il Dirigente può sospendere la "
                           + "distruzione con un blocco legale motivato.").arg(Session.retention.months || 6)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionTitle { text: qsTr("In scadenza nei prossimi 30 giorni") }
            Label {
                visible: Session.dueItems.count === 0
                text: qsTr("Nessuna prova in scadenza.")
                color: Theme.muted
            }
            Repeater {
                model: Session.dueItems
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Caso %1 · %2 %3 · distruzione il %4").arg(model["case"]).arg(Format.kind(model.kind))
                              .arg(model.short_id).arg(Format.dateTime(model.destroy_after))
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: page.dirigente
                        text: qsTr("Blocca…")
                        onClicked: {
                            holdDialog.itemId = model.id
                            holdDialog.open()
                        }
                    }
                }
            }

            SectionTitle { text: qsTr("Blocchi legali") }
            Label {
                objectName: "holdsToReview"
                visible: (Session.retention.holds_to_review || 0) > 0
                text: qsTr("Ci sono blocchi legali con la data di revisione superata: il Dirigente li riesamini "
                           + "(«Rinnova…» oppure «Revoca»).")
                color: Theme.danger
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: Session.holds.count === 0
                text: qsTr("Nessun blocco legale.")
                color: Theme.muted
            }
            Repeater {
                model: Session.holds
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: (model["case"] ? qsTr("Caso %1").arg(model["case"]) : qsTr("Prova %1").arg((model.item || "").substring(0, 8)))
                              + " · " + model.reason + " · " + model.reference
                              + (model.active ? qsTr(" · da riesaminare entro il %1").arg(Format.date(model.review_by))
                                              : qsTr(" · revocato il %1").arg(Format.date(model.released_at)))
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: page.dirigente && model.active
                        text: qsTr("Rinnova…")
                        onClicked: {
                            renewDialog.holdId = model.id
                            renewDialog.open()
                        }
                    }
                    Button {
                        visible: page.dirigente && model.active
                        text: qsTr("Revoca")
                        onClicked: {
                            releaseDialog.holdId = model.id
                            releaseDialog.open()
                        }
                    }
                }
            }

            SectionTitle { text: qsTr("Prove distrutte") }
            Label {
                visible: Session.destroyed.count === 0
                text: qsTr("Nessuna prova distrutta finora.")
                color: Theme.muted
            }
            Repeater {
                model: Session.destroyed
                Label {
                    text: qsTr("Caso %1 · %2 %3 · acquisita il %4 · distrutta il %5 (verbale n. %6)")
                          .arg(model["case"]).arg(Format.kind(model.kind)).arg((model.item || "").substring(0, 8))
                          .arg(Format.date(model.acquired_at)).arg(Format.dateTime(model.destroyed_at))
                          .arg(model.certificate || "—")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            SectionTitle { text: qsTr("Verbali di distruzione") }
            Label {
                visible: Session.certificates.count === 0
                text: qsTr("Nessuna distruzione finora.")
                color: Theme.muted
            }
            Repeater {
                model: Session.certificates
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Verbale n. %1 del %2 · %n prove", "", model.items).arg(model.id).arg(Format.dateTime(model.created_at))
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Salva PDF…")
                        onClicked: {
                            page.certificateToSave = model.id
                            saveDialog.open()
                        }
                    }
                }
            }
        }
    }
}

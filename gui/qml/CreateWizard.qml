// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend

// New vault: 1 folder and school (R10 warning), 2 the Dirigente, 3 the
// referente, then the recovery code, shown once, to save as PDF and print.
// With showRecoveryOnly it is only that last step (after the vault exists).
Page {
    id: wizard
    objectName: "createWizard"
    property bool showRecoveryOnly: false
    property int step: showRecoveryOnly ? 3 : 0
    property string folder: ""
    signal cancelled()
    signal finished()
    background: Rectangle { color: Theme.background }

    FolderDialog {
        id: folderDialog
        title: qsTr("Cartella del nuovo archivio (sulla chiavetta USB)")
        onAccepted: wizard.folder = Session.toLocalPath(selectedFolder)
    }
    FileDialog {
        id: pdfDialog
        title: qsTr("Salva il codice di recupero come PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Documenti PDF (*.pdf)")]
        onAccepted: saved.visible = Session.saveRecoveryCodePdf(selectedFile)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 720)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { height: Theme.margin }
            Label {
                text: wizard.step < 3 ? qsTr("Nuovo archivio — passo %1 di 3").arg(wizard.step + 1)
                                      : qsTr("Codice di recupero")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.primary
            }

            // Step 1: where and for which school.
            ColumnLayout {
                visible: wizard.step === 0
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("L'archivio va creato su una chiavetta USB o un disco esterno che la scuola custodisce "
                               + "in un luogo chiuso (R10). Scelga una cartella vuota.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: folderField
                        objectName: "wizardFolder"
                        text: wizard.folder
                        onTextChanged: wizard.folder = text
                        placeholderText: qsTr("/media/chiavetta/custodia")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Cartella del nuovo archivio")
                    }
                    Button { text: qsTr("Scegli…"); onClicked: folderDialog.open() }
                }
                Label {
                    readonly property string warning: Session.mediumWarning(wizard.folder)
                    visible: warning !== ""
                    text: warning
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                FormField {
                    id: school
                    objectName: "wizardSchool"
                    label: qsTr("Nome della scuola")
                    placeholder: qsTr("Istituto Comprensivo …")
                }
            }

            // Step 2: the Dirigente Scolastico (first user; keeps the recovery code).
            ColumnLayout {
                visible: wizard.step === 1
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Il Dirigente Scolastico: può fare tutto, e solo lui decide blocchi legali e certificato "
                               + "di firma. La sua passphrase la digita lui.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                FormField { id: dsName; objectName: "wizardDsName"; label: qsTr("Nome e cognome") }
                FormField {
                    id: dsId
                    objectName: "wizardDsId"
                    label: qsTr("Nome utente (minuscole, senza spazi)")
                    text: "ds"
                }
                PassphraseField {
                    id: dsPass
                    objectName: "wizardDsPass"
                    label: qsTr("Passphrase del Dirigente")
                    context: [school.text, dsName.text, dsId.text]
                }
            }

            // Step 3: the referente (who will use the app every day).
            ColumnLayout {
                visible: wizard.step === 2
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Il referente per il cyberbullismo: apre i casi, registra i colloqui, acquisisce le prove.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                FormField { id: refName; objectName: "wizardRefName"; label: qsTr("Nome e cognome") }
                FormField {
                    id: refId
                    objectName: "wizardRefId"
                    label: qsTr("Nome utente (minuscole, senza spazi)")
                    text: "referente"
                }
                PassphraseField {
                    id: refPass
                    objectName: "wizardRefPass"
                    label: qsTr("Passphrase del referente")
                    context: [school.text, refName.text, refId.text]
                }
            }

            // The recovery code, shown once.
            ColumnLayout {
                visible: wizard.step === 3
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("L'archivio è pronto. Questo è il codice di recupero: apre l'archivio se tutte le "
                               + "passphrase vanno perse. Viene mostrato solo ora. Lo salvi come PDF e lo stampi, "
                               + "poi consegni il foglio al Dirigente, che lo conserva in cassaforte.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Frame {
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.surface; border.color: Theme.primary; radius: 6 }
                    Label {
                        objectName: "recoveryCode"
                        anchors.centerIn: parent
                        text: Session.recoveryCode
                        font.family: Theme.mono
                        font.pixelSize: 22
                        font.bold: true
                    }
                    implicitHeight: 64
                }
                RowLayout {
                    Button {
                        objectName: "saveRecoveryPdf"
                        text: qsTr("Salva come PDF da stampare…")
                        onClicked: pdfDialog.open()
                    }
                    Label {
                        id: saved
                        visible: false
                        text: qsTr("Salvato. Dopo averlo stampato, cancelli il PDF dal computer.")
                        color: Theme.ok
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                CheckBox {
                    id: kept
                    objectName: "recoveryKept"
                    text: qsTr("Ho stampato o trascritto il codice e lo consegno al Dirigente")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    visible: wizard.step < 3
                    text: wizard.step === 0 ? qsTr("Annulla") : qsTr("Indietro")
                    onClicked: wizard.step === 0 ? wizard.cancelled() : wizard.step--
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: wizard.showRecoveryOnly ? "recoveryContinue" : "wizardNext"
                    highlighted: true
                    text: wizard.step < 2 ? qsTr("Avanti") : wizard.step === 2 ? qsTr("Crea l'archivio")
                                                                              : qsTr("Continua")
                    enabled: wizard.step === 0 ? (wizard.folder !== "" && school.text.trim() !== "")
                           : wizard.step === 1 ? (dsId.text.trim() !== "" && dsPass.acceptable)
                           : wizard.step === 2 ? (refId.text.trim() !== "" && refId.text.trim() !== dsId.text.trim()
                                                  && refPass.acceptable)
                           : kept.checked
                    onClicked: {
                        if (wizard.step < 2) {
                            wizard.step++
                        } else if (wizard.step === 2) {
                            Session.createVault({
                                path: wizard.folder, school: school.text,
                                dirigente_id: dsId.text, dirigente_name: dsName.text,
                                dirigente_passphrase: dsPass.passphrase,
                                referente_id: refId.text, referente_name: refName.text,
                                referente_passphrase: refPass.passphrase
                            })
                            dsPass.clear()
                            refPass.clear()
                        } else {
                            Session.forgetRecoveryCode()
                            wizard.finished()
                        }
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend
import "Format.js" as Format

// The police export as a wizard: destination, officer, signature; progress;
// the result with the verbale di consegna to print and sign.
Page {
    id: page
    objectName: "exportPage"
    property string destination: ""
    property var result: null
    property var certificate: Session.signingCertificate()
    background: Rectangle { color: Theme.background }

    Connections {
        target: Session
        function onExported(r) { page.result = r }
    }
    FileDialog {
        id: p12Dialog
        title: qsTr("Il certificato di firma della scuola (file .p12 o .pfx)")
        nameFilters: [qsTr("Certificati PKCS#12 (*.p12 *.pfx)")]
        onAccepted: {
            p12Password.file = selectedFile
            p12Password.open()
        }
    }
    Dialog {
        id: p12Password
        property var file
        title: qsTr("Password del certificato")
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        width: 480
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            pwd.text = ""
            pwd.forceActiveFocus()
        }
        onAccepted: {
            const c = Session.configureSigningCertificate(file, pwd.text)
            pwd.text = ""
            if (c.subject)
                page.certificate = c
        }
        TextField {
            id: pwd
            width: parent.width
            echoMode: TextInput.Password
            onAccepted: p12Password.accept()
            Accessible.name: qsTr("Password del certificato")
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Dove scrivere l'esportazione (es. la chiavetta per la Polizia)")
        onAccepted: page.destination = Session.toLocalPath(selectedFolder)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { height: Theme.spacing }
            RowLayout {
                Button { objectName: "exportBack"; text: qsTr("‹ Caso"); onClicked: page.StackView.view.pop() }
                Label {
                    text: qsTr("Consegna del caso %1 alla Polizia Postale").arg(Session.currentCase)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: page.result === null
                text: qsTr("Custodia scrive una cartella sigillata con tutte le prove originali, i dati di acquisizione, "
                           + "il registro di custodia con le prove di inclusione, la segnalazione precompilata e il verbale "
                           + "di consegna da stampare e firmare. La consegna resta registrata.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: page.result === null
                columns: 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.columnSpan: 2
                    Label { text: qsTr("Cartella di destinazione (ne viene creata una nuova al suo interno)"); color: Theme.muted }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            objectName: "exportDestination"
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
                        text: qsTr("Attenzione: le prove vi saranno scritte in chiaro. %1").arg(warning)
                        color: Theme.warning
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                FormField { id: officer; label: qsTr("Agente che riceve: nome e cognome") }
                FormField { id: rank; label: qsTr("Qualifica o grado") }
                FormField { id: badge; label: qsTr("Matricola o tessera") }
                FormField { id: office; label: qsTr("Ufficio"); placeholder: qsTr("Polizia Postale di …") }
                FormField { id: medium; label: qsTr("Supporto consegnato"); placeholder: qsTr("chiavetta USB …"); Layout.columnSpan: 2 }
                CheckBox { id: zip; text: qsTr("Crea anche un archivio ZIP"); Layout.columnSpan: 2 }
                Label {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: page.certificate.subject
                          ? qsTr("Firma: certificato della scuola %1 (scade il %2), più la firma Ed25519 di Custodia.")
                            .arg(page.certificate.subject).arg(Format.date(page.certificate.not_after))
                          : qsTr("Firma: solo Ed25519 di Custodia. Il Dirigente può aggiungere la firma con il certificato "
                                 + "della scuola (file .p12): da questa pagina, entrando come Dirigente.")
                    color: Theme.muted
                }
                Button {
                    visible: Session.userRole === "dirigente"
                    Layout.columnSpan: 2
                    text: page.certificate.subject ? qsTr("Sostituisci il certificato di firma…")
                                                   : qsTr("Configura il certificato di firma della scuola…")
                    onClicked: p12Dialog.open()
                }
                Button {
                    objectName: "startExport"
                    Layout.columnSpan: 2
                    Layout.alignment: Qt.AlignRight
                    highlighted: true
                    text: qsTr("Esporta")
                    enabled: page.destination !== ""
                    onClicked: {
                        const base = page.destination.replace(/\/+$/, "")
                        const stamp = Qt.formatDateTime(new Date(), "yyyyMMdd-HHmm")
                        Session.exportPolice({ to: base + "/custodia-caso-" + Session.currentCase + "-" + stamp,
                                               officer_name: officer.text, officer_rank: rank.text,
                                               officer_badge: badge.text, officer_office: office.text,
                                               medium: medium.text, zip: zip.checked })
                    }
                }
            }

            Frame {
                objectName: "exportResult"
                visible: page.result !== null
                Layout.fillWidth: true
                background: Rectangle { color: Theme.okBack; border.color: Theme.ok; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    Label {
                        text: qsTr("Esportazione completata: %1 file in tutto; prove: %2.").arg(page.result ? page.result.files : 0)
                              .arg(page.result ? page.result.evidence_files : 0)
                        font.bold: true
                    }
                    Label { text: qsTr("Cartella: %1").arg(page.result ? page.result.dir : ""); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                    Label {
                        text: qsTr("Stampi e firmi il verbale di consegna: %1").arg(page.result ? page.result.verbale : "")
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Impronta del manifest (sul verbale, anche come codice QR): %1").arg(page.result ? page.result.manifest_sha256 : "")
                        font.family: Theme.mono
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !!Session.currentCaseRecord.report_deadline && !Session.currentCaseRecord.reported_at
                        text: qsTr("Caso da segnalare entro 48 ore (R13): dopo la consegna registri la segnalazione "
                                   + "inviata (menu «Altro» del caso).")
                        color: Theme.warning
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.result ? page.result.warnings : []
                        Label { required property string modelData; text: "• " + modelData; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                    RowLayout {
                        Button {
                            text: qsTr("Apri il verbale da stampare")
                            highlighted: true
                            onClicked: Qt.openUrlExternally("file://" + page.result.verbale)
                        }
                        Button { text: qsTr("Torna al caso"); onClicked: page.StackView.view.pop() }
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend
import "Format.js" as Format

// Importing evidence: first the R6 question; then the files; then the
// Allegato 1 bis details (R3, R4, R1); then R5 and the import itself.
Page {
    id: page
    objectName: "importPage"
    property int step: 0          // 0 R6, 1 files, 2 details, 3 done, 9 stopped by R6
    property var files: []
    property string guidance: ""
    property var importedIds: []
    background: Rectangle { color: Theme.background }

    function addFiles(urls) {
        const list = page.files.slice()
        for (const u of urls) {
            const s = u.toString()
            if (list.indexOf(s) < 0) list.push(s)
        }
        page.files = list
    }
    function fileName(url) { return decodeURIComponent(url.toString().split("/").pop()) }

    Connections {
        target: Session
        function onStoppedUnderR6(text) {
            page.guidance = text
            page.step = 9
        }
        function onImported(count, ids) {
            page.importedIds = ids
            page.step = 3
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Scegli gli screenshot, le foto o i video")
        fileMode: FileDialog.OpenFiles
        onAccepted: page.addFiles(selectedFiles)
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
                Button {
                    text: qsTr("‹ Caso")
                    onClicked: page.StackView.view.pop()
                }
                Label {
                    text: qsTr("Importa prove nel caso %1").arg(Session.currentCase)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                }
            }

            // R6: before anything else.
            ColumnLayout {
                visible: page.step === 0
                spacing: Theme.spacing
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Prima di tutto (R6)") }
                Label {
                    text: qsTr("Il materiale da acquisire contiene immagini o video a contenuto sessuale che "
                               + "coinvolgono minori (anche sexting tra studenti)?")
                    font.pixelSize: Theme.headingSize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.spacing
                    Button {
                        objectName: "r6No"
                        text: qsTr("No, non contiene materiale di questo tipo")
                        highlighted: true
                        onClicked: page.step = 1
                    }
                    Button {
                        objectName: "r6Yes"
                        text: qsTr("Sì, oppure non sono sicuro")
                        onClicked: Session.stopUnderR6(circumstances.interview)
                    }
                }
            }

            // R6 stopped it: nothing imported; whom to call.
            R6Guidance {
                visible: page.step === 9
                onBack: page.StackView.view.pop()
            }

            // The files.
            ColumnLayout {
                visible: page.step === 1 || page.step === 2
                spacing: Theme.spacing
                Layout.fillWidth: true
                SectionTitle { text: qsTr("File da acquisire") }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 110
                    radius: 6
                    color: drop.containsDrag ? "#eaf0f7" : Theme.surface
                    border.color: Theme.primary
                    border.width: 1
                    DropArea {
                        id: drop
                        anchors.fill: parent
                        onDropped: drop => page.addFiles(drop.urls)
                    }
                    ColumnLayout {
                        anchors.centerIn: parent
                        Label {
                            text: qsTr("Trascini qui i file, oppure")
                            color: Theme.muted
                            Layout.alignment: Qt.AlignHCenter
                        }
                        Button {
                            objectName: "chooseFiles"
                            text: qsTr("Scegli i file…")
                            Layout.alignment: Qt.AlignHCenter
                            onClicked: fileDialog.open()
                        }
                    }
                }
                Repeater {
                    model: page.files
                    RowLayout {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        Label { text: page.fileName(modelData); elide: Text.ElideMiddle; Layout.fillWidth: true }
                        ToolButton {
                            text: "✕"
                            onClicked: page.files = page.files.filter((f, i) => i !== index)
                            Accessible.name: qsTr("Togli il file")
                        }
                    }
                }
            }

            // Allegato 1 bis (R3, R4) and the interview (R1).
            SectionTitle {
                visible: page.step === 1 || page.step === 2
                text: qsTr("Dati dell'acquisizione (Allegato 1 bis)")
            }
            CircumstancesFields {
                id: circumstances
                visible: page.step === 1 || page.step === 2
            }
            ColumnLayout {
                visible: page.step === 1 || page.step === 2
                Label { text: qsTr("Tipo di prova"); color: Theme.muted }
                ComboBox {
                    id: kind
                    objectName: "kindBox"
                    Layout.preferredWidth: 300
                    textRole: "text"
                    valueRole: "value"
                    model: [{ text: qsTr("Riconosci dal file"), value: "" },
                            { text: Format.kind("screenshot"), value: "screenshot" },
                            { text: Format.kind("photo"), value: "photo" },
                            { text: Format.kind("video"), value: "video" },
                            { text: Format.kind("screen-recording"), value: "screen-recording" },
                            { text: Format.kind("document"), value: "document" },
                            { text: Format.kind("audio"), value: "audio" }]
                    Accessible.name: qsTr("Tipo di prova")
                }
            }
            R4Fields {
                id: r4
                visible: page.step === 1 || page.step === 2
            }
            CheckBox {
                id: removeSource
                visible: page.step === 1 || page.step === 2
                objectName: "removeSource"
                text: qsTr("Dopo la verifica, cancella l'originale da questo computer (R5)")
            }
            Label {
                visible: removeSource.checked && (page.step === 1 || page.step === 2)
                text: qsTr("Custodia cancella il file solo dopo aver verificato che la copia cifrata è identica. "
                           + "Ricordi di cancellare anche le copie rimaste sul telefono, nelle chat e nel cestino.")
                color: Theme.warning
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                visible: page.step === 1 || page.step === 2
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Label {
                    visible: circumstances.consent === ""
                    text: qsTr("Indichi il consenso (R3).")
                    color: Theme.muted
                }
                Button {
                    objectName: "startImport"
                    text: qsTr("Importa e cifra %n file", "", page.files.length)
                    highlighted: true
                    enabled: page.files.length > 0 && circumstances.consent !== ""
                    onClicked: Session.importFiles(page.files, Object.assign(r4.values(), {
                        r6: "no", consent: circumstances.consent, interview: circumstances.interview,
                        kind: kind.currentValue
                    }), removeSource.checked)
                }
            }

            // Done.
            Frame {
                objectName: "importDone"
                visible: page.step === 3
                Layout.fillWidth: true
                background: Rectangle { color: Theme.okBack; border.color: Theme.ok; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        text: qsTr("%n file acquisiti e cifrati. L'impronta SHA-256 di ciascuno è firmata nel registro.", "",
                                   page.importedIds.length)
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: removeSource.checked
                        text: qsTr("Gli originali su questo computer sono stati cancellati dopo la verifica (R5). Cancelli "
                                   + "anche le copie sul telefono e nelle chat.")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "importBack"
                        text: qsTr("Torna al caso")
                        onClicked: page.StackView.view.pop()
                    }
                }
            }
        }
    }
}

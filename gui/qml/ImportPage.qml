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
    property var participants: [{ name: "", phone: "", handle: "" }]
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
                        onClicked: Session.stopUnderR6(interview.currentValue)
                    }
                }
            }

            // R6 stopped it: nothing imported; whom to call.
            Frame {
                objectName: "r6Guidance"
                visible: page.step === 9
                Layout.fillWidth: true
                background: Rectangle { color: Theme.dangerBack; border.color: Theme.danger; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Acquisizione interrotta: nulla è stato importato")
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.danger
                    }
                    Label {
                        text: qsTr("Il materiale a contenuto sessuale che coinvolge minori NON va fotografato, filmato, "
                                   + "copiato né inoltrato, nemmeno per documentarlo.")
                        wrapMode: Text.WordWrap
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("1. Non acquisisca e non diffonda il contenuto; se possibile trattenga il dispositivo spento.\n"
                                   + "2. Informi subito il Dirigente Scolastico.\n"
                                   + "3. Chieda indicazioni alla Polizia Postale: www.commissariatodips.it, oppure 112 / 113.\n"
                                   + "4. Supporto: Telefono Azzurro 19696; Save the Children «Stop-It» (stop-it.it).\n"
                                   + "Se una copia è già sul suo dispositivo, non la inoltri a nessuno e chieda alla Polizia "
                                   + "Postale come procedere.")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Nel registro di custodia resta solo l'annotazione che l'acquisizione è stata "
                                   + "interrotta, senza alcun contenuto.")
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "r6Back"
                        text: qsTr("Torna al caso")
                        onClicked: page.StackView.view.pop()
                    }
                }
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
            GridLayout {
                visible: page.step === 1 || page.step === 2
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2
                Layout.fillWidth: true
                SectionTitle { text: qsTr("Dati dell'acquisizione (Allegato 1 bis)"); Layout.columnSpan: 2 }
                ColumnLayout {
                    Label { text: qsTr("Consenso dello studente (R3)"); color: Theme.muted }
                    ComboBox {
                        id: consent
                        objectName: "consentBox"
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: [{ text: qsTr("— scegliere —"), value: "" },
                                { text: qsTr("Sì, lo studente ha acconsentito"), value: "yes" },
                                { text: qsTr("No"), value: "no" },
                                { text: qsTr("Dispositivo trattenuto"), value: "device-withheld" }]
                        Accessible.name: qsTr("Consenso dello studente")
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("Acquisito durante il colloquio (R1)"); color: Theme.muted }
                    ComboBox {
                        id: interview
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: {
                            const list = [{ text: qsTr("— nessun colloquio —"), value: 0 }]
                            for (let i = 0; i < Session.interviews.count; ++i) {
                                const r = Session.interviews.get(i)
                                list.push({ text: qsTr("Colloquio %1 del %2").arg(r.id).arg(Format.dateTime(r.held_at)),
                                            value: r.id })
                            }
                            return list
                        }
                        Accessible.name: qsTr("Colloquio")
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("Tipo di prova"); color: Theme.muted }
                    ComboBox {
                        id: kind
                        objectName: "kindBox"
                        Layout.fillWidth: true
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
                Item { Layout.fillWidth: true }
                FormField { id: postedAt; objectName: "postedAt"; label: qsTr("Quando è stato pubblicato o inviato"); placeholder: "20/11/2026 21:40" }
                FormField { id: platform; objectName: "platform"; label: qsTr("Piattaforma"); placeholder: qsTr("WhatsApp, Instagram, TikTok…") }
                FormField { id: place; label: qsTr("URL, nome della chat o della pagina"); Layout.columnSpan: 2 }
                ColumnLayout {
                    Layout.columnSpan: 2
                    Label { text: qsTr("Partecipanti visibili (nome, numero di telefono, nome del profilo)"); color: Theme.muted }
                    Repeater {
                        id: partRepeater
                        model: page.participants.length
                        RowLayout {
                            required property int index
                            Layout.fillWidth: true
                            TextField {
                                text: page.participants[index].name
                                placeholderText: qsTr("Nome")
                                Layout.fillWidth: true
                                onTextChanged: page.participants[index].name = text
                                Accessible.name: qsTr("Nome del partecipante")
                            }
                            TextField {
                                text: page.participants[index].phone
                                placeholderText: qsTr("Telefono")
                                Layout.fillWidth: true
                                onTextChanged: page.participants[index].phone = text
                                Accessible.name: qsTr("Telefono del partecipante")
                            }
                            TextField {
                                text: page.participants[index].handle
                                placeholderText: qsTr("Profilo (@nome)")
                                Layout.fillWidth: true
                                onTextChanged: page.participants[index].handle = text
                                Accessible.name: qsTr("Profilo del partecipante")
                            }
                        }
                    }
                    Button {
                        text: qsTr("Aggiungi partecipante")
                        onClicked: page.participants = page.participants.concat([{ name: "", phone: "", handle: "" }])
                    }
                }
                FormField { id: profiles; label: qsTr("Nomi dei profili coinvolti (separati da virgola)"); Layout.columnSpan: 2 }
                FormField { id: description; label: qsTr("Descrizione (cosa mostra, senza copiarne il contenuto)"); Layout.columnSpan: 2 }
                FormField { id: device; label: qsTr("Dispositivo di origine"); placeholder: qsTr("telefono dello studente") }
                CheckBox {
                    id: removeSource
                    objectName: "removeSource"
                    text: qsTr("Dopo la verifica, cancella l'originale da questo computer (R5)")
                }
                Label {
                    visible: removeSource.checked
                    Layout.columnSpan: 2
                    text: qsTr("Custodia cancella il file solo dopo aver verificato che la copia cifrata è identica. "
                               + "Ricordi di cancellare anche le copie rimaste sul telefono, nelle chat e nel cestino.")
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            RowLayout {
                visible: page.step === 1 || page.step === 2
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Label {
                    visible: consent.currentValue === ""
                    text: qsTr("Indichi il consenso (R3).")
                    color: Theme.muted
                }
                Button {
                    objectName: "startImport"
                    text: qsTr("Importa e cifra %n file", "", page.files.length)
                    highlighted: true
                    enabled: page.files.length > 0 && consent.currentValue !== ""
                    onClicked: Session.importFiles(page.files, {
                        r6: "no", consent: consent.currentValue, interview: interview.currentValue, kind: kind.currentValue,
                        posted_at: postedAt.text, platform: platform.text, place: place.text,
                        participants: page.participants,
                        profiles: profiles.text.split(",").map(s => s.trim()).filter(s => s !== ""),
                        description: description.text, device: device.text
                    }, removeSource.checked)
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

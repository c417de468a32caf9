// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend

// R1: the memo of an interview, the student's words verbatim, the R7b advice.
Dialog {
    id: dialog
    objectName: "interviewDialog"
    title: qsTr("Memoria del colloquio (R1)")
    modal: true
    // A click beside the dialog must not throw away what was typed.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, Overlay.overlay ? Overlay.overlay.width - 60 : 820)
    height: Math.min(700, Overlay.overlay ? Overlay.overlay.height - 40 : 700)
    standardButtons: Dialog.Ok | Dialog.Cancel
    property var quotes: []

    function openNew() {
        for (const f of [heldAt, heldBy, adults, protocol])
            f.text = ""
        memo.text = ""
        quote.text = ""
        quotes = []
        notShare.checked = removeIt.checked = notAlone.checked = false
        student.currentIndex = 0
        heldBy.text = Session.userName
        open()
    }
    onAccepted: {
        const persons = []
        for (let i = 0; i < Session.persons.count; ++i) persons.push(Session.persons.get(i))
        if (!Session.addInterview({
            held_at: heldAt.text, held_by: heldBy.text,
            adults_present: adults.text.split(",").map(s => s.trim()).filter(s => s !== ""),
            student_person: student.currentIndex > 0 ? persons[student.currentIndex - 1].id : 0,
            memo: memo.text, quotes: dialog.quotes, protocol: protocol.text,
            advised_not_share: notShare.checked, advised_remove: removeIt.checked,
            advised_not_act_alone: notAlone.checked
        }))
            Qt.callLater(dialog.open)  // refused (a date, an empty memo): the memo is kept
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing / 2
            GridLayout {
                columns: 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                FormField { id: heldAt; label: qsTr("Quando (vuoto = adesso)"); placeholder: "20/11/2026 10:30" }
                FormField { id: heldBy; label: qsTr("Condotto da") }
                FormField { id: adults; label: qsTr("Adulti presenti (separati da virgola)") }
                FormField { id: protocol; label: qsTr("Protocollo della memoria") }
                ColumnLayout {
                    Layout.columnSpan: 2
                    Label { text: qsTr("Studente ascoltato"); color: Theme.muted }
                    ComboBox {
                        id: student
                        Layout.fillWidth: true
                        model: {
                            const names = [qsTr("— nessuno o non ancora registrato —")]
                            for (let i = 0; i < Session.persons.count; ++i)
                                names.push(Session.persons.get(i).display_name)
                            return names
                        }
                        Accessible.name: qsTr("Studente ascoltato")
                    }
                }
            }
            Label { text: qsTr("Memoria: cosa è stato riferito, con date, luoghi, persone"); color: Theme.muted }
            TextArea {
                id: memo
                objectName: "interviewMemo"
                Layout.fillWidth: true
                Layout.preferredHeight: 150
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Scriva i fatti come riferiti, senza interpretazioni.")
                background: Rectangle { border.color: Theme.border; radius: 4 }
                Accessible.name: qsTr("Memoria del colloquio")
            }
            Label {
                text: qsTr("Parole testuali dello studente: le riporti esattamente come dette, anche se sgrammaticate "
                           + "o volgari; una frase per volta.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: quote
                    objectName: "interviewQuote"
                    Layout.fillWidth: true
                    placeholderText: qsTr("«…»")
                    onAccepted: addQuote.clicked()
                    Accessible.name: qsTr("Citazione testuale")
                }
                Button {
                    id: addQuote
                    text: qsTr("Aggiungi citazione")
                    enabled: quote.text.trim() !== ""
                    onClicked: {
                        dialog.quotes = dialog.quotes.concat([quote.text.trim()])
                        quote.text = ""
                    }
                }
            }
            Repeater {
                model: dialog.quotes
                RowLayout {
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    Label { text: "«" + modelData + "»"; font.italic: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    ToolButton {
                        text: "✕"
                        onClicked: dialog.quotes = dialog.quotes.filter((q, i) => i !== index)
                        Accessible.name: qsTr("Togli la citazione")
                    }
                }
            }
            Label { text: qsTr("Indicazioni date allo studente (R7b)"); font.bold: true }
            CheckBox { id: notShare; text: qsTr("Non condividere né commentare il contenuto") }
            CheckBox { id: removeIt; text: qsTr("Rimuoverlo, se possibile") }
            CheckBox { id: notAlone; text: qsTr("Non agire da solo (niente vendette o risposte)") }
        }
    }
}

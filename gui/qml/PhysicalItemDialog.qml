// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend

// R9: an object (a note, a drawing) kept in a sealed envelope: recorded with
// the envelope's seal number, where it is kept and the DS who authorised it.
Dialog {
    id: dialog
    objectName: "physicalDialog"
    title: qsTr("Oggetto fisico in busta sigillata (R9)")
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, Overlay.overlay ? Overlay.overlay.width - 60 : 640)
    standardButtons: Dialog.Ok | Dialog.Cancel
    property var dirigenti: []

    function openNew() {
        for (const f of [description, seal, keptAt])
            f.text = ""
        dirigenti = Session.users().filter(u => u.role === "dirigente")
        open()
    }
    onOpened: description.input.forceActiveFocus()
    onAccepted: {
        if (!Session.addPhysical({ description: description.text, seal_number: seal.text, kept_at: keptAt.text,
                                   authorized_by: ds.currentIndex >= 0 ? dirigenti[ds.currentIndex].id : "",
                                   interview: interview.currentValue }))
            Qt.callLater(dialog.open)  // refused: keep what was typed
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        Label {
            text: qsTr("L'oggetto non si fotografa senza l'autorizzazione del Dirigente: si chiude in una busta "
                       + "sigillata e numerata, custodita dalla scuola. Qui se ne registrano i dati.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        FormField { id: description; label: qsTr("Che cos'è (senza copiarne il contenuto)") }
        FormField { id: seal; objectName: "physicalSeal"; label: qsTr("Numero del sigillo della busta") }
        FormField { id: keptAt; label: qsTr("Dove è custodita"); placeholder: qsTr("cassaforte della presidenza") }
        Label { text: qsTr("Autorizzato dal Dirigente"); color: Theme.muted }
        ComboBox {
            id: ds
            Layout.fillWidth: true
            model: dialog.dirigenti.map(u => u.display_name)
            Accessible.name: qsTr("Autorizzato dal Dirigente")
        }
        Label { text: qsTr("Consegnato durante il colloquio (R1)"); color: Theme.muted }
        ComboBox {
            id: interview
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: {
                const list = [{ text: qsTr("— nessun colloquio —"), value: 0 }]
                for (let i = 0; i < Session.interviews.count; ++i) {
                    const r = Session.interviews.get(i)
                    list.push({ text: qsTr("Colloquio %1").arg(r.id), value: r.id })
                }
                return list
            }
            Accessible.name: qsTr("Colloquio")
        }
    }
}

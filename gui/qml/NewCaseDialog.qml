// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend

Dialog {
    id: dialog
    objectName: "newCaseDialog"
    signal created(int id)
    title: qsTr("Nuovo caso")
    modal: true
    // A click beside the dialog must not throw away what was typed.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, Overlay.overlay ? Overlay.overlay.width - 60 : 620)
    standardButtons: Dialog.Ok | Dialog.Cancel
    // Empty fields for a new case; after a refusal the dialog opens again
    // with what was typed.
    function openNew() {
        caseTitle.text = ""
        protocol.text = ""
        incident.text = ""
        notes.text = ""
        exOfficio.checked = false
        open()
    }
    onOpened: caseTitle.input.forceActiveFocus()
    onAccepted: {
        const id = Session.createCase({ title: caseTitle.text, protocol: protocol.text,
                                        incident_date: incident.text, ex_officio: exOfficio.checked,
                                        notes: notes.text })
        if (id > 0)
            dialog.created(id)
        else
            Qt.callLater(dialog.open)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        FormField {
            id: caseTitle
            objectName: "caseTitle"
            label: qsTr("Titolo breve (senza nomi di studenti)")
            placeholder: qsTr("Messaggi offensivi nel gruppo della classe")
        }
        Connections {
            target: caseTitle.input
            function onAccepted() { dialog.accept() }
        }
        FormField { id: protocol; label: qsTr("Numero di protocollo (se già assegnato)") }
        FormField { id: incident; label: qsTr("Data dei fatti"); placeholder: qsTr("20/11/2026") }
        FormField { id: notes; label: qsTr("Note") }
        CheckBox {
            id: exOfficio
            text: qsTr("Reato procedibile d'ufficio (R13): va segnalato entro 48 ore")
        }
    }
}

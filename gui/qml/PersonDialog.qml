// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

Dialog {
    id: dialog
    objectName: "personDialog"
    title: qsTr("Aggiungi una persona coinvolta")
    modal: true
    // A click beside the dialog must not throw away what was typed.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, Overlay.overlay ? Overlay.overlay.width - 60 : 760)
    height: Math.min(640, Overlay.overlay ? Overlay.overlay.height - 60 : 640)
    standardButtons: Dialog.Ok | Dialog.Cancel

    readonly property var roles: ["vittima", "presunto-autore", "testimone", "altro"]
    function list(text) { return text.split(",").map(s => s.trim()).filter(s => s !== "") }

    function openNew() {
        for (const f of [name, surname, nick, cls, school, birthDate, birthPlace, address, phones, handles,
                         gName, gRelation, gPhone, gEmail, g2Name, g2Relation, g2Phone, g2Email, notes])
            f.text = ""
        role.currentIndex = 0
        sex.currentIndex = 0
        minor.checked = true
        open()
    }
    onOpened: name.input.forceActiveFocus()
    onAccepted: if (!Session.addPerson({
        name: name.text, surname: surname.text, nicknames: list(nick.text), "class": cls.text,
        school: school.text, birth_date: birthDate.text, birth_place: birthPlace.text, address: address.text,
        phones: list(phones.text), handles: list(handles.text), role: roles[role.currentIndex],
        minor: minor.checked, notes: notes.text, sex: sex.currentValue,
        guardians: [{ name: gName.text, relation: gRelation.text, phone: gPhone.text, email: gEmail.text },
                    { name: g2Name.text, relation: g2Relation.text, phone: g2Phone.text, email: g2Email.text }]
    })) Qt.callLater(dialog.open)  // refused: keep what was typed

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2
            FormField { id: name; objectName: "personName"; label: qsTr("Nome") }
            FormField { id: surname; objectName: "personSurname"; label: qsTr("Cognome") }
            ColumnLayout {
                Label { text: qsTr("Ruolo nel caso"); color: Theme.muted }
                ComboBox {
                    id: role
                    objectName: "personRole"
                    Layout.fillWidth: true
                    model: dialog.roles.map(r => Format.personRole(r))
                    Accessible.name: qsTr("Ruolo nel caso")
                }
            }
            CheckBox { id: minor; text: qsTr("Minorenne"); checked: true }
            ColumnLayout {
                Label { text: qsTr("Sesso"); color: Theme.muted }
                ComboBox {
                    id: sex
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ text: qsTr("— non indicato —"), value: "" }, { text: qsTr("Femmina"), value: "F" },
                            { text: qsTr("Maschio"), value: "M" }, { text: qsTr("Altro"), value: "X" }]
                    Accessible.name: qsTr("Sesso")
                }
            }
            Item { Layout.fillWidth: true }
            FormField { id: cls; label: qsTr("Classe"); placeholder: qsTr("2B") }
            FormField { id: school; label: qsTr("Scuola (se diversa)") }
            FormField { id: nick; label: qsTr("Soprannomi (separati da virgola)") }
            FormField { id: handles; label: qsTr("Profili social (separati da virgola)"); placeholder: "@nome" }
            FormField { id: phones; label: qsTr("Telefoni (separati da virgola)") }
            FormField { id: birthDate; label: qsTr("Data di nascita"); placeholder: "12/03/2012" }
            FormField { id: birthPlace; label: qsTr("Luogo di nascita") }
            FormField { id: address; label: qsTr("Indirizzo") }
            FormField { id: gName; label: qsTr("Genitore o tutore: nome") }
            FormField { id: gRelation; label: qsTr("Relazione (madre, padre, tutore)") }
            FormField { id: gPhone; label: qsTr("Telefono del genitore") }
            FormField { id: gEmail; label: qsTr("E-mail del genitore") }
            FormField { id: g2Name; label: qsTr("Secondo genitore o tutore: nome") }
            FormField { id: g2Relation; label: qsTr("Relazione") }
            FormField { id: g2Phone; label: qsTr("Telefono") }
            FormField { id: g2Email; label: qsTr("E-mail") }
            FormField { id: notes; label: qsTr("Note"); Layout.columnSpan: 2 }
        }
    }
}

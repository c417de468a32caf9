// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The Allegato 1 bis details of a piece of evidence (R4): when it was
// posted, where, who took part, what it shows, and the device it came from.
// values() gives them as Session.importFiles and Session.finishCapture take them.
GridLayout {
    id: fields
    property var participants: [{ name: "", phone: "", handle: "" }]
    property alias device: deviceField.text
    property alias postedAt: postedAtField.text
    property bool showDevice: true
    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing / 2
    Layout.fillWidth: true

    function values() {
        return {
            posted_at: postedAtField.text, platform: platformField.text, place: placeField.text,
            participants: fields.participants,
            profiles: profilesField.text.split(",").map(s => s.trim()).filter(s => s !== ""),
            description: descriptionField.text, device: deviceField.text
        }
    }

    FormField { id: postedAtField; objectName: "postedAt"; label: qsTr("Quando è stato pubblicato o inviato"); placeholder: "20/11/2026 21:40" }
    FormField { id: platformField; objectName: "platform"; label: qsTr("Piattaforma"); placeholder: qsTr("WhatsApp, Instagram, TikTok…") }
    FormField { id: placeField; objectName: "place"; label: qsTr("URL, nome della chat o della pagina"); Layout.columnSpan: 2 }
    ColumnLayout {
        Layout.columnSpan: 2
        Label { text: qsTr("Partecipanti visibili (nome, numero di telefono, nome del profilo)"); color: Theme.muted }
        Repeater {
            model: fields.participants.length
            RowLayout {
                required property int index
                Layout.fillWidth: true
                TextField {
                    text: fields.participants[index].name
                    placeholderText: qsTr("Nome")
                    Layout.fillWidth: true
                    onTextChanged: fields.participants[index].name = text
                    Accessible.name: qsTr("Nome del partecipante")
                }
                TextField {
                    text: fields.participants[index].phone
                    placeholderText: qsTr("Telefono")
                    Layout.fillWidth: true
                    onTextChanged: fields.participants[index].phone = text
                    Accessible.name: qsTr("Telefono del partecipante")
                }
                TextField {
                    text: fields.participants[index].handle
                    placeholderText: qsTr("Profilo (@nome)")
                    Layout.fillWidth: true
                    onTextChanged: fields.participants[index].handle = text
                    Accessible.name: qsTr("Profilo del partecipante")
                }
            }
        }
        Button {
            text: qsTr("Aggiungi partecipante")
            onClicked: fields.participants = fields.participants.concat([{ name: "", phone: "", handle: "" }])
        }
    }
    FormField { id: profilesField; label: qsTr("Nomi dei profili coinvolti (separati da virgola)"); Layout.columnSpan: 2 }
    FormField { id: descriptionField; objectName: "description"; label: qsTr("Descrizione (cosa mostra, senza copiarne il contenuto)"); Layout.columnSpan: 2 }
    FormField {
        id: deviceField
        objectName: "deviceField"
        visible: fields.showDevice
        label: qsTr("Dispositivo di origine")
        placeholder: qsTr("telefono dello studente")
    }
}

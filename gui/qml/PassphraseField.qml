// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend

// A new passphrase typed twice, with the vault's strength assessment
// (zxcvbn) as a bar and in words. `acceptable` when strong enough and equal.
ColumnLayout {
    id: field
    property string label: qsTr("Passphrase")
    property var context: []
    readonly property string passphrase: first.text
    readonly property var assessment: Session.assessPassphrase(first.text, context)
    readonly property bool matches: first.text === second.text
    readonly property bool acceptable: assessment.acceptable && matches
    property alias firstInput: first
    property alias secondInput: second
    spacing: 4
    Layout.fillWidth: true

    function clear() {
        first.text = ""
        second.text = ""
    }

    Label { text: field.label; color: Theme.muted }
    TextField {
        id: first
        objectName: "passphraseFirst"
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Accessible.name: field.label
    }
    RowLayout {
        Layout.fillWidth: true
        Repeater {
            model: 5
            Rectangle {
                Layout.fillWidth: true
                height: 6
                radius: 3
                color: first.text.length > 0 && index <= field.assessment.level
                       ? (field.assessment.level < 2 ? Theme.danger : field.assessment.level < 3 ? Theme.warning : Theme.ok)
                       : Theme.border
            }
        }
        Label {
            objectName: "strengthLabel"
            text: first.text.length === 0 ? "" : [qsTr("molto debole"), qsTr("debole"), qsTr("sufficiente"),
                                                   qsTr("buona"), qsTr("robusta")][field.assessment.level]
            color: Theme.muted
        }
    }
    Label {
        objectName: "strengthAdvice"
        visible: first.text.length > 0 && (field.assessment.reason !== "" || field.assessment.advise)
        text: field.assessment.reason === "short"
              ? qsTr("Troppo corta: servono almeno %1 caratteri.").arg(field.assessment.min_length)
              : field.assessment.reason === "guessable"
                ? qsTr("Troppo facile da indovinare (parole comuni, nomi, sequenze o ripetizioni).")
                : qsTr("Per renderla più robusta usi quattro o cinque parole non collegate, ad esempio «tavolo nuvola quaderno salto».")
        color: field.assessment.reason !== "" ? Theme.danger : Theme.muted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label { text: qsTr("Ripeta la passphrase"); color: Theme.muted }
    TextField {
        id: second
        objectName: "passphraseSecond"
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Accessible.name: qsTr("Ripeta la passphrase")
    }
    Label {
        visible: second.text.length > 0 && !field.matches
        text: qsTr("Le due passphrase non coincidono.")
        color: Theme.danger
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// Who is opening the vault, and their passphrase (or the recovery code).
Frame {
    id: panel
    objectName: "unlockPanel"
    property string path: ""
    readonly property var users: path !== "" ? Session.usersOf(path) : []
    readonly property string warning: Session.mediumWarning(path)
    signal back()
    padding: Theme.margin
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }

    function submit() {
        if (userBox.currentIndex < 0 || secret.text === "")
            return
        Session.unlock(panel.path, panel.users[userBox.currentIndex].id, secret.text, recovery.checked)
        secret.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle { text: qsTr("Apri l'archivio") }
        Label {
            text: panel.path
            color: Theme.muted
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Label {
            visible: panel.warning !== ""
            text: panel.warning
            color: Theme.warning
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Utente"); color: Theme.muted }
        ComboBox {
            id: userBox
            objectName: "userBox"
            Layout.fillWidth: true
            model: panel.users.map(u => qsTr("%1 — %2").arg(u.display_name).arg(Format.userRole(u.role)))
            currentIndex: {
                for (let i = 0; i < panel.users.length; ++i)
                    if (panel.users[i].role === "referente") return i
                return panel.users.length > 0 ? 0 : -1
            }
            Accessible.name: qsTr("Utente")
        }
        Label { text: recovery.checked ? qsTr("Codice di recupero") : qsTr("Passphrase"); color: Theme.muted }
        TextField {
            id: secret
            objectName: "unlockSecret"
            echoMode: recovery.checked ? TextInput.Normal : TextInput.Password
            Layout.fillWidth: true
            focus: true
            onAccepted: panel.submit()
            Accessible.name: recovery.checked ? qsTr("Codice di recupero") : qsTr("Passphrase")
        }
        CheckBox {
            id: recovery
            text: qsTr("Ho perso la passphrase: uso il codice di recupero (resta registrato)")
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                text: qsTr("Indietro")
                onClicked: panel.back()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "unlockButton"
                text: qsTr("Apri")
                highlighted: true
                enabled: secret.text !== "" && userBox.currentIndex >= 0
                onClicked: panel.submit()
            }
        }
    }
}

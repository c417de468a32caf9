// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    width: 960
    height: 640
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: qsTr("Custodia")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 640)
        spacing: 16

        Label {
            text: qsTr("Custodia")
            font.pixelSize: 32
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Archivio cifrato delle prove con catena di custodia")
            font.pixelSize: 16
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("L'applicazione desktop è in preparazione. Per ora Custodia si usa dal comando "
                       + "«custodia» nel terminale: la guida è in docs/guida-utente.md.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}

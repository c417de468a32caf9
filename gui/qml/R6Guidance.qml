// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// R6 stopped an acquisition (import or capture): nothing was acquired; what
// to do and whom to call. The same words wherever it is asked.
Frame {
    id: box
    objectName: "r6Guidance"
    signal back()
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
            onClicked: box.back()
        }
    }
}

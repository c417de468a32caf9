// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// The custody log of the case in plain words, newest first, and the full check.
Item {
    id: tab
    property var report: null

    Connections {
        target: Session
        function onVerified(r) { tab.report = r }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Ogni operazione sulle prove è registrata e firmata: chi, cosa, quando.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "verifyButton"
                text: qsTr("Verifica registro e prove")
                onClicked: Session.verifyLog()
            }
        }
        Frame {
            objectName: "verifyResult"
            visible: tab.report !== null
            Layout.fillWidth: true
            background: Rectangle {
                color: tab.report && tab.report.ok ? Theme.okBack : Theme.dangerBack
                border.color: tab.report && tab.report.ok ? Theme.ok : Theme.danger
                radius: 6
            }
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: !tab.report ? "" : tab.report.ok
                          ? qsTr("Verifica superata: %1 operazioni firmate; prove decifrate e confrontate con "
                                 + "l'impronta SHA-256 registrata all'acquisizione: %2.").arg(tab.report.entries).arg(tab.report.blobs)
                          : qsTr("Verifica NON superata: %n problemi. Non modifichi nulla e avvisi il Dirigente.", "",
                                 tab.report.problems.length)
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: tab.report ? tab.report.problems : []
                    Label {
                        required property var modelData
                        text: "• " + modelData.message
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: !!tab.report
                    text: tab.report ? qsTr("Radice del registro: %1").arg(tab.report.root) : ""
                    font.family: Theme.mono
                    font.pixelSize: Theme.fontSize - 3
                    color: Theme.muted
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
            }
        }
        ListView {
            id: list
            objectName: "timelineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Session.timeline
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                width: list.width
                onClicked: details.visible = !details.visible
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Label {
                            text: Format.dateTime(model.time)
                            color: Theme.muted
                            Layout.preferredWidth: 150
                        }
                        Label {
                            text: "<b>" + model.actor_name + "</b> " + Format.action(model.action, model.details, model.item)
                            textFormat: Text.StyledText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label { text: "#" + model.seq; color: Theme.muted }
                    }
                    Label {
                        id: details
                        visible: false
                        text: qsTr("Operazione: %1\nImpronta: %2\n%3").arg(model.action).arg(model.entry_hash).arg(model.details_text)
                        font.family: Theme.mono
                        font.pixelSize: Theme.fontSize - 3
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}

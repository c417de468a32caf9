// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// The evidence of the case as a grid; thumbnails are decrypted in memory only.
Item {
    id: tab
    signal viewItem(string id)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            visible: Session.items.count === 0
            text: qsTr("Nessuna prova. Usi «Importa prove…» per acquisire screenshot, foto o video.")
            color: Theme.muted
        }
        GridView {
            id: grid
            objectName: "evidenceGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 220
            cellHeight: 272
            model: Session.items
            keyNavigationEnabled: true
            focus: true
            activeFocusOnTab: true
            Keys.onReturnPressed: if (currentIndex >= 0) tab.viewItem(Session.items.get(currentIndex).id)
            Keys.onEnterPressed: if (currentIndex >= 0) tab.viewItem(Session.items.get(currentIndex).id)
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: cell
                width: grid.cellWidth - 10
                height: grid.cellHeight - 10
                highlighted: GridView.isCurrentItem
                onClicked: tab.viewItem(model.id)
                Accessible.name: qsTr("Prova %1").arg(model.short_id)
                background: Rectangle {
                    color: cell.highlighted || cell.hovered ? "#eaf0f7" : Theme.surface
                    border.color: Theme.border
                    radius: 6
                }
                contentItem: ColumnLayout {
                    spacing: 4
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 160
                        color: "#e9ecef"
                        Image {
                            anchors.fill: parent
                            anchors.margins: 2
                            visible: model.is_image
                            source: model.is_image ? "image://evidence/" + model.id + "/thumb" : ""
                            sourceSize: Qt.size(320, 320)
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            cache: false
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: !model.is_image
                            text: model.is_video ? "▶" : model.kind === "physical" ? "✉" : "📄"
                            font.pixelSize: 48
                            color: Theme.muted
                        }
                    }
                    Label {
                        text: Format.kind(model.kind) + " · " + model.short_id
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !!model.interrupted
                        text: qsTr("registrazione interrotta")
                        color: Theme.danger
                        font.pixelSize: Theme.fontSize - 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: model.redaction !== "" && model.redaction !== "none"
                        text: qsTr("consulto: %1").arg(Format.reviewState(model.redaction))
                        color: model.redaction === "approved" ? Theme.ok : Theme.warning
                        font.pixelSize: Theme.fontSize - 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: model.held ? qsTr("bloccata (blocco legale)")
                                         : model.destroy_after ? qsTr("distruzione: %1").arg(Format.date(model.destroy_after)) : ""
                        color: model.held ? Theme.primary : Theme.muted
                        font.pixelSize: Theme.fontSize - 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}

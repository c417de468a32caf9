// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// The people of the case (the roster that consult copies hide, R7).
Item {
    PersonDialog { id: dialog }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Label {
                text: qsTr("Le persone coinvolte, con ruolo e minore età. I dati servono per la segnalazione "
                           + "(R13) e per nascondere le identità nelle copie per consulenza (R7).")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "addPersonButton"
                text: qsTr("Aggiungi persona…")
                enabled: Session.currentCaseRecord.status === "open"
                onClicked: dialog.openNew()
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Session.persons
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                width: list.width
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 2
                    Label {
                        text: qsTr("%1 — %2%3").arg(model.display_name).arg(Format.personRole(model.role))
                              .arg(model.minor ? qsTr(", minore") : qsTr(", maggiorenne"))
                        font.bold: true
                    }
                    Label {
                        text: [model["class"] ? qsTr("classe %1").arg(model["class"]) : "",
                               model.school || "",
                               (model.nicknames || []).length ? qsTr("soprannomi: %1").arg(model.nicknames.join(", ")) : "",
                               (model.phones || []).length ? qsTr("tel. %1").arg(model.phones.join(", ")) : "",
                               (model.handles || []).length ? qsTr("profili: %1").arg(model.handles.join(", ")) : ""]
                              .filter(s => s !== "").join(" · ")
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: (model.guardians || []).length > 0
                        text: qsTr("Genitori/tutori: %1").arg((model.guardians || []).map(
                                  g => [g.name, g.relation, g.phone, g.email].filter(s => s).join(", ")).join("; "))
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}

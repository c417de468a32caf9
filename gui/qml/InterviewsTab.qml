// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// R1: the written memo of each interview, and what was acquired during it.
Item {
    InterviewDialog { id: dialog }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Label {
                text: qsTr("Ogni colloquio che rivela una situazione dannosa ha la sua memoria scritta (R1), con le "
                           + "parole dello studente riportate testualmente.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "addInterviewButton"
                text: qsTr("Nuovo colloquio…")
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
            model: Session.interviews
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                width: list.width
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        text: qsTr("Colloquio %1 del %2, condotto da %3").arg(model.id)
                              .arg(Format.dateTime(model.held_at)).arg(model.held_by)
                        font.bold: true
                    }
                    Label {
                        text: [model.student_name ? qsTr("studente: %1").arg(model.student_name) : "",
                               (model.adults_present || []).length ? qsTr("presenti: %1").arg(model.adults_present.join(", ")) : "",
                               model.protocol ? qsTr("protocollo %1").arg(model.protocol) : "",
                               qsTr("%n prove acquisite", "", model.item_count)].filter(s => s !== "").join(" · ")
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: model.memo
                        wrapMode: Text.WordWrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: quotes || []
                        Label {
                            required property string modelData
                            text: "«" + modelData + "»"
                            font.italic: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        // R1: what was acquired during this interview.
                        readonly property var acquired: {
                            const out = []
                            for (let i = 0; i < Session.items.count; ++i) {
                                const it = Session.items.get(i)
                                if (it.interview === model.id)
                                    out.push(Format.kind(it.kind) + " " + it.short_id)
                            }
                            return out
                        }
                        visible: acquired.length > 0
                        text: qsTr("Acquisite in questo colloquio: %1").arg(acquired.join(", "))
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        readonly property var advice: model.r7b_advice || {}
                        text: qsTr("R7b: %1 non condividere · %2 rimuovere se possibile · %3 non agire da solo")
                              .arg(advice.not_share_or_comment ? "✔" : "✘").arg(advice.remove_if_possible ? "✔" : "✘")
                              .arg(advice.not_act_alone ? "✔" : "✘")
                        color: Theme.muted
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import "Format.js" as Format

// R13: the 48-hour countdown of a case flagged as a crime prosecuted ex officio.
// `seconds` left (negative: overdue); hidden when there is no deadline or the
// case was reported.
Rectangle {
    id: badge
    property string deadline: ""
    property real seconds: 0
    property bool reported: false
    readonly property bool overdue: seconds < 0
    visible: deadline !== "" && !reported
    radius: 4
    color: overdue ? Theme.dangerBack : Theme.warningBack
    border.color: overdue ? Theme.danger : Theme.warning
    implicitWidth: text.implicitWidth + 16
    implicitHeight: text.implicitHeight + 8

    Label {
        id: text
        objectName: "deadlineText"
        anchors.centerIn: parent
        color: badge.overdue ? Theme.danger : Theme.warning
        font.bold: true
        text: badge.overdue
              ? qsTr("R13: segnalazione scaduta da %1").arg(Format.duration(badge.seconds))
              : qsTr("R13: segnalare entro %1").arg(Format.duration(badge.seconds))
    }
}

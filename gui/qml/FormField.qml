// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled one-line text field; `text` is what was typed.
ColumnLayout {
    id: field
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input
    property string help: ""
    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        color: Theme.muted
    }
    TextField {
        id: input
        Layout.fillWidth: true
        selectByMouse: true
        Accessible.name: caption.text
    }
    Label {
        visible: field.help !== ""
        text: field.help
        color: Theme.muted
        font.pixelSize: Theme.fontSize - 2
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// The circumstances of an acquisition, asked before it: the student's
// consent (R3) and the interview it belongs to (R1).
RowLayout {
    id: fields
    readonly property string consent: consentBox.currentValue
    readonly property var interview: interviewBox.currentValue
    spacing: Theme.spacing
    Layout.fillWidth: true

    ColumnLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Consenso dello studente (R3)"); color: Theme.muted }
        ComboBox {
            id: consentBox
            objectName: "consentBox"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{ text: qsTr("— scegliere —"), value: "" },
                    { text: qsTr("Sì, lo studente ha acconsentito"), value: "yes" },
                    { text: qsTr("No"), value: "no" },
                    { text: qsTr("Dispositivo trattenuto"), value: "device-withheld" }]
            Accessible.name: qsTr("Consenso dello studente")
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Acquisito durante il colloquio (R1)"); color: Theme.muted }
        ComboBox {
            id: interviewBox
            objectName: "interviewBox"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: {
                const list = [{ text: qsTr("— nessun colloquio —"), value: 0 }]
                for (let i = 0; i < Session.interviews.count; ++i) {
                    const r = Session.interviews.get(i)
                    list.push({ text: qsTr("Colloquio %1 del %2").arg(r.id).arg(Format.dateTime(r.held_at)),
                                value: r.id })
                }
                return list
            }
            Accessible.name: qsTr("Colloquio")
        }
    }
}

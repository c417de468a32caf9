// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// The cases: status, counts, R13 countdown, items due for destruction soon.
Page {
    id: page
    objectName: "casesPage"
    signal caseChosen(int id)
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Session.refreshCases()

    NewCaseDialog {
        id: newCase
        onCreated: id => page.caseChosen(id)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // R11: what the purge at unlock destroyed.
        Frame {
            objectName: "purgeReport"
            visible: (Session.purgeReport.destroyed || 0) > 0 || (Session.purgeReport.physical_to_destroy || 0) > 0
                     || (Session.purgeReport.error || "") !== ""
            Layout.fillWidth: true
            background: Rectangle { color: Theme.warningBack; border.color: Theme.warning; radius: 6 }
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("All'apertura sono state distrutte %n prove giunte alla scadenza (R11).", "",
                               Session.purgeReport.destroyed || 0)
                    visible: (Session.purgeReport.destroyed || 0) > 0
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: (Session.purgeReport.destroyed || 0) > 0
                    text: qsTr("Il verbale di distruzione e l'elenco sono in «Conservazione».")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: (Session.purgeReport.physical_to_destroy || 0) > 0
                    text: qsTr("%n buste sigillate sono da distruggere a mano: vedere Conservazione.", "",
                               Session.purgeReport.physical_to_destroy || 0)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: (Session.purgeReport.error || "") !== ""
                    text: qsTr("La distruzione automatica non è riuscita e sarà ripetuta alla prossima apertura: %1")
                          .arg(Session.purgeReport.error || "")
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Casi")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "newCaseButton"
                text: qsTr("Nuovo caso…")
                highlighted: true
                onClicked: newCase.openNew()
            }
        }

        Label {
            visible: Session.cases.count === 0
            text: qsTr("Nessun caso. Apra un nuovo caso quando un colloquio rivela una situazione da documentare (R1).")
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "casesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: Session.cases
            keyNavigationEnabled: true
            focus: true
            activeFocusOnTab: true
            Keys.onReturnPressed: if (currentIndex >= 0) page.caseChosen(Session.cases.get(currentIndex).id)
            Keys.onEnterPressed: if (currentIndex >= 0) page.caseChosen(Session.cases.get(currentIndex).id)
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                width: list.width
                padding: Theme.spacing
                highlighted: ListView.isCurrentItem
                onClicked: page.caseChosen(model.id)
                background: Rectangle {
                    color: row.highlighted || row.hovered ? "#eaf0f7" : Theme.surface
                    border.color: Theme.border
                    radius: 6
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: qsTr("Caso %1 — %2").arg(model.id).arg(model.title)
                            font.bold: true
                            font.pixelSize: Theme.headingSize - 1
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%1 · aperto il %2 · %3 persone · %4 colloqui · %5 prove")
                                  .arg(Format.caseStatus(model.status)).arg(Format.date(model.opened_at))
                                  .arg(model.persons).arg(model.interviews).arg(model.items)
                            color: Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: model.items_due_soon > 0
                        text: qsTr("%n prove in scadenza entro 30 giorni", "", model.items_due_soon)
                        color: Theme.warning
                    }
                    DeadlineBadge {
                        deadline: model.report_deadline || ""
                        seconds: model.deadline_seconds
                        reported: !!model.reported_at
                    }
                }
            }
        }
    }
}

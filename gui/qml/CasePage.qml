// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// One case: its people, interviews, evidence and custody timeline.
Page {
    id: page
    objectName: "casePage"
    readonly property var record: Session.currentCaseRecord
    readonly property bool open: record.status === "open"
    background: Rectangle { color: Theme.background }

    function importEvidence() { StackView.view.push(importPage) }
    function captureEvidence() { StackView.view.push(capturePage) }
    function viewItem(id) { StackView.view.push(viewerPage, { itemId: id }) }

    Component { id: importPage; ImportPage {} }
    Component { id: capturePage; CapturePage {} }
    PhysicalItemDialog { id: physicalDialog }
    Dialog {
        id: caseHoldDialog
        title: qsTr("Blocco legale su tutto il caso")
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        width: 560
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Nessuna prova del caso sarà distrutta finché il blocco resta attivo (R11).")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            FormField { id: caseHoldReason; label: qsTr("Motivo (es. procedimento in corso)") }
            FormField { id: caseHoldRef; label: qsTr("Riferimento (protocollo, numero del procedimento)") }
            FormField { id: caseHoldReview; label: qsTr("Da riesaminare entro (al massimo 6 mesi)"); placeholder: "20/03/2027" }
        }
        onAccepted: if (!Session.placeHold("", caseHoldReason.text, caseHoldRef.text, caseHoldReview.text))
                        Qt.callLater(caseHoldDialog.open)
    }
    Component { id: viewerPage; ViewerPage {} }
    Component { id: exportPage; ExportPage {} }
    Component { id: consultPage; ConsultPage {} }

    Dialog {
        id: reportedDialog
        title: qsTr("Segnalazione inviata (R13)")
        modal: true
        anchors.centerIn: parent
        width: 520
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            FormField { id: reportedTo; label: qsTr("A chi (es. Polizia Postale di Udine, Procura per i minorenni)") }
            FormField { id: reportedRef; label: qsTr("Protocollo della segnalazione") }
        }
        onAccepted: Session.markReported(reportedTo.text, reportedRef.text)
    }
    Dialog {
        id: closeDialog
        title: qsTr("Chiudi il caso")
        modal: true
        anchors.centerIn: parent
        width: 520
        standardButtons: Dialog.Ok | Dialog.Cancel
        FormField { id: closeReason; width: parent.width; label: qsTr("Motivo della chiusura") }
        onAccepted: Session.closeCase(closeReason.text)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("‹ Casi")
                onClicked: window.goHome()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "caseTitleLabel"
                    text: qsTr("Caso %1 — %2").arg(page.record.id).arg(page.record.title)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: [Format.caseStatus(page.record.status),
                           page.record.protocol ? qsTr("protocollo %1").arg(page.record.protocol) : "",
                           page.record.incident_date ? qsTr("fatti del %1").arg(page.record.incident_date) : "",
                           page.record.reported_at ? qsTr("segnalato a %1 il %2").arg(page.record.reported_to)
                                                     .arg(Format.dateTime(page.record.reported_at)) : ""]
                          .filter(s => s !== "").join(" · ")
                    color: Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            DeadlineBadge {
                deadline: page.record.report_deadline || ""
                seconds: page.record.deadline_seconds || 0
                reported: !!page.record.reported_at
            }
            Button {
                objectName: "importButton"
                text: qsTr("Importa prove…")
                highlighted: true
                enabled: page.open
                onClicked: page.importEvidence()
            }
            Button {
                objectName: "captureButton"
                text: qsTr("Acquisisci…")
                enabled: page.open
                onClicked: page.captureEvidence()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Foto o video dalla webcam, schermata o registrazione dello schermo, cifrati subito")
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Consegna alla Polizia…")
                onClicked: page.StackView.view.push(exportPage)
            }
            Button {
                objectName: "consultButton"
                text: qsTr("Copia per consulto…")
                onClicked: page.StackView.view.push(consultPage)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Una copia con i minori non riconoscibili, per uno psicologo, uno sportello o un legale (R7).")
            }
            Button {
                id: more
                objectName: "moreButton"
                text: qsTr("Altro ▾")
                onClicked: moreMenu.open()
                Menu {
                    id: moreMenu
                    y: more.height
                    x: more.width - width
                    width: 480
                    MenuItem {
                        text: page.record.ex_officio ? qsTr("Togli il segnale di reato d'ufficio")
                                                    : qsTr("Segnala come reato procedibile d'ufficio (R13)")
                        enabled: page.open
                        onTriggered: Session.setExOfficio(!page.record.ex_officio)
                    }
                    MenuItem {
                        objectName: "physicalMenuItem"
                        text: qsTr("Registra un oggetto fisico in busta sigillata (R9)…")
                        enabled: page.open
                        onTriggered: physicalDialog.openNew()
                    }
                    MenuItem {
                        text: qsTr("Blocco legale su tutto il caso (solo Dirigente)…")
                        enabled: Session.userRole === "dirigente"
                        onTriggered: caseHoldDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Registra la segnalazione inviata…")
                        onTriggered: reportedDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Chiudi il caso…")
                        enabled: page.open
                        onTriggered: closeDialog.open()
                    }
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "caseTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("Persone (%1)").arg(Session.persons.count) }
            TabButton { text: qsTr("Colloqui (%1)").arg(Session.interviews.count) }
            TabButton { objectName: "evidenceTab"; text: qsTr("Prove (%1)").arg(Session.items.count) }
            TabButton { objectName: "timelineTab"; text: qsTr("Registro di custodia") }
            onCurrentIndexChanged: if (currentIndex === 3) Session.refreshTimeline()
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            PersonsTab { enabled: true }
            InterviewsTab {}
            EvidenceTab { onViewItem: id => page.viewItem(id) }
            TimelineTab {}
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Custodia.Backend

// Start: choose a vault (recent ones by path), create one, or try the demo.
Page {
    id: page
    objectName: "startPage"
    background: Rectangle { color: Theme.background }
    property string chosen: (typeof initialVault !== "undefined" && initialVault !== "") ? initialVault : ""
    // The recent list looks again every 2 s: a stick plugged in enables its vault.
    property int probe: 0
    Timer {
        interval: 2000
        running: page.chosen === "" && page.visible
        repeat: true
        onTriggered: page.probe++
    }

    function choose(path) {
        if (!Session.isVault(path)) {
            window.showError(qsTr("In questa cartella non c'è un archivio Custodia."),
                             qsTr("Scelga la cartella dell'archivio (quella che contiene custodia.json), "
                                  + "oppure crei un nuovo archivio."))
            return
        }
        page.chosen = path
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Scegli la cartella dell'archivio")
        onAccepted: page.choose(Session.toLocalPath(selectedFolder))
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 760)
            x: (parent.width - width) / 2
            spacing: Theme.spacing * 1.5

            Item { height: Theme.margin }
            Label {
                text: qsTr("Custodia")
                font.pixelSize: 34
                font.bold: true
                color: Theme.primary
            }
            Label {
                text: qsTr("Archivio cifrato delle prove di cyberbullismo, con registro di custodia")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: window.lockNotice !== ""
                text: window.lockNotice
                color: Theme.warning
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            UnlockPanel {
                visible: page.chosen !== ""
                path: page.chosen
                Layout.fillWidth: true
                onBack: page.chosen = ""
            }

            ColumnLayout {
                visible: page.chosen === ""
                spacing: Theme.spacing
                Layout.fillWidth: true

                SectionTitle { text: qsTr("Archivi usati di recente") }
                Label {
                    visible: Session.recentVaults.length === 0
                    text: qsTr("Nessuno: apra l'archivio dalla chiavetta USB o ne crei uno nuovo.")
                    color: Theme.muted
                }
                Repeater {
                    model: Session.recentVaults
                    delegate: RowLayout {
                        required property string modelData
                        Layout.fillWidth: true
                        ItemDelegate {
                            objectName: "recentVault"
                            Layout.fillWidth: true
                            text: modelData
                            enabled: page.probe >= 0 && Session.isVault(modelData)
                            onClicked: page.choose(modelData)
                            ToolTip.visible: hovered && !enabled
                            ToolTip.text: qsTr("Supporto non collegato")
                        }
                        ToolButton {
                            text: "✕"
                            onClicked: Session.forgetRecent(modelData)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Togli dall'elenco (l'archivio non viene toccato)")
                            Accessible.name: qsTr("Togli dall'elenco")
                        }
                    }
                }
                RowLayout {
                    spacing: Theme.spacing
                    Button {
                        objectName: "openVaultButton"
                        text: qsTr("Apri un archivio…")
                        highlighted: true
                        onClicked: folderDialog.open()
                    }
                    Button {
                        objectName: "createVaultButton"
                        text: qsTr("Crea un nuovo archivio…")
                        onClicked: page.StackView.view.push(wizard)
                    }
                    Button {
                        objectName: "demoButton"
                        text: qsTr("Prova con dati di esempio")
                        onClicked: Session.openDemo()
                    }
                }
                RowLayout {
                    spacing: Theme.spacing
                    Label { text: qsTr("Lingua / Language") }
                    ComboBox {
                        objectName: "languageBox"
                        model: ["Italiano", "English"]
                        currentIndex: Session.language === "en" ? 1 : 0
                        onActivated: index => Session.language = index === 1 ? "en" : "it"
                    }
                    Label { text: qsTr("Blocco automatico dopo") }
                    SpinBox {
                        from: 1
                        to: 120
                        value: Session.idleLockMinutes
                        onValueModified: Session.idleLockMinutes = value
                        Accessible.name: qsTr("Minuti di inattività prima del blocco")
                    }
                    Label { text: qsTr("minuti di inattività") }
                }
            }
        }
    }

    Component {
        id: wizard
        CreateWizard { onCancelled: StackView.view.pop() }
    }
}

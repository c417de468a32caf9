// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 660
    visible: true
    title: Session.unlocked ? qsTr("Custodia — %1").arg(Session.school) : qsTr("Custodia")
    font.pixelSize: Theme.fontSize
    color: Theme.background
    // One palette for the Basic style: highlighted buttons and inactive tabs in
    // the school blue, plain buttons light grey.
    palette.window: Theme.background
    palette.dark: Theme.primary
    palette.brightText: Theme.primaryText
    palette.button: "#e3e8ee"
    palette.mid: "#c9d1da"
    palette.highlight: Theme.primary

    property string lockNotice: ""

    // A flat button of the blue title bar.
    component NavButton: ToolButton {
        id: nav
        palette.buttonText: Theme.primaryText
        background: Rectangle {
            color: nav.down ? "#2d6aa0" : nav.hovered || nav.visualFocus ? "#2a5f8f" : "transparent"
            border.color: nav.visualFocus ? Theme.primaryText : "transparent"
            radius: 4
        }
    }

    function showError(message, hint, kind) {
        errorDialog.kind = kind || "app"
        errorDialog.message = message
        errorDialog.hint = hint
        errorDialog.open()
    }
    function openCase(id) {
        if (Session.openCase(id))
            stack.push(casePage)
    }
    function goHome() {
        if (Session.currentCase > 0)
            Session.closeCaseView()
        stack.replace(null, casesPage)
    }

    header: ToolBar {
        // Hidden while the recovery code is shown: that step must be finished.
        visible: Session.unlocked && Session.recoveryCode === ""
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                text: qsTr("Custodia")
                color: Theme.primaryText
                font.bold: true
                font.pixelSize: Theme.headingSize
            }
            Label {
                text: Session.school
                color: Theme.primaryText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            NavButton {
                objectName: "navCases"
                enabled: !Session.capturing  // the capture page is left by its own buttons
                text: qsTr("Casi")
                onClicked: window.goHome()
            }
            NavButton {
                objectName: "navRetention"
                enabled: !Session.capturing  // the capture page is left by its own buttons
                text: qsTr("Conservazione")
                onClicked: {
                    Session.refreshRetention()
                    stack.push(retentionPage)
                }
            }
            Label {
                text: qsTr("%1 (%2)").arg(Session.userName).arg(Format.userRole(Session.userRole))
                color: Theme.primaryText
            }
            NavButton {
                objectName: "lockButton"
                text: qsTr("Blocca")
                onClicked: Session.lock("user")
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: startPage
    }

    Component { id: startPage; StartPage {} }
    Component { id: casesPage; CasesPage { onCaseChosen: id => window.openCase(id) } }
    Component { id: casePage; CasePage {} }
    Component { id: retentionPage; RetentionPage {} }
    Component {
        id: recoveryPage
        CreateWizard { showRecoveryOnly: true; onFinished: stack.replace(null, casesPage) }
    }

    // The R13 countdowns move on while the vault is open (no log entry).
    Timer {
        interval: 60000
        running: Session.unlocked && !Session.busy
        repeat: true
        onTriggered: Session.tick()
    }

    Connections {
        target: Session
        function onUnlockedChanged() {
            if (Session.unlocked) {
                window.lockNotice = ""
                if (stack.currentItem && stack.currentItem.objectName === "casesPage")
                    return  // the passphrase was changed: nothing to navigate
                stack.replace(null, Session.recoveryCode !== "" ? recoveryPage : casesPage)
                if (Session.openedWithRecoveryCode)
                    newPassphrase.open()
            } else {
                stack.replace(null, startPage)
            }
        }
        function onFailed(message, hint, kind) { window.showError(message, hint, kind) }
        function onLocked(reason) {
            newPassphrase.close()
            errorDialog.close()
            if (reason === "idle")
                window.lockNotice = qsTr("Archivio bloccato dopo %1 minuti di inattività.").arg(Session.idleLockMinutes)
            else if (reason === "medium")
                window.lockNotice = qsTr("Archivio bloccato: il supporto con l'archivio è stato scollegato.")
            else
                window.lockNotice = ""
        }
    }

    // After an opening with the recovery code: a new passphrase right away.
    Dialog {
        id: newPassphrase
        objectName: "newPassphraseDialog"
        title: qsTr("Scelga una nuova passphrase")
        modal: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: parent
        width: Math.min(600, window.width - 80)
        standardButtons: Dialog.Save | Dialog.Cancel
        onOpened: pass.clear()
        onAccepted: {
            Session.changePassphrase(pass.passphrase)
            pass.clear()
        }
        Component.onCompleted: standardButton(Dialog.Save).enabled = Qt.binding(() => pass.acceptable)
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("L'archivio è stato aperto con il codice di recupero (l'uso resta nel registro). Scelga ora "
                           + "una nuova passphrase per %1; poi il Dirigente generi un nuovo codice di recupero "
                           + "(«custodia user recovery-code»).").arg(Session.userName)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PassphraseField {
                id: pass
                label: qsTr("Nuova passphrase")
                context: [Session.school, Session.userName, Session.userId]
            }
        }
    }

    // Every long operation: progress, and Cancel where it is safe.
    Popup {
        id: busyPopup
        objectName: "busyPopup"
        modal: true
        closePolicy: Popup.NoAutoClose
        visible: Session.busy && !Session.capturing  // a capture shows its own page
        anchors.centerIn: parent
        width: 440
        padding: Theme.margin
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: Session.busyLabel
                font.pixelSize: Theme.headingSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ProgressBar {
                Layout.fillWidth: true
                indeterminate: Session.progress < 0
                value: Math.max(0, Session.progress)
            }
            Label {
                visible: Session.progress >= 0
                text: qsTr("%1%").arg(Math.round(Session.progress * 100))
                color: Theme.muted
            }
            Button {
                visible: Session.cancellable
                text: qsTr("Annulla")
                Layout.alignment: Qt.AlignRight
                onClicked: Session.cancel()
            }
        }
    }

    // A failure in plain words (translated, by kind), what to do, and the
    // vault's own message as the technical detail.
    Dialog {
        id: errorDialog
        objectName: "errorDialog"
        property string kind: "app"
        property string message
        property string hint
        readonly property var texts: ({
            "invalid-input": [qsTr("Dati non accettati"), qsTr("Controlli i campi compilati e riprovi.")],
            "not-found": [qsTr("Non trovato"), qsTr("L'elemento cercato non esiste (più) nell'archivio, o la cartella non è quella giusta.")],
            "already-exists": [qsTr("Esiste già"), qsTr("Scelga un altro nome o un'altra cartella.")],
            "permission": [qsTr("Operazione non consentita al suo ruolo"), qsTr("La richiesta è stata registrata. Se serve, la chieda al Dirigente Scolastico.")],
            "wrong-passphrase": [qsTr("Passphrase o codice di recupero errati"), qsTr("Controlli il blocco maiuscole e riprovi. L'archivio non è stato modificato.")],
            "busy": [qsTr("Archivio già aperto"), qsTr("Un altro programma Custodia sta usando questo archivio: lo chiuda e riprovi.")],
            "integrity": [qsTr("Dati alterati o danneggiati"), qsTr("Non modifichi nulla: avvisi il Dirigente ed esegua «Verifica registro e prove». L'archivio è stato lasciato com'era.")],
            "io": [qsTr("Errore del disco o della chiavetta"), qsTr("Il supporto potrebbe essere pieno, scollegato o danneggiato. Nulla di parziale è stato salvato.")],
            "stopped": [qsTr("Operazione fermata da una regola"), qsTr("Segua le indicazioni mostrate.")],
            "cancelled": [qsTr("Operazione annullata"), qsTr("Nulla è stato modificato.")],
            "app": [qsTr("Attenzione"), ""]
        })
        title: (texts[kind] || texts["app"])[0]
        modal: true
        anchors.centerIn: parent
        width: Math.min(600, window.width - 80)
        standardButtons: Dialog.Ok
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                visible: text !== ""
                text: (errorDialog.texts[errorDialog.kind] || errorDialog.texts["app"])[1]
                wrapMode: Text.WordWrap
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: errorDialog.message
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: errorDialog.hint !== ""
                text: errorDialog.hint
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}

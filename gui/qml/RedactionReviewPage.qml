// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custodia.Backend
import "Format.js" as Format

// R7: the review of one item's consult copy. The picture (for a video, the
// frames the engine read, on a strip) with every proposed region coloured by
// what it hides; the reason on hover; drag to cover more, click a region to
// leave it visible (click again to cover it); a preview of the copy as it
// will be burned; approve. Every decision is a custody event (redact.*).
// The pixels are decrypted into memory only (image://evidence/<id>/review/...).
Page {
    id: page
    objectName: "reviewPage"
    property string itemId: ""
    property var plan: ({})
    property var regions: []
    property var frames: []   // a video's frames to review: [{frame, seconds}]
    property int frame: -1    // the frame shown (-1: a picture)
    property int frameIndex: 0
    property bool preview: false
    property int revision: 0
    property real zoom: 1
    property string selected: ""
    property var undoStack: []  // region ids the reviewer removed, last first
    // A photo of a phone: the reviewer drags the screen's four corners
    // (top left, top right, bottom right, bottom left, picture pixels) where
    // the automatic search missed them; the photo is then read again on them.
    property bool adjusting: false
    property var corners: []
    property int corner: 0      // the corner the arrow keys move
    readonly property bool ready: !!plan.has_plan && (!plan.is_video || frames.length > 0)
    readonly property real fit: plan.width > 0 ? Math.min(flick.width / plan.width, flick.height / plan.height) : 1
    readonly property real scale: fit * zoom
    background: Rectangle { color: Theme.background }

    function kindColor(kind) {
        switch (kind) {
        case "name": case "surname": case "nickname": return "#d32f2f"
        case "phone": case "email": case "handle": return "#ef6c00"
        case "class": case "school": return "#7b1fa2"
        case "header": case "sender": return "#1565c0"
        case "avatar": case "face": return "#2e7d32"
        default: return "#37474f"
        }
    }
    function reload() {
        plan = Session.redactionPlan(itemId)
        regions = Session.redactionRegions(itemId, plan.is_video ? frame : -1)
        revision++
    }
    function start() {
        if (!plan.has_plan)
            return
        if (plan.is_video)
            Session.loadReviewFrames(itemId)
        else
            reload()
    }
    function showFrame(index) {
        if (index < 0 || index >= frames.length)
            return
        frameIndex = index
        frame = frames[index].frame
        selected = ""
        reload()
    }
    function regionById(id) {
        for (let i = 0; i < regions.length; ++i)
            if (regions[i].id === id)
                return regions[i]
        return null
    }
    // Click on a region: leave it visible, or cover it again.
    function toggle(id) {
        const r = regionById(id)
        if (!r)
            return
        selected = id
        if (r.removed) {
            if (Session.restoreRedactionRegion(itemId, id))
                undoStack = undoStack.filter(x => x !== id)
        } else if (Session.removeRedactionRegion(itemId, id, "")) {
            undoStack = [id].concat(undoStack)
        }
        reload()
    }
    function undo() {
        if (undoStack.length === 0)
            return
        const id = undoStack[0]
        undoStack = undoStack.slice(1)
        if (Session.restoreRedactionRegion(itemId, id))
            selected = id
        reload()
    }
    function addRegion(x, y, w, h) {
        if (Session.addRedactionRegion(itemId, Math.round(x), Math.round(y), Math.round(w), Math.round(h),
                                       plan.is_video ? frame : -1, "manual", "")) {
            reload()
            selected = regions.length > 0 ? regions[regions.length - 1].id : ""
        }
    }
    function approve() {
        if (ready && plan.status !== "approved" && Session.approveRedaction(itemId))
            reload()
    }
    function setZoom(z) { zoom = Math.max(0.25, Math.min(8, z)) }
    function startAdjusting() {
        if (!ready || plan.is_video)
            return
        const w = plan.width, h = plan.height
        corners = plan.screen && plan.screen.length === 4
                  ? plan.screen.map(c => ({x: c.x, y: c.y}))
                  : [{x: w * 0.15, y: h * 0.1}, {x: w * 0.85, y: h * 0.1}, {x: w * 0.85, y: h * 0.9}, {x: w * 0.15, y: h * 0.9}]
        corner = 0
        adjusting = true
    }
    function moveCorner(i, x, y) {
        const c = corners.slice()
        c[i] = {x: Math.max(0, Math.min(plan.width, x)), y: Math.max(0, Math.min(plan.height, y))}
        corners = c
    }
    function applyScreen(automatic) {
        adjusting = false
        undoStack = []
        Session.setRedactionScreen(itemId, automatic ? [] : corners)
    }

    Component.onCompleted: {
        plan = Session.openReview(itemId)
        start()
    }
    Component.onDestruction: Session.releaseReview()

    Connections {
        target: Session
        function onRedactionPlanned(ids) {
            if (ids.indexOf(page.itemId) < 0)
                return
            page.undoStack = []
            page.frames = []
            page.plan = Session.redactionPlan(page.itemId)
            page.start()
        }
        function onReviewFramesLoaded(id, loaded) {
            if (id !== page.itemId)
                return
            page.frames = loaded
            page.showFrame(0)
        }
    }

    Shortcut { sequences: ["+", "="]; onActivated: page.setZoom(page.zoom * 1.25) }
    Shortcut { sequence: "-"; onActivated: page.setZoom(page.zoom / 1.25) }
    Shortcut { sequence: "0"; onActivated: page.zoom = 1 }
    Shortcut { sequence: "P"; onActivated: page.preview = !page.preview }
    Shortcut { sequences: [StandardKey.Undo]; onActivated: page.undo() }
    Shortcut { sequences: ["Del", "Backspace"]; enabled: page.selected !== ""; onActivated: page.toggle(page.selected) }
    Shortcut { sequences: ["PgDown", "N"]; onActivated: page.showFrame(page.frameIndex + 1) }
    Shortcut { sequences: ["PgUp", "B"]; onActivated: page.showFrame(page.frameIndex - 1) }
    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; onActivated: page.approve() }
    Shortcut { sequence: "Esc"; onActivated: page.adjusting ? page.adjusting = false : page.StackView.view.pop() }
    Shortcut { sequence: "S"; enabled: page.ready && !page.plan.is_video; onActivated: page.adjusting ? page.applyScreen(false) : page.startAdjusting() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "reviewBack"
                text: qsTr("‹ Indietro")
                onClicked: page.StackView.view.pop()
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Copia per il consulto: prova %1").arg(page.itemId.substring(0, 8))
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "reviewState"
                    text: !page.plan.has_plan ? Format.reviewState("none")
                          : page.plan.status === "approved"
                            ? qsTr("Approvata da %1 il %2").arg(page.plan.approved_by).arg(Format.dateTime(page.plan.approved_at))
                            : Format.reviewState(page.plan.state)
                    color: page.plan.status === "approved" ? Theme.ok : Theme.warning
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "replanButton"
                text: page.plan.has_plan ? qsTr("Analizza di nuovo") : qsTr("Analizza ora")
                highlighted: !page.plan.has_plan
                enabled: !!page.plan.can_redact || !!page.plan.has_plan
                onClicked: Session.planRedaction([page.itemId])
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cerca di nuovo nomi, numeri, profili, volti: le zone aggiunte a mano e le scelte già fatte restano.")
            }
            Button {
                objectName: "screenButton"
                visible: page.ready && !page.plan.is_video
                text: page.adjusting ? qsTr("Applica (S)") : qsTr("Angoli dello schermo (S)")
                highlighted: page.adjusting
                onClicked: page.adjusting ? page.applyScreen(false) : page.startAdjusting()
                ToolTip.visible: hovered
                ToolTip.text: page.adjusting
                              ? qsTr("Raddrizza la foto sugli angoli indicati e la legge di nuovo.")
                              : qsTr("Per la foto di un telefono: indichi i quattro angoli dello schermo se le zone proposte "
                                     + "non cadono sulle scritte (schermo scuro su un tavolo scuro, riflessi).")
            }
            Button {
                objectName: "screenAutoButton"
                visible: page.adjusting
                text: qsTr("Ricerca automatica")
                enabled: !!page.plan.screen_by_reviewer
                onClicked: page.applyScreen(true)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Dimentica gli angoli indicati a mano: Custodia cerca di nuovo lo schermo da sola.")
            }
            Button {
                visible: page.adjusting
                text: qsTr("Annulla (Esc)")
                onClicked: page.adjusting = false
            }
            Switch {
                objectName: "previewSwitch"
                text: qsTr("Anteprima (P)")
                checked: page.preview
                enabled: page.ready
                onToggled: page.preview = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Mostra la copia come sarà: zone coperte da riquadri pieni.")
            }
            Button { text: "−"; implicitWidth: 40; enabled: page.ready; onClicked: page.setZoom(page.zoom / 1.25); Accessible.name: qsTr("Riduci") }
            Button { text: qsTr("Adatta"); enabled: page.ready; onClicked: page.zoom = 1 }
            Button { text: "+"; implicitWidth: 40; enabled: page.ready; onClicked: page.setZoom(page.zoom * 1.25); Accessible.name: qsTr("Ingrandisci") }
            Button {
                objectName: "approveButton"
                text: page.plan.status === "approved" ? qsTr("Approvata ✓") : qsTr("Approva (Ctrl+Invio)")
                highlighted: page.plan.status !== "approved"
                enabled: page.ready && page.plan.status !== "approved"
                onClicked: page.approve()
            }
        }

        Label {
            objectName: "screenHint"
            visible: page.adjusting
            text: qsTr("Trascini i quattro cerchi sugli angoli dello schermo del telefono (in alto a sinistra, in alto a destra, "
                       + "in basso a destra, in basso a sinistra), poi «Applica»: la foto viene raddrizzata e letta di nuovo; "
                       + "le zone aggiunte a mano e le scelte già fatte restano. Tab sceglie un angolo, le frecce lo spostano "
                       + "(Maiusc: di 10 pixel).")
            color: Theme.warning
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.ready && !page.adjusting
            text: qsTr("Trascini sull'immagine per coprire una zona; clic su una zona per lasciarla visibile, di nuovo per coprirla. "
                       + "Tasti: + − 0 ingrandimento, P anteprima, Canc la zona scelta, Ctrl+Z annulla, "
                       + "PagSu/PagGiù fotogramma precedente/successivo.")
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "#202428"
                clip: true

                Flickable {
                    id: flick
                    anchors.fill: parent
                    visible: page.ready
                    interactive: false  // a drag draws a region; scroll bars and the wheel move
                    contentWidth: Math.max(width, canvas.width)
                    contentHeight: Math.max(height, canvas.height)
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }
                    WheelHandler {
                        onWheel: event => {
                            if (event.modifiers & Qt.ControlModifier) {
                                page.setZoom(page.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15))
                            } else {
                                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                                      flick.contentY - event.angleDelta.y))
                                flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width,
                                                                      flick.contentX - event.angleDelta.x))
                            }
                        }
                    }

                    Image {
                        id: canvas
                        objectName: "reviewImage"
                        x: Math.max(0, (flick.width - width) / 2)
                        y: Math.max(0, (flick.height - height) / 2)
                        width: (page.plan.width || 0) * page.scale
                        height: (page.plan.height || 0) * page.scale
                        source: page.ready ? "image://evidence/" + page.itemId + "/review/" + page.frame + "/"
                                             + (page.preview ? 1 : 0) + "/" + page.revision : ""
                        fillMode: Image.Stretch
                        asynchronous: true
                        cache: false
                        smooth: true

                        MouseArea {
                            id: draw
                            objectName: "drawArea"
                            anchors.fill: parent
                            property point from
                            property bool drawing: false
                            // A drag draws a region: the Flickable around must not
                            // take it over as a pan (it did on a slow machine).
                            preventStealing: true
                            enabled: !page.adjusting
                            cursorShape: Qt.CrossCursor
                            onPressed: mouse => {
                                from = Qt.point(mouse.x, mouse.y)
                                band.x = mouse.x; band.y = mouse.y; band.width = 0; band.height = 0
                                drawing = true
                            }
                            onPositionChanged: mouse => {
                                if (!drawing)
                                    return
                                const x = Math.max(0, Math.min(width, mouse.x))
                                const y = Math.max(0, Math.min(height, mouse.y))
                                band.x = Math.min(from.x, x); band.y = Math.min(from.y, y)
                                band.width = Math.abs(x - from.x); band.height = Math.abs(y - from.y)
                            }
                            onReleased: {
                                drawing = false
                                if (band.width >= 4 && band.height >= 4)
                                    page.addRegion(band.x / page.scale, band.y / page.scale,
                                                   band.width / page.scale, band.height / page.scale)
                                band.width = 0
                            }
                        }
                        Rectangle {
                            id: band
                            visible: draw.drawing && width > 0
                            color: "#4037474f"
                            border.color: "#37474f"
                            border.width: 2
                        }

                        Repeater {
                            model: page.regions
                            Rectangle {
                                id: box
                                required property var modelData
                                readonly property color tone: page.kindColor(modelData.kind)
                                objectName: "region-" + modelData.id
                                x: modelData.x * page.scale
                                y: modelData.y * page.scale
                                width: Math.max(4, modelData.w * page.scale)
                                height: Math.max(4, modelData.h * page.scale)
                                color: modelData.removed || page.preview ? "transparent"
                                       : Qt.rgba(tone.r, tone.g, tone.b, modelData.weak ? 0.18 : 0.32)
                                border.color: modelData.removed ? "#9e9e9e" : tone
                                border.width: page.selected === modelData.id ? 4 : (modelData.weak || modelData.removed ? 1 : 2)
                                Label {
                                    visible: box.modelData.removed
                                    anchors.left: parent.left
                                    anchors.bottom: parent.top
                                    text: qsTr("visibile")
                                    font.pixelSize: 11
                                    color: "white"
                                    background: Rectangle { color: "#757575" }
                                }
                                MouseArea {
                                    id: hit
                                    anchors.fill: parent
                                    hoverEnabled: true
                                    cursorShape: Qt.PointingHandCursor
                                    onClicked: page.toggle(box.modelData.id)
                                }
                                ToolTip.visible: hit.containsMouse
                                ToolTip.delay: 300
                                ToolTip.text: Format.regionKind(modelData.kind)
                                              + (modelData.person ? " — " + modelData.person : "")
                                              + "\n" + Format.regionSource(modelData.source)
                                              + (modelData.weak ? qsTr(" (corrispondenza incerta)") : "")
                                              + "\n" + qsTr("affidabilità %1%").arg(Math.round(modelData.confidence * 100))
                                              + (modelData.source !== "manual" ? "\n" + qsTr("dettaglio: %1").arg(modelData.reason) : "")
                                              + (modelData.removed ? "\n" + qsTr("Lasciata visibile: clic per coprirla di nuovo.")
                                                                   : "\n" + qsTr("Clic per lasciarla visibile."))
                            }
                        }

                        // The screen's outline and its four corners, while adjusting.
                        Canvas {
                            id: outline
                            anchors.fill: parent
                            visible: page.adjusting
                            onPaint: {
                                const ctx = getContext("2d")
                                ctx.reset()
                                if (page.corners.length !== 4)
                                    return
                                ctx.fillStyle = "#59000000"
                                ctx.beginPath()
                                ctx.rect(0, 0, width, height)
                                ctx.moveTo(page.corners[0].x * page.scale, page.corners[0].y * page.scale)
                                for (let i = 3; i >= 1; --i)
                                    ctx.lineTo(page.corners[i].x * page.scale, page.corners[i].y * page.scale)
                                ctx.closePath()
                                ctx.fill()
                                ctx.strokeStyle = "#ffeb3b"
                                ctx.lineWidth = 2
                                ctx.beginPath()
                                ctx.moveTo(page.corners[0].x * page.scale, page.corners[0].y * page.scale)
                                for (let j = 1; j < 4; ++j)
                                    ctx.lineTo(page.corners[j].x * page.scale, page.corners[j].y * page.scale)
                                ctx.closePath()
                                ctx.stroke()
                            }
                            Connections {
                                target: page
                                function onCornersChanged() { outline.requestPaint() }
                                function onScaleChanged() { outline.requestPaint() }
                                function onAdjustingChanged() { outline.requestPaint() }
                            }
                        }
                        Repeater {
                            model: page.adjusting ? 4 : 0
                            Rectangle {
                                id: handle
                                required property int index
                                readonly property var names: [qsTr("in alto a sinistra"), qsTr("in alto a destra"),
                                                              qsTr("in basso a destra"), qsTr("in basso a sinistra")]
                                objectName: "screenCorner" + index
                                width: 26; height: 26; radius: 13
                                x: page.corners[index].x * page.scale - width / 2
                                y: page.corners[index].y * page.scale - height / 2
                                color: activeFocus || page.corner === index ? "#ffeb3b" : "#80ffeb3b"
                                border.color: "#212121"
                                border.width: 2
                                activeFocusOnTab: true
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Angolo dello schermo %1").arg(names[index])
                                onActiveFocusChanged: if (activeFocus) page.corner = index
                                Label {
                                    anchors.centerIn: parent
                                    text: handle.index + 1
                                    font.bold: true
                                    color: "#212121"
                                }
                                Keys.onPressed: event => {
                                    const step = (event.modifiers & Qt.ShiftModifier ? 10 : 1) / page.scale
                                    const c = page.corners[index]
                                    if (event.key === Qt.Key_Left) page.moveCorner(index, c.x - step, c.y)
                                    else if (event.key === Qt.Key_Right) page.moveCorner(index, c.x + step, c.y)
                                    else if (event.key === Qt.Key_Up) page.moveCorner(index, c.x, c.y - step)
                                    else if (event.key === Qt.Key_Down) page.moveCorner(index, c.x, c.y + step)
                                    else return
                                    event.accepted = true
                                }
                                MouseArea {
                                    anchors.fill: parent
                                    preventStealing: true
                                    cursorShape: Qt.SizeAllCursor
                                    onPressed: { page.corner = handle.index; handle.forceActiveFocus() }
                                    onPositionChanged: mouse => {
                                        const p = mapToItem(canvas, mouse.x, mouse.y)
                                        page.moveCorner(handle.index, p.x / page.scale, p.y / page.scale)
                                    }
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                    visible: !page.ready
                    Label {
                        text: !page.plan.can_redact && !page.plan.has_plan
                              ? qsTr("Questa prova non è un'immagine né un video: non entra nella copia per il consulto.")
                              : !page.plan.has_plan
                                ? qsTr("Questa prova non è ancora stata analizzata. «Analizza ora» cerca nomi, numeri di telefono, "
                                       + "profili, classi, scuole, intestazioni delle chat, immagini del profilo e volti.")
                                : qsTr("Preparazione dei fotogrammi…")
                        color: "white"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: page.ready && canvas.status === Image.Error
                    text: qsTr("L'immagine non si può mostrare: il file è danneggiato o alterato. Esegua «Verifica registro e prove».")
                    color: "white"
                }
            }

            // The regions as a list: keyboard and screen reader.
            Frame {
                Layout.preferredWidth: 330
                Layout.fillHeight: true
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    SectionTitle { text: qsTr("Zone da coprire") }
                    Label {
                        visible: !!page.plan.has_plan
                        text: qsTr("%1 coperte (%2 incerte), %3 lasciate visibili").arg(page.plan.hidden || 0)
                              .arg(page.plan.weak || 0).arg(page.plan.removed || 0)
                              + (page.plan.is_video ? "\n" + qsTr("in questo fotogramma: %1").arg(page.regions.length) : "")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: [["name", qsTr("nomi")], ["phone", qsTr("contatti")], ["class", qsTr("classe, scuola")],
                                    ["header", qsTr("intestazione, mittente")], ["face", qsTr("volti, profili")],
                                    ["manual", qsTr("a mano")]]
                            Row {
                                required property var modelData
                                spacing: 4
                                Rectangle { width: 12; height: 12; color: page.kindColor(modelData[0]); anchors.verticalCenter: parent.verticalCenter }
                                Label { text: modelData[1]; font.pixelSize: Theme.fontSize - 3 }
                            }
                        }
                    }
                    ListView {
                        id: list
                        objectName: "regionList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.regions
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        currentIndex: -1
                        onCurrentIndexChanged: if (currentIndex >= 0 && currentIndex < page.regions.length)
                                                   page.selected = page.regions[currentIndex].id
                        Keys.onSpacePressed: if (page.selected !== "") page.toggle(page.selected)
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: row
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            highlighted: page.selected === modelData.id
                            onClicked: {
                                list.currentIndex = index
                                page.selected = modelData.id
                            }
                            onDoubleClicked: page.toggle(modelData.id)
                            Accessible.name: Format.regionKind(modelData.kind) + ", " + Format.regionSource(modelData.source)
                                             + (modelData.removed ? ", " + qsTr("visibile") : "")
                            contentItem: RowLayout {
                                spacing: 6
                                Rectangle {
                                    width: 12; height: 12
                                    color: row.modelData.removed ? "transparent" : page.kindColor(row.modelData.kind)
                                    border.color: page.kindColor(row.modelData.kind)
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Label {
                                        text: Format.regionKind(row.modelData.kind)
                                              + (row.modelData.person ? " — " + row.modelData.person : "")
                                        font.strikeout: row.modelData.removed
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: Format.regionSource(row.modelData.source)
                                              + (row.modelData.weak ? qsTr(", incerta") : "")
                                              + (row.modelData.removed ? qsTr(", lasciata visibile") : "")
                                        color: Theme.muted
                                        font.pixelSize: Theme.fontSize - 3
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }
                    Button {
                        text: page.selected !== "" && page.regionById(page.selected) && page.regionById(page.selected).removed
                              ? qsTr("Copri di nuovo la zona scelta") : qsTr("Lascia visibile la zona scelta (Canc)")
                        enabled: page.selected !== "" && !!page.regionById(page.selected)
                        onClicked: page.toggle(page.selected)
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Nel dubbio, copra: la copia va a persone esterne alla scuola. La copia completa resta "
                                   + "nell'archivio per le autorità.")
                        color: Theme.muted
                        font.pixelSize: Theme.fontSize - 3
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        // A video: the frames the engine read, on a strip.
        ListView {
            id: strip
            objectName: "frameStrip"
            visible: !!page.plan.is_video && page.frames.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: 118
            orientation: ListView.Horizontal
            spacing: 6
            clip: true
            model: page.frames
            currentIndex: page.frameIndex
            keyNavigationEnabled: true
            activeFocusOnTab: true
            onCurrentIndexChanged: if (currentIndex !== page.frameIndex) page.showFrame(currentIndex)
            ScrollBar.horizontal: ScrollBar {}
            delegate: ItemDelegate {
                id: thumb
                required property var modelData
                required property int index
                width: 96
                height: 112
                highlighted: index === page.frameIndex
                onClicked: page.showFrame(index)
                Accessible.name: qsTr("Fotogramma a %1 s").arg(modelData.seconds.toFixed(1))
                background: Rectangle {
                    color: thumb.highlighted ? Theme.primary : "#e9ecef"
                    radius: 4
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Image {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        source: "image://evidence/" + page.itemId + "/review/" + thumb.modelData.frame + "/1/" + page.revision
                        sourceSize: Qt.size(90, 90)
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                    }
                    Label {
                        text: Format.clock(thumb.modelData.seconds * 1000)
                        color: thumb.highlighted ? Theme.primaryText : Theme.text
                        font.pixelSize: Theme.fontSize - 3
                        Layout.alignment: Qt.AlignHCenter
                    }
                }
            }
        }
    }
}

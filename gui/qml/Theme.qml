// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// One look for the whole app: calm colours, large enough type for a school PC
// at 1366×768, clear signal colours for warnings and deadlines.
QtObject {
    readonly property color background: "#f5f6f8"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#1f4e79"
    readonly property color primaryText: "#ffffff"
    readonly property color text: "#1d2229"
    readonly property color muted: "#5b6573"
    readonly property color border: "#d3d8de"
    readonly property color warning: "#b35c00"
    readonly property color warningBack: "#fff3e0"
    readonly property color danger: "#b00020"
    readonly property color dangerBack: "#fdecee"
    readonly property color ok: "#2e7d32"
    readonly property color okBack: "#e8f5e9"
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property int fontSize: 15
    readonly property int titleSize: 22
    readonly property int headingSize: 18
    readonly property string mono: "DejaVu Sans Mono"
}

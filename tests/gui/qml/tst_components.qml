// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Custodia
import "qrc:/Custodia/Format.js" as Format

Item {
    id: root
    width: 800
    height: 600

    DeadlineBadge { id: badge }
    PassphraseField { id: pass; width: 400 }

    TestCase {
        name: "DeadlineBadge"

        function test_hidden_without_deadline() {
            badge.deadline = ""
            verify(!badge.visible)
        }
        function test_countdown_and_overdue() {
            badge.deadline = "2026-11-30T10:00:00Z"
            badge.reported = false
            badge.seconds = 23 * 3600 + 5 * 60
            verify(badge.visible)
            verify(!badge.overdue)
            const label = findChild(badge, "deadlineText")
            compare(label.text, "R13: segnalare entro 23 h 05 min")
            badge.seconds = -2 * 3600
            verify(badge.overdue)
            compare(label.text, "R13: segnalazione scaduta da 2 h 00 min")
        }
        function test_hidden_once_reported() {
            badge.deadline = "2026-11-30T10:00:00Z"
            badge.reported = true
            verify(!badge.visible)
        }
    }

    TestCase {
        name: "PassphraseField"

        function test_strength_and_match() {
            pass.clear()
            const first = findChild(pass, "passphraseFirst")
            const second = findChild(pass, "passphraseSecond")
            first.text = "abc"
            verify(!pass.acceptable)
            compare(pass.assessment.reason, "short")
            first.text = "tavolo nuvola quaderno salto"
            verify(!pass.acceptable)            // not repeated yet
            second.text = "tavolo nuvola quaderno salt"
            verify(!pass.matches)
            second.text = "tavolo nuvola quaderno salto"
            verify(pass.acceptable)
            verify(pass.assessment.level >= 3)
            compare(pass.passphrase, "tavolo nuvola quaderno salto")
        }
        function test_school_name_weakens() {
            pass.clear()
            findChild(pass, "passphraseFirst").text = "brambillasca montefiore"
            pass.context = []
            const alone = pass.assessment.bits
            pass.context = ["Istituto Brambillasca Montefiore"]
            verify(pass.assessment.bits < alone)
            verify(!pass.assessment.acceptable)
        }
    }

    TestCase {
        name: "Format"

        function test_duration() {
            compare(Format.duration(59 * 60), "59 min")
            compare(Format.duration(-(48 * 3600)), "48 h 00 min")
        }
        function test_labels() {
            compare(Format.personRole("presunto-autore"), "Presunto autore")
            compare(Format.kind("screenshot"), "Screenshot")
            compare(Format.consent("device-withheld"), "Dispositivo trattenuto")
            // Every action the vault records reads as a sentence; an unknown one shows as is.
            verify(Format.action("item.ingest", {}, "0123456789abcdef").indexOf("01234567") > 0)
            compare(Format.action("something.new", {}, ""), "something.new")
        }
        function test_clock() {
            compare(Format.clock(0), "0:00")
            compare(Format.clock(65 * 1000 + 400), "1:05")
            compare(Format.clock((3600 + 2 * 60 + 5) * 1000), "1:02:05")
        }
        function test_bytes() {
            compare(Format.bytes(512), "512 byte")
            compare(Format.bytes(1536), "1.5 KB")
        }
    }
}

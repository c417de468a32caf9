// SPDX-License-Identifier: GPL-3.0-or-later
// How the app writes dates, sizes, roles and log entries for people.
// Only presentation: every value comes from the vault as it is.
.pragma library

function dateTime(iso) {
    if (!iso) return ""
    const d = new Date(iso)
    return isNaN(d.getTime()) ? iso : Qt.formatDateTime(d, "dd/MM/yyyy HH:mm")
}

function date(iso) {
    if (!iso) return ""
    const d = new Date(iso)
    return isNaN(d.getTime()) ? iso : Qt.formatDate(d, "dd/MM/yyyy")
}

function bytes(n) {
    if (n === undefined || n === null) return ""
    if (n < 1024) return qsTr("%1 byte").arg(n)
    if (n < 1024 * 1024) return qsTr("%1 KB").arg((n / 1024).toFixed(1))
    if (n < 1024 * 1024 * 1024) return qsTr("%1 MB").arg((n / 1024 / 1024).toFixed(1))
    return qsTr("%1 GB").arg((n / 1024 / 1024 / 1024).toFixed(2))
}

// "23 h 05 min" from seconds (absolute value).
function duration(seconds) {
    const s = Math.abs(seconds)
    const h = Math.floor(s / 3600)
    const m = Math.floor((s % 3600) / 60)
    return h > 0 ? qsTr("%1 h %2 min").arg(h).arg(m < 10 ? "0" + m : m) : qsTr("%1 min").arg(m)
}

// "1:05" or "1:02:05" from milliseconds: a position in a video.
function clock(ms) {
    const s = Math.floor(Math.max(0, ms) / 1000)
    const two = n => (n < 10 ? "0" : "") + n
    const h = Math.floor(s / 3600)
    return (h > 0 ? h + ":" + two(Math.floor(s / 60) % 60) : Math.floor(s / 60)) + ":" + two(s % 60)
}

function personRole(role) {
    switch (role) {
    case "vittima": return qsTr("Vittima")
    case "presunto-autore": return qsTr("Presunto autore")
    case "testimone": return qsTr("Testimone")
    default: return qsTr("Altro")
    }
}

function userRole(role) {
    switch (role) {
    case "dirigente": return qsTr("Dirigente Scolastico")
    case "referente": return qsTr("Referente cyberbullismo")
    case "docente": return qsTr("Docente")
    default: return role
    }
}

function kind(k) {
    switch (k) {
    case "photo": return qsTr("Foto")
    case "video": return qsTr("Video")
    case "screenshot": return qsTr("Screenshot")
    case "screen-recording": return qsTr("Registrazione dello schermo")
    case "document": return qsTr("Documento")
    case "audio": return qsTr("Audio")
    case "physical": return qsTr("Oggetto fisico (busta sigillata)")
    default: return k
    }
}

function consent(c) {
    switch (c) {
    case "yes": return qsTr("Sì, lo studente ha acconsentito")
    case "no": return qsTr("No")
    case "device-withheld": return qsTr("Dispositivo trattenuto")
    case "not-applicable": return qsTr("Non applicabile")
    default: return c
    }
}

function caseStatus(s) {
    return s === "closed" ? qsTr("Chiuso") : qsTr("Aperto")
}

// A custody log entry in plain words: what happened (who and when are shown beside).
function action(a, details, item) {
    const short = item ? item.substring(0, 8) : ""
    switch (a) {
    case "vault.create": return qsTr("ha creato l'archivio")
    case "user.add": return qsTr("ha aggiunto un utente")
    case "user.passwd": return qsTr("ha cambiato la propria passphrase")
    case "vault.recovery_unlock": return qsTr("ha aperto l'archivio con il codice di recupero")
    case "vault.recovery_renewed": return qsTr("ha generato un nuovo codice di recupero")
    case "vault.header_repaired": return qsTr("intestazione dell'archivio ripristinata dal catalogo")
    case "catalog.migrate": return qsTr("catalogo aggiornato alla nuova versione")
    case "blob.completed": return qsTr("importazione interrotta completata all'apertura")
    case "blob.incomplete_removed": return qsTr("importazione interrotta rimossa all'apertura")
    case "blob.incomplete_damaged": return qsTr("importazione interrotta trovata danneggiata")
    case "case.create": return qsTr("ha aperto il caso")
    case "case.view": return qsTr("ha consultato il caso")
    case "case.list": return qsTr("ha consultato l'elenco dei casi")
    case "case.close": return qsTr("ha chiuso il caso")
    case "case.ex_officio": return qsTr("ha segnalato il caso come reato procedibile d'ufficio (R13)")
    case "case.reported": return qsTr("ha registrato la segnalazione all'autorità (R13)")
    case "person.add": return qsTr("ha aggiunto una persona coinvolta")
    case "person.list": return qsTr("ha consultato le persone del caso")
    case "interview.add": return qsTr("ha registrato la memoria di un colloquio (R1)")
    case "interview.view": return qsTr("ha letto la memoria di un colloquio")
    case "interview.list": return qsTr("ha consultato i colloqui del caso")
    case "item.ingest":
        if (details && details.interrupted)
            return details.interrupted.reason === "unfinished"
                ? qsTr("registrazione interrotta recuperata all'apertura come prova %1").arg(short)
                : qsTr("ha acquisito la prova %1: registrazione interrotta").arg(short)
        return qsTr("ha acquisito e cifrato la prova %1").arg(short)
    case "recording.lost": return qsTr("registrazione interrotta senza nulla da recuperare")
    case "recording.recovery_deferred": return qsTr("registrazione interrotta non ancora recuperabile (supporto illeggibile): si riprova alla prossima apertura")
    case "item.physical_add": return qsTr("ha registrato un oggetto fisico in busta sigillata (R9)")
    case "item.view": return qsTr("ha visualizzato la prova %1").arg(short)
    case "item.list": return qsTr("ha consultato l'elenco delle prove")
    case "item.extract": return qsTr("ha estratto una copia in chiaro della prova %1").arg(short)
    case "item.key_export": return qsTr("ha esportato la chiave della prova %1").arg(short)
    case "item.source_removed": return qsTr("ha cancellato l'originale dal dispositivo dopo la verifica (R5)")
    case "item.destroyed": return qsTr("prova %1 distrutta alla scadenza (R11)").arg(short)
    case "acquisition.stopped_r6": return qsTr("ha interrotto un'acquisizione: contenuto sessuale di minori (R6)")
    case "log.view": return qsTr("ha consultato il registro di custodia")
    case "log.verify": return qsTr("ha verificato il registro e le prove")
    case "hold.place": return qsTr("ha sospeso la distruzione (blocco legale)")
    case "hold.renew": return qsTr("ha rinnovato un blocco legale")
    case "hold.release": return qsTr("ha revocato un blocco legale")
    case "hold.list": return qsTr("ha consultato i blocchi legali")
    case "certificate.create": return qsTr("verbale di distruzione creato")
    case "certificate.export": return qsTr("ha salvato un verbale di distruzione")
    case "export.police": return qsTr("ha consegnato il caso alla Polizia (esportazione sigillata)")
    case "export.consult": return qsTr("ha creato una copia per il consulto con i minori non riconoscibili (R7)")
    case "redact.plan": return qsTr("ha cercato ciò che identifica i minori nella prova %1 (R7)").arg(short)
    case "redact.add": return qsTr("ha aggiunto una zona da coprire nella prova %1").arg(short)
    case "redact.remove": return qsTr("ha lasciato visibile una zona proposta nella prova %1").arg(short)
    case "redact.restore": return qsTr("ha coperto di nuovo una zona della prova %1").arg(short)
    case "redact.approve": return qsTr("ha approvato le zone coperte della prova %1").arg(short)
    case "redact.leak-check": return qsTr("controllo finale della copia per il consulto, prova %1").arg(short)
    case "access.denied": return qsTr("tentativo non consentito dal ruolo")
    case "retention.set": return qsTr("ha cambiato il periodo di conservazione")
    case "config.signing_cert": return qsTr("ha configurato il certificato di firma della scuola")
    case "config.signing_cert_removed": return qsTr("ha rimosso il certificato di firma della scuola")
    case "retention.journal_mismatch": return qsTr("discrepanza nel giornale della distruzione pianificata")
    default: return a
    }
}

// What a region of a consult copy hides (R7).
function regionKind(k) {
    switch (k) {
    case "name": return qsTr("nome")
    case "surname": return qsTr("cognome")
    case "nickname": return qsTr("soprannome")
    case "phone": return qsTr("telefono")
    case "handle": return qsTr("profilo social")
    case "email": return qsTr("e-mail")
    case "class": return qsTr("classe")
    case "school": return qsTr("scuola")
    case "header": return qsTr("intestazione della chat")
    case "sender": return qsTr("mittente")
    case "avatar": return qsTr("immagine del profilo")
    case "face": return qsTr("volto")
    default: return qsTr("zona aggiunta a mano")
    }
}

// Why a region was proposed.
function regionSource(s) {
    switch (s) {
    case "roster": return qsTr("corrisponde a una persona del caso")
    case "pattern": return qsTr("ha la forma di un dato personale")
    case "layout": return qsTr("posto dove le chat mostrano chi scrive")
    case "detector": return qsTr("trovato dal rilevatore di volti e immagini")
    case "leak-check": return qsTr("ancora leggibile al controllo finale")
    default: return qsTr("disegnata da chi ha rivisto")
    }
}

// The review state of an item's consult copy.
function reviewState(s) {
    switch (s) {
    case "none": return qsTr("da analizzare")
    case "proposed": return qsTr("da rivedere")
    case "needs-review": return qsTr("da rivedere: il controllo finale ha trovato testo leggibile")
    case "approved": return qsTr("rivista e approvata")
    default: return ""
    }
}

// Why the consult export left an item out (the vault's words, in English).
function skipReason(s) {
    if (s.indexOf("still readable") === 0)
        return qsTr("ancora leggibile dopo il controllo finale: la riveda e la approvi di nuovo")
    if (s.indexOf("not yet approved") >= 0)
        return qsTr("zone da coprire non ancora approvate")
    return s
}

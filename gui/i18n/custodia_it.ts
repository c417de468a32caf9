<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT" sourcelanguage="it_IT">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+32" />
        <source>Sorgente di prova (sintetica)</source>
        <translation>Sorgente di prova (sintetica)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schermo di questo computer (%1×%2)</source>
        <translation>Schermo di questo computer (%1×%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schermo di questo computer (non disponibile)</source>
        <translation>Schermo di questo computer (non disponibile)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Finestra «%1» (%2×%3)</source>
        <translation>Finestra «%1» (%2×%3)</translation>
    </message>
    <message>
        <location line="+116" />
        <source>‹ Caso</source>
        <translation>‹ Caso</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Acquisisci nel caso %1</source>
        <translation>Acquisisci nel caso %1</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+7" />
        <source>Sorgente</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Schermata</source>
        <translation>Schermata</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Registrazione dello schermo</source>
        <translation>Registrazione dello schermo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La webcam funziona comunque.</source>
        <translation>La webcam funziona comunque.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Viene acquisita solo questa finestra: la porti in primo piano, non coperta da altre.</source>
        <translation>Viene acquisita solo questa finestra: la porti in primo piano, non coperta da altre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Viene acquisito lo schermo intero. Per una sola finestra, la scelga nell'elenco «Sorgente».</source>
        <translation>Viene acquisito lo schermo intero. Per una sola finestra, la scelga nell'elenco «Sorgente».</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registra anche l'audio dal microfono (per esempio i messaggi vocali)</source>
        <translation>Registra anche l'audio dal microfono (per esempio i messaggi vocali)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registra anche l'audio (nessun microfono trovato)</source>
        <translation>Registra anche l'audio (nessun microfono trovato)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Riduci Custodia a icona mentre acquisisce la schermata</source>
        <translation>Riduci Custodia a icona mentre acquisisce la schermata</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Inquadri lo schermo del telefono dritto, da vicino, senza riflessi. Non usi l'app fotocamera del telefono: lascerebbe una copia in chiaro (R5).</source>
        <translation>Inquadri lo schermo del telefono dritto, da vicino, senza riflessi. Non usi l'app fotocamera del telefono: lascerebbe una copia in chiaro (R5).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>● IN PAUSA</source>
        <translation>● IN PAUSA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Prima di acquisire (R6, R3, R1)</source>
        <translation>Prima di acquisire (R6, R3, R1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</source>
        <translation>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No, non contiene materiale di questo tipo</source>
        <translation>No, non contiene materiale di questo tipo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sì, oppure non sono sicuro</source>
        <translation>Sì, oppure non sono sicuro</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risponda alla domanda R6.</source>
        <translation>Risponda alla domanda R6.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indichi il consenso (R3).</source>
        <translation>Indichi il consenso (R3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scatta la foto</source>
        <translation>Scatta la foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avvia la registrazione</source>
        <translation>Avvia la registrazione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registra lo schermo</source>
        <translation>Registra lo schermo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acquisisci la schermata</source>
        <translation>Acquisisci la schermata</translation>
    </message>
    <message>
        <location line="+32" />
        <source>In pausa</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registrazione in corso</source>
        <translation>Registrazione in corso</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 · %2 fotogrammi · %3 persi</source>
        <translation>%1 · %2 fotogrammi · %3 persi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>R4: scorra la chat fino a una data ben visibile, e mostri il nome della chat e i partecipanti. Scorra lentamente, senza salti.</source>
        <translation>R4: scorra la chat fino a una data ben visibile, e mostri il nome della chat e i partecipanti. Scorra lentamente, senza salti.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Riprendi</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ferma e salva</source>
        <translation>Ferma e salva</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Acquisizione…</source>
        <translation>Acquisizione…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dati della prova (R4)</source>
        <translation>Dati della prova (R4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Registrati %1 s, %2 fotogrammi (%3 persi) da «%4». Completi i dati e salvi: fino ad allora la registrazione è già al sicuro, cifrata.</source>
        <translation>Registrati %1 s, %2 fotogrammi (%3 persi) da «%4». Completi i dati e salvi: fino ad allora la registrazione è già al sicuro, cifrata.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Immagine acquisita da «%1». Completi i dati e salvi.</source>
        <translation>Immagine acquisita da «%1». Completi i dati e salvi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dati non accettati: %1</source>
        <translation>Dati non accettati: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Salva la prova</source>
        <translation>Salva la prova</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Prova acquisita e cifrata (%1). L'impronta SHA-256 è firmata nel registro.</source>
        <translation>Prova acquisita e cifrata (%1). L'impronta SHA-256 è firmata nel registro.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 s, %2 fotogrammi, %3 persi.</source>
        <translation>%1 s, %2 fotogrammi, %3 persi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Registrazione INTERROTTA: la fotocamera o lo schermo hanno smesso di mandare immagini. Il video fin lì è conservato, segnato come interrotto.</source>
        <translation>Registrazione INTERROTTA: la fotocamera o lo schermo hanno smesso di mandare immagini. Il video fin lì è conservato, segnato come interrotto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registrazione INTERROTTA: la scrittura sul supporto non è riuscita. Quanto già scritto è conservato, segnato come interrotto. Liberi spazio o controlli la chiavetta prima di registrare di nuovo.</source>
        <translation>Registrazione INTERROTTA: la scrittura sul supporto non è riuscita. Quanto già scritto è conservato, segnato come interrotto. Liberi spazio o controlli la chiavetta prima di registrare di nuovo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Acquisisci ancora</source>
        <translation>Acquisisci ancora</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Torna al caso</source>
        <translation>Torna al caso</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../qml/CasePage.qml" line="+25" />
        <source>Blocco legale su tutto il caso</source>
        <translation>Blocco legale su tutto il caso</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nessuna prova del caso sarà distrutta finché il blocco resta attivo (R11).</source>
        <translation>Nessuna prova del caso sarà distrutta finché il blocco resta attivo (R11).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Motivo (es. procedimento in corso)</source>
        <translation>Motivo (es. procedimento in corso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riferimento (protocollo, numero del procedimento)</source>
        <translation>Riferimento (protocollo, numero del procedimento)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Da riesaminare entro (al massimo 6 mesi)</source>
        <translation>Da riesaminare entro (al massimo 6 mesi)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Segnalazione inviata (R13)</source>
        <translation>Segnalazione inviata (R13)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A chi (es. Polizia Postale di Udine, Procura per i minorenni)</source>
        <translation>A chi (es. Polizia Postale di Udine, Procura per i minorenni)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocollo della segnalazione</source>
        <translation>Protocollo della segnalazione</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chiudi il caso</source>
        <translation>Chiudi il caso</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Motivo della chiusura</source>
        <translation>Motivo della chiusura</translation>
    </message>
    <message>
        <location line="+13" />
        <source>‹ Casi</source>
        <translation>‹ Casi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Caso %1 — %2</source>
        <translation>Caso %1 — %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>protocollo %1</source>
        <translation>protocollo %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fatti del %1</source>
        <translation>fatti del %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>segnalato a %1 il %2</source>
        <translation>segnalato a %1 il %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Importa prove…</source>
        <translation>Importa prove…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Acquisisci…</source>
        <translation>Acquisisci…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Foto o video dalla webcam, schermata o registrazione dello schermo, cifrati subito</source>
        <translation>Foto o video dalla webcam, schermata o registrazione dello schermo, cifrati subito</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Consegna alla Polizia…</source>
        <translation>Consegna alla Polizia…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copia per consulto…</source>
        <translation>Copia per consulto…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Una copia con i minori non riconoscibili, per uno psicologo, uno sportello o un legale (R7).</source>
        <translation>Una copia con i minori non riconoscibili, per uno psicologo, uno sportello o un legale (R7).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Altro ▾</source>
        <translation>Altro ▾</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Togli il segnale di reato d'ufficio</source>
        <translation>Togli il segnale di reato d'ufficio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segnala come reato procedibile d'ufficio (R13)</source>
        <translation>Segnala come reato procedibile d'ufficio (R13)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Registra un oggetto fisico in busta sigillata (R9)…</source>
        <translation>Registra un oggetto fisico in busta sigillata (R9)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blocco legale su tutto il caso (solo Dirigente)…</source>
        <translation>Blocco legale su tutto il caso (solo Dirigente)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registra la segnalazione inviata…</source>
        <translation>Registra la segnalazione inviata…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chiudi il caso…</source>
        <translation>Chiudi il caso…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Persone (%1)</source>
        <translation>Persone (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colloqui (%1)</source>
        <translation>Colloqui (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prove (%1)</source>
        <translation>Prove (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registro di custodia</source>
        <translation>Registro di custodia</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../qml/CasesPage.qml" line="+36" />
        <source>All'apertura sono state distrutte %n prove giunte alla scadenza (R11).</source>
        <translation><numerusform>All'apertura è stata distrutta %n prova giunta alla scadenza (R11).</numerusform><numerusform>All'apertura sono state distrutte %n prove giunte alla scadenza (R11).</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Il verbale di distruzione e l'elenco sono in «Conservazione».</source>
        <translation>Il verbale di distruzione e l'elenco sono in «Conservazione».</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n buste sigillate sono da distruggere a mano: vedere Conservazione.</source>
        <translation><numerusform>%n busta sigillata è da distruggere a mano: vedere Conservazione.</numerusform><numerusform>%n buste sigillate sono da distruggere a mano: vedere Conservazione.</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>La distruzione automatica non è riuscita e sarà ripetuta alla prossima apertura: %1</source>
        <translation>La distruzione automatica non è riuscita e sarà ripetuta alla prossima apertura: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Casi</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nuovo caso…</source>
        <translation>Nuovo caso…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nessun caso. Apra un nuovo caso quando un colloquio rivela una situazione da documentare (R1).</source>
        <translation>Nessun caso. Apra un nuovo caso quando un colloquio rivela una situazione da documentare (R1).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Caso %1 — %2</source>
        <translation>Caso %1 — %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 · aperto il %2 · %3 persone · %4 colloqui · %5 prove</source>
        <translation>%1 · aperto il %2 · %3 persone · %4 colloqui · %5 prove</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n prove in scadenza entro 30 giorni</source>
        <translation><numerusform>%n prova in scadenza entro 30 giorni</numerusform><numerusform>%n prove in scadenza entro 30 giorni</numerusform></translation>
    </message>
</context>
<context>
    <name>CircumstancesFields</name>
    <message>
        <location filename="../qml/CircumstancesFields.qml" line="+19" />
        <source>Consenso dello studente (R3)</source>
        <translation>Consenso dello studente (R3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>— scegliere —</source>
        <translation>— scegliere —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sì, lo studente ha acconsentito</source>
        <translation>Sì, lo studente ha acconsentito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispositivo trattenuto</source>
        <translation>Dispositivo trattenuto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consenso dello studente</source>
        <translation>Consenso dello studente</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Acquisito durante il colloquio (R1)</source>
        <translation>Acquisito durante il colloquio (R1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>— nessun colloquio —</source>
        <translation>— nessun colloquio —</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colloquio %1 del %2</source>
        <translation>Colloquio %1 del %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
</context>
<context>
    <name>ConsultPage</name>
    <message>
        <location filename="../qml/ConsultPage.qml" line="+49" />
        <source>Dove scrivere la copia per il consulto</source>
        <translation>Dove scrivere la copia per il consulto</translation>
    </message>
    <message>
        <location line="+14" />
        <source>‹ Caso</source>
        <translation>‹ Caso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copia per il consulto del caso %1 (R7)</source>
        <translation>Copia per il consulto del caso %1 (R7)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Per uno psicologo, uno sportello, il consultorio o un legale a cui chiede un parere: una copia in cui i minori non sono riconoscibili. Custodia propone le zone da coprire (nomi, numeri, profili, classe e scuola, intestazioni delle chat, immagini del profilo, volti); lei le controlla prova per prova e approva. La copia completa resta nell'archivio per le autorità.</source>
        <translation>Per uno psicologo, uno sportello, il consultorio o un legale a cui chiede un parere: una copia in cui i minori non sono riconoscibili. Custodia propone le zone da coprire (nomi, numeri, profili, classe e scuola, intestazioni delle chat, immagini del profilo, volti); lei le controlla prova per prova e approva. La copia completa resta nell'archivio per le autorità.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Il riconoscimento automatico può sbagliare: ogni prova va guardata da una persona prima di uscire dalla scuola.</source>
        <translation>Il riconoscimento automatico può sbagliare: ogni prova va guardata da una persona prima di uscire dalla scuola.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Prove (%1 di %2 approvate)</source>
        <translation>Prove (%1 di %2 approvate)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analizza le prove non ancora analizzate (%1)</source>
        <translation>Analizza le prove non ancora analizzate (%1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Il caso non ha immagini né video.</source>
        <translation>Il caso non ha immagini né video.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Apri</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rivedi…</source>
        <translation>Rivedi…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scrivi la copia</source>
        <translation>Scrivi la copia</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A chi va (es. dott.ssa …, psicologa dello sportello)</source>
        <translation>A chi va (es. dott.ssa …, psicologa dello sportello)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perché (es. parere sul supporto alla vittima)</source>
        <translation>Perché (es. parere sul supporto alla vittima)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cartella di destinazione (ne viene creata una nuova al suo interno)</source>
        <translation>Cartella di destinazione (ne viene creata una nuova al suo interno)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cartella di destinazione</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scegli…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attenzione: anche la copia per il consulto è un dato delicato. %1</source>
        <translation>Attenzione: anche la copia per il consulto è un dato delicato. %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crea anche un archivio ZIP</source>
        <translation>Crea anche un archivio ZIP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mantieni l'audio dei video (le voci identificano: di norma no)</source>
        <translation>Mantieni l'audio dei video (le voci identificano: di norma no)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Includi anche le prove non ancora approvate, con le zone proposte (sconsigliato)</source>
        <translation>Includi anche le prove non ancora approvate, con le zone proposte (sconsigliato)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Entrano tutte le immagini e i video del caso: quelli non rivisti con le zone trovate in automatico.</source>
        <translation>Entrano tutte le immagini e i video del caso: quelli non rivisti con le zone trovate in automatico.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entrano solo le prove approvate (%1 di %2).</source>
        <translation>Entrano solo le prove approvate (%1 di %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scrivi la copia per il consulto</source>
        <translation>Scrivi la copia per il consulto</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Copia scritta: %1 prove.</source>
        <translation>Copia scritta: %1 prove.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cartella: %1</source>
        <translation>Cartella: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Archivio ZIP: %1</source>
        <translation>Archivio ZIP: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>• Prova %1 esclusa: %2</source>
        <translation>• Prova %1 esclusa: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>La consegna è nel registro di custodia: destinatario, motivo, prove e impronte dei file.</source>
        <translation>La consegna è nel registro di custodia: destinatario, motivo, prove e impronte dei file.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apri la cartella</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Un'altra copia</source>
        <translation>Un'altra copia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Torna al caso</source>
        <translation>Torna al caso</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <location filename="../qml/CreateWizard.qml" line="+23" />
        <source>Cartella del nuovo archivio (sulla chiavetta USB)</source>
        <translation>Cartella del nuovo archivio (sulla chiavetta USB)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Salva il codice di recupero come PDF</source>
        <translation>Salva il codice di recupero come PDF</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documenti PDF (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nuovo archivio — passo %1 di 3</source>
        <translation>Nuovo archivio — passo %1 di 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codice di recupero</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <location line="+12" />
        <source>L'archivio va creato su una chiavetta USB o un disco esterno che la scuola custodisce in un luogo chiuso (R10). Scelga una cartella vuota.</source>
        <translation>L'archivio va creato su una chiavetta USB o un disco esterno che la scuola custodisce in un luogo chiuso (R10). Scelga una cartella vuota.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>/media/chiavetta/custodia</source>
        <translation>/media/chiavetta/custodia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cartella del nuovo archivio</source>
        <translation>Cartella del nuovo archivio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scegli…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Nome della scuola</source>
        <translation>Nome della scuola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Istituto Comprensivo …</source>
        <translation>Istituto Comprensivo …</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Il Dirigente Scolastico: può fare tutto, e solo lui decide blocchi legali e certificato di firma. La sua passphrase la digita lui.</source>
        <translation>Il Dirigente Scolastico: può fare tutto, e solo lui decide blocchi legali e certificato di firma. La sua passphrase la digita lui.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+25" />
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+25" />
        <source>Nome utente (minuscole, senza spazi)</source>
        <translation>Nome utente (minuscole, senza spazi)</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Passphrase del Dirigente</source>
        <translation>Passphrase del Dirigente</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Il referente per il cyberbullismo: apre i casi, registra i colloqui, acquisisce le prove.</source>
        <translation>Il referente per il cyberbullismo: apre i casi, registra i colloqui, acquisisce le prove.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Passphrase del referente</source>
        <translation>Passphrase del referente</translation>
    </message>
    <message>
        <location line="+11" />
        <source>L'archivio è pronto. Questo è il codice di recupero: apre l'archivio se tutte le passphrase vanno perse. Viene mostrato solo ora. Lo salvi come PDF e lo stampi, poi consegni il foglio al Dirigente, che lo conserva in cassaforte.</source>
        <translation>L'archivio è pronto. Questo è il codice di recupero: apre l'archivio se tutte le passphrase vanno perse. Viene mostrato solo ora. Lo salvi come PDF e lo stampi, poi consegni il foglio al Dirigente, che lo conserva in cassaforte.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Salva come PDF da stampare…</source>
        <translation>Salva come PDF da stampare…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Salvato. Dopo averlo stampato, cancelli il PDF dal computer.</source>
        <translation>Salvato. Dopo averlo stampato, cancelli il PDF dal computer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ho stampato o trascritto il codice e lo consegno al Dirigente</source>
        <translation>Ho stampato o trascritto il codice e lo consegno al Dirigente</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indietro</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Avanti</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Crea l'archivio</source>
        <translation>Crea l'archivio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continua</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <location filename="../qml/DeadlineBadge.qml" line="+29" />
        <source>R13: segnalazione scaduta da %1</source>
        <translation>R13: segnalazione scaduta da %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R13: segnalare entro %1</source>
        <translation>R13: segnalare entro %1</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../qml/EvidenceTab.qml" line="+18" />
        <source>Nessuna prova. Usi «Importa prove…» per acquisire screenshot, foto o video.</source>
        <translation>Nessuna prova. Usi «Importa prove…» per acquisire screenshot, foto o video.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Prova %1</source>
        <translation>Prova %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>registrazione interrotta</source>
        <translation>registrazione interrotta</translation>
    </message>
    <message>
        <location line="+8" />
        <source>consulto: %1</source>
        <translation>consulto: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>bloccata (blocco legale)</source>
        <translation>bloccata (blocco legale)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>distruzione: %1</source>
        <translation>distruzione: %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../qml/ExportPage.qml" line="+25" />
        <source>Il certificato di firma della scuola (file .p12 o .pfx)</source>
        <translation>Il certificato di firma della scuola (file .p12 o .pfx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificati PKCS#12 (*.p12 *.pfx)</source>
        <translation>Certificati PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+21" />
        <source>Password del certificato</source>
        <translation>Password del certificato</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dove scrivere l'esportazione (es. la chiavetta per la Polizia)</source>
        <translation>Dove scrivere l'esportazione (es. la chiavetta per la Polizia)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>‹ Caso</source>
        <translation>‹ Caso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consegna del caso %1 alla Polizia Postale</source>
        <translation>Consegna del caso %1 alla Polizia Postale</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Custodia scrive una cartella sigillata con tutte le prove originali, i dati di acquisizione, il registro di custodia con le prove di inclusione, la segnalazione precompilata e il verbale di consegna da stampare e firmare. La consegna resta registrata.</source>
        <translation>Custodia scrive una cartella sigillata con tutte le prove originali, i dati di acquisizione, il registro di custodia con le prove di inclusione, la segnalazione precompilata e il verbale di consegna da stampare e firmare. La consegna resta registrata.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cartella di destinazione (ne viene creata una nuova al suo interno)</source>
        <translation>Cartella di destinazione (ne viene creata una nuova al suo interno)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cartella di destinazione</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scegli…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attenzione: le prove vi saranno scritte in chiaro. %1</source>
        <translation>Attenzione: le prove vi saranno scritte in chiaro. %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agente che riceve: nome e cognome</source>
        <translation>Agente che riceve: nome e cognome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qualifica o grado</source>
        <translation>Qualifica o grado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matricola o tessera</source>
        <translation>Matricola o tessera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ufficio</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Polizia Postale di …</source>
        <translation>Polizia Postale di …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supporto consegnato</source>
        <translation>Supporto consegnato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>chiavetta USB …</source>
        <translation>chiavetta USB …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crea anche un archivio ZIP</source>
        <translation>Crea anche un archivio ZIP</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Firma: certificato della scuola %1 (scade il %2), più la firma Ed25519 di Custodia.</source>
        <translation>Firma: certificato della scuola %1 (scade il %2), più la firma Ed25519 di Custodia.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Firma: solo Ed25519 di Custodia. Il Dirigente può aggiungere la firma con il certificato della scuola (file .p12): da questa pagina, entrando come Dirigente.</source>
        <translation>Firma: solo Ed25519 di Custodia. Il Dirigente può aggiungere la firma con il certificato della scuola (file .p12): da questa pagina, entrando come Dirigente.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sostituisci il certificato di firma…</source>
        <translation>Sostituisci il certificato di firma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configura il certificato di firma della scuola…</source>
        <translation>Configura il certificato di firma della scuola…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Esporta</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Esportazione completata: %1 file in tutto; prove: %2.</source>
        <translation>Esportazione completata: %1 file in tutto; prove: %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cartella: %1</source>
        <translation>Cartella: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stampi e firmi il verbale di consegna: %1</source>
        <translation>Stampi e firmi il verbale di consegna: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Impronta del manifest (sul verbale, anche come codice QR): %1</source>
        <translation>Impronta del manifest (sul verbale, anche come codice QR): %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Caso da segnalare entro 48 ore (R13): dopo la consegna registri la segnalazione inviata (menu «Altro» del caso).</source>
        <translation>Caso da segnalare entro 48 ore (R13): dopo la consegna registri la segnalazione inviata (menu «Altro» del caso).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Apri il verbale da stampare</source>
        <translation>Apri il verbale da stampare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Torna al caso</source>
        <translation>Torna al caso</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../qml/Format.js" line="+20" />
        <source>%1 byte</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Vittima</source>
        <translation>Vittima</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presunto autore</source>
        <translation>Presunto autore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Testimone</source>
        <translation>Testimone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dirigente Scolastico</source>
        <translation>Dirigente Scolastico</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referente cyberbullismo</source>
        <translation>Referente cyberbullismo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Docente</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registrazione dello schermo</source>
        <translation>Registrazione dello schermo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oggetto fisico (busta sigillata)</source>
        <translation>Oggetto fisico (busta sigillata)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sì, lo studente ha acconsentito</source>
        <translation>Sì, lo studente ha acconsentito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispositivo trattenuto</source>
        <translation>Dispositivo trattenuto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non applicabile</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chiuso</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aperto</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ha creato l'archivio</source>
        <translation>ha creato l'archivio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha aggiunto un utente</source>
        <translation>ha aggiunto un utente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha cambiato la propria passphrase</source>
        <translation>ha cambiato la propria passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha aperto l'archivio con il codice di recupero</source>
        <translation>ha aperto l'archivio con il codice di recupero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha generato un nuovo codice di recupero</source>
        <translation>ha generato un nuovo codice di recupero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intestazione dell'archivio ripristinata dal catalogo</source>
        <translation>intestazione dell'archivio ripristinata dal catalogo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>catalogo aggiornato alla nuova versione</source>
        <translation>catalogo aggiornato alla nuova versione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>importazione interrotta completata all'apertura</source>
        <translation>importazione interrotta completata all'apertura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>importazione interrotta rimossa all'apertura</source>
        <translation>importazione interrotta rimossa all'apertura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>importazione interrotta trovata danneggiata</source>
        <translation>importazione interrotta trovata danneggiata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha aperto il caso</source>
        <translation>ha aperto il caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato il caso</source>
        <translation>ha consultato il caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato l'elenco dei casi</source>
        <translation>ha consultato l'elenco dei casi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha chiuso il caso</source>
        <translation>ha chiuso il caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha segnalato il caso come reato procedibile d'ufficio (R13)</source>
        <translation>ha segnalato il caso come reato procedibile d'ufficio (R13)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha registrato la segnalazione all'autorità (R13)</source>
        <translation>ha registrato la segnalazione all'autorità (R13)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha aggiunto una persona coinvolta</source>
        <translation>ha aggiunto una persona coinvolta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato le persone del caso</source>
        <translation>ha consultato le persone del caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha registrato la memoria di un colloquio (R1)</source>
        <translation>ha registrato la memoria di un colloquio (R1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha letto la memoria di un colloquio</source>
        <translation>ha letto la memoria di un colloquio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato i colloqui del caso</source>
        <translation>ha consultato i colloqui del caso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>registrazione interrotta recuperata all'apertura come prova %1</source>
        <translation>registrazione interrotta recuperata all'apertura come prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha acquisito la prova %1: registrazione interrotta</source>
        <translation>ha acquisito la prova %1: registrazione interrotta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha acquisito e cifrato la prova %1</source>
        <translation>ha acquisito e cifrato la prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>registrazione interrotta senza nulla da recuperare</source>
        <translation>registrazione interrotta senza nulla da recuperare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>registrazione interrotta non ancora recuperabile (supporto illeggibile): si riprova alla prossima apertura</source>
        <translation>registrazione interrotta non ancora recuperabile (supporto illeggibile): si riprova alla prossima apertura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha registrato un oggetto fisico in busta sigillata (R9)</source>
        <translation>ha registrato un oggetto fisico in busta sigillata (R9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha visualizzato la prova %1</source>
        <translation>ha visualizzato la prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato l'elenco delle prove</source>
        <translation>ha consultato l'elenco delle prove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha estratto una copia in chiaro della prova %1</source>
        <translation>ha estratto una copia in chiaro della prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha esportato la chiave della prova %1</source>
        <translation>ha esportato la chiave della prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha cancellato l'originale dal dispositivo dopo la verifica (R5)</source>
        <translation>ha cancellato l'originale dal dispositivo dopo la verifica (R5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prova %1 distrutta alla scadenza (R11)</source>
        <translation>prova %1 distrutta alla scadenza (R11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha interrotto un'acquisizione: contenuto sessuale di minori (R6)</source>
        <translation>ha interrotto un'acquisizione: contenuto sessuale di minori (R6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato il registro di custodia</source>
        <translation>ha consultato il registro di custodia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha verificato il registro e le prove</source>
        <translation>ha verificato il registro e le prove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha sospeso la distruzione (blocco legale)</source>
        <translation>ha sospeso la distruzione (blocco legale)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha rinnovato un blocco legale</source>
        <translation>ha rinnovato un blocco legale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha revocato un blocco legale</source>
        <translation>ha revocato un blocco legale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consultato i blocchi legali</source>
        <translation>ha consultato i blocchi legali</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verbale di distruzione creato</source>
        <translation>verbale di distruzione creato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha salvato un verbale di distruzione</source>
        <translation>ha salvato un verbale di distruzione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha consegnato il caso alla Polizia (esportazione sigillata)</source>
        <translation>ha consegnato il caso alla Polizia (esportazione sigillata)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha creato una copia per il consulto con i minori non riconoscibili (R7)</source>
        <translation>ha creato una copia per il consulto con i minori non riconoscibili (R7)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha cercato ciò che identifica i minori nella prova %1 (R7)</source>
        <translation>ha cercato ciò che identifica i minori nella prova %1 (R7)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha aggiunto una zona da coprire nella prova %1</source>
        <translation>ha aggiunto una zona da coprire nella prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha lasciato visibile una zona proposta nella prova %1</source>
        <translation>ha lasciato visibile una zona proposta nella prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha coperto di nuovo una zona della prova %1</source>
        <translation>ha coperto di nuovo una zona della prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha approvato le zone coperte della prova %1</source>
        <translation>ha approvato le zone coperte della prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>controllo finale della copia per il consulto, prova %1</source>
        <translation>controllo finale della copia per il consulto, prova %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tentativo non consentito dal ruolo</source>
        <translation>tentativo non consentito dal ruolo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha cambiato il periodo di conservazione</source>
        <translation>ha cambiato il periodo di conservazione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha configurato il certificato di firma della scuola</source>
        <translation>ha configurato il certificato di firma della scuola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha rimosso il certificato di firma della scuola</source>
        <translation>ha rimosso il certificato di firma della scuola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>discrepanza nel giornale della distruzione pianificata</source>
        <translation>discrepanza nel giornale della distruzione pianificata</translation>
    </message>
    <message>
        <location line="+8" />
        <source>nome</source>
        <translation>nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cognome</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>soprannome</source>
        <translation>soprannome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>telefono</source>
        <translation>telefono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>profilo social</source>
        <translation>profilo social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>classe</source>
        <translation>classe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>scuola</source>
        <translation>scuola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intestazione della chat</source>
        <translation>intestazione della chat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mittente</source>
        <translation>mittente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>immagine del profilo</source>
        <translation>immagine del profilo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>volto</source>
        <translation>volto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>zona aggiunta a mano</source>
        <translation>zona aggiunta a mano</translation>
    </message>
    <message>
        <location line="+7" />
        <source>corrisponde a una persona del caso</source>
        <translation>corrisponde a una persona del caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ha la forma di un dato personale</source>
        <translation>ha la forma di un dato personale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>posto dove le chat mostrano chi scrive</source>
        <translation>posto dove le chat mostrano chi scrive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>trovato dal rilevatore di volti e immagini</source>
        <translation>trovato dal rilevatore di volti e immagini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ancora leggibile al controllo finale</source>
        <translation>ancora leggibile al controllo finale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disegnata da chi ha rivisto</source>
        <translation>disegnata da chi ha rivisto</translation>
    </message>
    <message>
        <location line="+7" />
        <source>da analizzare</source>
        <translation>da analizzare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>da rivedere</source>
        <translation>da rivedere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>da rivedere: il controllo finale ha trovato testo leggibile</source>
        <translation>da rivedere: il controllo finale ha trovato testo leggibile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rivista e approvata</source>
        <translation>rivista e approvata</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ancora leggibile dopo il controllo finale: la riveda e la approvi di nuovo</source>
        <translation>ancora leggibile dopo il controllo finale: la riveda e la approvi di nuovo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>zone da coprire non ancora approvate</source>
        <translation>zone da coprire non ancora approvate</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../qml/ImportPage.qml" line="+44" />
        <source>Scegli gli screenshot, le foto o i video</source>
        <translation>Scegli gli screenshot, le foto o i video</translation>
    </message>
    <message>
        <location line="+16" />
        <source>‹ Caso</source>
        <translation>‹ Caso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importa prove nel caso %1</source>
        <translation>Importa prove nel caso %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Prima di tutto (R6)</source>
        <translation>Prima di tutto (R6)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</source>
        <translation>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No, non contiene materiale di questo tipo</source>
        <translation>No, non contiene materiale di questo tipo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sì, oppure non sono sicuro</source>
        <translation>Sì, oppure non sono sicuro</translation>
    </message>
    <message>
        <location line="+153" />
        <source>Torna al caso</source>
        <translation>Torna al caso</translation>
    </message>
    <message>
        <location line="-136" />
        <source>File da acquisire</source>
        <translation>File da acquisire</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Trascini qui i file, oppure</source>
        <translation>Trascini qui i file, oppure</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scegli i file…</source>
        <translation>Scegli i file…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Togli il file</source>
        <translation>Togli il file</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dati dell'acquisizione (Allegato 1 bis)</source>
        <translation>Dati dell'acquisizione (Allegato 1 bis)</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source>Tipo di prova</source>
        <translation>Tipo di prova</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Riconosci dal file</source>
        <translation>Riconosci dal file</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Dopo la verifica, cancella l'originale da questo computer (R5)</source>
        <translation>Dopo la verifica, cancella l'originale da questo computer (R5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Custodia cancella il file solo dopo aver verificato che la copia cifrata è identica. Ricordi di cancellare anche le copie rimaste sul telefono, nelle chat e nel cestino.</source>
        <translation>Custodia cancella il file solo dopo aver verificato che la copia cifrata è identica. Ricordi di cancellare anche le copie rimaste sul telefono, nelle chat e nel cestino.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Indichi il consenso (R3).</source>
        <translation>Indichi il consenso (R3).</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Importa e cifra %n file</source>
        <translation><numerusform>Importa e cifra %n file</numerusform><numerusform>Importa e cifra %n file</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n file acquisiti e cifrati. L'impronta SHA-256 di ciascuno è firmata nel registro.</source>
        <translation><numerusform>%n file acquisito e cifrato. La sua impronta SHA-256 è firmata nel registro.</numerusform><numerusform>%n file acquisiti e cifrati. L'impronta SHA-256 di ciascuno è firmata nel registro.</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Gli originali su questo computer sono stati cancellati dopo la verifica (R5). Cancelli anche le copie sul telefono e nelle chat.</source>
        <translation>Gli originali su questo computer sono stati cancellati dopo la verifica (R5). Cancelli anche le copie sul telefono e nelle chat.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../qml/InterviewDialog.qml" line="+11" />
        <source>Memoria del colloquio (R1)</source>
        <translation>Memoria del colloquio (R1)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Quando (vuoto = adesso)</source>
        <translation>Quando (vuoto = adesso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Condotto da</source>
        <translation>Condotto da</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adulti presenti (separati da virgola)</source>
        <translation>Adulti presenti (separati da virgola)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocollo della memoria</source>
        <translation>Protocollo della memoria</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <source>Studente ascoltato</source>
        <translation>Studente ascoltato</translation>
    </message>
    <message>
        <location line="-5" />
        <source>— nessuno o non ancora registrato —</source>
        <translation>— nessuno o non ancora registrato —</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Memoria: cosa è stato riferito, con date, luoghi, persone</source>
        <translation>Memoria: cosa è stato riferito, con date, luoghi, persone</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scriva i fatti come riferiti, senza interpretazioni.</source>
        <translation>Scriva i fatti come riferiti, senza interpretazioni.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Memoria del colloquio</source>
        <translation>Memoria del colloquio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Parole testuali dello studente: le riporti esattamente come dette, anche se sgrammaticate o volgari; una frase per volta.</source>
        <translation>Parole testuali dello studente: le riporti esattamente come dette, anche se sgrammaticate o volgari; una frase per volta.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>«…»</source>
        <translation>«…»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Citazione testuale</source>
        <translation>Citazione testuale</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aggiungi citazione</source>
        <translation>Aggiungi citazione</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Togli la citazione</source>
        <translation>Togli la citazione</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Indicazioni date allo studente (R7b)</source>
        <translation>Indicazioni date allo studente (R7b)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non condividere né commentare il contenuto</source>
        <translation>Non condividere né commentare il contenuto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rimuoverlo, se possibile</source>
        <translation>Rimuoverlo, se possibile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non agire da solo (niente vendette o risposte)</source>
        <translation>Non agire da solo (niente vendette o risposte)</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../qml/InterviewsTab.qml" line="+17" />
        <source>Ogni colloquio che rivela una situazione dannosa ha la sua memoria scritta (R1), con le parole dello studente riportate testualmente.</source>
        <translation>Ogni colloquio che rivela una situazione dannosa ha la sua memoria scritta (R1), con le parole dello studente riportate testualmente.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nuovo colloquio…</source>
        <translation>Nuovo colloquio…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Colloquio %1 del %2, condotto da %3</source>
        <translation>Colloquio %1 del %2, condotto da %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>studente: %1</source>
        <translation>studente: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>presenti: %1</source>
        <translation>presenti: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>protocollo %1</source>
        <translation>protocollo %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n prove acquisite</source>
        <translation><numerusform>%n prova acquisita</numerusform><numerusform>%n prove acquisite</numerusform></translation>
    </message>
    <message>
        <location line="+34" />
        <source>Acquisite in questo colloquio: %1</source>
        <translation>Acquisite in questo colloquio: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>R7b: %1 non condividere · %2 rimuovere se possibile · %3 non agire da solo</source>
        <translation>R7b: %1 non condividere · %2 rimuovere se possibile · %3 non agire da solo</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16" />
        <source>Custodia — %1</source>
        <translation>Custodia — %1</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+51" />
        <source>Custodia</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Casi</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Conservazione</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blocca</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Archivio bloccato dopo %1 minuti di inattività.</source>
        <translation>Archivio bloccato dopo %1 minuti di inattività.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Archivio bloccato: il supporto con l'archivio è stato scollegato.</source>
        <translation>Archivio bloccato: il supporto con l'archivio è stato scollegato.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Scelga una nuova passphrase</source>
        <translation>Scelga una nuova passphrase</translation>
    </message>
    <message>
        <location line="+16" />
        <source>L'archivio è stato aperto con il codice di recupero (l'uso resta nel registro). Scelga ora una nuova passphrase per %1; poi il Dirigente generi un nuovo codice di recupero («custodia user recovery-code»).</source>
        <translation>L'archivio è stato aperto con il codice di recupero (l'uso resta nel registro). Scelga ora una nuova passphrase per %1; poi il Dirigente generi un nuovo codice di recupero («custodia user recovery-code»).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nuova passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Dati non accettati</source>
        <translation>Dati non accettati</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Controlli i campi compilati e riprovi.</source>
        <translation>Controlli i campi compilati e riprovi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non trovato</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>L'elemento cercato non esiste (più) nell'archivio, o la cartella non è quella giusta.</source>
        <translation>L'elemento cercato non esiste (più) nell'archivio, o la cartella non è quella giusta.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esiste già</source>
        <translation>Esiste già</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scelga un altro nome o un'altra cartella.</source>
        <translation>Scelga un altro nome o un'altra cartella.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operazione non consentita al suo ruolo</source>
        <translation>Operazione non consentita al suo ruolo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>La richiesta è stata registrata. Se serve, la chieda al Dirigente Scolastico.</source>
        <translation>La richiesta è stata registrata. Se serve, la chieda al Dirigente Scolastico.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passphrase o codice di recupero errati</source>
        <translation>Passphrase o codice di recupero errati</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Controlli il blocco maiuscole e riprovi. L'archivio non è stato modificato.</source>
        <translation>Controlli il blocco maiuscole e riprovi. L'archivio non è stato modificato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archivio già aperto</source>
        <translation>Archivio già aperto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Un altro programma Custodia sta usando questo archivio: lo chiuda e riprovi.</source>
        <translation>Un altro programma Custodia sta usando questo archivio: lo chiuda e riprovi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dati alterati o danneggiati</source>
        <translation>Dati alterati o danneggiati</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Non modifichi nulla: avvisi il Dirigente ed esegua «Verifica registro e prove». L'archivio è stato lasciato com'era.</source>
        <translation>Non modifichi nulla: avvisi il Dirigente ed esegua «Verifica registro e prove». L'archivio è stato lasciato com'era.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Errore del disco o della chiavetta</source>
        <translation>Errore del disco o della chiavetta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Il supporto potrebbe essere pieno, scollegato o danneggiato. Nulla di parziale è stato salvato.</source>
        <translation>Il supporto potrebbe essere pieno, scollegato o danneggiato. Nulla di parziale è stato salvato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operazione fermata da una regola</source>
        <translation>Operazione fermata da una regola</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Segua le indicazioni mostrate.</source>
        <translation>Segua le indicazioni mostrate.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operazione annullata</source>
        <translation>Operazione annullata</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nulla è stato modificato.</source>
        <translation>Nulla è stato modificato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attenzione</source>
        <translation>Attenzione</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../qml/NewCaseDialog.qml" line="+11" />
        <source>Nuovo caso</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Titolo breve (senza nomi di studenti)</source>
        <translation>Titolo breve (senza nomi di studenti)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Messaggi offensivi nel gruppo della classe</source>
        <translation>Messaggi offensivi nel gruppo della classe</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Numero di protocollo (se già assegnato)</source>
        <translation>Numero di protocollo (se già assegnato)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data dei fatti</source>
        <translation>Data dei fatti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>20/11/2026</source>
        <translation>20/11/2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reato procedibile d'ufficio (R13): va segnalato entro 48 ore</source>
        <translation>Reato procedibile d'ufficio (R13): va segnalato entro 48 ore</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/PassphraseField.qml" line="+11" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+39" />
        <source>molto debole</source>
        <translation>molto debole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>debole</source>
        <translation>debole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sufficiente</source>
        <translation>sufficiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>buona</source>
        <translation>buona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>robusta</source>
        <translation>robusta</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Troppo corta: servono almeno %1 caratteri.</source>
        <translation>Troppo corta: servono almeno %1 caratteri.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Troppo facile da indovinare (parole comuni, nomi, sequenze o ripetizioni).</source>
        <translation>Troppo facile da indovinare (parole comuni, nomi, sequenze o ripetizioni).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Per renderla più robusta usi quattro o cinque parole non collegate, ad esempio «tavolo nuvola quaderno salto».</source>
        <translation>Per renderla più robusta usi quattro o cinque parole non collegate, ad esempio «tavolo nuvola quaderno salto».</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>Ripeta la passphrase</source>
        <translation>Ripeta la passphrase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le due passphrase non coincidono.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/PersonDialog.qml" line="+11" />
        <source>Aggiungi una persona coinvolta</source>
        <translation>Aggiungi una persona coinvolta</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>Ruolo nel caso</source>
        <translation>Ruolo nel caso</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minorenne</source>
        <translation>Minorenne</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location line="-2" />
        <source>— non indicato —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Femmina</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maschio</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Classe</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>2B</source>
        <translation>2B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scuola (se diversa)</source>
        <translation>Scuola (se diversa)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soprannomi (separati da virgola)</source>
        <translation>Soprannomi (separati da virgola)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profili social (separati da virgola)</source>
        <translation>Profili social (separati da virgola)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefoni (separati da virgola)</source>
        <translation>Telefoni (separati da virgola)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Genitore o tutore: nome</source>
        <translation>Genitore o tutore: nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relazione (madre, padre, tutore)</source>
        <translation>Relazione (madre, padre, tutore)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefono del genitore</source>
        <translation>Telefono del genitore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail del genitore</source>
        <translation>E-mail del genitore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secondo genitore o tutore: nome</source>
        <translation>Secondo genitore o tutore: nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../qml/PersonsTab.qml" line="+17" />
        <source>Le persone coinvolte, con ruolo e minore età. I dati servono per la segnalazione (R13) e per nascondere le identità nelle copie per consulenza (R7).</source>
        <translation>Le persone coinvolte, con ruolo e minore età. I dati servono per la segnalazione (R13) e per nascondere le identità nelle copie per consulenza (R7).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aggiungi persona…</source>
        <translation>Aggiungi persona…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, minore</source>
        <translation>, minore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, maggiorenne</source>
        <translation>, maggiorenne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>classe %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>soprannomi: %1</source>
        <translation>soprannomi: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tel. %1</source>
        <translation>tel. %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>profili: %1</source>
        <translation>profili: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Genitori/tutori: %1</source>
        <translation>Genitori/tutori: %1</translation>
    </message>
</context>
<context>
    <name>PhysicalItemDialog</name>
    <message>
        <location filename="../qml/PhysicalItemDialog.qml" line="+12" />
        <source>Oggetto fisico in busta sigillata (R9)</source>
        <translation>Oggetto fisico in busta sigillata (R9)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>L'oggetto non si fotografa senza l'autorizzazione del Dirigente: si chiude in una busta sigillata e numerata, custodita dalla scuola. Qui se ne registrano i dati.</source>
        <translation>L'oggetto non si fotografa senza l'autorizzazione del Dirigente: si chiude in una busta sigillata e numerata, custodita dalla scuola. Qui se ne registrano i dati.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Che cos'è (senza copiarne il contenuto)</source>
        <translation>Che cos'è (senza copiarne il contenuto)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numero del sigillo della busta</source>
        <translation>Numero del sigillo della busta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dove è custodita</source>
        <translation>Dove è custodita</translation>
    </message>
    <message>
        <location line="+0" />
        <source>cassaforte della presidenza</source>
        <translation>cassaforte della presidenza</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source>Autorizzato dal Dirigente</source>
        <translation>Autorizzato dal Dirigente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consegnato durante il colloquio (R1)</source>
        <translation>Consegnato durante il colloquio (R1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>— nessun colloquio —</source>
        <translation>— nessun colloquio —</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colloquio %1</source>
        <translation>Colloquio %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
</context>
<context>
    <name>R4Fields</name>
    <message>
        <location filename="../qml/R4Fields.qml" line="+29" />
        <source>Quando è stato pubblicato o inviato</source>
        <translation>Quando è stato pubblicato o inviato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Piattaforma</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location line="+0" />
        <source>WhatsApp, Instagram, TikTok…</source>
        <translation>WhatsApp, Instagram, TikTok…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>URL, nome della chat o della pagina</source>
        <translation>URL, nome della chat o della pagina</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Partecipanti visibili (nome, numero di telefono, nome del profilo)</source>
        <translation>Partecipanti visibili (nome, numero di telefono, nome del profilo)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nome del partecipante</source>
        <translation>Nome del partecipante</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Telefono del partecipante</source>
        <translation>Telefono del partecipante</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Profilo (@nome)</source>
        <translation>Profilo (@nome)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Profilo del partecipante</source>
        <translation>Profilo del partecipante</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aggiungi partecipante</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nomi dei profili coinvolti (separati da virgola)</source>
        <translation>Nomi dei profili coinvolti (separati da virgola)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Descrizione (cosa mostra, senza copiarne il contenuto)</source>
        <translation>Descrizione (cosa mostra, senza copiarne il contenuto)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dispositivo di origine</source>
        <translation>Dispositivo di origine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>telefono dello studente</source>
        <translation>telefono dello studente</translation>
    </message>
</context>
<context>
    <name>R6Guidance</name>
    <message>
        <location filename="../qml/R6Guidance.qml" line="+18" />
        <source>Acquisizione interrotta: nulla è stato importato</source>
        <translation>Acquisizione interrotta: nulla è stato importato</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Il materiale a contenuto sessuale che coinvolge minori NON va fotografato, filmato, copiato né inoltrato, nemmeno per documentarlo.</source>
        <translation>Il materiale a contenuto sessuale che coinvolge minori NON va fotografato, filmato, copiato né inoltrato, nemmeno per documentarlo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>1. Non acquisisca e non diffonda il contenuto; se possibile trattenga il dispositivo spento.
2. Informi subito il Dirigente Scolastico.
3. Chieda indicazioni alla Polizia Postale: www.commissariatodips.it, oppure 112 / 113.
4. Supporto: Telefono Azzurro 19696; Save the Children «Stop-It» (stop-it.it).
Se una copia è già sul suo dispositivo, non la inoltri a nessuno e chieda alla Polizia Postale come procedere.</source>
        <translation>1. Non acquisisca e non diffonda il contenuto; se possibile trattenga il dispositivo spento.
2. Informi subito il Dirigente Scolastico.
3. Chieda indicazioni alla Polizia Postale: www.commissariatodips.it, oppure 112 / 113.
4. Supporto: Telefono Azzurro 19696; Save the Children «Stop-It» (stop-it.it).
Se una copia è già sul suo dispositivo, non la inoltri a nessuno e chieda alla Polizia Postale come procedere.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nel registro di custodia resta solo l'annotazione che l'acquisizione è stata interrotta, senza alcun contenuto.</source>
        <translation>Nel registro di custodia resta solo l'annotazione che l'acquisizione è stata interrotta, senza alcun contenuto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Torna al caso</source>
        <translation>Torna al caso</translation>
    </message>
</context>
<context>
    <name>RedactionReviewPage</name>
    <message>
        <location filename="../qml/RedactionReviewPage.qml" line="+178" />
        <source>‹ Indietro</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copia per il consulto: prova %1</source>
        <translation>Copia per il consulto: prova %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Approvata da %1 il %2</source>
        <translation>Approvata da %1 il %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Analizza di nuovo</source>
        <translation>Analizza di nuovo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analizza ora</source>
        <translation>Analizza ora</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cerca di nuovo nomi, numeri, profili, volti: le zone aggiunte a mano e le scelte già fatte restano.</source>
        <translation>Cerca di nuovo nomi, numeri, profili, volti: le zone aggiunte a mano e le scelte già fatte restano.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Applica (S)</source>
        <translation>Applica (S)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Angoli dello schermo (S)</source>
        <translation>Angoli dello schermo (S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Raddrizza la foto sugli angoli indicati e la legge di nuovo.</source>
        <translation>Raddrizza la foto sugli angoli indicati e la legge di nuovo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Per la foto di un telefono: indichi i quattro angoli dello schermo se le zone proposte non cadono sulle scritte (schermo scuro su un tavolo scuro, riflessi).</source>
        <translation>Per la foto di un telefono: indichi i quattro angoli dello schermo se le zone proposte non cadono sulle scritte (schermo scuro su un tavolo scuro, riflessi).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ricerca automatica</source>
        <translation>Ricerca automatica</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dimentica gli angoli indicati a mano: Custodia cerca di nuovo lo schermo da sola.</source>
        <translation>Dimentica gli angoli indicati a mano: Custodia cerca di nuovo lo schermo da sola.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Anteprima (P)</source>
        <translation>Anteprima (P)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mostra la copia come sarà: zone coperte da riquadri pieni.</source>
        <translation>Mostra la copia come sarà: zone coperte da riquadri pieni.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Riduci</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adatta</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingrandisci</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approvata ✓</source>
        <translation>Approvata ✓</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Approva (Ctrl+Invio)</source>
        <translation>Approva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Trascini i quattro cerchi sugli angoli dello schermo del telefono (in alto a sinistra, in alto a destra, in basso a destra, in basso a sinistra), poi «Applica»: la foto viene raddrizzata e letta di nuovo; le zone aggiunte a mano e le scelte già fatte restano. Tab sceglie un angolo, le frecce lo spostano (Maiusc: di 10 pixel).</source>
        <translation>Trascini i quattro cerchi sugli angoli dello schermo del telefono (in alto a sinistra, in alto a destra, in basso a destra, in basso a sinistra), poi «Applica»: la foto viene raddrizzata e letta di nuovo; le zone aggiunte a mano e le scelte già fatte restano. Tab sceglie un angolo, le frecce lo spostano (Maiusc: di 10 pixel).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Trascini sull'immagine per coprire una zona; clic su una zona per lasciarla visibile, di nuovo per coprirla. Tasti: + − 0 ingrandimento, P anteprima, Canc la zona scelta, Ctrl+Z annulla, PagSu/PagGiù fotogramma precedente/successivo.</source>
        <translation>Trascini sull'immagine per coprire una zona; clic su una zona per lasciarla visibile, di nuovo per coprirla. Tasti: + − 0 ingrandimento, P anteprima, Canc la zona scelta, Ctrl+Z annulla, PagSu/PagGiù fotogramma precedente/successivo.</translation>
    </message>
    <message>
        <location line="+114" />
        <location line="+190" />
        <source>visibile</source>
        <translation>visibile</translation>
    </message>
    <message>
        <location line="-173" />
        <source> (corrispondenza incerta)</source>
        <translation> (corrispondenza incerta)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>affidabilità %1%</source>
        <translation>affidabilità %1%</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dettaglio: %1</source>
        <translation>dettaglio: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lasciata visibile: clic per coprirla di nuovo.</source>
        <translation>Lasciata visibile: clic per coprirla di nuovo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clic per lasciarla visibile.</source>
        <translation>Clic per lasciarla visibile.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>in alto a sinistra</source>
        <translation>in alto a sinistra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>in alto a destra</source>
        <translation>in alto a destra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in basso a destra</source>
        <translation>in basso a destra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>in basso a sinistra</source>
        <translation>in basso a sinistra</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Angolo dello schermo %1</source>
        <translation>Angolo dello schermo %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Questa prova non è un'immagine né un video: non entra nella copia per il consulto.</source>
        <translation>Questa prova non è un'immagine né un video: non entra nella copia per il consulto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Questa prova non è ancora stata analizzata. «Analizza ora» cerca nomi, numeri di telefono, profili, classi, scuole, intestazioni delle chat, immagini del profilo e volti.</source>
        <translation>Questa prova non è ancora stata analizzata. «Analizza ora» cerca nomi, numeri di telefono, profili, classi, scuole, intestazioni delle chat, immagini del profilo e volti.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preparazione dei fotogrammi…</source>
        <translation>Preparazione dei fotogrammi…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>L'immagine non si può mostrare: il file è danneggiato o alterato. Esegua «Verifica registro e prove».</source>
        <translation>L'immagine non si può mostrare: il file è danneggiato o alterato. Esegua «Verifica registro e prove».</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Zone da coprire</source>
        <translation>Zone da coprire</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 coperte (%2 incerte), %3 lasciate visibili</source>
        <translation>%1 coperte (%2 incerte), %3 lasciate visibili</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in questo fotogramma: %1</source>
        <translation>in questo fotogramma: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>nomi</source>
        <translation>nomi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>contatti</source>
        <translation>contatti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>classe, scuola</source>
        <translation>classe, scuola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intestazione, mittente</source>
        <translation>intestazione, mittente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>volti, profili</source>
        <translation>volti, profili</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a mano</source>
        <translation>a mano</translation>
    </message>
    <message>
        <location line="+55" />
        <source>, incerta</source>
        <translation>, incerta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, lasciata visibile</source>
        <translation>, lasciata visibile</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Copri di nuovo la zona scelta</source>
        <translation>Copri di nuovo la zona scelta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lascia visibile la zona scelta (Canc)</source>
        <translation>Lascia visibile la zona scelta (Canc)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nel dubbio, copra: la copia va a persone esterne alla scuola. La copia completa resta nell'archivio per le autorità.</source>
        <translation>Nel dubbio, copra: la copia va a persone esterne alla scuola. La copia completa resta nell'archivio per le autorità.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Fotogramma a %1 s</source>
        <translation>Fotogramma a %1 s</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../qml/RetentionPage.qml" line="+20" />
        <source>Salva il verbale di distruzione</source>
        <translation>Salva il verbale di distruzione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documenti PDF (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rinnovo del blocco legale</source>
        <translation>Rinnovo del blocco legale</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nuova data di revisione (al massimo 6 mesi)</source>
        <translation>Nuova data di revisione (al massimo 6 mesi)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nota (finisce nel registro di custodia: niente nomi)</source>
        <translation>Nota (finisce nel registro di custodia: niente nomi)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Revoca del blocco legale</source>
        <translation>Revoca del blocco legale</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Le prove coperte dal blocco e già scadute saranno distrutte alla prossima apertura.</source>
        <translation>Le prove coperte dal blocco e già scadute saranno distrutte alla prossima apertura.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Motivo della revoca (es. procedimento archiviato)</source>
        <translation>Motivo della revoca (es. procedimento archiviato)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sospendi la distruzione (blocco legale)</source>
        <translation>Sospendi la distruzione (blocco legale)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Motivo (es. procedimento in corso)</source>
        <translation>Motivo (es. procedimento in corso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riferimento (protocollo, numero del procedimento)</source>
        <translation>Riferimento (protocollo, numero del procedimento)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Da riesaminare entro (al massimo 6 mesi)</source>
        <translation>Da riesaminare entro (al massimo 6 mesi)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>‹ Indietro</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Conservazione e distruzione (R11)</source>
        <translation>Conservazione e distruzione (R11)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le prove si conservano al massimo %1 mesi dall'acquisizione, poi Custodia le distrugge all'apertura dell'archivio e redige un verbale. Solo il Dirigente può sospendere la distruzione con un blocco legale motivato.</source>
        <translation>Le prove si conservano al massimo %1 mesi dall'acquisizione, poi Custodia le distrugge all'apertura dell'archivio e redige un verbale. Solo il Dirigente può sospendere la distruzione con un blocco legale motivato.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>In scadenza nei prossimi 30 giorni</source>
        <translation>In scadenza nei prossimi 30 giorni</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nessuna prova in scadenza.</source>
        <translation>Nessuna prova in scadenza.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Caso %1 · %2 %3 · distruzione il %4</source>
        <translation>Caso %1 · %2 %3 · distruzione il %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Blocca…</source>
        <translation>Blocca…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Blocchi legali</source>
        <translation>Blocchi legali</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ci sono blocchi legali con la data di revisione superata: il Dirigente li riesamini («Rinnova…» oppure «Revoca»).</source>
        <translation>Ci sono blocchi legali con la data di revisione superata: il Dirigente li riesamini («Rinnova…» oppure «Revoca»).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nessun blocco legale.</source>
        <translation>Nessun blocco legale.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Caso %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Prova %1</source>
        <translation>Prova %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source> · da riesaminare entro il %1</source>
        <translation> · da riesaminare entro il %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source> · revocato il %1</source>
        <translation> · revocato il %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rinnova…</source>
        <translation>Rinnova…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Revoca</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Prove distrutte</source>
        <translation>Prove distrutte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nessuna prova distrutta finora.</source>
        <translation>Nessuna prova distrutta finora.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Caso %1 · %2 %3 · acquisita il %4 · distrutta il %5 (verbale n. %6)</source>
        <translation>Caso %1 · %2 %3 · acquisita il %4 · distrutta il %5 (verbale n. %6)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Verbali di distruzione</source>
        <translation>Verbali di distruzione</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nessuna distruzione finora.</source>
        <translation>Nessuna distruzione finora.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Verbale n. %1 del %2 · %n prove</source>
        <translation><numerusform>Verbale n. %1 del %2 · %n prova</numerusform><numerusform>Verbale n. %1 del %2 · %n prove</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Salva PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/StartPage.qml" line="+25" />
        <source>In questa cartella non c'è un archivio Custodia.</source>
        <translation>In questa cartella non c'è un archivio Custodia.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scelga la cartella dell'archivio (quella che contiene custodia.json), oppure crei un nuovo archivio.</source>
        <translation>Scelga la cartella dell'archivio (quella che contiene custodia.json), oppure crei un nuovo archivio.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Scegli la cartella dell'archivio</source>
        <translation>Scegli la cartella dell'archivio</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Custodia</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Archivio cifrato delle prove di cyberbullismo, con registro di custodia</source>
        <translation>Archivio cifrato delle prove di cyberbullismo, con registro di custodia</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Archivi usati di recente</source>
        <translation>Archivi usati di recente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nessuno: apra l'archivio dalla chiavetta USB o ne crei uno nuovo.</source>
        <translation>Nessuno: apra l'archivio dalla chiavetta USB o ne crei uno nuovo.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Supporto non collegato</source>
        <translation>Supporto non collegato</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Togli dall'elenco (l'archivio non viene toccato)</source>
        <translation>Togli dall'elenco (l'archivio non viene toccato)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Togli dall'elenco</source>
        <translation>Togli dall'elenco</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Apri un archivio…</source>
        <translation>Apri un archivio…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crea un nuovo archivio…</source>
        <translation>Crea un nuovo archivio…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prova con dati di esempio</source>
        <translation>Prova con dati di esempio</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lingua / Language</source>
        <translation>Lingua / Language</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Blocco automatico dopo</source>
        <translation>Blocco automatico dopo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Minuti di inattività prima del blocco</source>
        <translation>Minuti di inattività prima del blocco</translation>
    </message>
    <message>
        <location line="+2" />
        <source>minuti di inattività</source>
        <translation>minuti di inattività</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../qml/TimelineTab.qml" line="+24" />
        <source>Ogni operazione sulle prove è registrata e firmata: chi, cosa, quando.</source>
        <translation>Ogni operazione sulle prove è registrata e firmata: chi, cosa, quando.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Verifica registro e prove</source>
        <translation>Verifica registro e prove</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Verifica superata: %1 operazioni firmate; prove decifrate e confrontate con l'impronta SHA-256 registrata all'acquisizione: %2.</source>
        <translation>Verifica superata: %1 operazioni firmate; prove decifrate e confrontate con l'impronta SHA-256 registrata all'acquisizione: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Verifica NON superata: %n problemi. Non modifichi nulla e avvisi il Dirigente.</source>
        <translation><numerusform>Verifica NON superata: %n problema. Non modifichi nulla e avvisi il Dirigente.</numerusform><numerusform>Verifica NON superata: %n problemi. Non modifichi nulla e avvisi il Dirigente.</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>Radice del registro: %1</source>
        <translation>Radice del registro: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Operazione: %1
Impronta: %2
%3</source>
        <translation>Operazione: %1
Impronta: %2
%3</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../qml/UnlockPanel.qml" line="+30" />
        <source>Apri l'archivio</source>
        <translation>Apri l'archivio</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+11" />
        <source>Utente</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+8" />
        <source>Codice di recupero</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+8" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ho perso la passphrase: uso il codice di recupero (resta registrato)</source>
        <translation>Ho perso la passphrase: uso il codice di recupero (resta registrato)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indietro</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Apri</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../qml/ViewerPage.qml" line="+24" />
        <source>%1, %2 s, %3 fotogrammi (%4 persi)</source>
        <translation>%1, %2 s, %3 fotogrammi (%4 persi)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>sì: Custodia o il computer si sono fermati durante la registrazione; recuperata all'apertura successiva</source>
        <translation>sì: Custodia o il computer si sono fermati durante la registrazione; recuperata all'apertura successiva</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sì: la scrittura sul supporto non è riuscita (pieno o scollegato)</source>
        <translation>sì: la scrittura sul supporto non è riuscita (pieno o scollegato)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sì: la fotocamera o lo schermo hanno smesso di mandare immagini</source>
        <translation>sì: la fotocamera o lo schermo hanno smesso di mandare immagini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sì</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Dove salvare la copia in chiaro</source>
        <translation>Dove salvare la copia in chiaro</translation>
    </message>
    <message>
        <location line="+31" />
        <source>‹ Caso</source>
        <translation>‹ Caso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copia per consulto…</source>
        <translation>Copia per consulto…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rivede le zone da coprire perché i minori non siano riconoscibili (R7).</source>
        <translation>Rivede le zone da coprire perché i minori non siano riconoscibili (R7).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Esporta una copia…</source>
        <translation>Esporta una copia…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scrive il file originale, in chiaro, dove sceglie: l'operazione resta nel registro. Lo faccia solo se serve, e non su un PC condiviso.</source>
        <translation>Scrive il file originale, in chiaro, dove sceglie: l'operazione resta nel registro. Lo faccia solo se serve, e non su un PC condiviso.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Riduci</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adatta</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingrandisci</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location line="+37" />
        <source>L'immagine non si può mostrare: il formato non è tra quelli che l'app sa disegnare, oppure il file è danneggiato o alterato. Esegua «Verifica registro e prove» per saperlo.</source>
        <translation>L'immagine non si può mostrare: il formato non è tra quelli che l'app sa disegnare, oppure il file è danneggiato o alterato. Esegua «Verifica registro e prove» per saperlo.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Anteprima non disponibile per questo tipo di file (%1).</source>
        <translation>Anteprima non disponibile per questo tipo di file (%1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Riproduci</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Posizione nel video</source>
        <translation>Posizione nel video</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copia salvata. È un file in chiaro: lo cancelli quando non serve più.</source>
        <translation>Copia salvata. È un file in chiaro: lo cancelli quando non serve più.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Il video non si può riprodurre: %1</source>
        <translation>Il video non si può riprodurre: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Scheda della prova</source>
        <translation>Scheda della prova</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <location line="+1" />
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File originale</source>
        <translation>File originale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dimensione</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <location line="+1" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Acquisita il</source>
        <translation>Acquisita il</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acquisita da</source>
        <translation>Acquisita da</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispositivo</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acquisizione diretta</source>
        <translation>Acquisizione diretta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registrazione interrotta</source>
        <translation>Registrazione interrotta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consenso (R3)</source>
        <translation>Consenso (R3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pubblicata il</source>
        <translation>Pubblicata il</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Piattaforma</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chat o pagina</source>
        <translation>Chat o pagina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partecipanti</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profili</source>
        <translation>Profili</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Descrizione</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Originale cancellato (R5)</source>
        <translation>Originale cancellato (R5)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sì, il %1</source>
        <translation>sì, il %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distruzione prevista (R11)</source>
        <translation>Distruzione prevista (R11)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sospesa da un blocco legale</source>
        <translation>sospesa da un blocco legale</translation>
    </message>
</context>
<context>
    <name>custodia::gui::Session</name>
    <message>
        <location filename="../Session.cpp" line="+336" />
        <location line="+46" />
        <location line="+1451" />
        <source>Attendere la fine dell'operazione in corso.</source>
        <translation>Attendere la fine dell'operazione in corso.</translation>
    </message>
    <message>
        <location line="-1340" />
        <source>R10: questa cartella è su %1, non su un supporto rimovibile. Le prove vanno conservate su una chiavetta USB o un disco esterno custodito, non sul PC.</source>
        <translation>R10: questa cartella è su %1, non su un supporto rimovibile. Le prove vanno conservate su una chiavetta USB o un disco esterno custodito, non sul PC.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Apertura dell'archivio…</source>
        <translation>Apertura dell'archivio…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Cambio della passphrase…</source>
        <translation>Cambio della passphrase…</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Nome utente non valido: «%1».</source>
        <translation>Nome utente non valido: «%1».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usi lettere minuscole, cifre, punto, trattino o trattino basso, senza spazi (es. mrossi).</source>
        <translation>Usi lettere minuscole, cifre, punto, trattino o trattino basso, senza spazi (es. mrossi).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Il Dirigente e il referente devono avere due nomi utente diversi.</source>
        <translation>Il Dirigente e il referente devono avere due nomi utente diversi.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Creazione dell'archivio…</source>
        <translation>Creazione dell'archivio…</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Preparazione dell'archivio dimostrativo…</source>
        <translation>Preparazione dell'archivio dimostrativo…</translation>
    </message>
    <message>
        <location line="+318" />
        <source>Verifica del registro e delle prove…</source>
        <translation>Verifica del registro e delle prove…</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Nessun file scelto.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prima di importare serve la risposta alla domanda R6.</source>
        <translation>Prima di importare serve la risposta alla domanda R6.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importazione e cifratura…</source>
        <translation>Importazione e cifratura…</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>Prove importate, ma %n originali non sono stati cancellati (R5).</source>
        <translation><numerusform>Prove importate, ma %n originale non è stato cancellato (R5).</numerusform><numerusform>Prove importate, ma %n originali non sono stati cancellati (R5).</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>
Li cancelli a mano dopo aver controllato la prova.</source>
        <translation>
Li cancelli a mano dopo aver controllato la prova.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n file sono stati importati prima dell'interruzione; gli altri no. </source>
        <translation><numerusform>%n file è stato importato prima dell'interruzione; gli altri no. </numerusform><numerusform>%n file sono stati importati prima dell'interruzione; gli altri no. </numerusform></translation>
    </message>
    <message>
        <location line="+102" />
        <source>Copia in chiaro della prova…</source>
        <translation>Copia in chiaro della prova…</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Esportazione per la Polizia Postale…</source>
        <translation>Esportazione per la Polizia Postale…</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Ricerca di ciò che identifica i minori…</source>
        <translation>Ricerca di ciò che identifica i minori…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Servono i quattro angoli dello schermo.</source>
        <translation>Servono i quattro angoli dello schermo.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Lettura della foto sullo schermo indicato…</source>
        <translation>Lettura della foto sullo schermo indicato…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ricerca automatica dello schermo…</source>
        <translation>Ricerca automatica dello schermo…</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Preparazione dei fotogrammi del video…</source>
        <translation>Preparazione dei fotogrammi del video…</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Copia per il consulto, con i minori resi non riconoscibili…</source>
        <translation>Copia per il consulto, con i minori resi non riconoscibili…</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Questa è una sessione Wayland: lo schermo si acquisisce solo in una sessione X11 (all'accesso scelga «GNOME su Xorg»).</source>
        <translation>Questa è una sessione Wayland: lo schermo si acquisisce solo in una sessione X11 (all'accesso scelga «GNOME su Xorg»).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nessuno schermo X11 disponibile.</source>
        <translation>Nessuno schermo X11 disponibile.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Prima di acquisire serve la risposta alla domanda R6.</source>
        <translation>Prima di acquisire serve la risposta alla domanda R6.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Modalità di acquisizione sconosciuta.</source>
        <translation>Modalità di acquisizione sconosciuta.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>La fotocamera non manda ancora immagini.</source>
        <translation>La fotocamera non manda ancora immagini.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlli che la webcam sia collegata e scelta, poi riprovi.</source>
        <translation>Controlli che la webcam sia collegata e scelta, poi riprovi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'immagine della fotocamera non si può leggere.</source>
        <translation>L'immagine della fotocamera non si può leggere.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Acquisizione…</source>
        <translation>Acquisizione…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registrazione in corso…</source>
        <translation>Registrazione in corso…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Nessun microfono disponibile per registrare l'audio.</source>
        <translation>Nessun microfono disponibile per registrare l'audio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colleghi un microfono, oppure tolga la spunta «Registra anche l'audio».</source>
        <translation>Colleghi un microfono, oppure tolga la spunta «Registra anche l'audio».</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Il microfono non si apre.</source>
        <translation>Il microfono non si apre.</translation>
    </message>
</context>
</TS>
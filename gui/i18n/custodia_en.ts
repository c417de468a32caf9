<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+32"/>
        <source>Sorgente di prova (sintetica)</source>
        <translation>Test source (synthetic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schermo di questo computer (%1×%2)</source>
        <translation>This computer&apos;s screen (%1×%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schermo di questo computer (non disponibile)</source>
        <translation>This computer&apos;s screen (not available)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finestra «%1» (%2×%3)</source>
        <translation>Window “%1” (%2×%3)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>‹ Caso</source>
        <translation>‹ Case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acquisisci nel caso %1</source>
        <translation>Capture into case %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Sorgente</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schermata</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registrazione dello schermo</source>
        <translation>Screen recording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La webcam funziona comunque.</source>
        <translation>The webcam works all the same.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Viene acquisita solo questa finestra: la porti in primo piano, non coperta da altre.</source>
        <translation>Only this window is captured: bring it to the front, not covered by others.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viene acquisito lo schermo intero. Per una sola finestra, la scelga nell&apos;elenco «Sorgente».</source>
        <translation>The whole screen is captured. For a single window, choose it in the “Source” list.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registra anche l&apos;audio dal microfono (per esempio i messaggi vocali)</source>
        <translation>Also record sound from the microphone (for example voice messages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registra anche l&apos;audio (nessun microfono trovato)</source>
        <translation>Also record sound (no microphone found)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Riduci Custodia a icona mentre acquisisce la schermata</source>
        <translation>Minimise Custodia while the screenshot is taken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inquadri lo schermo del telefono dritto, da vicino, senza riflessi. Non usi l&apos;app fotocamera del telefono: lascerebbe una copia in chiaro (R5).</source>
        <translation>Frame the phone&apos;s screen straight on, close up, without reflections. Do not use the phone&apos;s own camera app: it would leave an unencrypted copy (R5).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>● IN PAUSA</source>
        <translation>● PAUSED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prima di acquisire (R6, R3, R1)</source>
        <translation>Before capturing (R6, R3, R1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</source>
        <translation>Does the material to be acquired contain sexual images or videos involving minors (including sexting between students)?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No, non contiene materiale di questo tipo</source>
        <translation>No, it does not contain material of this kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sì, oppure non sono sicuro</source>
        <translation>Yes, or I am not sure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risponda alla domanda R6.</source>
        <translation>Answer the R6 question.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indichi il consenso (R3).</source>
        <translation>Please indicate consent (R3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scatta la foto</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvia la registrazione</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registra lo schermo</source>
        <translation>Record the screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisisci la schermata</source>
        <translation>Take the screenshot</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In pausa</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrazione in corso</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2 fotogrammi · %3 persi</source>
        <translation>%1 · %2 frames · %3 dropped</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R4: scorra la chat fino a una data ben visibile, e mostri il nome della chat e i partecipanti. Scorra lentamente, senza salti.</source>
        <translation>R4: scroll the chat back to a clearly visible date, and show the chat&apos;s name and its participants. Scroll slowly, without jumps.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Riprendi</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ferma e salva</source>
        <translation>Stop and save</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acquisizione…</source>
        <translation>Capturing…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dati della prova (R4)</source>
        <translation>Details of the evidence (R4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registrati %1 s, %2 fotogrammi (%3 persi) da «%4». Completi i dati e salvi: fino ad allora la registrazione è già al sicuro, cifrata.</source>
        <translation>Recorded %1 s, %2 frames (%3 dropped) from “%4”. Complete the details and save: until then the recording is already safe, encrypted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Immagine acquisita da «%1». Completi i dati e salvi.</source>
        <translation>Picture taken from “%1”. Complete the details and save.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dati non accettati: %1</source>
        <translation>Details not accepted: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salva la prova</source>
        <translation>Save the evidence</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prova acquisita e cifrata (%1). L&apos;impronta SHA-256 è firmata nel registro.</source>
        <translation>Evidence captured and encrypted (%1). Its SHA-256 fingerprint is signed in the log.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s, %2 fotogrammi, %3 persi.</source>
        <translation>%1 s, %2 frames, %3 dropped.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrazione INTERROTTA: la fotocamera o lo schermo hanno smesso di mandare immagini. Il video fin lì è conservato, segnato come interrotto.</source>
        <translation>Recording INTERRUPTED: the camera or the screen stopped sending pictures. The video up to then is kept, marked as interrupted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrazione INTERROTTA: la scrittura sul supporto non è riuscita. Quanto già scritto è conservato, segnato come interrotto. Liberi spazio o controlli la chiavetta prima di registrare di nuovo.</source>
        <translation>Recording INTERRUPTED: writing to the medium failed. What was already written is kept, marked as interrupted. Free some space or check the USB stick before recording again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acquisisci ancora</source>
        <translation>Capture again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Torna al caso</source>
        <translation>Back to the case</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../qml/CasePage.qml" line="+25"/>
        <source>Blocco legale su tutto il caso</source>
        <translation>Legal hold on the whole case</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nessuna prova del caso sarà distrutta finché il blocco resta attivo (R11).</source>
        <translation>No item of the case will be destroyed while the hold is active (R11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motivo (es. procedimento in corso)</source>
        <translation>Reason (e.g. proceedings under way)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riferimento (protocollo, numero del procedimento)</source>
        <translation>Reference (protocol number, proceedings number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da riesaminare entro (al massimo 6 mesi)</source>
        <translation>Review by (at most 6 months)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segnalazione inviata (R13)</source>
        <translation>Report sent (R13)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chi (es. Polizia Postale di Udine, Procura per i minorenni)</source>
        <translation>To whom (e.g. Polizia Postale, Udine; juvenile prosecutor&apos;s office)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocollo della segnalazione</source>
        <translation>Protocol number of the report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chiudi il caso</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Motivo della chiusura</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>‹ Casi</source>
        <translation>‹ Cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caso %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>protocollo %1</source>
        <translation>protocol no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fatti del %1</source>
        <translation>incident on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segnalato a %1 il %2</source>
        <translation>reported to %1 on %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importa prove…</source>
        <translation>Import evidence…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acquisisci…</source>
        <translation>Capture…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Foto o video dalla webcam, schermata o registrazione dello schermo, cifrati subito</source>
        <translation>Photo or video from the webcam, screenshot or screen recording, encrypted at once</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consegna alla Polizia…</source>
        <translation>Hand over to Police…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copia per consulto…</source>
        <translation>Consult copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Una copia con i minori non riconoscibili, per uno psicologo, uno sportello o un legale (R7).</source>
        <translation>A copy in which the minors cannot be recognised, for a psychologist, a helpline or a lawyer (R7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altro ▾</source>
        <translation>More ▾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Togli il segnale di reato d&apos;ufficio</source>
        <translation>Remove the ex officio offence flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segnala come reato procedibile d&apos;ufficio (R13)</source>
        <translation>Flag as an offence prosecutable ex officio (R13)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registra un oggetto fisico in busta sigillata (R9)…</source>
        <translation>Record a physical object in a sealed envelope (R9)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blocco legale su tutto il caso (solo Dirigente)…</source>
        <translation>Legal hold on the whole case (head teacher only)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registra la segnalazione inviata…</source>
        <translation>Record the report sent…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chiudi il caso…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Persone (%1)</source>
        <translation>People (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colloqui (%1)</source>
        <translation>Interviews (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prove (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registro di custodia</source>
        <translation>Custody log</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../qml/CasesPage.qml" line="+36"/>
        <source>All&apos;apertura sono state distrutte %n prove giunte alla scadenza (R11).</source>
        <translation>
            <numerusform>On opening, %n evidence item that had reached the end of its retention period was destroyed (R11).</numerusform>
            <numerusform>On opening, %n evidence items that had reached the end of their retention period were destroyed (R11).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Il verbale di distruzione e l&apos;elenco sono in «Conservazione».</source>
        <translation>The destruction record and the list are under “Retention”.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n buste sigillate sono da distruggere a mano: vedere Conservazione.</source>
        <translation>
            <numerusform>%n sealed envelope must be destroyed by hand: see Retention.</numerusform>
            <numerusform>%n sealed envelopes must be destroyed by hand: see Retention.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La distruzione automatica non è riuscita e sarà ripetuta alla prossima apertura: %1</source>
        <translation>Automatic destruction failed and will be tried again the next time the vault is opened: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Casi</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nuovo caso…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nessun caso. Apra un nuovo caso quando un colloquio rivela una situazione da documentare (R1).</source>
        <translation>No cases. Open a new case when an interview reveals a situation that needs to be documented (R1).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Caso %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · aperto il %2 · %3 persone · %4 colloqui · %5 prove</source>
        <translation>%1 · opened on %2 · people: %3 · interviews: %4 · evidence items: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n prove in scadenza entro 30 giorni</source>
        <translation>
            <numerusform>%n item due for destruction within 30 days</numerusform>
            <numerusform>%n items due for destruction within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircumstancesFields</name>
    <message>
        <location filename="../qml/CircumstancesFields.qml" line="+19"/>
        <source>Consenso dello studente (R3)</source>
        <translation>Student consent (R3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— scegliere —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sì, lo studente ha acconsentito</source>
        <translation>Yes, the student consented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispositivo trattenuto</source>
        <translation>Device retained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenso dello studente</source>
        <translation>Student consent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acquisito durante il colloquio (R1)</source>
        <translation>Acquired during the interview (R1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— nessun colloquio —</source>
        <translation>— no interview —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colloquio %1 del %2</source>
        <translation>Interview %1 on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colloquio</source>
        <translation>Interview</translation>
    </message>
</context>
<context>
    <name>ConsultPage</name>
    <message>
        <location filename="../qml/ConsultPage.qml" line="+49"/>
        <source>Dove scrivere la copia per il consulto</source>
        <translation>Where to write the consult copy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>‹ Caso</source>
        <translation>‹ Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copia per il consulto del caso %1 (R7)</source>
        <translation>Consult copy of case %1 (R7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per uno psicologo, uno sportello, il consultorio o un legale a cui chiede un parere: una copia in cui i minori non sono riconoscibili. Custodia propone le zone da coprire (nomi, numeri, profili, classe e scuola, intestazioni delle chat, immagini del profilo, volti); lei le controlla prova per prova e approva. La copia completa resta nell&apos;archivio per le autorità.</source>
        <translation>For a psychologist, a helpline, the family counselling centre or a lawyer you ask for advice: a copy in which the minors cannot be recognised. Custodia proposes the areas to cover (names, numbers, profiles, class and school, chat headers, profile pictures, faces); you check them item by item and approve. The complete copy stays in the vault for the authorities.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Il riconoscimento automatico può sbagliare: ogni prova va guardata da una persona prima di uscire dalla scuola.</source>
        <translation>Automatic recognition can be wrong: a person must look at every item before it leaves the school.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prove (%1 di %2 approvate)</source>
        <translation>Evidence (%1 of %2 approved)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analizza le prove non ancora analizzate (%1)</source>
        <translation>Analyse the items not yet analysed (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Il caso non ha immagini né video.</source>
        <translation>The case has no pictures or videos.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Apri</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rivedi…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scrivi la copia</source>
        <translation>Write the copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chi va (es. dott.ssa …, psicologa dello sportello)</source>
        <translation>Recipient (e.g. Dr …, the helpline psychologist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perché (es. parere sul supporto alla vittima)</source>
        <translation>Purpose (e.g. advice on supporting the victim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cartella di destinazione (ne viene creata una nuova al suo interno)</source>
        <translation>Destination folder (a new folder is created inside it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cartella di destinazione</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scegli…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attenzione: anche la copia per il consulto è un dato delicato. %1</source>
        <translation>Careful: the consult copy is sensitive data too. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crea anche un archivio ZIP</source>
        <translation>Also create a ZIP archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mantieni l&apos;audio dei video (le voci identificano: di norma no)</source>
        <translation>Keep the audio of videos (voices identify: normally not)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Includi anche le prove non ancora approvate, con le zone proposte (sconsigliato)</source>
        <translation>Also include items not yet approved, with the proposed areas (not recommended)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entrano tutte le immagini e i video del caso: quelli non rivisti con le zone trovate in automatico.</source>
        <translation>Every picture and video of the case goes in: those not reviewed with the areas found automatically.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrano solo le prove approvate (%1 di %2).</source>
        <translation>Only approved items go in (%1 of %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scrivi la copia per il consulto</source>
        <translation>Write the consult copy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copia scritta: %1 prove.</source>
        <translation>Copy written: %1 items.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cartella: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archivio ZIP: %1</source>
        <translation>ZIP archive: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Prova %1 esclusa: %2</source>
        <translation>• Item %1 left out: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La consegna è nel registro di custodia: destinatario, motivo, prove e impronte dei file.</source>
        <translation>The handover is in the custody log: recipient, purpose, items and file hashes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apri la cartella</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un&apos;altra copia</source>
        <translation>Another copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torna al caso</source>
        <translation>Back to the case</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <location filename="../qml/CreateWizard.qml" line="+23"/>
        <source>Cartella del nuovo archivio (sulla chiavetta USB)</source>
        <translation>Folder for the new vault (on the USB stick)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salva il codice di recupero come PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nuovo archivio — passo %1 di 3</source>
        <translation>New vault — step %1 of 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice di recupero</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>L&apos;archivio va creato su una chiavetta USB o un disco esterno che la scuola custodisce in un luogo chiuso (R10). Scelga una cartella vuota.</source>
        <translation>The vault must be created on a USB stick or an external drive that the school keeps in a locked place (R10). Choose an empty folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/media/chiavetta/custodia</source>
        <translation>/media/usb-stick/custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cartella del nuovo archivio</source>
        <translation>New vault folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scegli…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nome della scuola</source>
        <translation>School name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istituto Comprensivo …</source>
        <translation>Istituto Comprensivo …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Il Dirigente Scolastico: può fare tutto, e solo lui decide blocchi legali e certificato di firma. La sua passphrase la digita lui.</source>
        <translation>The head teacher (Dirigente Scolastico): can do everything, and is the only one who decides on legal holds and the signing certificate. The head teacher types in their own passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>Nome utente (minuscole, senza spazi)</source>
        <translation>Username (lower case, no spaces)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Passphrase del Dirigente</source>
        <translation>Head teacher&apos;s passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Il referente per il cyberbullismo: apre i casi, registra i colloqui, acquisisce le prove.</source>
        <translation>The cyberbullying coordinator: opens cases, records interviews, acquires evidence.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase del referente</source>
        <translation>Coordinator&apos;s passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>L&apos;archivio è pronto. Questo è il codice di recupero: apre l&apos;archivio se tutte le passphrase vanno perse. Viene mostrato solo ora. Lo salvi come PDF e lo stampi, poi consegni il foglio al Dirigente, che lo conserva in cassaforte.</source>
        <translation>The vault is ready. This is the recovery code: it opens the vault if all the passphrases are lost. It is shown only now. Save it as a PDF and print it, then give the sheet to the head teacher, who keeps it in the safe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Salva come PDF da stampare…</source>
        <translation>Save as PDF to print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salvato. Dopo averlo stampato, cancelli il PDF dal computer.</source>
        <translation>Saved. After printing it, delete the PDF from the computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ho stampato o trascritto il codice e lo consegno al Dirigente</source>
        <translation>I have printed or copied out the code and will give it to the head teacher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avanti</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crea l&apos;archivio</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continua</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <location filename="../qml/DeadlineBadge.qml" line="+29"/>
        <source>R13: segnalazione scaduta da %1</source>
        <translation>R13: report overdue by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R13: segnalare entro %1</source>
        <translation>R13: report within %1</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../qml/EvidenceTab.qml" line="+18"/>
        <source>Nessuna prova. Usi «Importa prove…» per acquisire screenshot, foto o video.</source>
        <translation>No evidence yet. Use “Import evidence…” to acquire screenshots, photos or videos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prova %1</source>
        <translation>Evidence item %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>registrazione interrotta</source>
        <translation>recording interrupted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>consulto: %1</source>
        <translation>consult: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bloccata (blocco legale)</source>
        <translation>on hold (legal hold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distruzione: %1</source>
        <translation>destruction: %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../qml/ExportPage.qml" line="+25"/>
        <source>Il certificato di firma della scuola (file .p12 o .pfx)</source>
        <translation>The school&apos;s signing certificate (.p12 or .pfx file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificati PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Password del certificato</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dove scrivere l&apos;esportazione (es. la chiavetta per la Polizia)</source>
        <translation>Where to write the export (e.g. the USB stick for the Police)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>‹ Caso</source>
        <translation>‹ Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consegna del caso %1 alla Polizia Postale</source>
        <translation>Handing over case %1 to the Polizia Postale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custodia scrive una cartella sigillata con tutte le prove originali, i dati di acquisizione, il registro di custodia con le prove di inclusione, la segnalazione precompilata e il verbale di consegna da stampare e firmare. La consegna resta registrata.</source>
        <translation>Custodia writes a sealed folder with all the original evidence items, the acquisition details, the custody log with the inclusion proofs, the pre-filled report and the handover record to print and sign. The handover is recorded.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cartella di destinazione (ne viene creata una nuova al suo interno)</source>
        <translation>Destination folder (a new folder is created inside it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cartella di destinazione</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scegli…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attenzione: le prove vi saranno scritte in chiaro. %1</source>
        <translation>Warning: the evidence will be written there unencrypted. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agente che riceve: nome e cognome</source>
        <translation>Receiving officer: full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifica o grado</source>
        <translation>Title or rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matricola o tessera</source>
        <translation>Badge or ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ufficio</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polizia Postale di …</source>
        <translation>Polizia Postale, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporto consegnato</source>
        <translation>Storage medium handed over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chiavetta USB …</source>
        <translation>USB stick …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crea anche un archivio ZIP</source>
        <translation>Also create a ZIP archive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Firma: certificato della scuola %1 (scade il %2), più la firma Ed25519 di Custodia.</source>
        <translation>Signature: school certificate %1 (expires on %2), plus the Custodia Ed25519 signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firma: solo Ed25519 di Custodia. Il Dirigente può aggiungere la firma con il certificato della scuola (file .p12): da questa pagina, entrando come Dirigente.</source>
        <translation>Signature: Custodia&apos;s Ed25519 only. The head teacher can add a signature with the school&apos;s certificate (.p12 file) from this page, when logged in as head teacher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sostituisci il certificato di firma…</source>
        <translation>Replace the signing certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configura il certificato di firma della scuola…</source>
        <translation>Set up the school&apos;s signing certificate…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Esporta</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Esportazione completata: %1 file in tutto; prove: %2.</source>
        <translation>Export complete: %1 files in total; evidence items: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cartella: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stampi e firmi il verbale di consegna: %1</source>
        <translation>Print and sign the handover record: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impronta del manifest (sul verbale, anche come codice QR): %1</source>
        <translation>Manifest fingerprint (on the record, also as a QR code): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caso da segnalare entro 48 ore (R13): dopo la consegna registri la segnalazione inviata (menu «Altro» del caso).</source>
        <translation>This case must be reported within 48 hours (R13): after the handover, record the report sent (the case&apos;s “More” menu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apri il verbale da stampare</source>
        <translation>Open the handover record to print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Torna al caso</source>
        <translation>Back to the case</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../qml/Format.js" line="+20"/>
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vittima</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presunto autore</source>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimone</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dirigente Scolastico</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referente cyberbullismo</source>
        <translation>Cyberbullying coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrazione dello schermo</source>
        <translation>Screen recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oggetto fisico (busta sigillata)</source>
        <translation>Physical object (sealed envelope)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sì, lo studente ha acconsentito</source>
        <translation>Yes, the student consented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispositivo trattenuto</source>
        <translation>Device retained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non applicabile</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chiuso</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aperto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ha creato l&apos;archivio</source>
        <translation>created the vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha aggiunto un utente</source>
        <translation>added a user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha cambiato la propria passphrase</source>
        <translation>changed their own passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha aperto l&apos;archivio con il codice di recupero</source>
        <translation>opened the vault with the recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha generato un nuovo codice di recupero</source>
        <translation>generated a new recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intestazione dell&apos;archivio ripristinata dal catalogo</source>
        <translation>vault header restored from the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogo aggiornato alla nuova versione</source>
        <translation>catalogue updated to the new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importazione interrotta completata all&apos;apertura</source>
        <translation>interrupted import completed on opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importazione interrotta rimossa all&apos;apertura</source>
        <translation>interrupted import removed on opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importazione interrotta trovata danneggiata</source>
        <translation>interrupted import found damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha aperto il caso</source>
        <translation>opened the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato il caso</source>
        <translation>viewed the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato l&apos;elenco dei casi</source>
        <translation>viewed the list of cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha chiuso il caso</source>
        <translation>closed the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha segnalato il caso come reato procedibile d&apos;ufficio (R13)</source>
        <translation>flagged the case as an offence prosecutable ex officio (R13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha registrato la segnalazione all&apos;autorità (R13)</source>
        <translation>recorded the report to the authorities (R13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha aggiunto una persona coinvolta</source>
        <translation>added a person involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato le persone del caso</source>
        <translation>viewed the people in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha registrato la memoria di un colloquio (R1)</source>
        <translation>recorded an interview memo (R1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha letto la memoria di un colloquio</source>
        <translation>read an interview memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato i colloqui del caso</source>
        <translation>viewed the case interviews</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registrazione interrotta recuperata all&apos;apertura come prova %1</source>
        <translation>interrupted recording recovered at opening as evidence %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha acquisito la prova %1: registrazione interrotta</source>
        <translation>captured evidence %1: recording interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha acquisito e cifrato la prova %1</source>
        <translation>acquired and encrypted evidence item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registrazione interrotta senza nulla da recuperare</source>
        <translation>interrupted recording with nothing to recover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registrazione interrotta non ancora recuperabile (supporto illeggibile): si riprova alla prossima apertura</source>
        <translation>interrupted recording not recoverable yet (medium unreadable): tried again at the next opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha registrato un oggetto fisico in busta sigillata (R9)</source>
        <translation>recorded a physical object in a sealed envelope (R9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha visualizzato la prova %1</source>
        <translation>viewed evidence item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato l&apos;elenco delle prove</source>
        <translation>viewed the list of evidence items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha estratto una copia in chiaro della prova %1</source>
        <translation>extracted an unencrypted copy of evidence item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha esportato la chiave della prova %1</source>
        <translation>exported the key of evidence item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha cancellato l&apos;originale dal dispositivo dopo la verifica (R5)</source>
        <translation>deleted the original from the device after verification (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prova %1 distrutta alla scadenza (R11)</source>
        <translation>evidence item %1 destroyed at the end of its retention period (R11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha interrotto un&apos;acquisizione: contenuto sessuale di minori (R6)</source>
        <translation>stopped an acquisition: sexual content involving minors (R6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato il registro di custodia</source>
        <translation>viewed the custody log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha verificato il registro e le prove</source>
        <translation>verified the log and the evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha sospeso la distruzione (blocco legale)</source>
        <translation>suspended destruction (legal hold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha rinnovato un blocco legale</source>
        <translation>renewed a legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha revocato un blocco legale</source>
        <translation>revoked a legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consultato i blocchi legali</source>
        <translation>viewed the legal holds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbale di distruzione creato</source>
        <translation>destruction record created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha salvato un verbale di distruzione</source>
        <translation>saved a destruction record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha consegnato il caso alla Polizia (esportazione sigillata)</source>
        <translation>handed the case over to the Police (sealed export)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha creato una copia per il consulto con i minori non riconoscibili (R7)</source>
        <translation>made a consult copy in which the minors cannot be recognised (R7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha cercato ciò che identifica i minori nella prova %1 (R7)</source>
        <translation>searched item %1 for what identifies the minors (R7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha aggiunto una zona da coprire nella prova %1</source>
        <translation>added an area to cover in item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha lasciato visibile una zona proposta nella prova %1</source>
        <translation>left a proposed area of item %1 visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha coperto di nuovo una zona della prova %1</source>
        <translation>covered an area of item %1 again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha approvato le zone coperte della prova %1</source>
        <translation>approved the covered areas of item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controllo finale della copia per il consulto, prova %1</source>
        <translation>final check of the consult copy, item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentativo non consentito dal ruolo</source>
        <translation>attempt not permitted for this role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha cambiato il periodo di conservazione</source>
        <translation>changed the retention period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha configurato il certificato di firma della scuola</source>
        <translation>configured the school&apos;s signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha rimosso il certificato di firma della scuola</source>
        <translation>removed the school&apos;s signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discrepanza nel giornale della distruzione pianificata</source>
        <translation>discrepancy in the scheduled destruction journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nome</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cognome</source>
        <translation>surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soprannome</source>
        <translation>nickname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefono</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profilo social</source>
        <translation>social profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classe</source>
        <translation>class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scuola</source>
        <translation>school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intestazione della chat</source>
        <translation>chat header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mittente</source>
        <translation>sender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immagine del profilo</source>
        <translation>profile picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volto</source>
        <translation>face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zona aggiunta a mano</source>
        <translation>area added by hand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrisponde a una persona del caso</source>
        <translation>matches a person of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha la forma di un dato personale</source>
        <translation>has the shape of personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posto dove le chat mostrano chi scrive</source>
        <translation>where chats show who writes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trovato dal rilevatore di volti e immagini</source>
        <translation>found by the face and picture detector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ancora leggibile al controllo finale</source>
        <translation>still readable at the final check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disegnata da chi ha rivisto</source>
        <translation>drawn by the reviewer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>da analizzare</source>
        <translation>not analysed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>da rivedere</source>
        <translation>to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>da rivedere: il controllo finale ha trovato testo leggibile</source>
        <translation>to review: the final check found readable text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rivista e approvata</source>
        <translation>reviewed and approved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ancora leggibile dopo il controllo finale: la riveda e la approvi di nuovo</source>
        <translation>still readable after the final check: review it and approve it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone da coprire non ancora approvate</source>
        <translation>areas to cover not yet approved</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../qml/ImportPage.qml" line="+44"/>
        <source>Scegli gli screenshot, le foto o i video</source>
        <translation>Choose the screenshots, photos or videos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>‹ Caso</source>
        <translation>‹ Case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importa prove nel caso %1</source>
        <translation>Import evidence into case %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prima di tutto (R6)</source>
        <translation>First of all (R6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il materiale da acquisire contiene immagini o video a contenuto sessuale che coinvolgono minori (anche sexting tra studenti)?</source>
        <translation>Does the material to be acquired contain sexual images or videos involving minors (including sexting between students)?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No, non contiene materiale di questo tipo</source>
        <translation>No, it does not contain material of this kind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sì, oppure non sono sicuro</source>
        <translation>Yes, or I am not sure</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Torna al caso</source>
        <translation>Back to the case</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>File da acquisire</source>
        <translation>Files to acquire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trascini qui i file, oppure</source>
        <translation>Drag the files here, or</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scegli i file…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Togli il file</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dati dell&apos;acquisizione (Allegato 1 bis)</source>
        <translation>Acquisition details (Allegato 1 bis)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Tipo di prova</source>
        <translation>Type of evidence</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Riconosci dal file</source>
        <translation>Detect from file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dopo la verifica, cancella l&apos;originale da questo computer (R5)</source>
        <translation>After verification, delete the original from this computer (R5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custodia cancella il file solo dopo aver verificato che la copia cifrata è identica. Ricordi di cancellare anche le copie rimaste sul telefono, nelle chat e nel cestino.</source>
        <translation>Custodia deletes the file only after checking that the encrypted copy is identical. Remember to also delete any copies left on the phone, in chats and in the recycle bin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indichi il consenso (R3).</source>
        <translation>Please indicate consent (R3).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Importa e cifra %n file</source>
        <translation>
            <numerusform>Import and encrypt %n file</numerusform>
            <numerusform>Import and encrypt %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n file acquisiti e cifrati. L&apos;impronta SHA-256 di ciascuno è firmata nel registro.</source>
        <translation>
            <numerusform>%n file acquired and encrypted. Its SHA-256 fingerprint is signed in the log.</numerusform>
            <numerusform>%n files acquired and encrypted. The SHA-256 fingerprint of each one is signed in the log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gli originali su questo computer sono stati cancellati dopo la verifica (R5). Cancelli anche le copie sul telefono e nelle chat.</source>
        <translation>The originals on this computer were deleted after verification (R5). Also delete the copies on the phone and in chats.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../qml/InterviewDialog.qml" line="+11"/>
        <source>Memoria del colloquio (R1)</source>
        <translation>Interview memo (R1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quando (vuoto = adesso)</source>
        <translation>When (empty = now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condotto da</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adulti presenti (separati da virgola)</source>
        <translation>Adults present (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocollo della memoria</source>
        <translation>Protocol number of the memo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Studente ascoltato</source>
        <translation>Student interviewed</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>— nessuno o non ancora registrato —</source>
        <translation>— none, or not recorded yet —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memoria: cosa è stato riferito, con date, luoghi, persone</source>
        <translation>Memo: what was reported, with dates, places, people</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scriva i fatti come riferiti, senza interpretazioni.</source>
        <translation>Write down the facts as reported, without interpretation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memoria del colloquio</source>
        <translation>Interview memo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parole testuali dello studente: le riporti esattamente come dette, anche se sgrammaticate o volgari; una frase per volta.</source>
        <translation>The student&apos;s own words: write them down exactly as said, even if ungrammatical or vulgar; one sentence at a time.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«…»</source>
        <translation>“…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citazione testuale</source>
        <translation>Verbatim quote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aggiungi citazione</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Togli la citazione</source>
        <translation>Remove the quote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicazioni date allo studente (R7b)</source>
        <translation>Advice given to the student (R7b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non condividere né commentare il contenuto</source>
        <translation>Do not share or comment on the content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rimuoverlo, se possibile</source>
        <translation>Remove it, if possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non agire da solo (niente vendette o risposte)</source>
        <translation>Do not act alone (no revenge or replies)</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../qml/InterviewsTab.qml" line="+17"/>
        <source>Ogni colloquio che rivela una situazione dannosa ha la sua memoria scritta (R1), con le parole dello studente riportate testualmente.</source>
        <translation>Every interview that reveals a harmful situation has its own written memo (R1), with the student&apos;s words quoted verbatim.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nuovo colloquio…</source>
        <translation>New interview…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Colloquio %1 del %2, condotto da %3</source>
        <translation>Interview %1 on %2, conducted by %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>studente: %1</source>
        <translation>student: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presenti: %1</source>
        <translation>present: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocollo %1</source>
        <translation>protocol no. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prove acquisite</source>
        <translation>
            <numerusform>%n evidence item acquired</numerusform>
            <numerusform>%n evidence items acquired</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Acquisite in questo colloquio: %1</source>
        <translation>Acquired in this interview: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R7b: %1 non condividere · %2 rimuovere se possibile · %3 non agire da solo</source>
        <translation>R7b: %1 do not share · %2 remove if possible · %3 do not act alone</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Custodia — %1</source>
        <translation>Custodia — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Custodia</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Casi</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conservazione</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blocca</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Archivio bloccato dopo %1 minuti di inattività.</source>
        <translation>Vault locked after %1 minutes of inactivity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archivio bloccato: il supporto con l&apos;archivio è stato scollegato.</source>
        <translation>Vault locked: the drive containing the vault was disconnected.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scelga una nuova passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>L&apos;archivio è stato aperto con il codice di recupero (l&apos;uso resta nel registro). Scelga ora una nuova passphrase per %1; poi il Dirigente generi un nuovo codice di recupero («custodia user recovery-code»).</source>
        <translation>The vault was opened with the recovery code (this is recorded in the log). Choose a new passphrase for %1 now; then the head teacher should generate a new recovery code (“custodia user recovery-code”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nuova passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dati non accettati</source>
        <translation>Input not accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controlli i campi compilati e riprovi.</source>
        <translation>Check the fields you filled in and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non trovato</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&apos;elemento cercato non esiste (più) nell&apos;archivio, o la cartella non è quella giusta.</source>
        <translation>What you are looking for is not (or no longer) in the vault, or this is not the right folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esiste già</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scelga un altro nome o un&apos;altra cartella.</source>
        <translation>Choose another name or another folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operazione non consentita al suo ruolo</source>
        <translation>Your role does not allow this</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La richiesta è stata registrata. Se serve, la chieda al Dirigente Scolastico.</source>
        <translation>The attempt has been logged. If it is needed, ask the head teacher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase o codice di recupero errati</source>
        <translation>Wrong passphrase or recovery code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controlli il blocco maiuscole e riprovi. L&apos;archivio non è stato modificato.</source>
        <translation>Check Caps Lock and try again. The vault has not been changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivio già aperto</source>
        <translation>Vault already open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un altro programma Custodia sta usando questo archivio: lo chiuda e riprovi.</source>
        <translation>Another Custodia program is using this vault: close it and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dati alterati o danneggiati</source>
        <translation>Data altered or damaged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non modifichi nulla: avvisi il Dirigente ed esegua «Verifica registro e prove». L&apos;archivio è stato lasciato com&apos;era.</source>
        <translation>Do not change anything: tell the head teacher and run “Verify log and evidence”. The vault has been left as it was.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errore del disco o della chiavetta</source>
        <translation>Disk or USB stick error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Il supporto potrebbe essere pieno, scollegato o danneggiato. Nulla di parziale è stato salvato.</source>
        <translation>The drive may be full, unplugged or damaged. Nothing partial has been saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operazione fermata da una regola</source>
        <translation>Stopped by a rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segua le indicazioni mostrate.</source>
        <translation>Follow the guidance shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operazione annullata</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nulla è stato modificato.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attenzione</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../qml/NewCaseDialog.qml" line="+11"/>
        <source>Nuovo caso</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Titolo breve (senza nomi di studenti)</source>
        <translation>Short title (no student names)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaggi offensivi nel gruppo della classe</source>
        <translation>Offensive messages in the class group chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numero di protocollo (se già assegnato)</source>
        <translation>Protocol number (if already assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data dei fatti</source>
        <translation>Date of the incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>20/11/2026</source>
        <translation>20/11/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reato procedibile d&apos;ufficio (R13): va segnalato entro 48 ore</source>
        <translation>Offence prosecutable ex officio (R13): must be reported within 48 hours</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/PassphraseField.qml" line="+11"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>molto debole</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>debole</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sufficiente</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buona</source>
        <translation>good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>robusta</source>
        <translation>strong</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Troppo corta: servono almeno %1 caratteri.</source>
        <translation>Too short: at least %1 characters are needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troppo facile da indovinare (parole comuni, nomi, sequenze o ripetizioni).</source>
        <translation>Too easy to guess (common words, names, sequences or repetitions).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per renderla più robusta usi quattro o cinque parole non collegate, ad esempio «tavolo nuvola quaderno salto».</source>
        <translation>To make it stronger, use four or five unrelated words, for example “table cloud notebook jump”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Ripeta la passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le due passphrase non coincidono.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/PersonDialog.qml" line="+11"/>
        <source>Aggiungi una persona coinvolta</source>
        <translation>Add a person involved</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Ruolo nel caso</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minorenne</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>— non indicato —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2B</source>
        <translation>2B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scuola (se diversa)</source>
        <translation>School (if different)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soprannomi (separati da virgola)</source>
        <translation>Nicknames (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profili social (separati da virgola)</source>
        <translation>Social media profiles (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoni (separati da virgola)</source>
        <translation>Phone numbers (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genitore o tutore: nome</source>
        <translation>Parent or guardian: name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relazione (madre, padre, tutore)</source>
        <translation>Relationship (mother, father, guardian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono del genitore</source>
        <translation>Parent&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail del genitore</source>
        <translation>Parent&apos;s email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondo genitore o tutore: nome</source>
        <translation>Second parent or guardian: name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../qml/PersonsTab.qml" line="+17"/>
        <source>Le persone coinvolte, con ruolo e minore età. I dati servono per la segnalazione (R13) e per nascondere le identità nelle copie per consulenza (R7).</source>
        <translation>The people involved, with their role and whether they are minors. This information is needed for the report (R13) and to hide identities in copies shared for advice (R7).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aggiungi persona…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, minore</source>
        <translation>, minor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, maggiorenne</source>
        <translation>, adult</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>classe %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soprannomi: %1</source>
        <translation>nicknames: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tel. %1</source>
        <translation>tel. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profili: %1</source>
        <translation>profiles: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genitori/tutori: %1</source>
        <translation>Parents/guardians: %1</translation>
    </message>
</context>
<context>
    <name>PhysicalItemDialog</name>
    <message>
        <location filename="../qml/PhysicalItemDialog.qml" line="+12"/>
        <source>Oggetto fisico in busta sigillata (R9)</source>
        <translation>Physical object in a sealed envelope (R9)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>L&apos;oggetto non si fotografa senza l&apos;autorizzazione del Dirigente: si chiude in una busta sigillata e numerata, custodita dalla scuola. Qui se ne registrano i dati.</source>
        <translation>The object is not photographed without the head teacher&apos;s authorisation: it is closed in a sealed, numbered envelope kept by the school. Its details are recorded here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Che cos&apos;è (senza copiarne il contenuto)</source>
        <translation>What it is (without copying its content)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numero del sigillo della busta</source>
        <translation>Seal number of the envelope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dove è custodita</source>
        <translation>Where it is kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cassaforte della presidenza</source>
        <translation>the head teacher&apos;s safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Autorizzato dal Dirigente</source>
        <translation>Authorised by the head teacher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consegnato durante il colloquio (R1)</source>
        <translation>Handed over during the interview (R1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— nessun colloquio —</source>
        <translation>— no interview —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colloquio %1</source>
        <translation>Interview %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colloquio</source>
        <translation>Interview</translation>
    </message>
</context>
<context>
    <name>R4Fields</name>
    <message>
        <location filename="../qml/R4Fields.qml" line="+29"/>
        <source>Quando è stato pubblicato o inviato</source>
        <translation>When it was posted or sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piattaforma</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp, Instagram, TikTok…</source>
        <translation>WhatsApp, Instagram, TikTok…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL, nome della chat o della pagina</source>
        <translation>URL, name of the chat or page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partecipanti visibili (nome, numero di telefono, nome del profilo)</source>
        <translation>Visible participants (name, phone number, profile name)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nome del partecipante</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefono del partecipante</source>
        <translation>Participant&apos;s phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profilo (@nome)</source>
        <translation>Profile (@name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profilo del partecipante</source>
        <translation>Participant&apos;s profile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aggiungi partecipante</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomi dei profili coinvolti (separati da virgola)</source>
        <translation>Names of the profiles involved (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descrizione (cosa mostra, senza copiarne il contenuto)</source>
        <translation>Description (what it shows, without copying its content)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispositivo di origine</source>
        <translation>Source device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefono dello studente</source>
        <translation>student&apos;s phone</translation>
    </message>
</context>
<context>
    <name>R6Guidance</name>
    <message>
        <location filename="../qml/R6Guidance.qml" line="+18"/>
        <source>Acquisizione interrotta: nulla è stato importato</source>
        <translation>Acquisition stopped: nothing has been imported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Il materiale a contenuto sessuale che coinvolge minori NON va fotografato, filmato, copiato né inoltrato, nemmeno per documentarlo.</source>
        <translation>Sexual material involving minors must NOT be photographed, filmed, copied or forwarded, not even to document it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Non acquisisca e non diffonda il contenuto; se possibile trattenga il dispositivo spento.
2. Informi subito il Dirigente Scolastico.
3. Chieda indicazioni alla Polizia Postale: www.commissariatodips.it, oppure 112 / 113.
4. Supporto: Telefono Azzurro 19696; Save the Children «Stop-It» (stop-it.it).
Se una copia è già sul suo dispositivo, non la inoltri a nessuno e chieda alla Polizia Postale come procedere.</source>
        <translation>1. Do not acquire or share the content; if possible, keep the device, switched off.
2. Inform the head teacher (Dirigente Scolastico) immediately.
3. Ask the Polizia Postale for guidance: www.commissariatodips.it, or 112 / 113.
4. Support: Telefono Azzurro 19696; Save the Children “Stop-It” (stop-it.it).
If a copy is already on your device, do not forward it to anyone and ask the Polizia Postale how to proceed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nel registro di custodia resta solo l&apos;annotazione che l&apos;acquisizione è stata interrotta, senza alcun contenuto.</source>
        <translation>The custody log keeps only a note that the acquisition was stopped, with no content.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Torna al caso</source>
        <translation>Back to the case</translation>
    </message>
</context>
<context>
    <name>RedactionReviewPage</name>
    <message>
        <location filename="../qml/RedactionReviewPage.qml" line="+178"/>
        <source>‹ Indietro</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copia per il consulto: prova %1</source>
        <translation>Consult copy: item %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvata da %1 il %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analizza di nuovo</source>
        <translation>Analyse again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Analizza ora</source>
        <translation>Analyse now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cerca di nuovo nomi, numeri, profili, volti: le zone aggiunte a mano e le scelte già fatte restano.</source>
        <translation>Searches again for names, numbers, profiles, faces: areas added by hand and decisions already taken stay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applica (S)</source>
        <translation>Apply (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angoli dello schermo (S)</source>
        <translation>Screen corners (S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raddrizza la foto sugli angoli indicati e la legge di nuovo.</source>
        <translation>Straightens the photo on the corners you set and reads it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per la foto di un telefono: indichi i quattro angoli dello schermo se le zone proposte non cadono sulle scritte (schermo scuro su un tavolo scuro, riflessi).</source>
        <translation>For a photo of a phone: set the screen&apos;s four corners if the proposed regions do not fall on the text (a dark screen on a dark desk, reflections).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ricerca automatica</source>
        <translation>Automatic search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimentica gli angoli indicati a mano: Custodia cerca di nuovo lo schermo da sola.</source>
        <translation>Forgets the corners set by hand: Custodia searches for the screen by itself again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anteprima (P)</source>
        <translation>Preview (P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mostra la copia come sarà: zone coperte da riquadri pieni.</source>
        <translation>Shows the copy as it will be: areas covered by solid boxes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riduci</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adatta</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingrandisci</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvata ✓</source>
        <translation>Approved ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approva (Ctrl+Invio)</source>
        <translation>Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trascini i quattro cerchi sugli angoli dello schermo del telefono (in alto a sinistra, in alto a destra, in basso a destra, in basso a sinistra), poi «Applica»: la foto viene raddrizzata e letta di nuovo; le zone aggiunte a mano e le scelte già fatte restano. Tab sceglie un angolo, le frecce lo spostano (Maiusc: di 10 pixel).</source>
        <translation>Drag the four circles onto the corners of the phone&apos;s screen (top left, top right, bottom right, bottom left), then “Apply”: the photo is straightened and read again; regions added by hand and the choices already made stay. Tab picks a corner, the arrow keys move it (Shift: by 10 pixels).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trascini sull&apos;immagine per coprire una zona; clic su una zona per lasciarla visibile, di nuovo per coprirla. Tasti: + − 0 ingrandimento, P anteprima, Canc la zona scelta, Ctrl+Z annulla, PagSu/PagGiù fotogramma precedente/successivo.</source>
        <translation>Drag over the picture to cover an area; click an area to leave it visible, again to cover it. Keys: + − 0 zoom, P preview, Del the chosen area, Ctrl+Z undo, PgUp/PgDown previous/next frame.</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+190"/>
        <source>visibile</source>
        <translation>visible</translation>
    </message>
    <message>
        <location line="-173"/>
        <source> (corrispondenza incerta)</source>
        <translation> (uncertain match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affidabilità %1%</source>
        <translation>confidence %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dettaglio: %1</source>
        <translation>detail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasciata visibile: clic per coprirla di nuovo.</source>
        <translation>Left visible: click to cover it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clic per lasciarla visibile.</source>
        <translation>Click to leave it visible.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>in alto a sinistra</source>
        <translation>top left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in alto a destra</source>
        <translation>top right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in basso a destra</source>
        <translation>bottom right</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in basso a sinistra</source>
        <translation>bottom left</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Angolo dello schermo %1</source>
        <translation>Screen corner %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Questa prova non è un&apos;immagine né un video: non entra nella copia per il consulto.</source>
        <translation>This item is neither a picture nor a video: it does not go into the consult copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questa prova non è ancora stata analizzata. «Analizza ora» cerca nomi, numeri di telefono, profili, classi, scuole, intestazioni delle chat, immagini del profilo e volti.</source>
        <translation>This item has not been analysed yet. &quot;Analyse now&quot; looks for names, phone numbers, profiles, classes, schools, chat headers, profile pictures and faces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparazione dei fotogrammi…</source>
        <translation>Preparing the frames…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;immagine non si può mostrare: il file è danneggiato o alterato. Esegua «Verifica registro e prove».</source>
        <translation>The picture cannot be shown: the file is damaged or altered. Run &quot;Verify log and evidence&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zone da coprire</source>
        <translation>Areas to cover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 coperte (%2 incerte), %3 lasciate visibili</source>
        <translation>%1 covered (%2 uncertain), %3 left visible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in questo fotogramma: %1</source>
        <translation>in this frame: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nomi</source>
        <translation>names</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contatti</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classe, scuola</source>
        <translation>class, school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intestazione, mittente</source>
        <translation>header, sender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>volti, profili</source>
        <translation>faces, profiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mano</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>, incerta</source>
        <translation>, uncertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, lasciata visibile</source>
        <translation>, left visible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copri di nuovo la zona scelta</source>
        <translation>Cover the chosen area again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lascia visibile la zona scelta (Canc)</source>
        <translation>Leave the chosen area visible (Del)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nel dubbio, copra: la copia va a persone esterne alla scuola. La copia completa resta nell&apos;archivio per le autorità.</source>
        <translation>When in doubt, cover: the copy goes to people outside the school. The complete copy stays in the vault for the authorities.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fotogramma a %1 s</source>
        <translation>Frame at %1 s</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../qml/RetentionPage.qml" line="+20"/>
        <source>Salva il verbale di distruzione</source>
        <translation>Save the destruction record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rinnovo del blocco legale</source>
        <translation>Renew the legal hold</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nuova data di revisione (al massimo 6 mesi)</source>
        <translation>New review date (at most 6 months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nota (finisce nel registro di custodia: niente nomi)</source>
        <translation>Note (goes into the custody log: no names)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoca del blocco legale</source>
        <translation>Release the legal hold</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le prove coperte dal blocco e già scadute saranno distrutte alla prossima apertura.</source>
        <translation>Items covered by the hold that are already past their date will be destroyed the next time the vault is opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motivo della revoca (es. procedimento archiviato)</source>
        <translation>Reason for the release (e.g. proceedings dismissed)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sospendi la distruzione (blocco legale)</source>
        <translation>Suspend destruction (legal hold)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motivo (es. procedimento in corso)</source>
        <translation>Reason (e.g. proceedings under way)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riferimento (protocollo, numero del procedimento)</source>
        <translation>Reference (protocol number, proceedings number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da riesaminare entro (al massimo 6 mesi)</source>
        <translation>To be reviewed by (6 months at most)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>‹ Indietro</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conservazione e distruzione (R11)</source>
        <translation>Retention and destruction (R11)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le prove si conservano al massimo %1 mesi dall&apos;acquisizione, poi Custodia le distrugge all&apos;apertura dell&apos;archivio e redige un verbale. Solo il Dirigente può sospendere la distruzione con un blocco legale motivato.</source>
        <translation>Evidence items are kept for at most %1 months from acquisition; after that, Custodia destroys them when the vault is opened and draws up a record. Only the head teacher can suspend destruction, with a legal hold stating the reason.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In scadenza nei prossimi 30 giorni</source>
        <translation>Due for destruction in the next 30 days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessuna prova in scadenza.</source>
        <translation>No evidence items due for destruction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caso %1 · %2 %3 · distruzione il %4</source>
        <translation>Case %1 · %2 %3 · destruction on %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocca…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blocchi legali</source>
        <translation>Legal holds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ci sono blocchi legali con la data di revisione superata: il Dirigente li riesamini («Rinnova…» oppure «Revoca»).</source>
        <translation>Some legal holds are past their review date: the head teacher should review them (“Renew…” or “Revoke”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nessun blocco legale.</source>
        <translation>No legal holds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caso %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prova %1</source>
        <translation>Evidence item %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · da riesaminare entro il %1</source>
        <translation> · to be reviewed by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · revocato il %1</source>
        <translation> · revoked on %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rinnova…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoca</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prove distrutte</source>
        <translation>Destroyed items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessuna prova distrutta finora.</source>
        <translation>No items destroyed so far.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caso %1 · %2 %3 · acquisita il %4 · distrutta il %5 (verbale n. %6)</source>
        <translation>Case %1 · %2 %3 · acquired on %4 · destroyed on %5 (record no. %6)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verbali di distruzione</source>
        <translation>Destruction records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessuna distruzione finora.</source>
        <translation>No destruction so far.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Verbale n. %1 del %2 · %n prove</source>
        <translation>
            <numerusform>Record no. %1 dated %2 · %n item</numerusform>
            <numerusform>Record no. %1 dated %2 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salva PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/StartPage.qml" line="+25"/>
        <source>In questa cartella non c&apos;è un archivio Custodia.</source>
        <translation>There is no Custodia vault in this folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scelga la cartella dell&apos;archivio (quella che contiene custodia.json), oppure crei un nuovo archivio.</source>
        <translation>Choose the vault folder (the one that contains custodia.json), or create a new vault.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scegli la cartella dell&apos;archivio</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custodia</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archivio cifrato delle prove di cyberbullismo, con registro di custodia</source>
        <translation>Encrypted vault for cyberbullying evidence, with custody log</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Archivi usati di recente</source>
        <translation>Recently used vaults</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessuno: apra l&apos;archivio dalla chiavetta USB o ne crei uno nuovo.</source>
        <translation>None: open the vault from the USB stick or create a new one.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Supporto non collegato</source>
        <translation>Drive not connected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Togli dall&apos;elenco (l&apos;archivio non viene toccato)</source>
        <translation>Remove from the list (the vault is not touched)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togli dall&apos;elenco</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apri un archivio…</source>
        <translation>Open a vault…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crea un nuovo archivio…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prova con dati di esempio</source>
        <translation>Try with sample data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lingua / Language</source>
        <translation>Lingua / Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocco automatico dopo</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minuti di inattività prima del blocco</source>
        <translation>Minutes of inactivity before locking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minuti di inattività</source>
        <translation>minutes of inactivity</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../qml/TimelineTab.qml" line="+24"/>
        <source>Ogni operazione sulle prove è registrata e firmata: chi, cosa, quando.</source>
        <translation>Every operation on the evidence is logged and signed: who, what, when.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifica registro e prove</source>
        <translation>Verify log and evidence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verifica superata: %1 operazioni firmate; prove decifrate e confrontate con l&apos;impronta SHA-256 registrata all&apos;acquisizione: %2.</source>
        <translation>Verification passed: %1 signed operations; evidence items decrypted and compared with the SHA-256 fingerprint recorded at acquisition: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verifica NON superata: %n problemi. Non modifichi nulla e avvisi il Dirigente.</source>
        <translation>
            <numerusform>Verification FAILED: %n problem. Do not change anything and inform the head teacher.</numerusform>
            <numerusform>Verification FAILED: %n problems. Do not change anything and inform the head teacher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Radice del registro: %1</source>
        <translation>Log root: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Operazione: %1
Impronta: %2
%3</source>
        <translation>Operation: %1
Fingerprint: %2
%3</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../qml/UnlockPanel.qml" line="+30"/>
        <source>Apri l&apos;archivio</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Codice di recupero</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ho perso la passphrase: uso il codice di recupero (resta registrato)</source>
        <translation>I have lost my passphrase: use the recovery code (this is logged)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apri</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../qml/ViewerPage.qml" line="+24"/>
        <source>%1, %2 s, %3 fotogrammi (%4 persi)</source>
        <translation>%1, %2 s, %3 frames (%4 dropped)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sì: Custodia o il computer si sono fermati durante la registrazione; recuperata all&apos;apertura successiva</source>
        <translation>yes: Custodia or the computer stopped during the recording; recovered at the next opening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sì: la scrittura sul supporto non è riuscita (pieno o scollegato)</source>
        <translation>yes: writing to the medium failed (full or unplugged)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sì: la fotocamera o lo schermo hanno smesso di mandare immagini</source>
        <translation>yes: the camera or the screen stopped sending pictures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dove salvare la copia in chiaro</source>
        <translation>Where to save the plain copy</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>‹ Caso</source>
        <translation>‹ Case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copia per consulto…</source>
        <translation>Consult copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rivede le zone da coprire perché i minori non siano riconoscibili (R7).</source>
        <translation>Reviews the areas to cover so that the minors cannot be recognised (R7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esporta una copia…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scrive il file originale, in chiaro, dove sceglie: l&apos;operazione resta nel registro. Lo faccia solo se serve, e non su un PC condiviso.</source>
        <translation>Writes the original file, unencrypted, where you choose; this is recorded in the log. Do it only when needed, and not on a shared PC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riduci</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adatta</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingrandisci</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>L&apos;immagine non si può mostrare: il formato non è tra quelli che l&apos;app sa disegnare, oppure il file è danneggiato o alterato. Esegua «Verifica registro e prove» per saperlo.</source>
        <translation>The picture cannot be shown: either its format is not one the app can draw, or the file is damaged or altered. Run “Verify log and evidence” to find out.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anteprima non disponibile per questo tipo di file (%1).</source>
        <translation>Preview not available for this file type (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Riproduci</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Posizione nel video</source>
        <translation>Position in the video</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copia salvata. È un file in chiaro: lo cancelli quando non serve più.</source>
        <translation>Copy saved. It is an unencrypted file: delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Il video non si può riprodurre: %1</source>
        <translation>The video cannot be played: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scheda della prova</source>
        <translation>Evidence details</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <location line="+1"/>
        <source>Codice</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File originale</source>
        <translation>Original file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Acquisita il</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisita da</source>
        <translation>Acquired by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisizione diretta</source>
        <translation>Direct capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrazione interrotta</source>
        <translation>Recording interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenso (R3)</source>
        <translation>Consent (R3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubblicata il</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piattaforma</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat o pagina</source>
        <translation>Chat or page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profili</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originale cancellato (R5)</source>
        <translation>Original deleted (R5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sì, il %1</source>
        <translation>yes, on %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distruzione prevista (R11)</source>
        <translation>Scheduled destruction (R11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sospesa da un blocco legale</source>
        <translation>suspended by a legal hold</translation>
    </message>
</context>
<context>
    <name>custodia::gui::Session</name>
    <message>
        <location filename="../Session.cpp" line="+336"/>
        <location line="+46"/>
        <location line="+1451"/>
        <source>Attendere la fine dell&apos;operazione in corso.</source>
        <translation>Please wait for the current operation to finish.</translation>
    </message>
    <message>
        <location line="-1340"/>
        <source>R10: questa cartella è su %1, non su un supporto rimovibile. Le prove vanno conservate su una chiavetta USB o un disco esterno custodito, non sul PC.</source>
        <translation>R10: this folder is on %1, not on a removable drive. Evidence must be kept on a USB stick or an external drive stored in a safe place, not on the PC.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Apertura dell&apos;archivio…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cambio della passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nome utente non valido: «%1».</source>
        <translation>Invalid user name: “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usi lettere minuscole, cifre, punto, trattino o trattino basso, senza spazi (es. mrossi).</source>
        <translation>Use lower-case letters, digits, dot, hyphen or underscore, without spaces (e.g. mrossi).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Il Dirigente e il referente devono avere due nomi utente diversi.</source>
        <translation>The head teacher and the coordinator need two different user names.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creazione dell&apos;archivio…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preparazione dell&apos;archivio dimostrativo…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>Verifica del registro e delle prove…</source>
        <translation>Verifying the log and the evidence…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nessun file scelto.</source>
        <translation>No files chosen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prima di importare serve la risposta alla domanda R6.</source>
        <translation>The R6 question must be answered before importing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importazione e cifratura…</source>
        <translation>Importing and encrypting…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Prove importate, ma %n originali non sono stati cancellati (R5).</source>
        <translation>
            <numerusform>Evidence imported, but %n original was not deleted (R5).</numerusform>
            <numerusform>Evidence imported, but %n originals were not deleted (R5).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Li cancelli a mano dopo aver controllato la prova.</source>
        <translation>
Delete them by hand after checking the evidence item.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file sono stati importati prima dell&apos;interruzione; gli altri no. </source>
        <translation>
            <numerusform>%n file was imported before the interruption; the others were not. </numerusform>
            <numerusform>%n files were imported before the interruption; the others were not. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Copia in chiaro della prova…</source>
        <translation>Plain copy of the evidence item…</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Esportazione per la Polizia Postale…</source>
        <translation>Exporting for the Polizia Postale…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Ricerca di ciò che identifica i minori…</source>
        <translation>Looking for what identifies the minors…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Servono i quattro angoli dello schermo.</source>
        <translation>The screen&apos;s four corners are needed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lettura della foto sullo schermo indicato…</source>
        <translation>Reading the photo on the screen you set…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ricerca automatica dello schermo…</source>
        <translation>Searching for the screen automatically…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Preparazione dei fotogrammi del video…</source>
        <translation>Preparing the video frames…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Copia per il consulto, con i minori resi non riconoscibili…</source>
        <translation>Consult copy, with the minors made unrecognisable…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Questa è una sessione Wayland: lo schermo si acquisisce solo in una sessione X11 (all&apos;accesso scelga «GNOME su Xorg»).</source>
        <translation>This is a Wayland session: the screen can be captured only in an X11 session (at login choose “GNOME on Xorg”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nessuno schermo X11 disponibile.</source>
        <translation>No X11 screen is available.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Prima di acquisire serve la risposta alla domanda R6.</source>
        <translation>The R6 question must be answered before capturing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Modalità di acquisizione sconosciuta.</source>
        <translation>Unknown capture mode.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>La fotocamera non manda ancora immagini.</source>
        <translation>The camera is not sending pictures yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controlli che la webcam sia collegata e scelta, poi riprovi.</source>
        <translation>Check that the webcam is connected and chosen, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;immagine della fotocamera non si può leggere.</source>
        <translation>The camera&apos;s picture cannot be read.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Acquisizione…</source>
        <translation>Capturing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrazione in corso…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nessun microfono disponibile per registrare l&apos;audio.</source>
        <translation>No microphone is available to record sound.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleghi un microfono, oppure tolga la spunta «Registra anche l&apos;audio».</source>
        <translation>Connect a microphone, or untick “Also record sound”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Il microfono non si apre.</source>
        <translation>The microphone cannot be opened.</translation>
    </message>
</context>
</TS>

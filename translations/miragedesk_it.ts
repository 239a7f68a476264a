<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MirageDesk</source>
        <translation>Informazioni su MirageDesk</translation>
    </message>
    <message>
        <source>MirageDesk</source>
        <translation>MirageDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Follow live MIRAGE-XR activities on the desktop.</source>
        <translation>Segui dal vivo le attività MIRAGE-XR sul desktop.</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence.</source>
        <translation>Distribuito con licenza MIT.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Pagina del progetto</translation>
    </message>
    <message>
        <source>Open the project page in the browser</source>
        <translation>Apri la pagina del progetto nel browser</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <source>Open the issue tracker in the browser</source>
        <translation>Apri il sistema di segnalazione dei problemi nel browser</translation>
    </message>
</context>
<context>
    <name>ActivityHeader</name>
    <message>
        <source>%1 on %2%3%4</source>
        <translation>%1 su %2%3%4</translation>
    </message>
    <message>
        <source> · ARLEM (legacy) format</source>
        <translation> · formato ARLEM (obsoleto)</translation>
    </message>
    <message>
        <source> · hash %1</source>
        <translation> · hash %1</translation>
    </message>
</context>
<context>
    <name>AvatarRow</name>
    <message>
        <source>Present: %1</source>
        <translation>Presenti: %1</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Dismiss the list of changes</source>
        <translation>Nascondi l’elenco delle modifiche</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n seconds (attempt %1).</source>
        <translation>
            <numerusform>Nuovo tentativo tra %n secondo (tentativo %1).</numerusform>
            <numerusform>Nuovo tentativo tra %n secondi (tentativo %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected — showing the copy from %1.</source>
        <translation>Non connesso: è mostrata la copia del %1.</translation>
    </message>
    <message>
        <source>Offline — last updated %1</source>
        <translation>Offline: ultimo aggiornamento %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Connection lost.</source>
        <translation>Connessione persa.</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>Impossibile raggiungere %1.</translation>
    </message>
    <message>
        <source>The server refused this activity.</source>
        <translation>Il server ha rifiutato questa attività.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnesso.</translation>
    </message>
    <message>
        <source>Updates may have been missed. The activity is being reloaded from the server.</source>
        <translation>Alcuni aggiornamenti potrebbero essere andati persi. L’attività viene ricaricata dal server.</translation>
    </message>
    <message>
        <source>Updates may have been missed while disconnected.</source>
        <translation>Durante la disconnessione alcuni aggiornamenti potrebbero essere andati persi.</translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation>Inserisci il &amp;token…</translation>
    </message>
    <message>
        <source>Enter token</source>
        <translation>Inserisci il token</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Riconnetti &amp;ora</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Riconnetti ora</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted.</source>
        <translation>Il certificato di %1 non è stato accettato.</translation>
    </message>
    <message>
        <source>%1 refused the origin MirageDesk sent.</source>
        <translation>%1 ha rifiutato l’origine inviata da MirageDesk.</translation>
    </message>
    <message>
        <source>Choose the file of the authority that signed it to trust it for this server.</source>
        <translation>Scegli il file dell’autorità che lo ha firmato per considerarlo attendibile per questo server.</translation>
    </message>
    <message>
        <source>Set an origin the server allows in the server&apos;s settings.</source>
        <translation>Imposta nelle impostazioni del server un’origine che il server consente.</translation>
    </message>
    <message>
        <source>Choose a &amp;CA File…</source>
        <translation>Scegli un file &amp;CA…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Scegli il file di un’autorità di certificazione</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>Impostazioni del &amp;server…</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Impostazioni del server</translation>
    </message>
    <message>
        <source>Choose the certificate authority of %1</source>
        <translation>Scegli l’autorità di certificazione di %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificati (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>the server refused the connection: not authorised (%1); check the token</source>
        <translation>il server ha rifiutato la connessione: non autorizzata (%1); controlla il token</translation>
    </message>
    <message>
        <source>the server refused the connection: forbidden (%1)</source>
        <translation>il server ha rifiutato la connessione: accesso negato (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection: no such activity (%1)</source>
        <translation>il server ha rifiutato la connessione: attività inesistente (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>il server ha rifiutato la connessione (%1)</translation>
    </message>
    <message>
        <source>The server said: “%1”.</source>
        <translation>Il server ha risposto: «%1».</translation>
    </message>
    <message>
        <source>The server needs a token for this activity (code %1).</source>
        <translation>Il server richiede un token per questa attività (codice %1).</translation>
    </message>
    <message>
        <source>The server does not allow this activity (code %1).</source>
        <translation>Il server non consente l’accesso a questa attività (codice %1).</translation>
    </message>
    <message>
        <source>The server has no such activity (code %1).</source>
        <translation>Questa attività non esiste sul server (codice %1).</translation>
    </message>
    <message>
        <source>The server refused the connection (code %1).</source>
        <translation>Il server ha rifiutato la connessione (codice %1).</translation>
    </message>
    <message>
        <source>The connection closed (code %1).</source>
        <translation>La connessione è stata chiusa (codice %1).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting to %1 (attempt %n)</source>
        <translation>
            <numerusform>riconnessione a %1 (tentativo %n)</numerusform>
            <numerusform>riconnessione a %1 (tentativo %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connessione a %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connesso a %1</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <source>the connection closed (code %1)</source>
        <translation>la connessione è stata chiusa (codice %1)</translation>
    </message>
    <message>
        <source>the connection closed (code %1, %2)</source>
        <translation>la connessione è stata chiusa (codice %1, %2)</translation>
    </message>
    <message>
        <source>no answer to a ping within %1: the connection is dead</source>
        <translation>nessuna risposta a un ping entro %1: la connessione non risponde più</translation>
    </message>
    <message>
        <source>no answer from the server within %1</source>
        <translation>nessuna risposta dal server entro %1</translation>
    </message>
    <message>
        <source>the server answered the handshake with HTTP %1</source>
        <translation>il server ha risposto alla negoziazione con HTTP %1</translation>
    </message>
    <message>
        <source>%1 at the handshake</source>
        <translation>%1 durante la negoziazione</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiusa</translation>
    </message>
    <message>
        <source>%1; retrying in %2</source>
        <translation>%1; nuovo tentativo tra %2</translation>
    </message>
    <message>
        <source>the snapshot request answered HTTP %1</source>
        <translation>la richiesta dello stato completo ha risposto HTTP %1</translation>
    </message>
    <message>
        <source>the snapshot request failed: %1</source>
        <translation>la richiesta dello stato completo non è riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>the snapshot request took longer than %n ms</source>
        <translation>
            <numerusform>la richiesta dello stato completo ha richiesto più di %n ms</numerusform>
            <numerusform>la richiesta dello stato completo ha richiesto più di %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot is larger than %1 bytes</source>
        <translation>lo stato completo supera i %1 byte</translation>
    </message>
    <message numerus="yes">
        <source>more than %n events or %1 bytes arrived while the snapshot was loading</source>
        <translation>
            <numerusform>durante il caricamento dello stato completo sono arrivati più di %n evento o %1 byte</numerusform>
            <numerusform>durante il caricamento dello stato completo sono arrivati più di %n eventi o %1 byte</numerusform>
        </translation>
    </message>
    <message>
        <source>could not load the activity: %1</source>
        <translation>impossibile caricare l’attività: %1</translation>
    </message>
    <message>
        <source>the snapshot is too large to load</source>
        <translation>lo stato completo è troppo grande per essere caricato</translation>
    </message>
    <message>
        <source>the snapshot is nested too deeply</source>
        <translation>lo stato completo è annidato troppo in profondità</translation>
    </message>
    <message>
        <source>the snapshot is not valid JSON</source>
        <translation>lo stato completo non è JSON valido</translation>
    </message>
    <message>
        <source>the snapshot is not an activity</source>
        <translation>lo stato completo non è un’attività</translation>
    </message>
    <message>
        <source>warning: %1; keeping the local state, updates may have been missed</source>
        <translation>avviso: %1; lo stato locale viene mantenuto, alcuni aggiornamenti potrebbero mancare</translation>
    </message>
    <message>
        <source>the server refused the origin sent (HTTP 403 at the handshake); set one it allows with --origin</source>
        <translation>il server ha rifiutato l’origine inviata (HTTP 403 all’handshake); imposta con --origin un’origine consentita</translation>
    </message>
    <message>
        <source>the server refused the origin %1 (HTTP 403 at the handshake); set one it allows with --origin</source>
        <translation>il server ha rifiutato l’origine %1 (HTTP 403 all’handshake); imposta con --origin un’origine consentita</translation>
    </message>
    <message>
        <source>The server refused the origin MirageDesk sent (code 403).</source>
        <translation>Il server ha rifiutato l’origine inviata da MirageDesk (codice 403).</translation>
    </message>
    <message>
        <source>The server refused the origin “%1” that MirageDesk sent (code 403).</source>
        <translation>Il server ha rifiutato l’origine «%1» inviata da MirageDesk (codice 403).</translation>
    </message>
    <message>
        <source>Start MirageDesk with --origin set to an origin the server allows.</source>
        <translation>Avvia MirageDesk con --origin impostato su un’origine consentita dal server.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>il proxy</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>il proxy %1</translation>
    </message>
    <message>
        <source>%1 refused the user name and password given (HTTP 407)</source>
        <translation>%1 ha rifiutato il nome utente e la password indicati (HTTP 407)</translation>
    </message>
    <message>
        <source>cannot reach %1: nothing listens there (connection refused)</source>
        <translation>impossibile raggiungere %1: lì non è in ascolto nulla (connessione rifiutata)</translation>
    </message>
    <message>
        <source>cannot reach %1: its name is not known</source>
        <translation>impossibile raggiungere %1: il nome è sconosciuto</translation>
    </message>
    <message>
        <source>cannot reach %1: it does not answer</source>
        <translation>impossibile raggiungere %1: non risponde</translation>
    </message>
    <message>
        <source>%1 closed the connection before the server was reached</source>
        <translation>%1 ha chiuso la connessione prima di raggiungere il server</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non ha funzionato: %2</translation>
    </message>
    <message>
        <source>%1 wants a user name and password (HTTP 407)</source>
        <translation>%1 richiede un nome utente e una password (HTTP 407)</translation>
    </message>
    <message>
        <source>give them in the proxy&apos;s URL: http://USER:PASSWORD@HOST:PORT</source>
        <translation>indicali nell’URL del proxy: http://UTENTE:PASSWORD@HOST:PORTA</translation>
    </message>
    <message>
        <source>the certificate of %1 is for %2, not for %1 (valid until %3)</source>
        <translation>il certificato di %1 è per %2, non per %1 (valido fino al %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 has expired: it was valid until %2 (it is for %3)</source>
        <translation>il certificato di %1 è scaduto: era valido fino al %2 (è per %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid yet: it is valid from %2 (it is for %3)</source>
        <translation>il certificato di %1 non è ancora valido: è valido dal %2 (è per %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>il certificato di %1 è stato rifiutato: %2</translation>
    </message>
    <message>
        <source>%1 redirects to %2: following it; give %2 as the server URL</source>
        <translation>%1 reindirizza a %2: il reindirizzamento viene seguito; indica %2 come URL del server</translation>
    </message>
    <message>
        <source>%1; give the authority&apos;s certificate with --ca-file or SSL_CERT_FILE</source>
        <translation>%1; indica il certificato dell’autorità con --ca-file o SSL_CERT_FILE</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: its issuer &apos;%2&apos; is unknown (it is for %3, valid until %4)</source>
        <translation>il certificato di %1 non è attendibile: il suo emittente «%2» è sconosciuto (è per %3, valido fino al %4)</translation>
    </message>
</context>
<context>
    <name>ContentDescriber</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Ghost track</source>
        <translation>Registrazione dei movimenti</translation>
    </message>
    <message>
        <source>Pick and place</source>
        <translation>Prendi e posiziona</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>Modello 3D</translation>
    </message>
    <message>
        <source>Action glyph</source>
        <translation>Simbolo di azione</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaggio</translation>
    </message>
    <message>
        <source>Locate arrow</source>
        <translation>Freccia indicatrice</translation>
    </message>
    <message>
        <source>Image marker</source>
        <translation>Marcatore di immagine</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Disegno</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Istruttore</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Shown when the step ends</source>
        <translation>Mostrato alla fine del passo</translation>
    </message>
    <message>
        <source>%1 (shown when the step ends)</source>
        <translation>%1 (mostrato alla fine del passo)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>presso %1</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Cerca nel registro</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Show events of category</source>
        <translation>Mostra gli eventi della categoria</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Alerts and notifications</source>
        <translation>Avvisi e notifiche</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message numerus="yes">
        <source>%n shown (the last %1 are kept)</source>
        <translation>
            <numerusform>%n mostrato (vengono conservati gli ultimi %1)</numerusform>
            <numerusform>%n mostrati (vengono conservati gli ultimi %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Rejected: </source>
        <translation>Rifiutato: </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rifiutato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown (the history keeps the last %1 days)</source>
        <translation>
            <numerusform>%n mostrato (la cronologia conserva gli ultimi %1 giorni)</numerusform>
            <numerusform>%n mostrati (la cronologia conserva gli ultimi %1 giorni)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save the activity as JSON</source>
        <translation>Salva l’attività come JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>No files yet.</source>
        <translation>Ancora nessun file.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>uploaded by %1</source>
        <translation>caricato da %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Apri %1 nel browser</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people match</source>
        <translation>
            <numerusform>Risultati: %1 su %n persona</numerusform>
            <numerusform>Risultati: %1 su %n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files match</source>
        <translation>
            <numerusform>Risultati: %1 su %n file</numerusform>
            <numerusform>Risultati: %1 su %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps match</source>
        <translation>
            <numerusform>Risultati: %1 su %n passo</numerusform>
            <numerusform>Risultati: %1 su %n passi</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Find (name, description, contents)</source>
        <translation>Trova (nome, descrizione, contenuti)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
</context>
<context>
    <name>GoToStepDialog</name>
    <message>
        <source>Go to step</source>
        <translation>Vai al passo</translation>
    </message>
    <message>
        <source>Step (1–%1):</source>
        <translation>Passo (1–%1):</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Numero del passo</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>That link was not opened: only web (http and https) links open from MirageDesk.</source>
        <translation>Il collegamento non è stato aperto: MirageDesk apre solo collegamenti web (http e https).</translation>
    </message>
    <message>
        <source>The link to %1 could not be opened: no browser or application took it.</source>
        <translation>Impossibile aprire il collegamento a %1: nessun browser o applicazione lo ha accettato.</translation>
    </message>
    <message>
        <source>This activity was deleted on the server. You are looking at its last state; it is read-only.</source>
        <translation>Questa attività è stata eliminata sul server. Ne vedi l’ultimo stato, in sola lettura.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>&amp;Open Activity…</source>
        <translation>&amp;Apri attività…</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Apri attività</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Riconnetti</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Riconnetti ora</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Save or export</source>
        <translation>Salva o esporta</translation>
    </message>
    <message>
        <source>&amp;Save the Activity as JSON…</source>
        <translation>&amp;Salva l’attività come JSON…</translation>
    </message>
    <message>
        <source>Export the &amp;Log…</source>
        <translation>Esporta il &amp;registro…</translation>
    </message>
    <message>
        <source>%1 applied · %2 rejected</source>
        <translation>%1 applicati · %2 rifiutati</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About MirageDesk</source>
        <translation>&amp;Informazioni su MirageDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>Quit MirageDesk</source>
        <translation>Esci da MirageDesk</translation>
    </message>
</context>
<context>
    <name>NoActivityView</name>
    <message>
        <source>No activity is open.</source>
        <translation>Nessuna attività aperta.</translation>
    </message>
    <message>
        <source>Open Activity… (Ctrl+O)</source>
        <translation>Apri attività… (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>NoticeBanners</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open Activity</source>
        <translation>Apri attività</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ws://localhost:8000 or https://mirage.example.org</source>
        <translation>ws://localhost:8000 oppure https://mirage.example.org</translation>
    </message>
    <message>
        <source>Servers in use</source>
        <translation>Server in uso</translation>
    </message>
    <message>
        <source>Activity UUID or channel URL</source>
        <translation>UUID dell’attività o URL del canale</translation>
    </message>
    <message>
        <source>63b76319-68ef-4412-9dd4-bb2a13315ee2 or ws://host:8000/ws/activities/&lt;uuid&gt;/</source>
        <translation>63b76319-68ef-4412-9dd4-bb2a13315ee2 oppure ws://host:8000/ws/activities/&lt;uuid&gt;/</translation>
    </message>
    <message>
        <source>Activity %1 on %2</source>
        <translation>Attività %1 su %2</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Attività recenti</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>On this server</source>
        <translation>Su questo server</translation>
    </message>
    <message>
        <source>Activities on this server</source>
        <translation>Attività su questo server</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Non si è ancora unito nessuno.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>nessuno stato</translation>
    </message>
</context>
<context>
    <name>PopupArea</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostra: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ignora: %1</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Copy Name</source>
        <translation>Copia il nome</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copia l’ID</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Apri il collegamento</translation>
    </message>
</context>
<context>
    <name>SectionsView</name>
    <message>
        <source>Steps (%1)</source>
        <translation>Passi (%1)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Persone (%1)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>File (%1)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>ServerSettingsSection</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The servers of the activities you open are listed here.</source>
        <translation>Qui compaiono i server delle attività che apri.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>None: the system&apos;s authorities</source>
        <translation>Nessuno: le autorità del sistema</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>File dell’autorità di certificazione</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Scegli il file di un’autorità di certificazione</translation>
    </message>
    <message>
        <source>From the server&apos;s address</source>
        <translation>Dall’indirizzo del server</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Saved. The server&apos;s activities use these settings from their next connection.</source>
        <translation>Salvato. Le attività del server usano queste impostazioni dalla prossima connessione.</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of the authority that signed the server&apos;s, and an origin such as https://host the server allows.</source>
        <translation>Un file PEM con il certificato dell’autorità che ha firmato quello del server, e un’origine come https://host che il server consente.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
    <message>
        <source>Save the server&apos;s settings</source>
        <translation>Salva le impostazioni del server</translation>
    </message>
    <message>
        <source>Choose the certificate authority of %1</source>
        <translation>Scegli l’autorità di certificazione di %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificati (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>File CA:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Appearance: as the system</source>
        <translation>Aspetto: come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Appearance: light</source>
        <translation>Aspetto: chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Appearance: dark</source>
        <translation>Aspetto: scuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language is used from the next start of MirageDesk.</source>
        <translation>La nuova lingua sarà usata dal prossimo avvio di MirageDesk.</translation>
    </message>
    <message>
        <source>A new language is used from the next start of MirageDesk.</source>
        <translation>Un’altra lingua sarà usata dal prossimo avvio di MirageDesk.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifiche sul desktop</translation>
    </message>
    <message>
        <source>Files uploaded or deleted</source>
        <translation>File caricati o eliminati</translation>
    </message>
    <message>
        <source>People joining or leaving</source>
        <translation>Persone che entrano o escono</translation>
    </message>
    <message>
        <source>System alerts</source>
        <translation>Avvisi di sistema</translation>
    </message>
    <message>
        <source>Notifications sent to the activity</source>
        <translation>Notifiche inviate all’attività</translation>
    </message>
    <message>
        <source>While you are looking at the activity, only alerts pop up.</source>
        <translation>Mentre guardi l’attività compaiono solo gli avvisi.</translation>
    </message>
    <message>
        <source>No notification service is running: popups appear in the window instead.</source>
        <translation>Nessun servizio di notifica in esecuzione: i messaggi compaiono invece nella finestra.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+O</source>
        <comment>keys</comment>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open an activity</source>
        <translation>Apri un’attività</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <comment>keys</comment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit MirageDesk</source>
        <translation>Esci da MirageDesk</translation>
    </message>
    <message>
        <source>F5</source>
        <comment>keys</comment>
        <translation>F5</translation>
    </message>
    <message>
        <source>Reconnect the selected activity</source>
        <translation>Riconnetti l’attività selezionata</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <comment>keys</comment>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the selected activity</source>
        <translation>Chiudi l’attività selezionata</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <comment>keys</comment>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Select the first … ninth open activity</source>
        <translation>Seleziona dalla prima alla nona attività aperta</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <comment>keys</comment>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Select the next activity</source>
        <translation>Seleziona l’attività successiva</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <comment>keys</comment>
        <translation>Ctrl+Maiusc+Tab</translation>
    </message>
    <message>
        <source>Select the previous activity</source>
        <translation>Seleziona l’attività precedente</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+4</source>
        <comment>keys</comment>
        <translation>Alt+1 … Alt+4</translation>
    </message>
    <message>
        <source>Show the steps, people, files or activity log</source>
        <translation>Mostra passi, persone, file o registro</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <comment>keys</comment>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the steps, people or files shown</source>
        <translation>Cerca tra i passi, le persone o i file mostrati</translation>
    </message>
    <message>
        <source>F3, Return</source>
        <comment>keys</comment>
        <translation>F3, Invio</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Vai al risultato successivo</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>keys</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and close the find bar</source>
        <translation>Cancella la ricerca e chiudi la barra di ricerca</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <comment>keys</comment>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Go to a step by its number</source>
        <translation>Vai a un passo tramite il suo numero</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <comment>keys</comment>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected step&apos;s text</source>
        <translation>Copia il testo del passo selezionato</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <comment>keys</comment>
        <translation>Ctrl+Maiusc+C</translation>
    </message>
    <message>
        <source>Copy a link to the selected step</source>
        <translation>Copia un collegamento al passo selezionato</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <comment>keys</comment>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the activity as JSON</source>
        <translation>Salva l’attività come JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <comment>keys</comment>
        <translation>Ctrl+Maiusc+E</translation>
    </message>
    <message>
        <source>Export the activity log as text</source>
        <translation>Esporta il registro come testo</translation>
    </message>
    <message>
        <source>Home / End</source>
        <comment>keys</comment>
        <translation>Inizio / Fine</translation>
    </message>
    <message>
        <source>Go to the first / last row of a list</source>
        <translation>Vai alla prima / ultima riga di un elenco</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <comment>keys</comment>
        <translation>Pag su / Pag giù</translation>
    </message>
    <message>
        <source>Move a page up / down in a list</source>
        <translation>Sposta di una pagina su / giù in un elenco</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <comment>keys</comment>
        <translation>Menu, Maiusc+F10</translation>
    </message>
    <message>
        <source>Open the selected row&apos;s menu</source>
        <translation>Apri il menu della riga selezionata</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>keys</comment>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Apri il file selezionato</translation>
    </message>
    <message>
        <source>F1, Ctrl+?</source>
        <comment>keys</comment>
        <translation>F1, Ctrl+?</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostra questo elenco</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>connected</source>
        <translation>connessa</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>riconnessione in corso</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnessa</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connessa</translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation>Attività aperte</translation>
    </message>
    <message>
        <source>%1, %2, %3%4%5</source>
        <translation>%1, %2, %3%4%5</translation>
    </message>
    <message>
        <source>, saved copy</source>
        <translation>, copia salvata</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non letto</numerusform>
            <numerusform>, %n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · saved copy</source>
        <translation>%1 · copia salvata</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Chiudi %1</translation>
    </message>
    <message>
        <source>Close (Ctrl+W)</source>
        <translation>Chiudi (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Step details</source>
        <translation>Dettagli del passo</translation>
    </message>
    <message>
        <source>Select a step to see its contents.</source>
        <translation>Seleziona un passo per vederne i contenuti.</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(passo senza titolo)</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Nome del passo</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Descrizione del passo</translation>
    </message>
    <message>
        <source>Contents (%1)</source>
        <translation>Contenuti (%1)</translation>
    </message>
    <message>
        <source>(unnamed content)</source>
        <translation>(contenuto senza nome)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Apri il collegamento</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Apri %1 nel browser</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>Come memorizzato</translation>
    </message>
    <message>
        <source>The step as stored, in JSON</source>
        <translation>Il passo come è memorizzato, in JSON</translation>
    </message>
    <message>
        <source>Hide history</source>
        <translation>Nascondi la cronologia</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Mostra la cronologia</translation>
    </message>
    <message>
        <source>Hide the step&apos;s history</source>
        <translation>Nascondi la cronologia del passo</translation>
    </message>
    <message>
        <source>Show the step&apos;s history</source>
        <translation>Mostra la cronologia del passo</translation>
    </message>
    <message>
        <source>No change to this step was kept.</source>
        <translation>Nessuna modifica a questo passo è stata conservata.</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>This activity has no steps yet.</source>
        <translation>Questa attività non ha ancora passi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(passo senza titolo)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copia il testo</translation>
    </message>
    <message>
        <source>Copy the step&apos;s text</source>
        <translation>Copia il testo del passo</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copia l’ID</translation>
    </message>
    <message>
        <source>Copy the step&apos;s id</source>
        <translation>Copia l’ID del passo</translation>
    </message>
    <message>
        <source>Copy link to this step</source>
        <translation>Copia il collegamento a questo passo</translation>
    </message>
    <message>
        <source>Copy link to the activity</source>
        <translation>Copia il collegamento all’attività</translation>
    </message>
    <message>
        <source>Step %1: %2, unread</source>
        <translation>Passo %1: %2, non letto</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Passo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contents</source>
        <translation>
            <numerusform>%n contenuto</numerusform>
            <numerusform>%n contenuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation>Token per %1</translation>
    </message>
    <message>
        <source>%1 refused the connection without a valid token. Enter the token you were given for this server.</source>
        <translation>%1 ha rifiutato la connessione senza un token valido. Inserisci il token che hai ricevuto per questo server.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>mirage::AppSettings</name>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
</context>
<context>
    <name>mirage::ChangesModel</name>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Step %1 &apos;%2&apos;</source>
        <translation>Passo %1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n passo modificato</numerusform>
            <numerusform>%n passi modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n modificato</numerusform>
            <numerusform>%n modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n passo aggiunto</numerusform>
            <numerusform>%n passi aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n aggiunto</numerusform>
            <numerusform>%n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps removed</source>
        <translation>
            <numerusform>%n passo rimosso</numerusform>
            <numerusform>%n passi rimossi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n rimosso</numerusform>
            <numerusform>%n rimossi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps moved</source>
        <translation>
            <numerusform>%n passo spostato</numerusform>
            <numerusform>%n passi spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n spostato</numerusform>
            <numerusform>%n spostati</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>rinominata</translation>
    </message>
    <message>
        <source>renamed from &apos;%1&apos;</source>
        <translation>rinominata da «%1»</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>descrizione modificata</translation>
    </message>
    <message>
        <source>configuration changed</source>
        <translation>configurazione modificata</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields changed</source>
        <translation>
            <numerusform>%n altro campo modificato</numerusform>
            <numerusform>%n altri campi modificati</numerusform>
        </translation>
    </message>
    <message>
        <source>Since you last looked: %1</source>
        <translation>Dall’ultima volta che hai guardato: %1</translation>
    </message>
    <message>
        <source>Activity renamed from &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Attività rinominata da «%1» a «%2»</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Descrizione modificata</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Configurazione modificata</translation>
    </message>
    <message>
        <source>Activity field &apos;%1&apos; changed</source>
        <translation>Campo «%1» dell’attività modificato</translation>
    </message>
    <message>
        <source>%1 edited: %2</source>
        <translation>%1 modificato: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 aggiunto</translation>
    </message>
    <message>
        <source>Step %1 removed</source>
        <translation>Passo %1 rimosso</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; removed (it was step %2)</source>
        <translation>Passo «%1» rimosso (era il passo %2)</translation>
    </message>
    <message>
        <source>%1 moved among its neighbours (still step %2)</source>
        <translation>%1 spostato tra i passi vicini (ancora il passo %2)</translation>
    </message>
    <message>
        <source>%1 moved (it was step %2)</source>
        <translation>%1 spostato (era il passo %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes to steps</source>
        <translation>
            <numerusform>e %n altra modifica ai passi</numerusform>
            <numerusform>e altre %n modifiche ai passi</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>L’attività</translation>
    </message>
</context>
<context>
    <name>mirage::CopyProblemText</name>
    <message>
        <source>an activity that was closed</source>
        <translation>un’attività chiusa</translation>
    </message>
    <message>
        <source>The copies saved before are kept, and saving is tried again.</source>
        <translation>Le copie salvate prima sono conservate e il salvataggio viene ritentato.</translation>
    </message>
    <message>
        <source>The saved copy of %1 was written by a newer MirageDesk and is neither read nor written over (%2).</source>
        <translation>La copia salvata di %1 è stata scritta da una versione più recente di MirageDesk e non viene né letta né sovrascritta (%2).</translation>
    </message>
    <message>
        <source>The activity is shown from the server.</source>
        <translation>L’attività è mostrata dal server.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be read (%2); the activity opens without it.</source>
        <translation>Impossibile leggere la copia salvata di %1 (%2); l’attività viene aperta senza.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be read and was set aside (%2); the activity opens without it.</source>
        <translation>Impossibile leggere la copia salvata di %1, che è stata messa da parte (%2); l’attività viene aperta senza.</translation>
    </message>
    <message>
        <source>The local copies of the activities cannot be saved: the disk holding %1 is full.</source>
        <translation>Le copie locali delle attività non possono essere salvate: il disco che contiene %1 è pieno.</translation>
    </message>
    <message>
        <source>The local copies of the activities cannot be saved: %1 cannot be written.</source>
        <translation>Le copie locali delle attività non possono essere salvate: %1 non può essere scritto.</translation>
    </message>
    <message>
        <source>The copy of %1 is not saved: %2 is a link or not a plain file, and is left alone.</source>
        <translation>La copia di %1 non viene salvata: %2 è un collegamento o non è un file normale, e non viene toccato.</translation>
    </message>
</context>
<context>
    <name>mirage::EventDescriber</name>
    <message>
        <source>Reloaded from the server (resynced)</source>
        <translation>Ricaricata dal server (risincronizzata)</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity loaded from the server (%n steps)</source>
        <translation>
            <numerusform>Attività caricata dal server (%n passo)</numerusform>
            <numerusform>Attività caricata dal server (%n passi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>Impossibile caricare l’attività: %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>step number and name</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a step&apos;s name</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>All steps replaced</source>
        <translation>Tutti i passi sostituiti</translation>
    </message>
    <message>
        <source>Steps reordered</source>
        <translation>Passi riordinati</translation>
    </message>
    <message>
        <source>Step %1 renamed to “%2”</source>
        <translation>Passo %1 rinominato in «%2»</translation>
    </message>
    <message>
        <source>Step %1 edited</source>
        <translation>Passo %1 modificato</translation>
    </message>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n passo modificato</numerusform>
            <numerusform>%n passi modificati</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 added</source>
        <translation>Passo %1 aggiunto</translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n passo aggiunto</numerusform>
            <numerusform>%n passi aggiunti</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 deleted</source>
        <translation>Passo %1 eliminato</translation>
    </message>
    <message numerus="yes">
        <source>%n steps deleted</source>
        <translation>
            <numerusform>%n passo eliminato</numerusform>
            <numerusform>%n passi eliminati</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity created</source>
        <translation>Attività creata</translation>
    </message>
    <message>
        <source>Activity reloaded</source>
        <translation>Attività ricaricata</translation>
    </message>
    <message>
        <source>Activity renamed</source>
        <translation>Attività rinominata</translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation>Rinominata in «%1»</translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation>Descrizione modificata</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Impostazioni modificate</translation>
    </message>
    <message>
        <source>Activity details changed</source>
        <translation>Dettagli dell’attività modificati</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>Activity deleted on the server</source>
        <translation>Attività eliminata sul server</translation>
    </message>
    <message>
        <source>Version fingerprint received</source>
        <translation>Impronta della versione ricevuta</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 ha lasciato l’attività</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ha raggiunto l’attività</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 ora si chiama %2</translation>
    </message>
    <message>
        <source>%1 updated their details</source>
        <translation>%1 ha aggiornato i propri dati</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ora è %2</translation>
    </message>
    <message>
        <source>File “%1” deleted</source>
        <translation>File «%1» eliminato</translation>
    </message>
    <message>
        <source>File “%1” downloaded</source>
        <translation>File «%1» scaricato</translation>
    </message>
    <message>
        <source>File “%1” updated</source>
        <translation>File «%1» aggiornato</translation>
    </message>
    <message>
        <source>File “%1” uploaded</source>
        <translation>File «%1» caricato</translation>
    </message>
    <message>
        <source>File “%1” uploaded (%2)</source>
        <translation>File «%1» caricato (%2)</translation>
    </message>
    <message>
        <source>%1 uploaded “%2”</source>
        <translation>%1 ha caricato «%2»</translation>
    </message>
    <message>
        <source>%1 uploaded “%2” (%3)</source>
        <translation>%1 ha caricato «%2» (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, da %2</translation>
    </message>
    <message>
        <source>List of activities refreshed</source>
        <translation>Elenco delle attività aggiornato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A message this version does not know</source>
        <translation>Un messaggio che questa versione non conosce</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>Attività eliminata</translation>
    </message>
    <message>
        <source>The activity was deleted on the server.</source>
        <translation>L’attività è stata eliminata sul server.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server.</source>
        <translation>«%1» è stata eliminata sul server.</translation>
    </message>
    <message>
        <source>Joined the activity “%1”.</source>
        <translation>Ha raggiunto l’attività «%1».</translation>
    </message>
    <message>
        <source>Left the activity “%1”.</source>
        <translation>Ha lasciato l’attività «%1».</translation>
    </message>
    <message>
        <source>File uploaded: %1</source>
        <translation>File caricato: %1</translation>
    </message>
    <message>
        <source>File deleted: %1</source>
        <translation>File eliminato: %1</translation>
    </message>
    <message>
        <source>System alert</source>
        <translation>Avviso di sistema</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connessione persa</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Riconnesso</translation>
    </message>
    <message>
        <source>Refused by the server. %1</source>
        <translation>Rifiutato dal server. %1</translation>
    </message>
</context>
<context>
    <name>mirage::EventLogModel</name>
    <message>
        <source>%1 — %2 (found at a catch-up)</source>
        <translation>%1 — %2 (rilevato alla riconnessione)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mirage::Exporter</name>
    <message>
        <source>There is no activity to save yet.</source>
        <translation>Non c’è ancora un’attività da salvare.</translation>
    </message>
    <message>
        <source>There is no log to export: no activity is open.</source>
        <translation>Non c’è un registro da esportare: nessuna attività è aperta.</translation>
    </message>
    <message>
        <source>Only a file on this computer can be written (%1).</source>
        <translation>Si può scrivere solo un file su questo computer (%1).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>mirage::FileModel</name>
    <message numerus="yes">
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln download</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::JournalProblemText</name>
    <message>
        <source>The history of your activities could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>Non è stato possibile leggere la cronologia delle tue attività. È stata messa da parte come %1 ed è stata avviata una nuova.</translation>
    </message>
    <message>
        <source>The history of your activities is from a newer version of MirageDesk: it is left as it is, with nothing added.</source>
        <translation>La cronologia delle tue attività proviene da una versione più recente di MirageDesk: resta com&apos;è, senza aggiunte.</translation>
    </message>
    <message>
        <source>The history of your activities cannot be written at %1. The log is not kept beyond this session.</source>
        <translation>Non è possibile scrivere la cronologia delle tue attività in %1. Il registro non viene conservato oltre questa sessione.</translation>
    </message>
</context>
<context>
    <name>mirage::JsonText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::LimitText</name>
    <message>
        <source>%1 activities are open, the most MirageDesk keeps open at once: close one to open another.</source>
        <translation>Sono aperte %1 attività, il massimo che MirageDesk tiene aperte insieme: chiudine una per aprirne un’altra.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the activities open at the last quit were not opened again: MirageDesk keeps at most %1 open at once.</source>
        <translation>
            <numerusform>%n delle attività aperte all’ultima chiusura non è stata riaperta: MirageDesk ne tiene aperte al massimo %1 alla volta.</numerusform>
            <numerusform>%n delle attività aperte all’ultima chiusura non sono state riaperte: MirageDesk ne tiene aperte al massimo %1 alla volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MirageDesk was asked to open %n links at once and opened none of them: it takes at most %1 at a time.</source>
        <translation>
            <numerusform>A MirageDesk è stato chiesto di aprire %n link in una volta e non l’ha aperto: ne accetta al massimo %1 alla volta.</numerusform>
            <numerusform>A MirageDesk è stato chiesto di aprire %n link in una volta e non ne ha aperto nessuno: ne accetta al massimo %1 alla volta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Notifier</name>
    <message numerus="yes">
        <source>%n more alerts</source>
        <translation>
            <numerusform>%n altro avviso</numerusform>
            <numerusform>altri %n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more messages</source>
        <translation>
            <numerusform>%n altro messaggio</numerusform>
            <numerusform>altri %n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file changes</source>
        <translation>
            <numerusform>%n altra modifica ai file</numerusform>
            <numerusform>altre %n modifiche ai file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changes of people</source>
        <translation>
            <numerusform>%n altra modifica alle persone</numerusform>
            <numerusform>altre %n modifiche alle persone</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Ultimo: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>mirage::PopupGroup</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 e %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 e un’altra persona</numerusform>
            <numerusform>%1, %2 e altre %n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 e un’altra persona</numerusform>
            <numerusform>%1 e altre %n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people joined: %1</source>
        <translation>
            <numerusform>Si è unita %n persona: %1</numerusform>
            <numerusform>Si sono unite %n persone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people left: %1</source>
        <translation>
            <numerusform>È uscita %n persona: %1</numerusform>
            <numerusform>Sono uscite %n persone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded</source>
        <translation>
            <numerusform>%n file caricato</numerusform>
            <numerusform>%n file caricati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uploaded %n files</source>
        <translation>
            <numerusform>%1 ha caricato %n file</numerusform>
            <numerusform>%1 ha caricato %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded by %1</source>
        <translation>
            <numerusform>%n file caricato da %1</numerusform>
            <numerusform>%n file caricati da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files deleted</source>
        <translation>
            <numerusform>%n file eliminato</numerusform>
            <numerusform>%n file eliminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Presence</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <comment>people: the names shown, then how many more are here</comment>
        <translation>
            <numerusform>%1 e un’altra persona</numerusform>
            <numerusform>%1 e altre %n persone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::RejectionText</name>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation>un oggetto o un array</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>qualcos’altro</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>non è JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a list of keys: the last two</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>binary frame (the protocol sends JSON text frames)</source>
        <translation>un frame binario (il protocollo invia frame di testo JSON)</translation>
    </message>
    <message>
        <source>message of %1 bytes is larger than the limit of %2</source>
        <translation>il messaggio di %1 byte supera il limite di %2 byte</translation>
    </message>
    <message numerus="yes">
        <source>nesting deeper than %n levels</source>
        <translation>
            <numerusform>annidato oltre %n livello</numerusform>
            <numerusform>annidato oltre %n livelli</numerusform>
        </translation>
    </message>
    <message>
        <source>event &quot;id&quot; missing</source>
        <translation>manca l’«id» dell’evento</translation>
    </message>
    <message>
        <source>event &quot;id&quot; is %1, not an integer</source>
        <translation>l’«id» dell’evento è %1, non un numero intero</translation>
    </message>
    <message>
        <source>event id %1 is below 100</source>
        <translation>l’id evento %1 è inferiore a 100</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; is %1, not a string</source>
        <translation>«activity_id» è %1, non una stringa</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; names another activity (%1)</source>
        <translation>«activity_id» indica un’altra attività (%1)</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; missing</source>
        <translation>manca «activity_id»</translation>
    </message>
    <message>
        <source>payload missing: expected %1</source>
        <translation>mancano i dati: era previsto %1</translation>
    </message>
    <message>
        <source>payload &quot;%1&quot; is %2, not %3</source>
        <translation>i dati «%1» sono %2, non %3</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>«%1» non ha un «id»</translation>
    </message>
    <message>
        <source>%1 &quot;id&quot; is %2, not a string</source>
        <translation>l’«id» di «%1» è %2, non una stringa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation>«%1» è %2, non una stringa</translation>
    </message>
</context>
<context>
    <name>mirage::ServerActivitiesModel</name>
    <message>
        <source>Loading the server&apos;s activities…</source>
        <translation>Caricamento delle attività del server…</translation>
    </message>
    <message>
        <source>This server does not list its activities.</source>
        <translation>Questo server non elenca le proprie attività.</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s activities: %1</source>
        <translation>Impossibile elencare le attività del server: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server&apos;s activity list is not a JSON list.</source>
        <translation>L’elenco delle attività del server non è un elenco JSON.</translation>
    </message>
    <message>
        <source>The server has no activities yet.</source>
        <translation>Il server non ha ancora attività.</translation>
    </message>
</context>
<context>
    <name>mirage::ServerTrust</name>
    <message>
        <source>The origin needs a scheme and a host, e.g. https://%1.</source>
        <translation>L’origine richiede uno schema e un host, ad es. https://%1.</translation>
    </message>
    <message>
        <source>The origin “%1” is not a valid URL.</source>
        <translation>L’origine «%1» non è un URL valido.</translation>
    </message>
    <message>
        <source>The origin “%1” does not start with http:// or https://.</source>
        <translation>L’origine «%1» non inizia con http:// o https://.</translation>
    </message>
    <message>
        <source>The origin “%1” has no host.</source>
        <translation>L’origine «%1» non ha un host.</translation>
    </message>
    <message>
        <source>The origin “%1” has more than a scheme, a host and a port (an origin is https://host[:port]).</source>
        <translation>L’origine «%1» contiene più di uno schema, un host e una porta (un’origine è https://host[:porta]).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>%1 holds no certificate: choose a PEM file with the certificate of the authority that signed the server&apos;s.</source>
        <translation>%1 non contiene alcun certificato: scegli un file PEM con il certificato dell’autorità che ha firmato quello del server.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>«%1» non indica alcun server.</translation>
    </message>
</context>
<context>
    <name>mirage::StepModel</name>
    <message numerus="yes">
        <source>%1 is here</source>
        <comment>people: %n of them</comment>
        <translation>
            <numerusform>%1 è qui</numerusform>
            <numerusform>%1 sono qui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::TrayIcon</name>
    <message>
        <source>&amp;Hide MirageDesk</source>
        <translation>&amp;Nascondi MirageDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Show MirageDesk</source>
        <translation>&amp;Mostra MirageDesk</translation>
    </message>
    <message numerus="yes">
        <source>
%n unread</source>
        <translation>
            <numerusform>
%n non letto</numerusform>
            <numerusform>
%n non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::UrlProblemText</name>
    <message>
        <source>Enter an activity UUID or a channel URL.</source>
        <translation>Inserisci l’UUID di un’attività o l’URL di un canale.</translation>
    </message>
    <message>
        <source>Enter a server, such as ws://localhost:8000 or https://mirage.example.org.</source>
        <translation>Inserisci un server, per esempio ws://localhost:8000 oppure https://mirage.example.org.</translation>
    </message>
    <message>
        <source>The server URL holds a user name or password; MirageDesk asks for a token when the server wants one.</source>
        <translation>L’URL del server contiene un nome utente o una password; MirageDesk chiede un token quando il server lo richiede.</translation>
    </message>
    <message>
        <source>The channel URL names activity %1, the activity field %2.</source>
        <translation>L’URL del canale indica l’attività %1, il campo dell’attività invece %2.</translation>
    </message>
    <message>
        <source>no activity UUID given</source>
        <translation>nessun UUID di attività indicato</translation>
    </message>
    <message>
        <source>no server given (e.g. ws://localhost:8000 or https://mirage.example.org)</source>
        <translation>nessun server indicato (ad es. ws://localhost:8000 o https://mirage.example.org)</translation>
    </message>
    <message>
        <source>the server URL carries user credentials; give a token with --token-file or MIRAGEDESK_TOKEN instead</source>
        <translation>l’URL del server contiene credenziali utente; indica invece un token con --token-file o MIRAGEDESK_TOKEN</translation>
    </message>
    <message>
        <source>the channel URL names activity %1 but --activity names %2</source>
        <translation>l’URL del canale indica l’attività %1, ma --activity indica %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity UUID: it has 32 hexadecimal digits in groups of 8-4-4-4-12, such as 63b76319-68ef-4412-9dd4-bb2a13315ee2</source>
        <translation>«%1» non è l’UUID di un’attività: è formato da 32 cifre esadecimali in gruppi di 8-4-4-4-12, per esempio 63b76319-68ef-4412-9dd4-bb2a13315ee2</translation>
    </message>
    <message>
        <source>the server &apos;%1&apos; has no scheme: write ws://, wss://, http:// or https:// before the host</source>
        <translation>al server «%1» manca ws://, wss://, http:// o https:// prima del nome host</translation>
    </message>
    <message>
        <source>the server URL is not valid (%1)</source>
        <translation>l’URL del server non è valido (%1)</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; in the server URL: use ws://, wss://, http:// or https://</source>
        <translation>lo schema «%1» nell’URL del server non è supportato: usa ws://, wss://, http:// o https://</translation>
    </message>
    <message>
        <source>the server URL has no host</source>
        <translation>l’URL del server non contiene un nome host</translation>
    </message>
    <message>
        <source>the server URL has a query (&apos;?%1&apos;); give just the server, such as ws://host:8000</source>
        <translation>l’URL del server contiene una query («?%1»); inserisci solo il server, per esempio ws://host:8000</translation>
    </message>
    <message>
        <source>the server URL has a fragment (&apos;#%1&apos;)</source>
        <translation>l’URL del server contiene un frammento («#%1»)</translation>
    </message>
    <message>
        <source>in the channel URL, &apos;%1&apos; is not an activity UUID</source>
        <translation>nell’URL del canale, «%1» non è l’UUID di un’attività</translation>
    </message>
    <message>
        <source>unexpected path &apos;%1&apos; in the server URL: give the server with its base path (%2) or a channel URL (%3)</source>
        <translation>percorso «%1» inatteso nell’URL del server: inserisci il server con il suo percorso di base (%2) o l’URL di un canale (%3)</translation>
    </message>
</context>
</TS>

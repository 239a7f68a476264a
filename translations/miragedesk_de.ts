<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MirageDesk</source>
        <translation>Über MirageDesk</translation>
    </message>
    <message>
        <source>MirageDesk</source>
        <translation>MirageDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Follow live MIRAGE-XR activities on the desktop.</source>
        <translation>MIRAGE-XR-Aktivitäten live auf dem Desktop verfolgen.</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence.</source>
        <translation>Lizenziert unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Open the project page in the browser</source>
        <translation>Die Projektseite im Browser öffnen</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Open the issue tracker in the browser</source>
        <translation>Die Fehlerverfolgung im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ActivityHeader</name>
    <message>
        <source>%1 on %2%3%4</source>
        <translation>%1 auf %2%3%4</translation>
    </message>
    <message>
        <source> · ARLEM (legacy) format</source>
        <translation> · ARLEM-Format (veraltet)</translation>
    </message>
    <message>
        <source> · hash %1</source>
        <translation> · Hash %1</translation>
    </message>
</context>
<context>
    <name>AvatarRow</name>
    <message>
        <source>Present: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the list of changes</source>
        <translation>Die Liste der Änderungen ausblenden</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n seconds (attempt %1).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde (Versuch %1).</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden (Versuch %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected — showing the copy from %1.</source>
        <translation>Nicht verbunden – angezeigt wird die Kopie vom %1.</translation>
    </message>
    <message>
        <source>Offline — last updated %1</source>
        <translation>Offline – zuletzt aktualisiert am %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connection lost.</source>
        <translation>Verbindung unterbrochen.</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server refused this activity.</source>
        <translation>Der Server hat diese Aktivität abgelehnt.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Updates may have been missed. The activity is being reloaded from the server.</source>
        <translation>Möglicherweise wurden Änderungen verpasst. Die Aktivität wird neu vom Server geladen.</translation>
    </message>
    <message>
        <source>Updates may have been missed while disconnected.</source>
        <translation>Während der Trennung wurden möglicherweise Änderungen verpasst.</translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation>&amp;Token eingeben …</translation>
    </message>
    <message>
        <source>Enter token</source>
        <translation>Token eingeben</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted.</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 refused the origin MirageDesk sent.</source>
        <translation>%1 hat den von MirageDesk gesendeten Origin abgelehnt.</translation>
    </message>
    <message>
        <source>Choose the file of the authority that signed it to trust it for this server.</source>
        <translation>Wählen Sie die Datei der Zertifizierungsstelle, die es signiert hat, um ihm für diesen Server zu vertrauen.</translation>
    </message>
    <message>
        <source>Set an origin the server allows in the server&apos;s settings.</source>
        <translation>Legen Sie in den Einstellungen des Servers einen Origin fest, den der Server erlaubt.</translation>
    </message>
    <message>
        <source>Choose a &amp;CA File…</source>
        <translation>&amp;CA-Datei wählen …</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Datei einer Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>&amp;Servereinstellungen …</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Choose the certificate authority of %1</source>
        <translation>Zertifizierungsstelle für %1 wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>the server refused the connection: not authorised (%1); check the token</source>
        <translation>der Server hat die Verbindung abgelehnt: nicht berechtigt (%1); bitte das Token prüfen</translation>
    </message>
    <message>
        <source>the server refused the connection: forbidden (%1)</source>
        <translation>der Server hat die Verbindung abgelehnt: Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection: no such activity (%1)</source>
        <translation>der Server hat die Verbindung abgelehnt: Aktivität nicht vorhanden (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>der Server hat die Verbindung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>The server said: “%1”.</source>
        <translation>Der Server meldet: „%1“.</translation>
    </message>
    <message>
        <source>The server needs a token for this activity (code %1).</source>
        <translation>Der Server verlangt für diese Aktivität ein Token (Code %1).</translation>
    </message>
    <message>
        <source>The server does not allow this activity (code %1).</source>
        <translation>Der Server erlaubt diese Aktivität nicht (Code %1).</translation>
    </message>
    <message>
        <source>The server has no such activity (code %1).</source>
        <translation>Diese Aktivität gibt es auf dem Server nicht (Code %1).</translation>
    </message>
    <message>
        <source>The server refused the connection (code %1).</source>
        <translation>Der Server hat die Verbindung abgelehnt (Code %1).</translation>
    </message>
    <message>
        <source>The connection closed (code %1).</source>
        <translation>Die Verbindung wurde geschlossen (Code %1).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting to %1 (attempt %n)</source>
        <translation>
            <numerusform>Verbindung zu %1 wird wiederhergestellt (Versuch %n)</numerusform>
            <numerusform>Verbindung zu %1 wird wiederhergestellt (Versuch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>mit %1 verbunden</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the connection closed (code %1)</source>
        <translation>die Verbindung wurde geschlossen (Code %1)</translation>
    </message>
    <message>
        <source>the connection closed (code %1, %2)</source>
        <translation>die Verbindung wurde geschlossen (Code %1, %2)</translation>
    </message>
    <message>
        <source>no answer to a ping within %1: the connection is dead</source>
        <translation>keine Antwort auf einen Ping innerhalb von %1: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>no answer from the server within %1</source>
        <translation>keine Antwort vom Server innerhalb von %1</translation>
    </message>
    <message>
        <source>the server answered the handshake with HTTP %1</source>
        <translation>der Server hat den Verbindungsaufbau mit HTTP %1 beantwortet</translation>
    </message>
    <message>
        <source>%1 at the handshake</source>
        <translation>%1 beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1; retrying in %2</source>
        <translation>%1; neuer Versuch in %2</translation>
    </message>
    <message>
        <source>the snapshot request answered HTTP %1</source>
        <translation>die Abfrage des Gesamtstands ergab HTTP %1</translation>
    </message>
    <message>
        <source>the snapshot request failed: %1</source>
        <translation>die Abfrage des Gesamtstands ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the snapshot request took longer than %n ms</source>
        <translation>
            <numerusform>die Abfrage des Gesamtstands dauerte länger als %n ms</numerusform>
            <numerusform>die Abfrage des Gesamtstands dauerte länger als %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot is larger than %1 bytes</source>
        <translation>der Gesamtstand ist größer als %1 Byte</translation>
    </message>
    <message numerus="yes">
        <source>more than %n events or %1 bytes arrived while the snapshot was loading</source>
        <translation>
            <numerusform>während der Gesamtstand geladen wurde, kamen mehr als %n Ereignis oder %1 Byte an</numerusform>
            <numerusform>während der Gesamtstand geladen wurde, kamen mehr als %n Ereignisse oder %1 Byte an</numerusform>
        </translation>
    </message>
    <message>
        <source>could not load the activity: %1</source>
        <translation>die Aktivität konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the snapshot is too large to load</source>
        <translation>der Gesamtstand ist zu groß, um ihn zu laden</translation>
    </message>
    <message>
        <source>the snapshot is nested too deeply</source>
        <translation>der Gesamtstand ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the snapshot is not valid JSON</source>
        <translation>der Gesamtstand ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the snapshot is not an activity</source>
        <translation>der Gesamtstand ist keine Aktivität</translation>
    </message>
    <message>
        <source>warning: %1; keeping the local state, updates may have been missed</source>
        <translation>Warnung: %1; der lokale Stand bleibt erhalten, Aktualisierungen könnten fehlen</translation>
    </message>
    <message>
        <source>the server refused the origin sent (HTTP 403 at the handshake); set one it allows with --origin</source>
        <translation>der Server hat den gesendeten Origin abgelehnt (HTTP 403 beim Handshake); bitte mit --origin einen angeben, den er erlaubt</translation>
    </message>
    <message>
        <source>the server refused the origin %1 (HTTP 403 at the handshake); set one it allows with --origin</source>
        <translation>der Server hat den Origin %1 abgelehnt (HTTP 403 beim Handshake); bitte mit --origin einen angeben, den er erlaubt</translation>
    </message>
    <message>
        <source>The server refused the origin MirageDesk sent (code 403).</source>
        <translation>Der Server hat den von MirageDesk gesendeten Origin abgelehnt (Code 403).</translation>
    </message>
    <message>
        <source>The server refused the origin “%1” that MirageDesk sent (code 403).</source>
        <translation>Der Server hat den von MirageDesk gesendeten Origin „%1“ abgelehnt (Code 403).</translation>
    </message>
    <message>
        <source>Start MirageDesk with --origin set to an origin the server allows.</source>
        <translation>Bitte MirageDesk mit --origin und einem Origin starten, den der Server erlaubt.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>der Proxy %1</translation>
    </message>
    <message>
        <source>%1 refused the user name and password given (HTTP 407)</source>
        <translation>%1 hat den angegebenen Benutzernamen und das Passwort abgelehnt (HTTP 407)</translation>
    </message>
    <message>
        <source>cannot reach %1: nothing listens there (connection refused)</source>
        <translation>%1 ist nicht erreichbar: dort lauscht nichts (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>cannot reach %1: its name is not known</source>
        <translation>%1 ist nicht erreichbar: der Name ist unbekannt</translation>
    </message>
    <message>
        <source>cannot reach %1: it does not answer</source>
        <translation>%1 ist nicht erreichbar: keine Antwort</translation>
    </message>
    <message>
        <source>%1 closed the connection before the server was reached</source>
        <translation>%1 hat die Verbindung geschlossen, bevor der Server erreicht war</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 hat versagt: %2</translation>
    </message>
    <message>
        <source>%1 wants a user name and password (HTTP 407)</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort (HTTP 407)</translation>
    </message>
    <message>
        <source>give them in the proxy&apos;s URL: http://USER:PASSWORD@HOST:PORT</source>
        <translation>bitte in der URL des Proxys angeben: http://BENUTZER:PASSWORT@HOST:PORT</translation>
    </message>
    <message>
        <source>the certificate of %1 is for %2, not for %1 (valid until %3)</source>
        <translation>das Zertifikat von %1 gilt für %2, nicht für %1 (gültig bis %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 has expired: it was valid until %2 (it is for %3)</source>
        <translation>das Zertifikat von %1 ist abgelaufen: es war gültig bis %2 (es gilt für %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid yet: it is valid from %2 (it is for %3)</source>
        <translation>das Zertifikat von %1 ist noch nicht gültig: es gilt ab %2 (es gilt für %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 redirects to %2: following it; give %2 as the server URL</source>
        <translation>%1 leitet auf %2 um: der Umleitung wird gefolgt; geben Sie %2 als Server-URL an</translation>
    </message>
    <message>
        <source>%1; give the authority&apos;s certificate with --ca-file or SSL_CERT_FILE</source>
        <translation>%1; geben Sie das Zertifikat der Zertifizierungsstelle mit --ca-file oder SSL_CERT_FILE an</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: its issuer &apos;%2&apos; is unknown (it is for %3, valid until %4)</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut: sein Aussteller „%2“ ist unbekannt (es gilt für %3, gültig bis %4)</translation>
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
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ghost track</source>
        <translation>Bewegungsaufzeichnung</translation>
    </message>
    <message>
        <source>Pick and place</source>
        <translation>Aufnehmen und Ablegen</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>3D-Modell</translation>
    </message>
    <message>
        <source>Action glyph</source>
        <translation>Aktionssymbol</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Locate arrow</source>
        <translation>Zielpfeil</translation>
    </message>
    <message>
        <source>Image marker</source>
        <translation>Bildmarker</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
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
        <translation>Wird am Ende des Schritts angezeigt</translation>
    </message>
    <message>
        <source>%1 (shown when the step ends)</source>
        <translation>%1 (wird am Ende des Schritts angezeigt)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Show events of category</source>
        <translation>Ereignisse dieser Kategorie anzeigen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Alerts and notifications</source>
        <translation>Warnungen und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n shown (the last %1 are kept)</source>
        <translation>
            <numerusform>%n angezeigt (die letzten %1 werden aufbewahrt)</numerusform>
            <numerusform>%n angezeigt (die letzten %1 werden aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Rejected: </source>
        <translation>Abgelehnt: </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown (the history keeps the last %1 days)</source>
        <translation>
            <numerusform>%n angezeigt (der Verlauf bewahrt die letzten %1 Tage auf)</numerusform>
            <numerusform>%n angezeigt (der Verlauf bewahrt die letzten %1 Tage auf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save the activity as JSON</source>
        <translation>Aktivität als JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>uploaded by %1</source>
        <translation>hochgeladen von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people match</source>
        <translation>
            <numerusform>Treffer bei %1 von %n Person</numerusform>
            <numerusform>Treffer bei %1 von %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files match</source>
        <translation>
            <numerusform>Treffer in %1 von %n Datei</numerusform>
            <numerusform>Treffer in %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps match</source>
        <translation>
            <numerusform>Treffer in %1 von %n Schritt</numerusform>
            <numerusform>Treffer in %1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find (name, description, contents)</source>
        <translation>Suchen (Name, Beschreibung, Inhalte)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
</context>
<context>
    <name>GoToStepDialog</name>
    <message>
        <source>Go to step</source>
        <translation>Gehe zu Schritt</translation>
    </message>
    <message>
        <source>Step (1–%1):</source>
        <translation>Schritt (1–%1):</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Nummer des Schritts</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>That link was not opened: only web (http and https) links open from MirageDesk.</source>
        <translation>Dieser Link wurde nicht geöffnet: MirageDesk öffnet nur Weblinks (http und https).</translation>
    </message>
    <message>
        <source>The link to %1 could not be opened: no browser or application took it.</source>
        <translation>Der Link zu %1 konnte nicht geöffnet werden: Kein Browser und keine Anwendung hat ihn angenommen.</translation>
    </message>
    <message>
        <source>This activity was deleted on the server. You are looking at its last state; it is read-only.</source>
        <translation>Diese Aktivität wurde auf dem Server gelöscht. Angezeigt wird ihr letzter Stand; er kann nur gelesen werden.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>&amp;Open Activity…</source>
        <translation>Aktivität ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Aktivität öffnen</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Save or export</source>
        <translation>Speichern oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Save the Activity as JSON…</source>
        <translation>Aktivität als JSON &amp;speichern …</translation>
    </message>
    <message>
        <source>Export the &amp;Log…</source>
        <translation>&amp;Protokoll exportieren …</translation>
    </message>
    <message>
        <source>%1 applied · %2 rejected</source>
        <translation>%1 übernommen · %2 abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About MirageDesk</source>
        <translation>&amp;Über MirageDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit MirageDesk</source>
        <translation>MirageDesk beenden</translation>
    </message>
</context>
<context>
    <name>NoActivityView</name>
    <message>
        <source>No activity is open.</source>
        <translation>Keine Aktivität geöffnet.</translation>
    </message>
    <message>
        <source>Open Activity… (Ctrl+O)</source>
        <translation>Aktivität öffnen … (Strg+O)</translation>
    </message>
</context>
<context>
    <name>NoticeBanners</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open Activity</source>
        <translation>Aktivität öffnen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ws://localhost:8000 or https://mirage.example.org</source>
        <translation>ws://localhost:8000 oder https://mirage.example.org</translation>
    </message>
    <message>
        <source>Servers in use</source>
        <translation>Verwendete Server</translation>
    </message>
    <message>
        <source>Activity UUID or channel URL</source>
        <translation>UUID der Aktivität oder Kanal-URL</translation>
    </message>
    <message>
        <source>63b76319-68ef-4412-9dd4-bb2a13315ee2 or ws://host:8000/ws/activities/&lt;uuid&gt;/</source>
        <translation>63b76319-68ef-4412-9dd4-bb2a13315ee2 oder ws://host:8000/ws/activities/&lt;uuid&gt;/</translation>
    </message>
    <message>
        <source>Activity %1 on %2</source>
        <translation>Aktivität %1 auf %2</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Zuletzt geöffnete Aktivitäten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>On this server</source>
        <translation>Auf diesem Server</translation>
    </message>
    <message>
        <source>Activities on this server</source>
        <translation>Aktivitäten auf diesem Server</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Noch ist niemand beigetreten.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
</context>
<context>
    <name>PopupArea</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>SectionsView</name>
    <message>
        <source>Steps (%1)</source>
        <translation>Schritte (%1)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Protokoll</translation>
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
        <translation>Hier stehen die Server der Aktivitäten, die Sie öffnen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>None: the system&apos;s authorities</source>
        <translation>Keine: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Datei einer Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>From the server&apos;s address</source>
        <translation>Aus der Adresse des Servers</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Saved. The server&apos;s activities use these settings from their next connection.</source>
        <translation>Gespeichert. Die Aktivitäten des Servers verwenden diese Einstellungen ab ihrer nächsten Verbindung.</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of the authority that signed the server&apos;s, and an origin such as https://host the server allows.</source>
        <translation>Eine PEM-Datei mit dem Zertifikat der Stelle, die das des Servers signiert hat, und ein Origin wie https://host, den der Server erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save the server&apos;s settings</source>
        <translation>Einstellungen des Servers speichern</translation>
    </message>
    <message>
        <source>Choose the certificate authority of %1</source>
        <translation>Zertifizierungsstelle für %1 wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Appearance: as the system</source>
        <translation>Erscheinungsbild: wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Appearance: light</source>
        <translation>Erscheinungsbild: hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance: dark</source>
        <translation>Erscheinungsbild: dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of MirageDesk.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von MirageDesk.</translation>
    </message>
    <message>
        <source>A new language is used from the next start of MirageDesk.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start von MirageDesk.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Files uploaded or deleted</source>
        <translation>Hochgeladene oder gelöschte Dateien</translation>
    </message>
    <message>
        <source>People joining or leaving</source>
        <translation>Personen, die beitreten oder gehen</translation>
    </message>
    <message>
        <source>System alerts</source>
        <translation>Systemwarnungen</translation>
    </message>
    <message>
        <source>Notifications sent to the activity</source>
        <translation>An die Aktivität gesendete Benachrichtigungen</translation>
    </message>
    <message>
        <source>While you are looking at the activity, only alerts pop up.</source>
        <translation>Solange Sie die Aktivität ansehen, erscheinen nur Warnungen.</translation>
    </message>
    <message>
        <source>No notification service is running: popups appear in the window instead.</source>
        <translation>Es läuft kein Benachrichtigungsdienst: Meldungen erscheinen stattdessen im Fenster.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+O</source>
        <comment>keys</comment>
        <translation>Strg+O</translation>
    </message>
    <message>
        <source>Open an activity</source>
        <translation>Eine Aktivität öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <comment>keys</comment>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit MirageDesk</source>
        <translation>MirageDesk beenden</translation>
    </message>
    <message>
        <source>F5</source>
        <comment>keys</comment>
        <translation>F5</translation>
    </message>
    <message>
        <source>Reconnect the selected activity</source>
        <translation>Die ausgewählte Aktivität neu verbinden</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <comment>keys</comment>
        <translation>Strg+W</translation>
    </message>
    <message>
        <source>Close the selected activity</source>
        <translation>Die ausgewählte Aktivität schließen</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <comment>keys</comment>
        <translation>Strg+1 … Strg+9</translation>
    </message>
    <message>
        <source>Select the first … ninth open activity</source>
        <translation>Die erste … neunte geöffnete Aktivität auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <comment>keys</comment>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <source>Select the next activity</source>
        <translation>Die nächste Aktivität auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <comment>keys</comment>
        <translation>Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Select the previous activity</source>
        <translation>Die vorige Aktivität auswählen</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+4</source>
        <comment>keys</comment>
        <translation>Alt+1 … Alt+4</translation>
    </message>
    <message>
        <source>Show the steps, people, files or activity log</source>
        <translation>Schritte, Personen, Dateien oder Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <comment>keys</comment>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Find in the steps, people or files shown</source>
        <translation>In den angezeigten Schritten, Personen oder Dateien suchen</translation>
    </message>
    <message>
        <source>F3, Return</source>
        <comment>keys</comment>
        <translation>F3, Eingabe</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>keys</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search and close the find bar</source>
        <translation>Suche leeren und Suchleiste schließen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <comment>keys</comment>
        <translation>Strg+G</translation>
    </message>
    <message>
        <source>Go to a step by its number</source>
        <translation>Zu einem Schritt nach seiner Nummer springen</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <comment>keys</comment>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>Copy the selected step&apos;s text</source>
        <translation>Den Text des ausgewählten Schritts kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <comment>keys</comment>
        <translation>Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>Copy a link to the selected step</source>
        <translation>Einen Link zum ausgewählten Schritt kopieren</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <comment>keys</comment>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Save the activity as JSON</source>
        <translation>Die Aktivität als JSON speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <comment>keys</comment>
        <translation>Strg+Umschalt+E</translation>
    </message>
    <message>
        <source>Export the activity log as text</source>
        <translation>Das Protokoll als Text exportieren</translation>
    </message>
    <message>
        <source>Home / End</source>
        <comment>keys</comment>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Go to the first / last row of a list</source>
        <translation>Zur ersten / letzten Zeile einer Liste</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <comment>keys</comment>
        <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
        <source>Move a page up / down in a list</source>
        <translation>In einer Liste eine Seite nach oben / unten</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <comment>keys</comment>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>Open the selected row&apos;s menu</source>
        <translation>Das Menü der ausgewählten Zeile öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>keys</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Die ausgewählte Datei öffnen</translation>
    </message>
    <message>
        <source>F1, Ctrl+?</source>
        <comment>keys</comment>
        <translation>F1, Strg+?</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste anzeigen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation>Geöffnete Aktivitäten</translation>
    </message>
    <message>
        <source>%1, %2, %3%4%5</source>
        <translation>%1, %2, %3%4%5</translation>
    </message>
    <message>
        <source>, saved copy</source>
        <translation>, gespeicherte Kopie</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · saved copy</source>
        <translation>%1 · gespeicherte Kopie</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Close (Ctrl+W)</source>
        <translation>Schließen (Strg+W)</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Step details</source>
        <translation>Details des Schritts</translation>
    </message>
    <message>
        <source>Select a step to see its contents.</source>
        <translation>Wählen Sie einen Schritt, um seine Inhalte zu sehen.</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Namen)</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Beschreibung des Schritts</translation>
    </message>
    <message>
        <source>Contents (%1)</source>
        <translation>Inhalte (%1)</translation>
    </message>
    <message>
        <source>(unnamed content)</source>
        <translation>(Inhalt ohne Namen)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>Wie gespeichert</translation>
    </message>
    <message>
        <source>The step as stored, in JSON</source>
        <translation>Der Schritt, wie er gespeichert ist, als JSON</translation>
    </message>
    <message>
        <source>Hide history</source>
        <translation>Verlauf ausblenden</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Hide the step&apos;s history</source>
        <translation>Den Verlauf des Schritts ausblenden</translation>
    </message>
    <message>
        <source>Show the step&apos;s history</source>
        <translation>Den Verlauf des Schritts anzeigen</translation>
    </message>
    <message>
        <source>No change to this step was kept.</source>
        <translation>Zu diesem Schritt wurde keine Änderung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>This activity has no steps yet.</source>
        <translation>Diese Aktivität hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Namen)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy the step&apos;s text</source>
        <translation>Den Text des Schritts kopieren</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the step&apos;s id</source>
        <translation>Die ID des Schritts kopieren</translation>
    </message>
    <message>
        <source>Copy link to this step</source>
        <translation>Link zu diesem Schritt kopieren</translation>
    </message>
    <message>
        <source>Copy link to the activity</source>
        <translation>Link zur Aktivität kopieren</translation>
    </message>
    <message>
        <source>Step %1: %2, unread</source>
        <translation>Schritt %1: %2, ungelesen</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contents</source>
        <translation>
            <numerusform>%n Inhalt</numerusform>
            <numerusform>%n Inhalte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>%1 refused the connection without a valid token. Enter the token you were given for this server.</source>
        <translation>%1 hat die Verbindung ohne gültiges Token abgelehnt. Geben Sie das Token ein, das Sie für diesen Server erhalten haben.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mirage::AppSettings</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>mirage::ChangesModel</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Step %1 &apos;%2&apos;</source>
        <translation>Schritt %1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n Schritt bearbeitet</numerusform>
            <numerusform>%n Schritte bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n Schritt hinzugefügt</numerusform>
            <numerusform>%n Schritte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps removed</source>
        <translation>
            <numerusform>%n Schritt entfernt</numerusform>
            <numerusform>%n Schritte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps moved</source>
        <translation>
            <numerusform>%n Schritt verschoben</numerusform>
            <numerusform>%n Schritte verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>renamed from &apos;%1&apos;</source>
        <translation>umbenannt von „%1“</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields changed</source>
        <translation>
            <numerusform>%n weiteres Feld geändert</numerusform>
            <numerusform>%n weitere Felder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Since you last looked: %1</source>
        <translation>Seit Ihrem letzten Besuch: %1</translation>
    </message>
    <message>
        <source>Activity renamed from &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Aktivität von „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Activity field &apos;%1&apos; changed</source>
        <translation>Feld „%1“ der Aktivität geändert</translation>
    </message>
    <message>
        <source>%1 edited: %2</source>
        <translation>%1 bearbeitet: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Step %1 removed</source>
        <translation>Schritt %1 entfernt</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; removed (it was step %2)</source>
        <translation>Schritt „%1“ entfernt (war Schritt %2)</translation>
    </message>
    <message>
        <source>%1 moved among its neighbours (still step %2)</source>
        <translation>%1 zwischen seinen Nachbarn verschoben (weiterhin Schritt %2)</translation>
    </message>
    <message>
        <source>%1 moved (it was step %2)</source>
        <translation>%1 verschoben (war Schritt %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes to steps</source>
        <translation>
            <numerusform>und %n weitere Änderung an Schritten</numerusform>
            <numerusform>und %n weitere Änderungen an Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Die Aktivität</translation>
    </message>
</context>
<context>
    <name>mirage::CopyProblemText</name>
    <message>
        <source>an activity that was closed</source>
        <translation>einer geschlossenen Aktivität</translation>
    </message>
    <message>
        <source>The copies saved before are kept, and saving is tried again.</source>
        <translation>Die zuvor gespeicherten Kopien bleiben erhalten, und das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>The saved copy of %1 was written by a newer MirageDesk and is neither read nor written over (%2).</source>
        <translation>Die gespeicherte Kopie von %1 stammt von einer neueren MirageDesk-Version und wird weder gelesen noch überschrieben (%2).</translation>
    </message>
    <message>
        <source>The activity is shown from the server.</source>
        <translation>Die Aktivität wird vom Server angezeigt.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be read (%2); the activity opens without it.</source>
        <translation>Die gespeicherte Kopie von %1 konnte nicht gelesen werden (%2); die Aktivität wird ohne sie geöffnet.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be read and was set aside (%2); the activity opens without it.</source>
        <translation>Die gespeicherte Kopie von %1 konnte nicht gelesen werden und wurde beiseitegelegt (%2); die Aktivität wird ohne sie geöffnet.</translation>
    </message>
    <message>
        <source>The local copies of the activities cannot be saved: the disk holding %1 is full.</source>
        <translation>Die lokalen Kopien der Aktivitäten können nicht gespeichert werden: Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>The local copies of the activities cannot be saved: %1 cannot be written.</source>
        <translation>Die lokalen Kopien der Aktivitäten können nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy of %1 is not saved: %2 is a link or not a plain file, and is left alone.</source>
        <translation>Die Kopie von %1 wird nicht gespeichert: %2 ist ein Link oder keine gewöhnliche Datei und bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>mirage::EventDescriber</name>
    <message>
        <source>Reloaded from the server (resynced)</source>
        <translation>Neu vom Server geladen (abgeglichen)</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity loaded from the server (%n steps)</source>
        <translation>
            <numerusform>Aktivität vom Server geladen (%n Schritt)</numerusform>
            <numerusform>Aktivität vom Server geladen (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>Die Aktivität konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>step number and name</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a step&apos;s name</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>All steps replaced</source>
        <translation>Alle Schritte ersetzt</translation>
    </message>
    <message>
        <source>Steps reordered</source>
        <translation>Schritte neu angeordnet</translation>
    </message>
    <message>
        <source>Step %1 renamed to “%2”</source>
        <translation>Schritt %1 in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>Step %1 edited</source>
        <translation>Schritt %1 bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n Schritt bearbeitet</numerusform>
            <numerusform>%n Schritte bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 added</source>
        <translation>Schritt %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n Schritt hinzugefügt</numerusform>
            <numerusform>%n Schritte hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 deleted</source>
        <translation>Schritt %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n steps deleted</source>
        <translation>
            <numerusform>%n Schritt gelöscht</numerusform>
            <numerusform>%n Schritte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity created</source>
        <translation>Aktivität erstellt</translation>
    </message>
    <message>
        <source>Activity reloaded</source>
        <translation>Aktivität neu geladen</translation>
    </message>
    <message>
        <source>Activity renamed</source>
        <translation>Aktivität umbenannt</translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation>Umbenannt in „%1“</translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation>Beschreibung bearbeitet</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Activity details changed</source>
        <translation>Angaben zur Aktivität geändert</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Activity deleted on the server</source>
        <translation>Aktivität auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Version fingerprint received</source>
        <translation>Versionskennung empfangen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat die Aktivität verlassen</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>%1 updated their details</source>
        <translation>%1 hat die eigenen Angaben aktualisiert</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>File “%1” deleted</source>
        <translation>Datei „%1“ gelöscht</translation>
    </message>
    <message>
        <source>File “%1” downloaded</source>
        <translation>Datei „%1“ heruntergeladen</translation>
    </message>
    <message>
        <source>File “%1” updated</source>
        <translation>Datei „%1“ aktualisiert</translation>
    </message>
    <message>
        <source>File “%1” uploaded</source>
        <translation>Datei „%1“ hochgeladen</translation>
    </message>
    <message>
        <source>File “%1” uploaded (%2)</source>
        <translation>Datei „%1“ hochgeladen (%2)</translation>
    </message>
    <message>
        <source>%1 uploaded “%2”</source>
        <translation>%1 hat „%2“ hochgeladen</translation>
    </message>
    <message>
        <source>%1 uploaded “%2” (%3)</source>
        <translation>%1 hat „%2“ hochgeladen (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>List of activities refreshed</source>
        <translation>Liste der Aktivitäten aktualisiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A message this version does not know</source>
        <translation>Eine Nachricht, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>Aktivität gelöscht</translation>
    </message>
    <message>
        <source>The activity was deleted on the server.</source>
        <translation>Die Aktivität wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server.</source>
        <translation>„%1“ wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Joined the activity “%1”.</source>
        <translation>Ist der Aktivität „%1“ beigetreten.</translation>
    </message>
    <message>
        <source>Left the activity “%1”.</source>
        <translation>Hat die Aktivität „%1“ verlassen.</translation>
    </message>
    <message>
        <source>File uploaded: %1</source>
        <translation>Datei hochgeladen: %1</translation>
    </message>
    <message>
        <source>File deleted: %1</source>
        <translation>Datei gelöscht: %1</translation>
    </message>
    <message>
        <source>System alert</source>
        <translation>Systemwarnung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Refused by the server. %1</source>
        <translation>Vom Server abgelehnt. %1</translation>
    </message>
</context>
<context>
    <name>mirage::EventLogModel</name>
    <message>
        <source>%1 — %2 (found at a catch-up)</source>
        <translation>%1 — %2 (beim Wiederverbinden festgestellt)</translation>
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
        <translation>Es gibt noch keine Aktivität zum Speichern.</translation>
    </message>
    <message>
        <source>There is no log to export: no activity is open.</source>
        <translation>Es gibt kein Protokoll zum Exportieren: Keine Aktivität ist geöffnet.</translation>
    </message>
    <message>
        <source>Only a file on this computer can be written (%1).</source>
        <translation>Nur eine Datei auf diesem Rechner kann geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mirage::FileModel</name>
    <message numerus="yes">
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln Download</numerusform>
            <numerusform>%Ln Downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::JournalProblemText</name>
    <message>
        <source>The history of your activities could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>Der Verlauf Ihrer Aktivitäten konnte nicht gelesen werden. Er wurde als %1 beiseitegelegt, und ein neuer wurde begonnen.</translation>
    </message>
    <message>
        <source>The history of your activities is from a newer version of MirageDesk: it is left as it is, with nothing added.</source>
        <translation>Der Verlauf Ihrer Aktivitäten stammt von einer neueren Version von MirageDesk: Er bleibt, wie er ist, und es wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The history of your activities cannot be written at %1. The log is not kept beyond this session.</source>
        <translation>Der Verlauf Ihrer Aktivitäten kann unter %1 nicht geschrieben werden. Das Protokoll wird nicht über diese Sitzung hinaus aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>mirage::JsonText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::LimitText</name>
    <message>
        <source>%1 activities are open, the most MirageDesk keeps open at once: close one to open another.</source>
        <translation>%1 Aktivitäten sind geöffnet, mehr hält MirageDesk nicht gleichzeitig offen: Schließen Sie eine, um eine andere zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the activities open at the last quit were not opened again: MirageDesk keeps at most %1 open at once.</source>
        <translation>
            <numerusform>%n der beim letzten Beenden geöffneten Aktivitäten wurde nicht wieder geöffnet: MirageDesk hält höchstens %1 gleichzeitig offen.</numerusform>
            <numerusform>%n der beim letzten Beenden geöffneten Aktivitäten wurden nicht wieder geöffnet: MirageDesk hält höchstens %1 gleichzeitig offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MirageDesk was asked to open %n links at once and opened none of them: it takes at most %1 at a time.</source>
        <translation>
            <numerusform>MirageDesk sollte %n Link auf einmal öffnen und hat ihn nicht geöffnet: Es nimmt höchstens %1 auf einmal an.</numerusform>
            <numerusform>MirageDesk sollte %n Links auf einmal öffnen und hat keinen davon geöffnet: Es nimmt höchstens %1 auf einmal an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Notifier</name>
    <message numerus="yes">
        <source>%n more alerts</source>
        <translation>
            <numerusform>%n weitere Warnung</numerusform>
            <numerusform>%n weitere Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more messages</source>
        <translation>
            <numerusform>%n weitere Nachricht</numerusform>
            <numerusform>%n weitere Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file changes</source>
        <translation>
            <numerusform>%n weitere Dateiänderung</numerusform>
            <numerusform>%n weitere Dateiänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changes of people</source>
        <translation>
            <numerusform>%n weitere Änderung bei Personen</numerusform>
            <numerusform>%n weitere Änderungen bei Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>mirage::PopupGroup</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person</numerusform>
            <numerusform>%1, %2 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people joined: %1</source>
        <translation>
            <numerusform>%n Person ist beigetreten: %1</numerusform>
            <numerusform>%n Personen sind beigetreten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people left: %1</source>
        <translation>
            <numerusform>%n Person ist gegangen: %1</numerusform>
            <numerusform>%n Personen sind gegangen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uploaded %n files</source>
        <translation>
            <numerusform>%1 hat %n Datei hochgeladen</numerusform>
            <numerusform>%1 hat %n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded by %1</source>
        <translation>
            <numerusform>%n Datei hochgeladen von %1</numerusform>
            <numerusform>%n Dateien hochgeladen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files deleted</source>
        <translation>
            <numerusform>%n Datei gelöscht</numerusform>
            <numerusform>%n Dateien gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Presence</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <comment>people: the names shown, then how many more are here</comment>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::RejectionText</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation>ein Objekt oder Array</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a list of keys: the last two</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>binary frame (the protocol sends JSON text frames)</source>
        <translation>ein Binärframe (das Protokoll sendet JSON-Textframes)</translation>
    </message>
    <message>
        <source>message of %1 bytes is larger than the limit of %2</source>
        <translation>die Nachricht mit %1 Byte überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message numerus="yes">
        <source>nesting deeper than %n levels</source>
        <translation>
            <numerusform>tiefer verschachtelt als %n Ebene</numerusform>
            <numerusform>tiefer verschachtelt als %n Ebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>event &quot;id&quot; missing</source>
        <translation>die „id“ des Ereignisses fehlt</translation>
    </message>
    <message>
        <source>event &quot;id&quot; is %1, not an integer</source>
        <translation>die „id“ des Ereignisses ist %1, keine ganze Zahl</translation>
    </message>
    <message>
        <source>event id %1 is below 100</source>
        <translation>die Ereignis-ID %1 ist kleiner als 100</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; is %1, not a string</source>
        <translation>„activity_id“ ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; names another activity (%1)</source>
        <translation>„activity_id“ nennt eine andere Aktivität (%1)</translation>
    </message>
    <message>
        <source>&quot;activity_id&quot; missing</source>
        <translation>„activity_id“ fehlt</translation>
    </message>
    <message>
        <source>payload missing: expected %1</source>
        <translation>die Nutzdaten fehlen: erwartet wurde %1</translation>
    </message>
    <message>
        <source>payload &quot;%1&quot; is %2, not %3</source>
        <translation>die Nutzdaten „%1“ sind %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>„%1“ hat keine „id“</translation>
    </message>
    <message>
        <source>%1 &quot;id&quot; is %2, not a string</source>
        <translation>die „id“ von „%1“ ist %2, keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation>„%1“ ist %2, keine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>mirage::ServerActivitiesModel</name>
    <message>
        <source>Loading the server&apos;s activities…</source>
        <translation>Die Aktivitäten des Servers werden geladen …</translation>
    </message>
    <message>
        <source>This server does not list its activities.</source>
        <translation>Dieser Server listet seine Aktivitäten nicht auf.</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s activities: %1</source>
        <translation>Die Aktivitäten des Servers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server&apos;s activity list is not a JSON list.</source>
        <translation>Die Aktivitätenliste des Servers ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>The server has no activities yet.</source>
        <translation>Der Server hat noch keine Aktivitäten.</translation>
    </message>
</context>
<context>
    <name>mirage::ServerTrust</name>
    <message>
        <source>The origin needs a scheme and a host, e.g. https://%1.</source>
        <translation>Der Origin braucht ein Schema und einen Host, z. B. https://%1.</translation>
    </message>
    <message>
        <source>The origin “%1” is not a valid URL.</source>
        <translation>Der Origin „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The origin “%1” does not start with http:// or https://.</source>
        <translation>Der Origin „%1“ beginnt nicht mit http:// oder https://.</translation>
    </message>
    <message>
        <source>The origin “%1” has no host.</source>
        <translation>Der Origin „%1“ hat keinen Host.</translation>
    </message>
    <message>
        <source>The origin “%1” has more than a scheme, a host and a port (an origin is https://host[:port]).</source>
        <translation>Der Origin „%1“ hat mehr als ein Schema, einen Host und einen Port (ein Origin ist https://host[:port]).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no certificate: choose a PEM file with the certificate of the authority that signed the server&apos;s.</source>
        <translation>%1 enthält kein Zertifikat: Wählen Sie eine PEM-Datei mit dem Zertifikat der Stelle, die das des Servers signiert hat.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>„%1“ bezeichnet keinen Server.</translation>
    </message>
</context>
<context>
    <name>mirage::StepModel</name>
    <message numerus="yes">
        <source>%1 is here</source>
        <comment>people: %n of them</comment>
        <translation>
            <numerusform>%1 ist hier</numerusform>
            <numerusform>%1 sind hier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::TrayIcon</name>
    <message>
        <source>&amp;Hide MirageDesk</source>
        <translation>MirageDesk &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show MirageDesk</source>
        <translation>MirageDesk &amp;anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>
%n unread</source>
        <translation>
            <numerusform>
%n ungelesen</numerusform>
            <numerusform>
%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::UrlProblemText</name>
    <message>
        <source>Enter an activity UUID or a channel URL.</source>
        <translation>Geben Sie die UUID einer Aktivität oder eine Kanal-URL ein.</translation>
    </message>
    <message>
        <source>Enter a server, such as ws://localhost:8000 or https://mirage.example.org.</source>
        <translation>Geben Sie einen Server ein, etwa ws://localhost:8000 oder https://mirage.example.org.</translation>
    </message>
    <message>
        <source>The server URL holds a user name or password; MirageDesk asks for a token when the server wants one.</source>
        <translation>Die Server-URL enthält einen Benutzernamen oder ein Passwort; MirageDesk fragt nach einem Token, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <source>The channel URL names activity %1, the activity field %2.</source>
        <translation>Die Kanal-URL nennt die Aktivität %1, das Feld der Aktivität aber %2.</translation>
    </message>
    <message>
        <source>no activity UUID given</source>
        <translation>keine UUID einer Aktivität angegeben</translation>
    </message>
    <message>
        <source>no server given (e.g. ws://localhost:8000 or https://mirage.example.org)</source>
        <translation>kein Server angegeben (z. B. ws://localhost:8000 oder https://mirage.example.org)</translation>
    </message>
    <message>
        <source>the server URL carries user credentials; give a token with --token-file or MIRAGEDESK_TOKEN instead</source>
        <translation>die Server-URL enthält Zugangsdaten; geben Sie stattdessen ein Token mit --token-file oder MIRAGEDESK_TOKEN an</translation>
    </message>
    <message>
        <source>the channel URL names activity %1 but --activity names %2</source>
        <translation>die Kanal-URL nennt die Aktivität %1, --activity aber %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity UUID: it has 32 hexadecimal digits in groups of 8-4-4-4-12, such as 63b76319-68ef-4412-9dd4-bb2a13315ee2</source>
        <translation>„%1“ ist keine UUID einer Aktivität: Sie besteht aus 32 Hexadezimalziffern in Gruppen zu 8-4-4-4-12, etwa 63b76319-68ef-4412-9dd4-bb2a13315ee2</translation>
    </message>
    <message>
        <source>the server &apos;%1&apos; has no scheme: write ws://, wss://, http:// or https:// before the host</source>
        <translation>vor dem Rechnernamen des Servers „%1“ fehlt ws://, wss://, http:// oder https://</translation>
    </message>
    <message>
        <source>the server URL is not valid (%1)</source>
        <translation>die Server-URL ist nicht gültig (%1)</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; in the server URL: use ws://, wss://, http:// or https://</source>
        <translation>das Schema „%1“ der Server-URL wird nicht unterstützt: Verwenden Sie ws://, wss://, http:// oder https://</translation>
    </message>
    <message>
        <source>the server URL has no host</source>
        <translation>die Server-URL enthält keinen Rechnernamen</translation>
    </message>
    <message>
        <source>the server URL has a query (&apos;?%1&apos;); give just the server, such as ws://host:8000</source>
        <translation>die Server-URL enthält eine Abfrage („?%1“); geben Sie nur den Server ein, etwa ws://host:8000</translation>
    </message>
    <message>
        <source>the server URL has a fragment (&apos;#%1&apos;)</source>
        <translation>die Server-URL enthält einen Anker („#%1“)</translation>
    </message>
    <message>
        <source>in the channel URL, &apos;%1&apos; is not an activity UUID</source>
        <translation>in der Kanal-URL ist „%1“ keine UUID einer Aktivität</translation>
    </message>
    <message>
        <source>unexpected path &apos;%1&apos; in the server URL: give the server with its base path (%2) or a channel URL (%3)</source>
        <translation>unerwarteter Pfad „%1“ in der Server-URL: Geben Sie den Server mit seinem Basispfad (%2) oder eine Kanal-URL (%3) ein</translation>
    </message>
</context>
</TS>

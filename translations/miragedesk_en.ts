<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Trying again in %n seconds (attempt %1).</source>
        <translation>
            <numerusform>Trying again in %n second (attempt %1).</numerusform>
            <numerusform>Trying again in %n seconds (attempt %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message numerus="yes">
        <source>reconnecting to %1 (attempt %n)</source>
        <translation>
            <numerusform>reconnecting to %1 (attempt %n)</numerusform>
            <numerusform>reconnecting to %1 (attempt %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the snapshot request took longer than %n ms</source>
        <translation>
            <numerusform>the snapshot request took longer than %n ms</numerusform>
            <numerusform>the snapshot request took longer than %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n events or %1 bytes arrived while the snapshot was loading</source>
        <translation>
            <numerusform>more than %n event or %1 bytes arrived while the snapshot was loading</numerusform>
            <numerusform>more than %n events or %1 bytes arrived while the snapshot was loading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message numerus="yes">
        <source>%n shown (the last %1 are kept)</source>
        <translation>
            <numerusform>%n shown (the last %1 are kept)</numerusform>
            <numerusform>%n shown (the last %1 are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown (the history keeps the last %1 days)</source>
        <translation>
            <numerusform>%n shown (the history keeps the last %1 days)</numerusform>
            <numerusform>%n shown (the history keeps the last %1 days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%1 of %n people match</source>
        <translation>
            <numerusform>%1 of %n person matches</numerusform>
            <numerusform>%1 of %n people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files match</source>
        <translation>
            <numerusform>%1 of %n file matches</numerusform>
            <numerusform>%1 of %n files match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps match</source>
        <translation>
            <numerusform>%1 of %n step matches</numerusform>
            <numerusform>%1 of %n steps match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message numerus="yes">
        <source>%n contents</source>
        <translation>
            <numerusform>%n content</numerusform>
            <numerusform>%n contents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::ChangesModel</name>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n step edited</numerusform>
            <numerusform>%n steps edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n step added</numerusform>
            <numerusform>%n steps added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps removed</source>
        <translation>
            <numerusform>%n step removed</numerusform>
            <numerusform>%n steps removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps moved</source>
        <translation>
            <numerusform>%n step moved</numerusform>
            <numerusform>%n steps moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other fields changed</source>
        <translation>
            <numerusform>%n other field changed</numerusform>
            <numerusform>%n other fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes to steps</source>
        <translation>
            <numerusform>and %n more change to a step</numerusform>
            <numerusform>and %n more changes to steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::EventDescriber</name>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity loaded from the server (%n steps)</source>
        <translation>
            <numerusform>Activity loaded from the server (%n step)</numerusform>
            <numerusform>Activity loaded from the server (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps edited</source>
        <translation>
            <numerusform>%n step edited</numerusform>
            <numerusform>%n steps edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n step added</numerusform>
            <numerusform>%n steps added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps deleted</source>
        <translation>
            <numerusform>%n step deleted</numerusform>
            <numerusform>%n steps deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::FileModel</name>
    <message numerus="yes">
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::JsonText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::LimitText</name>
    <message numerus="yes">
        <source>%n of the activities open at the last quit were not opened again: MirageDesk keeps at most %1 open at once.</source>
        <translation>
            <numerusform>%n of the activities open at the last quit was not opened again: MirageDesk keeps at most %1 open at once.</numerusform>
            <numerusform>%n of the activities open at the last quit were not opened again: MirageDesk keeps at most %1 open at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MirageDesk was asked to open %n links at once and opened none of them: it takes at most %1 at a time.</source>
        <translation>
            <numerusform>MirageDesk was asked to open %n link at once and did not open it: it takes at most %1 at a time.</numerusform>
            <numerusform>MirageDesk was asked to open %n links at once and opened none of them: it takes at most %1 at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Notifier</name>
    <message numerus="yes">
        <source>%n more alerts</source>
        <translation>
            <numerusform>%n more alert</numerusform>
            <numerusform>%n more alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more messages</source>
        <translation>
            <numerusform>%n more message</numerusform>
            <numerusform>%n more messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file changes</source>
        <translation>
            <numerusform>%n more file change</numerusform>
            <numerusform>%n more file changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changes of people</source>
        <translation>
            <numerusform>%n more change of people</numerusform>
            <numerusform>%n more changes of people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::PopupGroup</name>
    <message numerus="yes">
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 and %n other</numerusform>
            <numerusform>%1, %2 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people joined: %1</source>
        <translation>
            <numerusform>%n person joined: %1</numerusform>
            <numerusform>%n people joined: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people left: %1</source>
        <translation>
            <numerusform>%n person left: %1</numerusform>
            <numerusform>%n people left: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uploaded %n files</source>
        <translation>
            <numerusform>%1 uploaded %n file</numerusform>
            <numerusform>%1 uploaded %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files uploaded by %1</source>
        <translation>
            <numerusform>%n file uploaded by %1</numerusform>
            <numerusform>%n files uploaded by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files deleted</source>
        <translation>
            <numerusform>%n file deleted</numerusform>
            <numerusform>%n files deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::Presence</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <comment>people: the names shown, then how many more are here</comment>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::RejectionText</name>
    <message numerus="yes">
        <source>nesting deeper than %n levels</source>
        <translation>
            <numerusform>nesting deeper than %n level</numerusform>
            <numerusform>nesting deeper than %n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::StepModel</name>
    <message numerus="yes">
        <source>%1 is here</source>
        <comment>people: %n of them</comment>
        <translation>
            <numerusform>%1 is here</numerusform>
            <numerusform>%1 are here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mirage::TrayIcon</name>
    <message numerus="yes">
        <source>
%n unread</source>
        <translation>
            <numerusform>
%n unread</numerusform>
            <numerusform>
%n unread</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Planted</name>
    <message>
        <source>Translated</source>
        <translation>Übersetzt</translation>
    </message>
    <message>
        <source>A string no source has any more</source>
        <translation>Eine Zeichenkette, die keine Quelle mehr hat</translation>
    </message>
</context>
</TS>

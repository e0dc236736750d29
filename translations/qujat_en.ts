<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="+263"/>
        <source>%n document(s) in the portfolio</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n document in the portfolio</numerusform>
            <numerusform>%n documents in the portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) without a date: add the date, every material must carry one.</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n document without a date: add the date, every material must carry one.</numerusform>
            <numerusform>%n documents without a date: add the date, every material must carry one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n required document(s) not added yet</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n required document not added yet</numerusform>
            <numerusform>%n required documents not added yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n without a date</source>
        <extracomment>Badge on a section: items without a date.</extracomment>
        <translation>
            <numerusform>%n without a date</numerusform>
            <numerusform>%n without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n required missing</source>
        <extracomment>Badge on a section: required documents not added yet.</extracomment>
        <translation>
            <numerusform>%n required missing</numerusform>
            <numerusform>%n required missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message numerus="yes">
        <location filename="../qml/ItemRow.qml" line="+143"/>
        <source>%n page(s)</source>
        <extracomment>Number of pages of an item.</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>

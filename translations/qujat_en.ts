<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CapturePage</name>
    <message numerus="yes">
        <location filename="../qml/CapturePage.qml" line="+443"/>
        <source>Done (%n)</source>
        <extracomment>Ends a batch of photos and opens their review; %n is how many were taken.</extracomment>
        <translation>
            <numerusform>Done (%n)</numerusform>
            <numerusform>Done (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="+288"/>
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
        <source>%n document(s) returned by the school for correction</source>
        <extracomment>Summary on the start page: items the school&apos;s review returned.</extracomment>
        <translation>
            <numerusform>%n document returned by the school for correction</numerusform>
            <numerusform>%n documents returned by the school for correction</numerusform>
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
        <location line="+12"/>
        <source>Readiness %1%: %n thing(s) to fix</source>
        <extracomment>Summary on the start page; %1 is a percentage, %n the number of findings.</extracomment>
        <translation>
            <numerusform>Readiness %1%: %n thing to fix</numerusform>
            <numerusform>Readiness %1%: %n things to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
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
        <location filename="../qml/ItemRow.qml" line="+149"/>
        <source>%n page(s)</source>
        <extracomment>Number of pages of an item.</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessChecker</name>
    <message numerus="yes">
        <location filename="../app/core/rules/readiness.cpp" line="+302"/>
        <source>«%1» is dated %2, before %3: outside the %n-year window before the attestation on %5 (%4). Correct the date or remove the document.</source>
        <extracomment>%1 title, %2 its date, %3 the first date inside the window, %4 the rule, %5 the attestation date, %n the window in years.</extracomment>
        <translation>
            <numerusform>«%1» is dated %2, before %3: outside the %n-year window before the attestation on %5 (%4). Correct the date or remove the document.</numerusform>
            <numerusform>«%1» is dated %2, before %3: outside the %n-year window before the attestation on %5 (%4). Correct the date or remove the document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 allows at most %n document(s) and has %2. Remove «%3» or choose which to keep.</source>
        <extracomment>%1 is a section, table or document kind, %2 the number of items, %3 an item&apos;s title, %n the maximum.</extracomment>
        <translation>
            <numerusform>%1 allows at most %n document and has %2. Remove «%3» or choose which to keep.</numerusform>
            <numerusform>%1 allows at most %n documents and has %2. Remove «%3» or choose which to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message numerus="yes">
        <location filename="../qml/ReadinessPage.qml" line="+90"/>
        <source>%n thing(s) to fix</source>
        <extracomment>Overall state on the readiness page; %n is the number of findings.</extracomment>
        <translation>
            <numerusform>%n thing to fix</numerusform>
            <numerusform>%n things to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolReport</name>
    <message numerus="yes">
        <location filename="../app/core/school/schoolreport.cpp" line="+80"/>
        <source>%n required document(s) missing.</source>
        <translation>
            <numerusform>%n required document missing.</numerusform>
            <numerusform>%n required documents missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) returned for correction.</source>
        <translation>
            <numerusform>%n item returned for correction.</numerusform>
            <numerusform>%n items returned for correction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) changed since the review.</source>
        <translation>
            <numerusform>%n item changed since the review.</numerusform>
            <numerusform>%n items changed since the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more finding(s) of the rules: dates, time windows, limits or required values.</source>
        <translation>
            <numerusform>%n more finding of the rules: dates, time windows, limits or required values.</numerusform>
            <numerusform>%n more findings of the rules: dates, time windows, limits or required values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message numerus="yes">
        <location filename="../qml/TeachersPage.qml" line="+118"/>
        <source>%n item(s) returned for correction</source>
        <extracomment>Summary of the teachers list.</extracomment>
        <translation>
            <numerusform>%n item returned for correction</numerusform>
            <numerusform>%n items returned for correction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+243"/>
        <source>%n document(s)</source>
        <extracomment>Number of items in a teacher&apos;s portfolio.</extracomment>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qujat::BundleController</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecontroller.cpp" line="+120"/>
        <source>The portfolio was saved to %1: %n document(s).</source>
        <translation>
            <numerusform>The portfolio was saved to %1: %n document.</numerusform>
            <numerusform>The portfolio was saved to %1: %n documents.</numerusform>
        </translation>
    </message>
</context>
</TS>

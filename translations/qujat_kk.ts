<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddPage</name>
    <message>
        <location filename="../qml/AddPage.qml" line="+68"/>
        <source>Add pages</source>
        <extracomment>Title of the page that adds pages to an existing item.</extracomment>
        <translation>Бет қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New document</source>
        <extracomment>Title of the page that files a new item.</extracomment>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saving…</source>
        <extracomment>Shown while a new item is written to the portfolio.</extracomment>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the pages…</source>
        <extracomment>Shown while photos and files are read, straightened and scanned for codes.</extracomment>
        <translation>Беттер дайындалуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pages (%1)</source>
        <extracomment>Heading of the draft&apos;s pages; %1 is their number.</extracomment>
        <translation>Беттер (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pages yet. Take a photo of the document or choose a file.</source>
        <translation>Әзірге бет жоқ. Құжатты суретке түсіріңіз немесе файл таңдаңыз.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Remove page %1</source>
        <extracomment>Removes one page from the draft; %1 is its number.</extracomment>
        <translation>%1-бетті алып тастау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take another photo</source>
        <extracomment>Takes one more photo for the same document.</extracomment>
        <translation>Тағы суретке түсіру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a photo</source>
        <translation>Суретке түсіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add another page</source>
        <extracomment>Adds more files or photos to the same document.</extracomment>
        <translation>Тағы бет қосу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a photo or file</source>
        <translation>Фото не файл таңдау</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add to the document</source>
        <extracomment>Adds the draft&apos;s pages to the existing item.</extracomment>
        <translation>Құжатқа қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save without a date?</source>
        <extracomment>Title of the warning before saving an item without a date.</extracomment>
        <translation>Күнсіз сақтайсыз ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document will be marked incomplete until you add its date: every portfolio material must carry a date.</source>
        <translation>Күнін қоспайынша құжат толық емес деп белгіленеді: портфолиодағы әр материалдың күні болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save without a date</source>
        <extracomment>Saves the item although it has no date.</extracomment>
        <translation>Күнсіз сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the date</source>
        <extracomment>Closes the warning so the user can pick the date.</extracomment>
        <translation>Күнін таңдау</translation>
    </message>
</context>
<context>
    <name>BagChecker</name>
    <message>
        <location filename="../app/core/bundle/bagit.cpp" line="+75"/>
        <source>an empty file name</source>
        <translation>бос файл атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the absolute path %1</source>
        <translation>%1 абсолют жолы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the home folder shortcut in %1</source>
        <translation>%1 ішіндегі үй қалтасына сілтеме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash in %1</source>
        <translation>%1 ішіндегі кері қиғаш сызық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter, a link or a colon in %1</source>
        <translation>%1 ішіндегі диск әрпі, сілтеме немесе қос нүкте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character in a file name</source>
        <translation>файл атауындағы басқару таңбасы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path %1 that leaves its folder or is malformed</source>
        <translation>өз қалтасынан шығатын немесе қате жазылған %1 жолы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a tag file that is not valid UTF-8</source>
        <translation>UTF-8 форматында емес қызметтік файл</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the unsupported text encoding %1</source>
        <translation>қолдау көрсетілмейтін %1 мәтін кодтауы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a continued line without a label in bag-info.txt</source>
        <translation>bag-info.txt ішіндегі белгісіз жалғасқан жол</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the line &quot;%1&quot; without &quot;Label: value&quot;</source>
        <translation>«Белгі: мән» пішіні жоқ «%1» жолы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest line &quot;%1&quot; without a checksum and a path</source>
        <translation>бақылау сомасы мен жолы жоқ «%1» манифест жолы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manifest uses the md5sum binary mark &quot;*&quot;.</source>
        <translation>Манифест md5sum бағдарламасының «*» белгісін қолданады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest writes paths as &quot;./data/...&quot;.</source>
        <translation>Манифест жолдарды «./data/...» түрінде жазады.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the malformed fetch.txt line &quot;%1&quot;</source>
        <translation>fetch.txt ішіндегі қате «%1» жолы</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bundle is damaged or is not a Qujat bundle: it has %1. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>Портфолио файлы бүлінген немесе Qujat файлы емес: %1. Мұғалімнен файлды қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no bagit.txt</source>
        <translation>bagit.txt файлы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a byte order mark in bagit.txt</source>
        <translation>bagit.txt ішінде байт реті белгісі (BOM) бар</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the invalid BagIt version &quot;%1&quot;</source>
        <translation>«%1» BagIt нұсқасы жарамсыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Tag-File-Character-Encoding in bagit.txt</source>
        <translation>bagit.txt ішінде Tag-File-Character-Encoding жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the malformed bagit.txt line &quot;%1&quot;</source>
        <translation>bagit.txt ішіндегі қате «%1» жолы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unreadable tag file %1</source>
        <translation>%1 қызметтік файлы оқылмайды</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no data folder</source>
        <translation>data қалтасы жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a symbolic link (%1)</source>
        <translation>символдық сілтеме (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>two files whose names differ only in Unicode normalisation (%1)</source>
        <translation>атаулары тек Unicode қалыпқа келтіруімен ерекшеленетін екі файл (%1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+44"/>
        <source>two files whose names differ only in letter case (%1)</source>
        <translation>атаулары тек бас және кіші әріппен ерекшеленетін екі файл (%1)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the unsupported checksum algorithm %1</source>
        <translation>қолдау көрсетілмейтін %1 бақылау сомасы алгоритмі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file %1 listed twice in %2</source>
        <translation>%2 ішінде екі рет көрсетілген %1 файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lists %2 twice.</source>
        <translation>%1 ішінде %2 екі рет көрсетілген.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payload manifest entry %1 outside the data folder</source>
        <translation>манифесттегі data қалтасынан тыс %1 жазбасы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no payload manifest</source>
        <translation>деректер манифесі жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the missing file %1</source>
        <translation>%1 файлы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1 that no manifest lists</source>
        <translation>ешбір манифесте көрсетілмеген %1 файлы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the malformed Payload-Oxum &quot;%1&quot;</source>
        <translation>қате «%1» Payload-Oxum мәні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Payload-Oxum of %1 that does not match the %2 files and %3 bytes found</source>
        <translation>табылған %2 файлға және %3 байтқа сәйкес келмейтін %1 Payload-Oxum мәні</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file %1 whose checksum does not match</source>
        <translation>бақылау сомасы сәйкес келмейтін %1 файлы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an interrupted check</source>
        <translation>үзілген тексеру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the tag manifest entry %1 inside the data folder</source>
        <translation>қызметтік манифесттегі data қалтасының ішіндегі %1 жазбасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the missing tag file %1</source>
        <translation>%1 қызметтік файлы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag file %1 whose checksum does not match</source>
        <translation>бақылау сомасы сәйкес келмейтін %1 қызметтік файлы</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <location filename="../qml/BarcodeList.qml" line="+21"/>
        <source>Codes on the pages</source>
        <extracomment>Heading of the list of QR codes and barcodes read from the pages.</extracomment>
        <translation>Беттердегі кодтар</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>QR code</source>
        <extracomment>Label above a decoded QR code&apos;s text.</extracomment>
        <translation>QR код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode (%1)</source>
        <extracomment>Label above a decoded barcode&apos;s text; %1 is its symbology, e.g. EAN-13 or Code128.</extracomment>
        <translation>Штрихкод (%1)</translation>
    </message>
</context>
<context>
    <name>BundlePage</name>
    <message>
        <location filename="../qml/BundlePage.qml" line="+21"/>
        <source>Portfolio file</source>
        <extracomment>Title of the page for exporting and importing portfolio files.</extracomment>
        <translation>Портфолио файлы</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Send the portfolio to the school</source>
        <extracomment>Heading: the teacher sends the portfolio to the school.</extracomment>
        <translation>Портфолионы мектепке жіберу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat saves the whole portfolio as one signed file. Send it to the school by e-mail, a messenger or a USB stick. The school&apos;s copy of Qujat checks and imports it; the file also opens in any browser.</source>
        <translation>Qujat бүкіл портфолионы қолтаңбасы бар бір файлға сақтайды. Оны мектепке электрондық пошта, мессенджер немесе USB жинақтауыш арқылы жіберіңіз. Мектептегі Qujat оны тексеріп, импорттайды. Файл кез келген браузерде де ашылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Save the portfolio file</source>
        <extracomment>Title of the file chooser for saving the portfolio file.</extracomment>
        <translation>Портфолио файлын сақтау</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Import teachers&apos; portfolio files</source>
        <extracomment>Heading: the school&apos;s administration imports teachers&apos; files.</extracomment>
        <translation>Мұғалімдердің портфолио файлдарын импорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the school&apos;s administration: each file is checked completely before anything is imported. A later file of the same teacher updates the earlier one.</source>
        <translation>Мектеп әкімшілігіне арналған: әр файл ештеңе импортталмас бұрын толық тексеріледі. Сол мұғалімнің кейінгі файлы бұрынғысын жаңартады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import portfolio files</source>
        <translation>Портфолио файлдарын импорттау</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the portfolio file… %1%</source>
        <translation>Портфолио файлы сақталуда… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and importing… %1%</source>
        <translation>Тексеру және импорттау… %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+54"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+12"/>
        <source>Portfolio files (*.zip)</source>
        <extracomment>File chooser filter; keep &quot;*.zip&quot;.</extracomment>
        <translation>Портфолио файлдары (*.zip)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose portfolio files</source>
        <extracomment>Title of the file chooser for importing portfolio files.</extracomment>
        <translation>Портфолио файлдарын таңдаңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept the new signature?</source>
        <extracomment>Title of the warning when a teacher&apos;s file is signed with another key.</extracomment>
        <translation>Жаңа қолтаңбаны қабылдау керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept only if you know that the teacher changed device or reinstalled Qujat. Your choice is recorded.</source>
        <translation>Мұғалімнің құрылғысын ауыстырғанын немесе Qujat бағдарламасын қайта орнатқанын білсеңіз ғана қабылдаңыз. Сіздің шешіміңіз тіркеледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept and import</source>
        <translation>Қабылдап, импорттау</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../app/core/bundle/bundlereader.cpp" line="+17"/>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>%1 файлы жоқ немесе ол файл емес.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is not a Qujat portfolio bundle. Ask the teacher to export the portfolio from Qujat and send that file. Nothing was imported.</source>
        <translation>Бұл Qujat портфолио файлы емес. Мұғалімнен портфолионы Qujat арқылы экспорттап, сол файлды жіберуді сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This bundle was made by a newer version of Qujat (bundle format %1). Update Qujat to import it. Nothing was imported.</source>
        <translation>Бұл портфолио файлы Qujat бағдарламасының жаңарақ нұсқасында жасалған (файл пішімі %1). Импорттау үшін Qujat бағдарламасын жаңартыңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A page of &quot;%1&quot; is missing from the bundle or does not match its checksum. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>«%1» құжатының беті портфолио файлында жоқ немесе бақылау сомасына сәйкес келмейді. Мұғалімнен файлды қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../app/core/bundle/bundlewriter.cpp" line="+59"/>
        <source>Qujat could not write the bundle %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat %1 портфолио файлын жаза алмады. Қалтаға жазуға болатынын және дискінің толып қалмағанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>The export was cancelled. No bundle was written.</source>
        <translation>Экспорт тоқтатылды. Портфолио файлы жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+28"/>
        <source>Take a photo</source>
        <extracomment>Title of the camera page.</extracomment>
        <translation>Суретке түсіру</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The camera does not work: %1. Close other apps that use the camera, or choose a photo or file instead.</source>
        <extracomment>Camera error; %1 is the system&apos;s description of the problem.</extracomment>
        <translation>Камера істемей тұр: %1. Камераны пайдаланатын басқа қолданбаларды жабыңыз немесе оның орнына фото не файл таңдаңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo could not be saved: %1. Try again.</source>
        <extracomment>Error after pressing the shutter; %1 is the system&apos;s description.</extracomment>
        <translation>Суретті сақтау мүмкін болмады: %1. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Code found: %1</source>
        <extracomment>Over the viewfinder when a QR code or barcode is readable; %1 is its text.</extracomment>
        <translation>Код табылды: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From files</source>
        <extracomment>Opens the file chooser from the camera page.</extracomment>
        <translation>Файлдан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the photo</source>
        <extracomment>The shutter button.</extracomment>
        <translation>Суретке түсіру</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Light</source>
        <extracomment>Switches the phone&apos;s light on while photographing.</extracomment>
        <translation>Жарық</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No camera found on this device</source>
        <translation>Бұл құрылғыда камера табылмады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.</source>
        <translation>Дайын скан не фотоны, болмаса PDF, Word, PowerPoint не Excel файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a photo or file</source>
        <translation>Фото не файл таңдау</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/catalog/catalog.cpp" line="+551"/>
        <source>The portfolio catalog could not be read. Reinstall Qujat to restore it.</source>
        <translation>Портфолио бөлімдерінің каталогын оқу мүмкін болмады. Оны қалпына келтіру үшін Qujat-ты қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The portfolio catalog is invalid. Reinstall Qujat to restore it.</source>
        <translation>Портфолио бөлімдерінің каталогы бүлінген. Оны қалпына келтіру үшін Qujat-ты қайта орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>CornerEditor</name>
    <message>
        <location filename="../qml/CornerEditor.qml" line="+126"/>
        <source>Top left corner</source>
        <extracomment>A corner handle of the page outline on the review screen.</extracomment>
        <translation>Жоғарғы сол жақ бұрыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top right corner</source>
        <translation>Жоғарғы оң жақ бұрыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right corner</source>
        <translation>Төменгі оң жақ бұрыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom left corner</source>
        <translation>Төменгі сол жақ бұрыш</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The original photo cannot be shown.</source>
        <extracomment>Shown in place of the original photo on the review screen when it cannot be read.</extracomment>
        <translation>Түпнұсқа фотоны көрсету мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../qml/DateField.qml" line="+17"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a date. Type it as dd.mm.yyyy, for example 25.05.2024, or pick it from the calendar.</source>
        <extracomment>Shown under a date field; %1 is what the user typed.</extracomment>
        <translation>%1 — күн емес. Күнді кк.аа.жжжж түрінде теріңіз, мысалы 25.05.2024, немесе күнтізбеден таңдаңыз.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Calendar</source>
        <extracomment>Opens a month calendar to pick a date.</extracomment>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Previous month</source>
        <extracomment>Calendar button.</extracomment>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next month</source>
        <extracomment>Calendar button.</extracomment>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Year</source>
        <extracomment>Calendar field for the year, for dates many years back.</extracomment>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No date</source>
        <extracomment>Calendar button that empties the date field.</extracomment>
        <translation>Күнсіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <extracomment>Calendar button that picks today&apos;s date.</extracomment>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../qml/DocumentCard.qml" line="+58"/>
        <source>%1 file, %2</source>
        <extracomment>Details of an attached file: %1 is its type (PDF, DOCX ...), %2 its size.</extracomment>
        <translation>%1 файлы, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <extracomment>Opens an attached file in the system&apos;s application.</extracomment>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/ErrorBanner.qml" line="+47"/>
        <source>Close the message</source>
        <extracomment>Button that closes an error message.</extracomment>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="+30"/>
        <source>%1 (required)</source>
        <extracomment>A form label of a field that should be filled in; %1 is the field name.</extracomment>
        <translation>%1 (міндетті)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>e.g. 7A</source>
        <extracomment>Placeholder of a school class field.</extracomment>
        <translation>мысалы, 7А</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not specified</source>
        <extracomment>The empty entry of a drop-down list.</extracomment>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is not a percentage. Type a number from 0 to 100.</source>
        <extracomment>Error under a percent field; %1 is what the user typed.</extracomment>
        <translation>%1 — пайыз емес. 0 мен 100 аралығындағы санды теріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a number. Type digits only.</source>
        <extracomment>Error under a number field; %1 is what the user typed.</extracomment>
        <translation>%1 — сан емес. Тек цифр теріңіз.</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <location filename="../app/core/store/filestore.cpp" line="+70"/>
        <source>Qujat cannot write to its data folder %1. Check that the disk is not full and that the folder is writable.</source>
        <translation>Qujat %1 деректер қалтасына жаза алмайды. Дискінің толып қалмағанын және қалтаға жазуға рұқсат барын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Qujat could not save a file of this item. Check that the disk is not full, then try again. Nothing was saved.</source>
        <translation>Qujat осы құжаттың файлын сақтай алмады. Дискінің толып қалмағанын тексеріп, қайталап көріңіз. Ештеңе сақталған жоқ.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+45"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Менің портфолиом</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search all documents</source>
        <extracomment>Placeholder of the search field on the start page.</extracomment>
        <translation>Барлық құжаттан іздеу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the search</source>
        <extracomment>Button that empties the search field.</extracomment>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This is a sample portfolio. Changes here do not touch your own portfolio.</source>
        <translation>Бұл — үлгі портфолио. Мұндағы өзгерістер өз портфолиоңызға әсер етпейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to my portfolio</source>
        <translation>Өз портфолиома оралу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portfolio is not open. The message above says why.</source>
        <extracomment>Shown instead of the portfolio when its folder could not be opened.</extracomment>
        <translation>Портфолио ашылмады. Себебі жоғарыдағы хабарламада жазылған.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <extracomment>Opens the teacher&apos;s portfolio again after an error.</extracomment>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fill in your profile: name, school, subject and category. These details form the first section of the Documents portfolio.</source>
        <translation>Профиліңізді толтырыңыз: аты-жөні, мектеп, пән және санат. Бұл мәліметтер «Құжаттар» портфолиосының басында тұрады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio is empty. Add the first document: photograph it or choose a file.</source>
        <translation>Портфолио бос. Алғашқы құжатты қосыңыз: оны суретке түсіріңіз немесе файл таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) in the portfolio</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>Портфолиода %n құжат</numerusform>
            <numerusform>Портфолиода %n құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) without a date: add the date, every material must carry one.</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>Күні жоқ %n құжат бар: күнін қосыңыз, әр материалдың күні болуы керек.</numerusform>
            <numerusform>Күні жоқ %n құжат бар: күнін қосыңыз, әр материалдың күні болуы керек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n required document(s) not added yet</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n міндетті құжат әлі қосылмаған</numerusform>
            <numerusform>%n міндетті құжат әлі қосылмаған</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile</source>
        <extracomment>Opens the teacher&apos;s profile.</extracomment>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the profile</source>
        <extracomment>Opens the teacher&apos;s profile to fill it in.</extracomment>
        <translation>Профильді толтыру</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Want to see how a filled portfolio looks first? The sample is kept apart from yours.</source>
        <translation>Алдымен толтырылған портфолионың қандай болатынын көргіңіз келе ме? Үлгі сіздің портфолиоңыздан бөлек сақталады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a sample portfolio</source>
        <translation>Үлгі портфолионы ашу</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+198"/>
        <source>Add document</source>
        <extracomment>Floating button on phones.</extracomment>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Add from file</source>
        <translation>Файлдан қосу</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <extracomment>Section with no documents yet.</extracomment>
        <translation>Бос</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n without a date</source>
        <extracomment>Badge on a section: items without a date.</extracomment>
        <translation>
            <numerusform>%n күнсіз</numerusform>
            <numerusform>%n күнсіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n required missing</source>
        <extracomment>Badge on a section: required documents not added yet.</extracomment>
        <translation>
            <numerusform>%n міндетті құжат жоқ</numerusform>
            <numerusform>%n міндетті құжат жоқ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing found. Try another word from the title, the issuer or the notes.</source>
        <extracomment>Search on the start page found no item.</extracomment>
        <translation>Ештеңе табылмады. Құжат атауынан, берген ұйымнан не ескертпеден басқа сөз теріп көріңіз.</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../app/core/imaging/imageloader.cpp" line="+26"/>
        <source>This image is damaged or incomplete, so Qujat cannot open it. Copy the photo to this device again or take a new one.</source>
        <translation>Бұл сурет зақымдалған не толық емес, сондықтан Qujat оны аша алмайды. Фотоны осы құрылғыға қайта көшіріңіз немесе жаңасын түсіріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image is too large to open (%1 × %2 pixels, at most %3 megapixels are supported). Save it at a smaller size as a JPEG and add it again.</source>
        <translation>Бұл сурет ашуға тым үлкен (%1 × %2 пиксель, ал Qujat ең көбі %3 мегапиксельдік суретті ашады). Оны кішірек өлшемде JPEG етіп сақтап, қайта қосыңыз.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file could not be opened. Check that it still exists and that Qujat may read it, then choose it again.</source>
        <translation>Файлды ашу мүмкін болмады. Оның әлі бар екенін және Qujat-тың оны оқуға рұқсаты барын тексеріп, қайта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is empty (0 bytes). Choose the photo again; if it came from a phone or a cloud folder, wait until it has finished copying.</source>
        <translation>Бұл файл бос (0 байт). Фотоны қайта таңдаңыз; ол телефоннан не бұлттағы қалтадан келсе, көшіріліп біткенше күтіңіз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This photo is in HEIC format, which Qujat cannot read on this device. Convert it to JPEG, or set the phone camera to “Most compatible” and take the photo again.</source>
        <translation>Бұл фото HEIC пішімінде, ал Qujat бұл құрылғыда ол пішімді оқи алмайды. Фотоны JPEG-ке айналдырыңыз немесе телефон камерасының пішімін «Most compatible» («Наиболее совместимый») етіп қойып, қайта түсіріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not an image Qujat can read (JPEG, PNG or WebP). Choose a photo or a scan.</source>
        <translation>Бұл файл Qujat оқи алатын сурет емес (JPEG, PNG не WebP). Фото немесе скан таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../qml/ItemForm.qml" line="+89"/>
        <source>Recently used · %1</source>
        <extracomment>Second line of a section in the section list; %1 is the portfolio name.</extracomment>
        <translation>Жуырда қолданылған · %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Required document</source>
        <extracomment>Marks a document kind the section is incomplete without.</extracomment>
        <translation>Міндетті құжат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No more than %1</source>
        <extracomment>Limit of a document kind, e.g. no more than 5 sample lessons.</extracomment>
        <translation>Ең көбі %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Section</source>
        <extracomment>Form label: the portfolio section a document is filed in.</extracomment>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a section</source>
        <extracomment>Shown in the section list before the user picks one.</extracomment>
        <translation>Бөлімді таңдаңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Document kind</source>
        <extracomment>Form label: which official document of the section this is.</extracomment>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other document of this section</source>
        <extracomment>The empty entry of the document kind list.</extracomment>
        <translation>Осы бөлімнің басқа құжаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Title</source>
        <extracomment>Form label.</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. name of the contest or course</source>
        <extracomment>Placeholder of the title field.</extracomment>
        <translation>мысалы, байқаудың не курстың атауы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <extracomment>Form label: the date of the event or of issue.</extracomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without a date the document stays incomplete: every portfolio material must carry a date.</source>
        <translation>Күні болмаса, құжат толық емес болып қалады: портфолиодағы әр материалдың күні болуы керек.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End date (for courses and plans)</source>
        <extracomment>Form label: optional end of a period such as a course.</extracomment>
        <translation>Аяқталу күні (курстар мен жоспарлар үшін)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Issued by</source>
        <extracomment>Form label: the organisation that issued the document.</extracomment>
        <translation>Берген ұйым</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. regional education department</source>
        <extracomment>Placeholder of the issuer field.</extracomment>
        <translation>мысалы, облыстық білім басқармасы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level</source>
        <extracomment>Form label: international, republic, regional, city, district or school level.</extracomment>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not specified</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+8"/>
        <source>Notes</source>
        <extracomment>Form label: free notes about the document.</extracomment>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../qml/ItemPage.qml" line="+77"/>
        <source>Document</source>
        <extracomment>Title of the item page before the item has a title.</extracomment>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Incomplete: no date. Add the date of the document or of the event, then save.</source>
        <extracomment>Banner on an item without a date.</extracomment>
        <translation>Толық емес: күні жоқ. Құжаттың не іс-шараның күнін қосып, сақтаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages (%1)</source>
        <extracomment>Tab with the photographed pages of an item.</extracomment>
        <translation>Беттер (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <extracomment>Tab with the editable details of an item.</extracomment>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document is no longer in the portfolio.</source>
        <translation>Бұл құжат енді портфолиода жоқ.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+59"/>
        <source>Page %1 of %2</source>
        <extracomment>Accessible description of a page image.</extracomment>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Previous page</source>
        <extracomment>Button that shows the previous page of an item.</extracomment>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No pages</source>
        <extracomment>An item with no pages.</extracomment>
        <translation>Бет жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next page</source>
        <extracomment>Button that shows the next page of an item.</extracomment>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move earlier</source>
        <extracomment>Moves the shown page one place towards the start of the item.</extracomment>
        <translation>Алға жылжыту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move later</source>
        <extracomment>Moves the shown page one place towards the end of the item.</extracomment>
        <translation>Артқа жылжыту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete page</source>
        <extracomment>Removes the shown page from the item, after a confirmation.</extracomment>
        <translation>Бетті жою</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a photo</source>
        <extracomment>Adds a photographed page to an existing item.</extracomment>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add from file</source>
        <extracomment>Adds pages from files to an existing item.</extracomment>
        <translation>Файлдан қосу</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Last changed %1</source>
        <extracomment>When the item was last saved; %1 is a date and time.</extracomment>
        <translation>Соңғы өзгеріс: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+36"/>
        <location line="+14"/>
        <source>Delete</source>
        <extracomment>Deletes the item after a confirmation.
----------
Deletes the item.</extracomment>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Undo changes</source>
        <extracomment>Discards unsaved changes of an item.</extracomment>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this page?</source>
        <extracomment>Title of the confirmation before deleting one page of an item.</extracomment>
        <translation>Бұл бетті жою керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 will be removed from this document. The other pages stay. This cannot be undone.</source>
        <extracomment>%1 is the page number.</extracomment>
        <translation>%1-бет осы құжаттан жойылады. Қалған беттер сақталады. Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete this document?</source>
        <extracomment>Title of the confirmation before deleting an item.</extracomment>
        <translation>Бұл құжатты жоясыз ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” and all its pages will be removed from the portfolio. This cannot be undone.</source>
        <extracomment>%1 is the title of the item.</extracomment>
        <translation>«%1» құжаты мен оның барлық беті портфолиодан жойылады. Мұны кері қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../qml/ItemRow.qml" line="+31"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Күні жоқ — толық емес</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n page(s)</source>
        <extracomment>Number of pages of an item.</extracomment>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Restore from the bundle of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is when the bundle was exported.</extracomment>
        <translation>%1 портфолио файлынан қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="+251"/>
        <source>Back</source>
        <extracomment>Toolbar button that returns to the previous page.</extracomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings</source>
        <extracomment>Toolbar button that opens the settings.</extracomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Choose photos or files</source>
        <extracomment>Title of the file chooser.</extracomment>
        <translation>Фотолар мен файлдарды таңдаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos and documents (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Фотолар мен құжаттар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos and scans (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Фотолар мен скандар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Құжаттар (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard the changes?</source>
        <extracomment>Title of the question before leaving a page with unsaved changes.</extracomment>
        <translation>Өзгерістерді тастайсыз ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you entered or added on this page is not saved yet.</source>
        <translation>Осы бетте енгізген не қосқан мәліметтеріңіз әлі сақталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <extracomment>Leaves the page and discards unsaved changes.</extracomment>
        <translation>Тастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay</source>
        <extracomment>Keeps the user on the page with unsaved changes.</extracomment>
        <translation>Бетте қалу</translation>
    </message>
</context>
<context>
    <name>PagePipeline</name>
    <message>
        <location filename="../app/core/imaging/pagepipeline.cpp" line="+114"/>
        <source>The file could not be opened. Check that it still exists and that Qujat may read it, then choose it again.</source>
        <translation>Файлды ашу мүмкін болмады. Оның әлі бар екенін және Qujat-тың оны оқуға рұқсаты барын тексеріп, қайта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is empty (0 bytes). Choose it again; if it came from a phone or a cloud folder, wait until it has finished copying.</source>
        <translation>«%1» файлы бос (0 байт). Оны қайта таңдаңыз; файл телефоннан не бұлттағы қалтадан келсе, көшіріліп біткенше күтіңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding the page was cancelled.</source>
        <translation>Бет қосу тоқтатылды.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and add the photo again.</source>
        <translation>Qujat бұл бетті JPEG етіп сақтай алмады. Құрылғыда бос орын барын тексеріп, фотоны қайта қосыңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Qujat cannot attach “%1”. Attach a photo, a PDF or an office document (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF or TXT).</source>
        <translation>Qujat «%1» файлын тіркей алмайды. Фото, PDF немесе офистік құжат (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF не TXT) тіркеңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” is not a valid %2 document because its content does not match its name. Open it on a computer, save it again as %2 and attach the new file.</source>
        <translation>«%1» файлы дұрыс %2 құжаты емес, себебі оның мазмұны атауына сәйкес келмейді. Оны компьютерде ашып, %2 пішімінде қайта сақтаңыз да, жаңа файлды тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>PageReview</name>
    <message>
        <location filename="../qml/PageReview.qml" line="+50"/>
        <source>Drag the corners onto the corners of the page if the outline is off.</source>
        <extracomment>Hint above the photo on the review screen.</extracomment>
        <translation>Контур дәл түспесе, бұрыштарды беттің бұрыштарына сүйреп апарыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page edges were found. Drag the corners onto the corners of the page, or keep the whole photo.</source>
        <extracomment>Hint above the photo when no page edges were found in it.</extracomment>
        <translation>Беттің шеттері табылмады. Бұрыштарды беттің бұрыштарына сүйреп апарыңыз немесе фотоны толық қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The outline crosses itself. Move the corners so that each one sits at its own corner of the page.</source>
        <extracomment>Shown when the dragged corners cross each other.</extracomment>
        <translation>Контур өзін-өзі қиып өтеді. Әр бұрыш беттің өз бұрышында тұратындай етіп жылжытыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate</source>
        <extracomment>Turns the prepared page by a quarter turn clockwise.</extracomment>
        <translation>Бұру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset to detected</source>
        <extracomment>Puts the corner handles back where Qujat found the page.</extracomment>
        <translation>Табылғанға қайтару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole photo</source>
        <extracomment>Keeps the whole photo as the page instead of the found outline.</extracomment>
        <translation>Толық фото</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cleaning</source>
        <extracomment>Label of the choice of how the page is cleaned (colours, contrast).</extracomment>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto</source>
        <extracomment>Cleaning preset: Qujat chooses colour or greyscale for each page.</extracomment>
        <translation>Автоматты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <extracomment>Cleaning preset: the photo&apos;s pixels, only straightened.</extracomment>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto colour</source>
        <extracomment>Cleaning preset: white paper, colour stamps kept.</extracomment>
        <translation>Автоматты түсті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale</source>
        <translation>Сұр реңк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black and white</source>
        <extracomment>Cleaning preset: black ink on white paper.</extracomment>
        <translation>Ақ-қара</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../qml/PageViewer.qml" line="+140"/>
        <source>This page could not be shown. The file may be damaged; add the page again.</source>
        <translation>Бұл бетті көрсету мүмкін болмады. Файл зақымдалған болуы мүмкін; бетті қайта қосыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fit</source>
        <extracomment>Button that returns a zoomed page to its fitted size.</extracomment>
        <translation>Сыйдыру</translation>
    </message>
</context>
<context>
    <name>PortfolioJson</name>
    <message>
        <location filename="../app/core/bundle/portfoliojson.cpp" line="+127"/>
        <source>The portfolio list in the bundle (portfolio.json) is damaged or incomplete. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>Портфолио файлындағы құжаттар тізімі (portfolio.json) бүлінген немесе толық емес. Мұғалімнен файлды қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This bundle was made by a newer version of Qujat (portfolio format %1). Update Qujat to import it. Nothing was imported.</source>
        <translation>Бұл портфолио файлы Qujat бағдарламасының жаңарақ нұсқасында жасалған (портфолио пішімі %1). Импорттау үшін Qujat бағдарламасын жаңартыңыз. Ештеңе импортталған жоқ.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/ProfilePage.qml" line="+57"/>
        <source>Profile</source>
        <extracomment>Title of the teacher&apos;s profile page.</extracomment>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>These details form the first section of the Documents portfolio. They stay on this device.</source>
        <translation>Бұл мәліметтер «Құжаттар» портфолиосының басында тұрады. Олар тек осы құрылғыда сақталады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Full name</source>
        <extracomment>Profile field: surname, name and patronymic.</extracomment>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>School</source>
        <extracomment>Profile field: place of work.</extracomment>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Position</source>
        <extracomment>Profile field: the teacher&apos;s position at the school.</extracomment>
        <translation>Атқаратын қызметі</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Subject</source>
        <extracomment>Profile field: the subject the teacher teaches.</extracomment>
        <translation>Пәні</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Specialty by diploma</source>
        <extracomment>Profile field: the specialty written in the teacher&apos;s diploma.</extracomment>
        <translation>Диплом бойынша мамандығы</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Years of experience</source>
        <extracomment>Profile field: years of work in education.</extracomment>
        <translation>Педагогикалық өтілі (жыл)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current category</source>
        <extracomment>Profile field: the qualification category the teacher holds now.</extracomment>
        <translation>Қазіргі санаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No category</source>
        <extracomment>Empty entry of the category lists.</extracomment>
        <translation>Санаты жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category applied for</source>
        <extracomment>Profile field: the qualification category the attestation is for.</extracomment>
        <translation>Мәлімделген санаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not chosen yet</source>
        <extracomment>Empty entry of the category lists.</extracomment>
        <translation>Әлі таңдалмаған</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned attestation date</source>
        <extracomment>Profile field.</extracomment>
        <translation>Аттестаттаудың жоспарланған күні</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile saved.</source>
        <extracomment>Confirmation after saving the profile.</extracomment>
        <translation>Профиль сақталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>SafeUnzip</name>
    <message>
        <location filename="../app/core/bundle/safeunzip.cpp" line="+126"/>
        <location line="+8"/>
        <source>The file is not a readable zip archive.</source>
        <translation>Файл оқылатын zip мұрағаты емес.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The bundle %1 cannot be imported: %2. Nothing was imported.</source>
        <translation>%1 портфолио файлын импорттау мүмкін емес: %2. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it holds the same file name twice</source>
        <translation>онда бір файл атауы екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a readable zip file, or it is damaged</source>
        <translation>ол оқылатын zip файлы емес немесе бүлінген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip file is empty</source>
        <translation>zip файлы бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds more than %1 files</source>
        <translation>онда %1 файлдан артық бар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a file name cannot be read</source>
        <translation>файл атауын оқу мүмкін емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file name is not valid UTF-8</source>
        <translation>файл атауы UTF-8 форматында емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>the entry %1 cannot be read</source>
        <translation>%1 жазбасын оқу мүмкін емес</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>it is encrypted</source>
        <translation>ол шифрланған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it uses an unsupported compression method</source>
        <translation>онда қолдау көрсетілмейтін сығу әдісі қолданылған</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds a symbolic link (%1)</source>
        <translation>онда символдық сілтеме бар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds a special file (%1)</source>
        <translation>онда арнайы файл бар (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds %1</source>
        <translation>онда мыналар бар: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds the name %1, which Windows cannot store</source>
        <translation>онда Windows сақтай алмайтын %1 атауы бар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its files are not all in one folder</source>
        <translation>оның файлдары бір қалтада емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds the name %1 twice</source>
        <translation>онда %1 атауы екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds two names that differ only in letter case (%1)</source>
        <translation>онда тек бас және кіші әріппен ерекшеленетін екі атау бар (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it needs %1 MB, more than the free disk space or the limit allows</source>
        <translation>оған %1 МБ керек, бұл дискідегі бос орыннан немесе шектеуден көп</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it holds a path that leaves its folder</source>
        <translation>онда өз қалтасынан шығатын жол бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 cannot be created</source>
        <translation>%1 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder for %1 cannot be created</source>
        <translation>%1 үшін қалта жасау мүмкін емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file %1 cannot be written to the staging folder</source>
        <translation>%1 файлын уақытша қалтаға жазу мүмкін емес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the entry %1 is damaged</source>
        <translation>%1 жазбасы бүлінген</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it unpacks to more data than it declares or than the limit allows</source>
        <translation>ол көрсетілгеннен немесе шектеуден көп деректерге ашылады</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>the staging folder is full or not writable</source>
        <translation>уақытша қалта толы немесе оған жазу мүмкін емес</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the import was cancelled</source>
        <translation>импорт тоқтатылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the entry %1 is shorter than it declares</source>
        <translation>%1 жазбасы көрсетілгеннен қысқа</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <location filename="../app/core/sample/samplegenerator.cpp" line="+731"/>
        <source>The sample portfolio could not be created. Check the free disk space and try again.</source>
        <translation>Үлгі портфолионы жасау мүмкін болмады. Дискідегі бос орынды тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <source>Qujat cannot write in the school&apos;s data folder %1. Check that the disk is not full and the folder is writable, then try again. Nothing was changed.</source>
        <translation>Qujat мектептің %1 деректер қалтасына жаза алмайды. Дискінің толып қалмағанын және қалтаға жазуға болатынын тексеріп, қайталап көріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommands.cpp" line="+104"/>
        <location filename="../app/core/school/schoolstore.cpp" line="+355"/>
        <source>The bundle of %1 was changed after it was signed, so it cannot be trusted. Ask the teacher to export it again. Nothing was imported.</source>
        <translation>%1 портфолио файлы қол қойылғаннан кейін өзгертілген, сондықтан оған сенуге болмайды. Мұғалімнен оны қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../app/core/school/schoolstore.cpp" line="-279"/>
        <source>Qujat could not write the school&apos;s data. Check that the disk is not full, then try again. Nothing was imported.</source>
        <translation>Qujat мектеп деректерін жаза алмады. Дискінің толып қалмағанын тексеріп, қайталап көріңіз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Qujat cannot create the school&apos;s data folder %1. Choose a writable folder.</source>
        <translation>Qujat мектептің %1 деректер қалтасын жасай алмайды. Жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 holds a teacher&apos;s portfolio, not the school&apos;s data. Choose another folder for the school.</source>
        <translation>%1 қалтасында мектеп деректері емес, мұғалімнің портфолиосы бар. Мектеп үшін басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The school&apos;s data is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Мектеп деректері Qujat бағдарламасының басқа терезесінде немесе qujat-cli ішінде ашық. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>No portfolio of this teacher has been imported.</source>
        <translation>Бұл мұғалімнің портфолиосы әлі импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+49"/>
        <source>an unnamed teacher</source>
        <translation>аты көрсетілмеген мұғалім</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The bundle of %1 was signed on another device than the earlier bundles. If the teacher changed device or reinstalled Qujat, confirm the new key (on the command line: import --accept-new-key). Nothing was imported.</source>
        <translation>%1 портфолио файлына бұрынғы файлдардан басқа құрылғыда қол қойылған. Егер мұғалім құрылғысын ауыстырса немесе Qujat бағдарламасын қайта орнатса, жаңа кілтті растаңыз (командалық жолда: import --accept-new-key). Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle of %1 is not signed, but the earlier bundles of this teacher were. It may have been changed by someone else. Ask the teacher to export it again from Qujat. Nothing was imported.</source>
        <translation>%1 портфолио файлына қол қойылмаған, ал осы мұғалімнің бұрынғы файлдарына қол қойылған. Оны басқа біреу өзгерткен болуы мүмкін. Мұғалімнен оны Qujat арқылы қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle is not signed.</source>
        <translation>Портфолио файлына қол қойылмаған.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../qml/SectionPage.qml" line="+32"/>
        <source>Table %1</source>
        <extracomment>Window title of a table section; %1 is its Roman number.</extracomment>
        <translation>%1 кесте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section %1</source>
        <extracomment>Window title of a portfolio section; %1 is its number.</extracomment>
        <translation>%1-бөлім</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2</source>
        <extracomment>A table column in a row summary: %1 is the column name, %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Sort:</source>
        <extracomment>Label before the sort buttons.</extracomment>
        <translation>Сұрыптау:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <extracomment>Sort button.</extracomment>
        <translation>Күні бойынша</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By title</source>
        <extracomment>Sort button.</extracomment>
        <translation>Атауы бойынша</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Add from file</source>
        <translation>Файлдан қосу</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No documents in this section yet.</source>
        <extracomment>Empty state of a section.</extracomment>
        <translation>Бұл бөлімде әзірге құжат жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photograph a paper document or choose a file, such as a PDF or a presentation.</source>
        <translation>Қағаз құжатты суретке түсіріңіз немесе файл таңдаңыз, мысалы, PDF не презентация.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="+18"/>
        <source>Settings</source>
        <extracomment>Title of the settings page.</extracomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Language</source>
        <extracomment>Settings heading.</extracomment>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample portfolio</source>
        <extracomment>Settings heading.</extracomment>
        <translation>Үлгі портфолио</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are looking at the sample portfolio. Your own portfolio is kept apart and is not changed.</source>
        <translation>Сіз үлгі портфолионы қарап отырсыз. Өз портфолиоңыз бөлек сақталады және өзгермейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filled-in example portfolio shows how documents are filed. It is kept apart from your own.</source>
        <translation>Толтырылған үлгі портфолио құжаттардың бөлімдерге қалай орналастырылатынын көрсетеді. Ол сіздің портфолиоңыздан бөлек сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to my portfolio</source>
        <translation>Өз портфолиома оралу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a sample portfolio</source>
        <translation>Үлгі портфолионы ашу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portfolio file</source>
        <extracomment>Settings heading: exporting the portfolio for the school and importing teachers&apos; files.</extracomment>
        <translation>Портфолио файлы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to the school or import files</source>
        <translation>Мектепке жіберу немесе файлдарды импорттау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder</source>
        <extracomment>Settings heading: where the portfolio files are stored.</extracomment>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About</source>
        <extracomment>Settings heading.</extracomment>
        <translation>Қолданба туралы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qujat %1: the teacher&apos;s attestation portfolio.</source>
        <extracomment>%1 is the version number, e.g. 0.1.0.</extracomment>
        <translation>Qujat %1: педагогтың аттестаттау портфолиосы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font: Noto Sans, under the SIL Open Font License 1.1.</source>
        <translation>Қаріп: Noto Sans, SIL Open Font License 1.1 лицензиясы бойынша.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Font licence</source>
        <extracomment>Shows the licence text of the bundled font.</extracomment>
        <translation>Қаріп лицензиясы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SIL Open Font License 1.1</source>
        <extracomment>Title of the font licence dialog: the licence&apos;s official name, usually kept in English.</extracomment>
        <translation>SIL Open Font License 1.1</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../app/core/bundle/signing.cpp" line="+43"/>
        <source>Qujat could not read or create the signing key in %1. Check that the data folder is writable, then try again.</source>
        <translation>Qujat %1 ішіндегі қолтаңба кілтін оқи да, жасай да алмады. Деректер қалтасына жазуға болатынын тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/core/store/migrations.cpp" line="+190"/>
        <source>The portfolio database cannot be read. It may be damaged.</source>
        <translation>Портфолио дерекқорын оқу мүмкін емес. Ол зақымдалған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This portfolio was saved by a newer version of Qujat. Update Qujat to open it.</source>
        <translation>Бұл портфолио Qujat-тың жаңарақ нұсқасында сақталған. Оны ашу үшін Qujat-ты жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The portfolio database could not be updated. Close other copies of Qujat and try again.</source>
        <translation>Портфолио дерекқорын жаңарту мүмкін болмады. Ашық тұрған басқа Qujat-ты жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>The portfolio database could not be updated to this version of Qujat.</source>
        <translation>Портфолио дерекқорын Qujat-тың осы нұсқасына сай жаңарту мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/core/store/store.cpp" line="+54"/>
        <source>Qujat could not save to the portfolio database. Check that the disk is not full, then try again. Nothing was changed.</source>
        <translation>Qujat портфолио дерекқорына сақтай алмады. Дискінің толып қалмағанын тексеріп, қайталап көріңіз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Qujat cannot create its data folder %1. Choose a writable folder.</source>
        <translation>Qujat %1 деректер қалтасын жасай алмайды. Жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not a Qujat portfolio and is not empty. Choose an empty folder or a folder that already holds a Qujat portfolio.</source>
        <translation>%1 қалтасы Qujat портфолиосы емес және бос емес. Бос қалтаны немесе Qujat портфолиосы бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This portfolio is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Бұл портфолио басқа Qujat терезесінде не qujat-cli құралында ашық тұр. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qujat cannot write to the portfolio folder %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Qujat %1 портфолио қалтасына жаза алмайды. Қалтаға жазуға болатынын және дискіде орын барын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The portfolio database in %1 cannot be opened. Check that the folder is writable.</source>
        <translation>%1 қалтасындағы портфолио дерекқорын ашу мүмкін емес. Қалтаға жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+9"/>
        <source>The portfolio database is damaged and Qujat could not move it aside. Check that the data folder %1 is writable, then start Qujat again.</source>
        <translation>Портфолио дерекқоры бүлінген, ал Qujat оны басқа орынға көшіре алмады. %1 деректер қалтасына жазуға болатынын тексеріп, Qujat-ты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+184"/>
        <location line="+61"/>
        <location line="+41"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Бұл құжат енді жоқ. Ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../app/core/store/storepages.cpp" line="+16"/>
        <source>Qujat could not change the pages of this item. Check that the disk is not full, then try again. Nothing was changed.</source>
        <translation>Qujat бұл құжаттың беттерін өзгерте алмады. Дискіде орын барын тексеріп, қайталап көріңіз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>This page no longer exists. It may have been deleted.</source>
        <translation>Бұл бет енді жоқ. Ол жойылған болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../qml/WelcomePane.qml" line="+10"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Менің портфолиом</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a section on the left to see its documents.</source>
        <translation>Құжаттарын көру үшін сол жақтан бөлім таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every document needs a date and a section. Photograph paper documents, or add PDF, Word, PowerPoint and Excel files.</source>
        <translation>Әр құжаттың күні мен бөлімі болуы керек. Қағаз құжаттарды суретке түсіріңіз немесе PDF, Word, PowerPoint және Excel файлдарын қосыңыз.</translation>
    </message>
</context>
<context>
    <name>qujat::AppController</name>
    <message>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the portfolio from the bundle you exported on %2: items added after it will be missing.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына жылжытып, бос портфолио бастады. Фотосуреттеріңіз бен файлдарыңыз деректер қалтасында қалады. Портфолионы %2 кезінде экспорттаған портфолио файлыңыздан қалпына келтіре аласыз: одан кейін қосылған құжаттар болмайды.</translation>
    </message>
    <message>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2 or the bundle you exported on %3: items added after the one you choose will be missing.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына жылжытып, бос портфолио бастады. Фотосуреттеріңіз бен файлдарыңыз деректер қалтасында қалады. %2 кезіндегі сақтық көшірмені немесе %3 кезінде экспорттаған портфолио файлыңызды қалпына келтіре аласыз: таңдағаныңыздан кейін қосылған құжаттар болмайды.</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="+97"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. Keep the moved database: it is needed to recover the portfolio.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына көшіріп, бос портфолио ашты. Фотолар мен файлдар деректер қалтасында қалды. Көшірілген дерекқорды өшірмеңіз: портфолионы қалпына келтіру үшін ол қажет.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>No application on this device opens this file. Install a viewer for this file type, or share the file to another device.</source>
        <translation>Бұл құрылғыда осы файлды ашатын қолданба жоқ. Осы түрдегі файлдарды ашатын қолданба орнатыңыз немесе файлды басқа құрылғыға жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>qujat::BundleController</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecontroller.cpp" line="+116"/>
        <source>The portfolio was saved to %1: %n document(s).</source>
        <translation>
            <numerusform>Портфолио %1 файлына сақталды: %n құжат.</numerusform>
            <numerusform>Портфолио %1 файлына сақталды: %n құжат.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: бұрын импортталған, ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 added, %3 updated, %4 deleted.</source>
        <translation>%1: %2 қосылды, %3 жаңартылды, %4 жойылды.</translation>
    </message>
</context>
<context>
    <name>qujat::Importer</name>
    <message>
        <location filename="../app/gui/importer.cpp" line="+124"/>
        <source>Changing the page was cancelled.</source>
        <translation>Бетті өзгерту тоқтатылды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and try again.</source>
        <translation>Qujat бұл бетті JPEG ретінде сақтай алмады. Құрылғыда бос орын барын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Qujat could not write the sample photo. Check that the device has free space and try again.</source>
        <translation>Qujat үлгі фотоны жаза алмады. Құрылғыда бос орын барын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Add a photo or a file first.</source>
        <translation>Алдымен фото не файл қосыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the section this document belongs to.</source>
        <translation>Құжат қай бөлімге жататынын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen document kind does not belong to this section. Choose it again.</source>
        <translation>Таңдалған құжат түрі бұл бөлімге жатпайды. Оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a title, for example the name of the event or of the course.</source>
        <translation>Атауын енгізіңіз, мысалы, іс-шараның не курстың атауын.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The date %1 does not exist. Choose the date from the calendar.</source>
        <translation>%1 деген күн болмайды. Күнді күнтізбеден таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date is before the start date. Check both dates.</source>
        <translation>Аяқталу күні басталу күнінен бұрын тұр. Екі күнді де тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>qujat::ItemEditor</name>
    <message>
        <location filename="../app/gui/itemeditor.cpp" line="+136"/>
        <source>Choose the section this document belongs to.</source>
        <translation>Құжат қай бөлімге жататынын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a title, for example the name of the event or of the course.</source>
        <translation>Атауын енгізіңіз, мысалы, іс-шараның не курстың атауын.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date %1 does not exist. Choose the date from the calendar.</source>
        <translation>%1 деген күн болмайды. Күнді күнтізбеден таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>BundleRestore</name>
    <message>
        <source>The bundle %1 is incomplete, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>%1 портфолио файлы толық емес, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The bundle %1 was exported from another device, so it cannot restore this portfolio. Nothing was changed.</source>
        <translation>%1 портфолио файлы басқа құрылғыдан экспортталған, сондықтан бұл портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The bundle %1 was changed after it was exported, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>%1 портфолио файлы экспорттан кейін өзгертілген, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be used to restore the portfolio: %2 Nothing was changed.</source>
        <translation>%1 портфолио файлынан портфолионы қалпына келтіру мүмкін емес: %2 Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The bundle %1 is no longer there, so the portfolio cannot be restored from it. If you moved it, open it from its new place. Nothing was changed.</source>
        <translation>%1 портфолио файлы бұрынғы орнында жоқ, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Файлды басқа жерге жылжытқан болсаңыз, оны жаңа орнынан ашыңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddPage</name>
    <message>
        <location filename="../qml/AddPage.qml" line="+75"/>
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
        <location line="+97"/>
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
        <location line="+35"/>
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
        <location line="+40"/>
        <source>Reading the text on the page to suggest the fields…</source>
        <extracomment>Shown while the app reads the text of the photographed page.</extracomment>
        <translation>Өрістерді ұсыну үшін беттегі мәтін оқылып жатыр…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked «Suggested» were read from the page. Check or correct them, then save.</source>
        <extracomment>Shown above the form when fields were filled in from the page.</extracomment>
        <translation>«Ұсынылған» деп белгіленген өрістер беттен оқылды. Оларды тексеріп не түзетіп, сақтаңыз.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add to the document</source>
        <extracomment>Adds the draft&apos;s pages to the existing item.</extracomment>
        <translation>Құжатқа қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm and save</source>
        <extracomment>Saves the item and accepts the fields suggested from the page as checked.</extracomment>
        <translation>Растау және сақтау</translation>
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
    <name>Backup</name>
    <message>
        <location filename="../app/core/store/backup.cpp" line="+92"/>
        <location line="+40"/>
        <source>Qujat could not make a backup of the portfolio. Check that the disk is not full.</source>
        <translation>Qujat портфолионың сақтық көшірмесін жасай алмады. Дискіде бос орын бар-жоғын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Qujat could not restore the backup. Nothing was changed; check that the disk is not full and try again.</source>
        <translation>Qujat сақтық көшірмені қалпына келтіре алмады. Ештеңе өзгерген жоқ. Дискіде бос орын бар-жоғын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is damaged too and cannot be restored. Keep the data folder as it is and ask for help.</source>
        <translation>Сақтық көшірме де зақымдалған, оны қалпына келтіру мүмкін емес. Деректер қалтасын сол күйінде сақтап, көмек сұраңыз.</translation>
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
    <name>BundleImport</name>
    <message>
        <location filename="../qml/BundleImport.qml" line="+29"/>
        <source>Only bundle files (.zip) exported from Qujat can be imported here.</source>
        <extracomment>Shown when files other than bundles are dropped on the teachers list.</extracomment>
        <translation>Мұнда тек Qujat-тан экспортталған архив файлдарын (.zip) импорттауға болады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import bundles</source>
        <extracomment>Opens the file chooser to import teachers&apos; bundles.</extracomment>
        <translation>Архивтерді импорттау</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Hide</source>
        <extracomment>Hides the list of import outcomes.</extracomment>
        <translation>Жасыру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import only if you know the teacher changed device or reinstalled Qujat. The acceptance is written to the teacher&apos;s key log.</source>
        <extracomment>Part of the warning when a teacher&apos;s bundle is signed by another key.</extracomment>
        <translation>Мұғалім құрылғысын ауыстырғанын не Qujat-ты қайта орнатқанын білсеңіз ғана импорттаңыз. Келісіміңіз мұғалімнің кілттер журналына жазылады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another device signed this bundle</source>
        <extracomment>Title of the warning about a changed signing key.</extracomment>
        <translation>Бұл архивке басқа құрылғы қол қойған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import anyway</source>
        <extracomment>Imports a bundle despite the changed key.</extracomment>
        <translation>Бәрібір импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose bundle files</source>
        <extracomment>Title of the file chooser for teachers&apos; bundles.</extracomment>
        <translation>Архив файлдарын таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat bundles (*.zip *.ZIP)</source>
        <extracomment>File chooser filter for bundles.</extracomment>
        <translation>Qujat архивтері (*.zip *.ZIP)</translation>
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
    <name>BundleRestore</name>
    <message>
        <location filename="../app/core/bundle/bundlerestore.cpp" line="+21"/>
        <source>The bundle %1 is no longer there, so the portfolio cannot be restored from it. If you moved it, open it from its new place. Nothing was changed.</source>
        <translation>%1 портфолио файлы бұрынғы орнында жоқ, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Файлды басқа жерге жылжытқан болсаңыз, оны жаңа орнынан ашыңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle %1 cannot be used to restore the portfolio: %2 Nothing was changed.</source>
        <translation>%1 портфолио файлынан портфолионы қалпына келтіру мүмкін емес: %2 Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 was changed after it was exported, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>%1 портфолио файлы экспорттан кейін өзгертілген, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bundle %1 was exported from another device, so it cannot restore this portfolio. Nothing was changed.</source>
        <translation>%1 портфолио файлы басқа құрылғыдан экспортталған, сондықтан бұл портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle %1 is incomplete, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>%1 портфолио файлы толық емес, сондықтан портфолионы одан қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../app/core/bundle/bundlewriter.cpp" line="+64"/>
        <source>Qujat could not write the bundle %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat %1 портфолио файлын жаза алмады. Қалтаға жазуға болатынын және дискінің толып қалмағанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+178"/>
        <source>The export was cancelled. No bundle was written.</source>
        <translation>Экспорт тоқтатылды. Портфолио файлы жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+53"/>
        <source>Take a photo</source>
        <extracomment>Title of the camera page.</extracomment>
        <translation>Суретке түсіру</translation>
    </message>
    <message>
        <location line="+103"/>
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
        <location line="+244"/>
        <source>From files</source>
        <extracomment>Opens the file chooser from the camera page.</extracomment>
        <translation>Файлдан</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the photo</source>
        <extracomment>The shutter button.</extracomment>
        <translation>Суретке түсіру</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Light</source>
        <extracomment>Switches the phone&apos;s light on while photographing.</extracomment>
        <translation>Жарық</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Auto</source>
        <extracomment>Camera page option: take the photo by itself once the page holds still.</extracomment>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several pages</source>
        <extracomment>Camera page option: take several photos, review them afterwards.</extracomment>
        <translation>Бірнеше бет</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other camera</source>
        <extracomment>Switches between the front and back cameras (or other cameras).</extracomment>
        <translation>Басқа камера</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Point the camera at the page</source>
        <extracomment>Auto-capture hint while no page is in the picture.</extracomment>
        <translation>Камераны бетке бағыттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold still, the picture is blurred</source>
        <extracomment>Auto-capture hint while the picture is blurred.</extracomment>
        <translation>Қозғалмаңыз, сурет бұлыңғыр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold still</source>
        <extracomment>Auto-capture hint while the page is found and sharp.</extracomment>
        <translation>Қозғалмаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Done (%n)</source>
        <extracomment>Ends a batch of photos and opens their review; %n is how many were taken.</extracomment>
        <translation>
            <numerusform>Дайын (%n)</numerusform>
            <numerusform>Дайын (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No camera found on this device</source>
        <translation>Бұл құрылғыда камера табылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qujat may not use the camera</source>
        <extracomment>Heading when the system does not let the app use the camera.</extracomment>
        <translation>Qujat камераны пайдалана алмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the camera permission</source>
        <extracomment>Heading while the system asks whether the app may use the camera.</extracomment>
        <translation>Камераға рұқсат күтілуде</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photos are only taken when you press the button or turn on Auto, and they stay on this device. Allow the camera in the system settings, or choose a photo you already have.</source>
        <extracomment>Explains a denied camera permission and the ways on.</extracomment>
        <translation>Сурет тек түймені басқанда не «Авто» қосулы кезде түсіріледі және осы құрылғыда қалады. Жүйе баптауларында камераға рұқсат беріңіз немесе бар фотоны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.</source>
        <translation>Дайын скан не фотоны, болмаса PDF, Word, PowerPoint не Excel файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the settings</source>
        <extracomment>Opens the app&apos;s page in the system settings to allow the camera.</extracomment>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow the camera</source>
        <extracomment>Asks the system again for the camera permission.</extracomment>
        <translation>Камераға рұқсат беру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo or file</source>
        <translation>Фото не файл таңдау</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/catalog/catalog.cpp" line="+600"/>
        <source>The portfolio catalog could not be read. Reinstall Qujat to restore it.</source>
        <translation>Портфолио бөлімдерінің каталогын оқу мүмкін болмады. Оны қалпына келтіру үшін Qujat-ты қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/core/ocr/suggester.cpp" line="+259"/>
        <source>The portfolio catalog is invalid. Reinstall Qujat to restore it.</source>
        <translation>Портфолио бөлімдерінің каталогы бүлінген. Оны қалпына келтіру үшін Qujat-ты қайта орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../app/core/report/charts.cpp" line="+111"/>
        <source>Quality of knowledge by class and subject over three years, %</source>
        <translation>Сынып пен пән бойынша үш жылдағы білім сапасы, %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Awards by level and year</source>
        <translation>Деңгей мен жыл бойынша марапаттар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Table VII has no rows with a result in the last three academic years.</source>
        <translation>VII кестеде соңғы үш оқу жылының нәтижесі бар жол жоқ.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No dated awards with a level in the last five years.</source>
        <translation>Соңғы бес жылда күні мен деңгейі көрсетілген марапат жоқ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Students&apos; awards</source>
        <translation>Оқушылардың марапаттары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The teacher&apos;s own awards</source>
        <translation>Педагогтың өз марапаттары</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../qml/ChartsPage.qml" line="+14"/>
        <source>Charts</source>
        <extracomment>Title of the page with the portfolio&apos;s charts.</extracomment>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Quality of knowledge (%) by class and subject over the last three academic years.</source>
        <extracomment>Caption of the chart of table VII.</extracomment>
        <translation>Соңғы үш оқу жылындағы сынып пен пән бойынша білім сапасы (%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awards by level and year</source>
        <extracomment>Heading of the chart of awards.</extracomment>
        <translation>Деңгей мен жыл бойынша марапаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diplomas, certificates and letters of thanks of the students and of the teacher, by level, over five years.</source>
        <extracomment>Caption of the chart of awards.</extracomment>
        <translation>Оқушылар мен педагогтың бес жылдағы дипломдары, грамоталары мен алғыс хаттары, деңгей бойынша.</translation>
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
        <location filename="../qml/DateField.qml" line="+19"/>
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
        <location line="+58"/>
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
    <name>DirectionsView</name>
    <message>
        <location filename="../qml/DirectionsView.qml" line="+55"/>
        <source>No documents yet</source>
        <extracomment>A direction of the 2024 rules with no documents yet.</extracomment>
        <translation>Әзірге құжат жоқ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Күні жоқ — толық емес</translation>
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
        <location filename="../qml/ErrorBanner.qml" line="+57"/>
        <source>Close the message</source>
        <extracomment>Button that closes an error message.</extracomment>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="+36"/>
        <source>%1 (required)</source>
        <extracomment>A form label of a field that should be filled in; %1 is the field name.</extracomment>
        <translation>%1 (міндетті)</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location filename="../app/core/store/filestore.cpp" line="+81"/>
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
        <location filename="../qml/HomePage.qml" line="+64"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Менің портфолиом</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <source>%n document(s) returned by the school for correction</source>
        <extracomment>Summary on the start page: items the school&apos;s review returned.</extracomment>
        <translation>
            <numerusform>Мектеп %n құжатты түзетуге қайтарды</numerusform>
            <numerusform>Мектеп %n құжатты түзетуге қайтарды</numerusform>
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
        <location line="+10"/>
        <source>Ready for the commission</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>Комиссияға дайын</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Readiness %1%: %n thing(s) to fix</source>
        <extracomment>Summary on the start page; %1 is a percentage, %n the number of findings.</extracomment>
        <translation>
            <numerusform>Дайындық %1%: түзететін %n нәрсе</numerusform>
            <numerusform>Дайындық %1%: түзететін %n нәрсе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check readiness</source>
        <extracomment>Opens the readiness page from the start page.</extracomment>
        <translation>Дайындықты тексеру</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+19"/>
        <source>Want to see how a filled portfolio looks first? The sample is kept apart from yours.</source>
        <translation>Алдымен толтырылған портфолионың қандай болатынын көргіңіз келе ме? Үлгі сіздің портфолиоңыздан бөлек сақталады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a sample portfolio</source>
        <translation>Үлгі портфолионы ашу</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+241"/>
        <source>Add document</source>
        <extracomment>Floating button on phones.</extracomment>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Add from file</source>
        <translation>Файлдан қосу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School guidance</source>
        <extracomment>Groups the start page by the sections of the school&apos;s guidance.</extracomment>
        <translation>Мектеп нұсқаулығы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2024 rules</source>
        <extracomment>Groups the start page by the four directions of the attestation rules of 2024.</extracomment>
        <translation>2024 қағидалары</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
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
        <location filename="../qml/ItemForm.qml" line="+160"/>
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
        <location line="+53"/>
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
        <location line="+15"/>
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
        <location line="+11"/>
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
        <location line="+19"/>
        <source>Date</source>
        <extracomment>Form label: the date of the event or of issue.</extracomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The date on the page can be read as %1 or as %2. Which is it?</source>
        <extracomment>Asked when the date on the page can be read two ways; %1 and %2 are the two dates.</extracomment>
        <translation>Беттегі күнді %1 немесе %2 деп оқуға болады. Қайсысы дұрыс?</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+11"/>
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
        <location line="+16"/>
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
        <location line="+32"/>
        <location line="+8"/>
        <source>Notes</source>
        <extracomment>Form label: free notes about the document.</extracomment>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../qml/ItemPage.qml" line="+79"/>
        <source>Document</source>
        <extracomment>Title of the item page before the item has a title.</extracomment>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location line="+7"/>
        <source>Add from file</source>
        <extracomment>Adds pages from files to an existing item.</extracomment>
        <translation>Файлдан қосу</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location filename="../qml/ItemRow.qml" line="+33"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Күні жоқ — толық емес</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
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
        <location filename="../qml/Main.qml" line="+385"/>
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
        <location line="+16"/>
        <source>Restore the backup of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is the backup&apos;s date and time.</extracomment>
        <translation>%1 сақтық көшірмесін қалпына келтіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from the bundle of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is when the bundle was exported.</extracomment>
        <translation>%1 портфолио файлынан қалпына келтіру</translation>
    </message>
    <message>
        <location line="+280"/>
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
    <name>ModeChooser</name>
    <message>
        <location filename="../qml/ModeChooser.qml" line="+31"/>
        <source>School details</source>
        <extracomment>Title of the first-run question and of the mode setting.</extracomment>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who uses Qujat here?</source>
        <translation>Мұнда Qujat-ты кім қолданады?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A teacher: I build my portfolio</source>
        <extracomment>Mode choice: the teacher&apos;s own portfolio.</extracomment>
        <translation>Мұғалім: өз портфолиомды жинаймын</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The school&apos;s administration: I check the teachers&apos; portfolios</source>
        <extracomment>Mode choice: the administration.</extracomment>
        <translation>Мектеп әкімшілігі: мұғалімдердің портфолиосын тексеремін</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>School&apos;s name</source>
        <extracomment>The school&apos;s name in administration mode.</extracomment>
        <translation>Мектептің атауы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrator: director or deputy director</source>
        <extracomment>Who reviews in administration mode.</extracomment>
        <translation>Әкімші: директор не директордың орынбасары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name is written on every review the teachers receive. You can change the mode later in Settings.</source>
        <translation>Атау мұғалімдер алатын әр пікірде жазылады. Режимді кейін Баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <extracomment>Confirms the mode choice.</extracomment>
        <translation>Жалғастыру</translation>
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
        <location line="+112"/>
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
        <location filename="../app/core/bundle/portfoliojson.cpp" line="+125"/>
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
    <name>PresentationView</name>
    <message>
        <location filename="../qml/PresentationView.qml" line="+128"/>
        <source>Contents</source>
        <extracomment>Returns from a document to the contents in presentation mode.</extracomment>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portfolio contents</source>
        <extracomment>Heading of the contents page in presentation mode.</extracomment>
        <translation>Портфолио мазмұны</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page %1 of %2</source>
        <extracomment>Page counter in presentation mode.</extracomment>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish</source>
        <extracomment>Leaves presentation mode.</extracomment>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <extracomment>Placeholder of the search field in presentation mode.</extracomment>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All levels</source>
        <translation>Барлық деңгейлер</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No document matches the search and filters.</source>
        <extracomment>Presentation mode when search or filters leave no document.</extracomment>
        <translation>Іздеу мен сүзгілерге сай құжат жоқ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Page %1 of %2</source>
        <extracomment>Accessible description of a page in presentation mode.</extracomment>
        <translation>%2 беттің %1-беті</translation>
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
    <name>ReadinessChecker</name>
    <message>
        <location filename="../app/core/rules/readiness.cpp" line="+278"/>
        <source>table %1 «%2»</source>
        <translation>%1 кесте «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section %1 «%2»</source>
        <extracomment>A section of the portfolio in a readiness message; %1 is its number, %2 its name.</extracomment>
        <translation>%1-бөлім «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>untitled document</source>
        <extracomment>Stands for an item that has no title in a readiness message.</extracomment>
        <translation>атаусыз құжат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no planned attestation date. Add it, so that the 5-year and 3-year windows can be checked.</source>
        <translation>Профильде аттестаттаудың жоспарланған күні жоқ. 5 жылдық және 3 жылдық мерзімдерді тексеру үшін оны қосыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» in %2 has no date. Every material must carry one: add the date.</source>
        <translation>«%1» (%2) құжатының күні жоқ. Әр материалдың күні болуы керек: күнін қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the window of «%1»</source>
        <extracomment>%1 is the name of a document kind whose own time window applies.</extracomment>
        <translation>«%1» мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window of %1</source>
        <extracomment>%1 is a section or table, whose time window applies.</extracomment>
        <translation>%1 мерзімі</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>«%1» is dated %2, before %3: outside the %n-year window before the attestation on %5 (%4). Correct the date or remove the document.</source>
        <extracomment>%1 title, %2 its date, %3 the first date inside the window, %4 the rule, %5 the attestation date, %n the window in years.</extracomment>
        <translation>
            <numerusform>«%1» құжатының күні %2, бұл %3 күнінен ерте: %5 аттестаттау алдындағы %n жылдық мерзімнен тыс (%4). Күнін түзетіңіз немесе құжатты алып тастаңыз.</numerusform>
            <numerusform>«%1» құжатының күні %2, бұл %3 күнінен ерте: %5 аттестаттау алдындағы %n жылдық мерзімнен тыс (%4). Күнін түзетіңіз немесе құжатты алып тастаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 allows at most %n document(s) and has %2. Remove «%3» or choose which to keep.</source>
        <extracomment>%1 is a section, table or document kind, %2 the number of items, %3 an item&apos;s title, %n the maximum.</extracomment>
        <translation>
            <numerusform>%1: %n құжаттан артық болмауы керек, ал қазір %2. «%3» құжатын алып тастаңыз немесе қайсысын қалдыратыныңызды таңдаңыз.</numerusform>
            <numerusform>%1: %n құжаттан артық болмауы керек, ал қазір %2. «%3» құжатын алып тастаңыз немесе қайсысын қалдыратыныңызды таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required document missing: «%1». Add it to %2.</source>
        <extracomment>%1 is the name of a required document, %2 the section it belongs to.</extracomment>
        <translation>Міндетті құжат жоқ: «%1». Оны қосыңыз: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» has no «%2», which %3 requires. Fill it in.</source>
        <extracomment>%1 is an item&apos;s title, %2 a column or field name, %3 the section or table.</extracomment>
        <translation>«%1» құжатында «%2» толтырылмаған, оны %3 талап етеді. Толтырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administration returned «%1» in %2. Correct the document and send the portfolio again.</source>
        <extracomment>%1 is an item&apos;s title, %2 its section or table.</extracomment>
        <translation>Әкімшілік «%1» құжатын қайтарды (%2). Құжатты түзетіп, портфолионы қайта жіберіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administration returned «%1» in %2: «%3». Correct the document as the comment asks and send the portfolio again.</source>
        <extracomment>%1 is an item&apos;s title, %2 its section or table, %3 the administration&apos;s comment.</extracomment>
        <translation>Әкімшілік «%1» құжатын қайтарды (%2): «%3». Құжатты пікірде айтылғандай түзетіп, портфолионы қайта жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../qml/ReadinessPage.qml" line="+32"/>
        <source>Readiness for attestation</source>
        <extracomment>Title of the readiness page.</extracomment>
        <translation>Аттестаттауға дайындық</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ready for the commission</source>
        <extracomment>Overall state on the readiness page.</extracomment>
        <translation>Комиссияға дайын</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to fix</source>
        <extracomment>Overall state on the readiness page; %n is the number of findings.</extracomment>
        <translation>
            <numerusform>Түзететін %n нәрсе</numerusform>
            <numerusform>Түзететін %n нәрсе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned attestation: %1. Items count within 5 years before it, table VII within 3 years.</source>
        <extracomment>%1 is the planned attestation date.</extracomment>
        <translation>Жоспарланған аттестаттау: %1. Құжаттар одан бұрынғы 5 жыл ішінде, VII кесте 3 жыл ішінде есептеледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the planned attestation date in the profile to check the time windows.</source>
        <translation>Мерзімдерді тексеру үшін профильде аттестаттаудың жоспарланған күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Present to the commission</source>
        <extracomment>Starts presentation mode for the commission.</extracomment>
        <translation>Комиссияға көрсету</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to fix</source>
        <extracomment>Heading of the list of findings on the readiness page.</extracomment>
        <translation>Нені түзету керек</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sections</source>
        <extracomment>Heading of the per-section readiness on the readiness page.</extracomment>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ready</source>
        <extracomment>A section with no findings on the readiness page.</extracomment>
        <translation>Дайын</translation>
    </message>
</context>
<context>
    <name>ReceivedFileBanner</name>
    <message>
        <location filename="../qml/ReceivedFileBanner.qml" line="+66"/>
        <source>Switch to school mode and import</source>
        <extracomment>Switches the app to the school administration mode and imports the bundle just opened.</extracomment>
        <translation>Мектеп режиміне ауысып, импорттау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the message</source>
        <extracomment>Button that closes the message about a received file.</extracomment>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/core/report/reportwriter.cpp" line="+230"/>
        <location line="+688"/>
        <source>Attestation portfolio</source>
        <translation>Аттестаттау портфолиосы</translation>
    </message>
    <message>
        <location line="-686"/>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Teacher&apos;s attestation portfolio</source>
        <translation>Педагогтың аттестаттау портфолиосы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents, tables I–VIII and materials of pedagogical work</source>
        <translation>Құжаттар, I–VIII кестелер және педагогикалық жұмыс материалдары</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The teacher&apos;s name is not filled in</source>
        <translation>Педагогтың аты-жөні толтырылмаған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject: %1</source>
        <translation>Пәні: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+205"/>
        <source>Current category</source>
        <translation>Қазіргі санаты</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+205"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+204"/>
        <source>Category applied for</source>
        <translation>Өтініш берілген санат</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+205"/>
        <source>Planned attestation date</source>
        <translation>Аттестаттаудың жоспарланған күні</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Period covered</source>
        <translation>Қамтылған кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+492"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-487"/>
        <source>Prepared on</source>
        <translation>Дайындалған күні</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+97"/>
        <source>The portfolio by the directions of the 2024 rules</source>
        <translation>2024 жылғы ережелердің бағыттары бойынша портфолио</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+167"/>
        <source>The teacher&apos;s profile</source>
        <translation>Педагог туралы мәлімет</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+384"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The same documents grouped by the four directions of the attestation rules as amended in 2024. The number on the right is the page where the document is.</source>
        <translation>Сол құжаттар 2024 жылы өзгертілген аттестаттау ережелерінің төрт бағыты бойынша топтастырылған. Оң жақтағы сан құжат орналасқан бетті көрсетеді.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No documents in this direction yet.</source>
        <translation>Бұл бағыт бойынша әзірге құжат жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+335"/>
        <source>Untitled item</source>
        <translation>Атауы жоқ құжат</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+67"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty by diploma</source>
        <translation>Диплом бойынша мамандығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of work</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Атқаратын қызметі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Пәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of work in education</source>
        <translation>Білім беру ұйымындағы еңбек өтілі, жыл</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No rows yet</source>
        <translation>Әзірге жол жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (continued)</source>
        <translation>%1 (жалғасы)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given: the item is incomplete until it has a date</source>
        <translation>көрсетілмеген: күні қойылмайынша құжат толық емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Issued by</source>
        <translation>Берген ұйым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No page is attached to this item.</source>
        <translation>Бұл құжатқа бет тіркелмеген.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached file: %1. The file itself is kept in the portfolio and in the bundle.</source>
        <translation>Тіркелген файл: %1. Файлдың өзі портфолиода және экспортталған топтамада сақталады.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Attestation portfolio: %1</source>
        <translation>Аттестаттау портфолиосы: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF portfolio could not be written. Check that there is free space, then try again.</source>
        <translation>PDF портфолио жазылмады. Құрылғыда бос орын бар-жоғын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The PDF could not be saved to %1. Choose a folder you can write to, then try again.</source>
        <translation>PDF файлы %1 қалтасына сақталмады. Жазуға болатын қалтаны таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be saved to %1. Check that there is free space, then try again.</source>
        <translation>PDF файлы %1 қалтасына сақталмады. Құрылғыда бос орын бар-жоғын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Портфолио</translation>
    </message>
    <message>
        <location filename="../app/gui/reportexporter.cpp" line="+46"/>
        <source>The PDF could not be saved there. Choose another place, then try again.</source>
        <translation>PDF файлы ол жерге сақталмады. Басқа орын таңдап, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>ReviewChip</name>
    <message>
        <location filename="../qml/ReviewChip.qml" line="+23"/>
        <source>Accepted</source>
        <extracomment>Review status of an item: the school certified the copy.</extracomment>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <extracomment>Review status of an item: the school sent it back for correction.</extracomment>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since the review</source>
        <extracomment>Review status of an item edited after the school&apos;s review.</extracomment>
        <translation>Пікірден кейін өзгертілді</translation>
    </message>
</context>
<context>
    <name>ReviewFile</name>
    <message>
        <location filename="../app/core/review/reviewfile.cpp" line="+115"/>
        <source>Qujat could not write the review file %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat %1 пікір файлын жаза алмады. Қалтаға жазуға болатынын және дискінің толмағанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to send yet: mark at least one item or write a note for the portfolio.</source>
        <translation>Әзірге жіберетін ештеңе жоқ: кемінде бір құжатты белгілеңіз немесе портфолиоға ескертпе жазыңыз.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This file is not a Qujat review. Ask the school&apos;s administration to export the review from Qujat and send that file. Nothing was changed.</source>
        <translation>Бұл файл Qujat пікірі емес. Мектеп әкімшілігінен пікірді Qujat-тан экспорттап, сол файлды жіберуін сұраңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>%1 файлы жоқ немесе ол файл емес.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The review file is damaged or was changed after the school exported it. Ask the school&apos;s administration to export the review again. Nothing was changed.</source>
        <translation>Пікір файлы зақымдалған немесе мектеп оны экспорттағаннан кейін өзгертілген. Мектеп әкімшілігінен пікірді қайта экспорттауды сұраңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is a teacher&apos;s portfolio bundle, not a review. The school imports bundles; the teacher imports the review the school sends back.</source>
        <translation>Бұл файл — пікір емес, мұғалім портфолиосының архиві. Архивтерді мектеп импорттайды, ал мұғалім мектеп қайтарған пікірді импорттайды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>This review was made by a newer version of Qujat. Update Qujat to import it. Nothing was changed.</source>
        <translation>Бұл пікір Qujat-тың жаңа нұсқасында жасалған. Оны импорттау үшін Qujat-ты жаңартыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The review is not signed by the school, or it was changed after signing, so it cannot be trusted. Ask the administration to export it again. Nothing was changed.</source>
        <translation>Пікірге мектеп қол қоймаған немесе ол қол қойылғаннан кейін өзгертілген, сондықтан оған сенуге болмайды. Әкімшіліктен оны қайта экспорттауды сұраңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This review is for another portfolio (%1), not for this one. Check that you opened the file meant for you; ask the administration for your own review. Nothing was changed.</source>
        <translation>Бұл пікір осы портфолиоға емес, басқа портфолиоға (%1) арналған. Өзіңізге арналған файлды ашқаныңызды тексеріңіз; әкімшіліктен өз пікіріңізді сұраңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This review is older than the one already imported (%1), so it was not imported. Nothing was changed.</source>
        <translation>Бұл пікір бұрын импортталғанынан (%1) ескі, сондықтан импортталмады. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This review is signed by another key than the school&apos;s earlier reviews. If the administration changed computer or reinstalled Qujat, confirm the new key (on the command line: review import --accept-new-key). Nothing was changed.</source>
        <translation>Бұл пікірге мектептің бұрынғы пікірлерінен басқа кілтпен қол қойылған. Әкімшілік компьютерін ауыстырса не Qujat-ты қайта орнатса, жаңа кілтті растаңыз (командалық жолда: review import --accept-new-key). Ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../qml/ReviewPanel.qml" line="+66"/>
        <source>Accepted by the school: the copy is certified.</source>
        <extracomment>Banner on an item the school accepted.</extracomment>
        <translation>Мектеп қабылдады: көшірме куәландырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned by the school for correction. Fix it, then send the portfolio again.</source>
        <extracomment>Banner on an item the school returned.</extracomment>
        <translation>Мектеп түзетуге қайтарды. Түзетіп, портфолионы қайта жіберіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since the school&apos;s review. Send the portfolio again so that the school checks it.</source>
        <extracomment>Banner on a returned or accepted item the teacher edited since.</extracomment>
        <translation>Мектептің пікірінен кейін өзгертілді. Мектеп тексеруі үшін портфолионы қайта жіберіңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment: %1</source>
        <extracomment>The administration&apos;s comment on an item; %1 is the comment.</extracomment>
        <translation>Пікір: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review</source>
        <extracomment>Heading of the review controls on an item.</extracomment>
        <translation>Пікір</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not reviewed yet</source>
        <extracomment>Review status of an item that was not reviewed yet.</extracomment>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comment for the teacher (required to return)</source>
        <extracomment>Placeholder of the comment on an item under review.</extracomment>
        <translation>Мұғалімге түсініктеме (қайтару үшін міндетті)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept</source>
        <extracomment>Marks an item as accepted: the copy is certified.</extracomment>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Return for correction</source>
        <extracomment>Returns an item to the teacher with the comment.</extracomment>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear the mark</source>
        <extracomment>Removes the review mark of an item.</extracomment>
        <translation>Белгіні алып тастау</translation>
    </message>
</context>
<context>
    <name>ReviewStatusText</name>
    <message>
        <location filename="../app/core/report/reviewstatus.cpp" line="+22"/>
        <source>Accepted: copy certified by the administration</source>
        <extracomment>The review line of a document page in the PDF: the administration accepted the item.</extracomment>
        <translation>Қабылданды: көшірмені әкімшілік куәландырды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned for correction</source>
        <translation>Түзетуге қайтарылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned for correction: %1</source>
        <extracomment>%1 is the administration&apos;s comment.</extracomment>
        <translation>Түзетуге қайтарылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after the review; waits for the next one</source>
        <translation>Пікірден кейін өзгертілді, келесі пікірді күтуде</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../app/core/review/review.cpp" line="+25"/>
        <source>Qujat could not save the review. Check that the disk is not full, then try again.</source>
        <translation>Qujat пікірді сақтай алмады. Дискінің толмағанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A review mark is either accepted or returned.</source>
        <translation>Белгі не «қабылданды», не «қайтарылды» болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This item is no longer in the portfolio, so it cannot be marked.</source>
        <translation>Бұл құжат портфолиода енді жоқ, сондықтан оны белгілеу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the teacher should correct: a returned item needs a comment.</source>
        <translation>Мұғалім нені түзету керегін жазыңыз: қайтарылған құжатқа түсініктеме қажет.</translation>
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
        <location filename="../app/core/sample/samplegenerator.cpp" line="+732"/>
        <source>The sample portfolio could not be created. Check the free disk space and try again.</source>
        <translation>Үлгі портфолионы жасау мүмкін болмады. Дискідегі бос орынды тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>SchoolReport</name>
    <message>
        <location filename="../app/core/school/schoolreport.cpp" line="+78"/>
        <source>The portfolio is empty.</source>
        <translation>Портфолио бос.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n required document(s) missing.</source>
        <translation>
            <numerusform>%n міндетті құжат жетпейді.</numerusform>
            <numerusform>%n міндетті құжат жетпейді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) returned for correction.</source>
        <translation>
            <numerusform>%n құжат түзетуге қайтарылды.</numerusform>
            <numerusform>%n құжат түзетуге қайтарылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) changed since the review.</source>
        <translation>
            <numerusform>%n құжат пікірден кейін өзгертілді.</numerusform>
            <numerusform>%n құжат пікірден кейін өзгертілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more finding(s) of the rules: dates, time windows, limits or required values.</source>
        <translation>
            <numerusform>Ережелер бойынша тағы %n ескерту бар: күндер, мерзімдер, шектеулер не міндетті мәндер.</numerusform>
            <numerusform>Ережелер бойынша тағы %n ескерту бар: күндер, мерзімдер, шектеулер не міндетті мәндер.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+18"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Changed since the review</source>
        <translation>Пікірден кейін өзгертілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reviewed</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category sought</source>
        <translation>Сұралатын санат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned attestation</source>
        <translation>Жоспарлы аттестация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections with items</source>
        <translation>Құжаты бар бөлімдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required documents missing</source>
        <translation>Жетпейтін міндетті құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Соңғы архив</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Берген ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item id</source>
        <translation>Құжат идентификаторы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Qujat could not write %1. Check that the folder is writable and the file is not open in another program, then try again.</source>
        <translation>Qujat %1 файлын жаза алмады. Қалтаға жазуға болатынын және файлдың басқа бағдарламада ашық емес екенін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>SchoolSettings</name>
    <message>
        <location filename="../qml/SchoolSettings.qml" line="+21"/>
        <source>Mode</source>
        <extracomment>Settings heading: teacher or administration mode.</extracomment>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administration mode: %1</source>
        <extracomment>The current mode in the settings; %1 is the school&apos;s name.</extracomment>
        <translation>Әкімшілік режимі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher mode: your own portfolio.</source>
        <extracomment>The current mode in the settings.</extracomment>
        <translation>Мұғалім режимі: өз портфолиоңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the mode</source>
        <extracomment>Opens the question teacher or administration.</extracomment>
        <translation>Режимді өзгерту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School details</source>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The school&apos;s review</source>
        <extracomment>Settings heading of the review import on the teacher&apos;s side.</extracomment>
        <translation>Мектептің пікірі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The administration checks your portfolio and sends back a review file. Import it to see which documents were accepted and which were returned for correction.</source>
        <translation>Әкімшілік портфолиоңызды тексеріп, пікір файлын қайтарады. Қай құжаттар қабылданғанын, қайсысы түзетуге қайтарылғанын көру үшін оны импорттаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note from the school: %1</source>
        <extracomment>The administration&apos;s note on the whole portfolio; %1 is the note.</extracomment>
        <translation>Мектептің ескертпесі: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import the school&apos;s review</source>
        <extracomment>Opens the file chooser for the school&apos;s review file.</extracomment>
        <translation>Мектептің пікірін импорттау</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the review file</source>
        <extracomment>Title of the file chooser for the school&apos;s review.</extracomment>
        <translation>Пікір файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qujat review (*.zip)</source>
        <translation>Qujat пікірі (*.zip)</translation>
    </message>
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <location filename="../app/cli/bundlecommands.cpp" line="+118"/>
        <location filename="../app/core/school/schoolstore.cpp" line="+403"/>
        <source>The bundle of %1 was changed after it was signed, so it cannot be trusted. Ask the teacher to export it again. Nothing was imported.</source>
        <translation>%1 портфолио файлы қол қойылғаннан кейін өзгертілген, сондықтан оған сенуге болмайды. Мұғалімнен оны қайта экспорттауды сұраңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../app/core/school/schoolstore.cpp" line="-311"/>
        <source>Qujat could not write the school&apos;s data. Check that the disk is not full, then try again. Nothing was imported.</source>
        <translation>Qujat мектеп деректерін жаза алмады. Дискінің толып қалмағанын тексеріп, қайталап көріңіз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Qujat cannot create the school&apos;s data folder %1. Choose a writable folder.</source>
        <translation>Qujat мектептің %1 деректер қалтасын жасай алмайды. Жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The folder %1 holds a teacher&apos;s portfolio, not the school&apos;s data. Choose another folder for the school.</source>
        <translation>%1 қалтасында мектеп деректері емес, мұғалімнің портфолиосы бар. Мектеп үшін басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The school&apos;s data is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Мектеп деректері Qujat бағдарламасының басқа терезесінде немесе qujat-cli ішінде ашық. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat cannot write in the school&apos;s data folder %1. Check that the disk is not full and the folder is writable, then try again. Nothing was changed.</source>
        <translation>Qujat мектептің %1 деректер қалтасына жаза алмайды. Дискінің толып қалмағанын және қалтаға жазуға болатынын тексеріп, қайталап көріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>No portfolio of this teacher has been imported.</source>
        <translation>Бұл мұғалімнің портфолиосы әлі импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+50"/>
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
    <message>
        <location filename="../app/core/school/schoolinfo.cpp" line="+45"/>
        <source>Qujat could not save the school&apos;s name. Check that the disk is not full, then try again.</source>
        <translation>Qujat мектептің атауын сақтай алмады. Дискінің толмағанын тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>SchoolSummaryPane</name>
    <message>
        <location filename="../qml/SchoolSummaryPane.qml" line="+40"/>
        <source>School summary</source>
        <extracomment>Heading of the school&apos;s summary.</extracomment>
        <translation>Мектеп бойынша қорытынды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 teachers are ready for attestation. %3 documents in all portfolios.</source>
        <extracomment>%1 ready teachers of %2; %3 items in all portfolios.</extracomment>
        <translation>%2 мұғалімнің %1-і аттестацияға дайын. Барлық портфолиода %3 құжат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents by level and year</source>
        <extracomment>Heading of the awards table of the school&apos;s summary.</extracomment>
        <translation>Деңгей мен жыл бойынша құжаттар</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No documents with a level yet.</source>
        <extracomment>The summary has no documents with a level yet.</extracomment>
        <translation>Деңгейі көрсетілген құжат әлі жоқ.</translation>
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
        <location line="+74"/>
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
        <location filename="../qml/SettingsPage.qml" line="+22"/>
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
        <location line="+34"/>
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
        <source>For the commission</source>
        <extracomment>Settings heading: the portfolio printed or shown to the attestation commission.</extracomment>
        <translation>Комиссия үшін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole portfolio as one PDF file: cover, contents, tables I–VIII, charts and every document with its details.</source>
        <translation>Бүкіл портфолио бір PDF файлында: мұқаба, мазмұны, I–VIII кестелер, диаграммалар және әр құжат өз мәліметтерімен.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <extracomment>Saves the portfolio as a PDF file.</extracomment>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charts</source>
        <extracomment>Opens the page with the portfolio&apos;s charts.</extracomment>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+46"/>
        <source>Saved: %1</source>
        <extracomment>Shown after saving the PDF; %1 is the file&apos;s path.</extracomment>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the portfolio as PDF</source>
        <extracomment>Title of the dialog that saves the portfolio as a PDF.</extracomment>
        <translation>Портфолионы PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter in the save dialog.</extracomment>
        <translation>PDF файлдары (*.pdf)</translation>
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
        <location filename="../app/core/store/migrations.cpp" line="+233"/>
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
        <location filename="../app/core/store/store.cpp" line="+56"/>
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
        <location line="+28"/>
        <source>The portfolio database in %1 cannot be opened. Check that the folder is writable.</source>
        <translation>%1 қалтасындағы портфолио дерекқорын ашу мүмкін емес. Қалтаға жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Qujat cannot open the portfolio because it cannot write to %1. Check that the disk is not full and that the folder is writable, then start Qujat again. Nothing was changed.</source>
        <translation>Qujat портфолионы аша алмайды, себебі %1 қалтасына жаза алмайды. Дискіде бос орын бар-жоғын және қалтаға жазуға рұқсат барын тексеріп, Qujat-ты қайта іске қосыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>The portfolio database is damaged and Qujat could not move it aside. Check that the data folder %1 is writable, then start Qujat again.</source>
        <translation>Портфолио дерекқоры бүлінген, ал Qujat оны басқа орынға көшіре алмады. %1 деректер қалтасына жазуға болатынын тексеріп, Qujat-ты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+103"/>
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
    <name>SuggestedTag</name>
    <message>
        <location filename="../qml/SuggestedTag.qml" line="+8"/>
        <source>Suggested</source>
        <extracomment>Tag beside a form field filled in from the text read on the page.</extracomment>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested from the page&apos;s text; check it</source>
        <translation>Беттегі мәтіннен ұсынылған, тексеріңіз</translation>
    </message>
</context>
<context>
    <name>TeacherBanner</name>
    <message>
        <location filename="../qml/TeacherBanner.qml" line="+60"/>
        <source>‹ Teachers</source>
        <extracomment>Leaves a teacher&apos;s portfolio for the teachers list.</extracomment>
        <translation>‹ Мұғалімдер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only</source>
        <extracomment>Marks a teacher&apos;s portfolio shown in administration mode.</extracomment>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note on the whole portfolio for the teacher</source>
        <extracomment>Placeholder of the administration&apos;s note on a whole portfolio.</extracomment>
        <translation>Мұғалімге бүкіл портфолио туралы ескертпе</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the note</source>
        <extracomment>Saves the note on the whole portfolio.</extracomment>
        <translation>Ескертпені сақтау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the review…</source>
        <extracomment>Saves the review file to send back to the teacher.</extracomment>
        <translation>Пікірді жіберу…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the review for the teacher</source>
        <extracomment>Title of the file chooser when saving a review file.</extracomment>
        <translation>Мұғалімге арналған пікірді сақтау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qujat review (*.zip)</source>
        <extracomment>File chooser filter for review files.</extracomment>
        <translation>Qujat пікірі (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Send this file to the teacher: Qujat opens it in Settings → Import the school&apos;s review.</source>
        <extracomment>After saving a review file.</extracomment>
        <translation>Сақталды. Бұл файлды мұғалімге жіберіңіз: Qujat оны «Баптаулар → Мектептің пікірін импорттау» арқылы ашады.</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../qml/TeachersPage.qml" line="+34"/>
        <source>Teachers</source>
        <extracomment>Title of the teachers list in administration mode.</extracomment>
        <translation>Мұғалімдер</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The school&apos;s name is not set</source>
        <extracomment>Shown until the school&apos;s name is set.</extracomment>
        <translation>Мектептің атауы енгізілмеген</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready for attestation: %1 of %2 teachers</source>
        <extracomment>Summary of the teachers list; %1 ready teachers of %2.</extracomment>
        <translation>Аттестацияға дайын: %2 мұғалімнің %1-і</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) returned for correction</source>
        <extracomment>Summary of the teachers list.</extracomment>
        <translation>
            <numerusform>%n құжат түзетуге қайтарылды</numerusform>
            <numerusform>%n құжат түзетуге қайтарылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No portfolio yet. Import the bundle files the teachers sent you, or drop them here.</source>
        <extracomment>Shown while no teacher&apos;s bundle was imported.</extracomment>
        <translation>Әзірге портфолио жоқ. Мұғалімдер жіберген архив файлдарын импорттаңыз немесе осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import bundles</source>
        <extracomment>Opens the file chooser to import teachers&apos; bundles.</extracomment>
        <translation>Архивтерді импорттау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>School details</source>
        <extracomment>Opens the form with the school&apos;s name and the administrator.</extracomment>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teachers CSV</source>
        <extracomment>Saves the teachers list as a CSV file for spreadsheets.</extracomment>
        <translation>Мұғалімдер CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>teachers</source>
        <translation>мұғалімдер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All items CSV</source>
        <extracomment>Saves every item of every teacher as a CSV file.</extracomment>
        <translation>Барлық құжаттар CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items</source>
        <translation>құжаттар</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search all portfolios: title, issuer, QR code, notes</source>
        <extracomment>Search across the items of all teachers.</extracomment>
        <translation>Барлық портфолиодан іздеу: атауы, ұйым, QR код, ескертпе</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sort and filter</source>
        <extracomment>Shows the sort order and filters of the teachers list on phones.</extracomment>
        <translation>Сұрыптау және сүзгі</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By name</source>
        <extracomment>Sort order of the teachers list.</extracomment>
        <translation>Аты бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By readiness</source>
        <extracomment>Sort order of the teachers list: least ready first.</extracomment>
        <translation>Дайындығы бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By attestation date</source>
        <extracomment>Sort order of the teachers list: nearest attestation first.</extracomment>
        <translation>Аттестация күні бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By last bundle</source>
        <extracomment>Sort order of the teachers list: newest bundle first.</extracomment>
        <translation>Соңғы архив бойынша</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All teachers</source>
        <extracomment>Filter of the teachers list.</extracomment>
        <translation>Барлық мұғалім</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Ready</source>
        <extracomment>Filter of the teachers list.
----------
Readiness of a teacher&apos;s portfolio.</extracomment>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Not ready</source>
        <extracomment>Filter of the teachers list.</extracomment>
        <translation>Дайын емес</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All subjects</source>
        <extracomment>Filter of the teachers list: every subject.</extracomment>
        <translation>Барлық пән</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n document(s)</source>
        <extracomment>Number of items in a teacher&apos;s portfolio.</extracomment>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attestation %1</source>
        <extracomment>Planned attestation date of a teacher; %1 is a date.</extracomment>
        <translation>Аттестация %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle of %1</source>
        <extracomment>Date of the teacher&apos;s last bundle; %1 is a date.</extracomment>
        <translation>%1 архиві</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No teacher matches the filters.</source>
        <extracomment>The filters of the teachers list leave no teacher.</extracomment>
        <translation>Сүзгіге сай мұғалім жоқ.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing found in the teachers&apos; portfolios.</source>
        <extracomment>The search across all teachers found nothing.</extracomment>
        <translation>Мұғалімдердің портфолиосынан ештеңе табылмады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as CSV</source>
        <extracomment>Title of the file chooser when saving a CSV file.</extracomment>
        <translation>CSV ретінде сақтау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <extracomment>File chooser filter for CSV files.</extracomment>
        <translation>Электрондық кестелерге арналған CSV файлдары (*.csv)</translation>
    </message>
</context>
<context>
    <name>TextRecognizer</name>
    <message>
        <location filename="../app/core/ocr/textrecognizer.cpp" line="+117"/>
        <source>This page has no image to read text from.</source>
        <translation>Бұл бетте мәтін оқитын сурет жоқ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qujat could not read the text of this page. Fill in the fields by hand.</source>
        <translation>Qujat бұл беттің мәтінін оқи алмады. Өрістерді қолмен толтырыңыз.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Text recognition is not available in this copy of Qujat, so no fields are suggested. Fill them in by hand.</source>
        <translation>Qujat-тың бұл нұсқасында мәтінді тану жоқ, сондықтан өрістер ұсынылмайды. Оларды қолмен толтырыңыз.</translation>
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
        <location filename="../app/gui/appcontroller.cpp" line="+126"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2 or the bundle you exported on %3: items added after the one you choose will be missing.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына жылжытып, бос портфолио бастады. Фотосуреттеріңіз бен файлдарыңыз деректер қалтасында қалады. %2 кезіндегі сақтық көшірмені немесе %3 кезінде экспорттаған портфолио файлыңызды қалпына келтіре аласыз: таңдағаныңыздан кейін қосылған құжаттар болмайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the portfolio from the bundle you exported on %2: items added after it will be missing.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына жылжытып, бос портфолио бастады. Фотосуреттеріңіз бен файлдарыңыз деректер қалтасында қалады. Портфолионы %2 кезінде экспорттаған портфолио файлыңыздан қалпына келтіре аласыз: одан кейін қосылған құжаттар болмайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2: items added after it will be missing.</source>
        <translation>Портфолио дерекқоры зақымдалған, сондықтан Qujat оны %1 қалтасына жылжытып, бос портфолио ашты. Фотолар мен файлдар деректер қалтасында қалды. %2 сақтық көшірмесін қалпына келтіруге болады. Одан кейін қосылған құжаттар болмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. Keep the moved database: it is needed to recover the portfolio.</source>
        <translation>Портфолио дерекқоры бүлінген, сондықтан Qujat оны %1 қалтасына көшіріп, бос портфолио ашты. Фотолар мен файлдар деректер қалтасында қалды. Көшірілген дерекқорды өшірмеңіз: портфолионы қалпына келтіру үшін ол қажет.</translation>
    </message>
    <message>
        <location line="+394"/>
        <source>No application on this device opens this file. Install a viewer for this file type, or share the file to another device.</source>
        <translation>Бұл құрылғыда осы файлды ашатын қолданба жоқ. Осы түрдегі файлдарды ашатын қолданба орнатыңыз немесе файлды басқа құрылғыға жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>qujat::BundleController</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecontroller.cpp" line="+120"/>
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
    <name>qujat::FileOpenRouter</name>
    <message>
        <location filename="../app/gui/fileopenrouter.cpp" line="+59"/>
        <source>%1 is a teacher&apos;s portfolio bundle. Bundles are imported in the school administration mode: switch to it to import this file, or send the file to your school&apos;s administration.</source>
        <extracomment>%1 is a file name. Shown in the teacher&apos;s mode when a portfolio bundle is opened with the app.</extracomment>
        <translation>%1 — мұғалімнің портфолио архиві. Архивтер мектеп әкімшілігінің режимінде импортталады: бұл файлды импорттау үшін сол режимге ауысыңыз немесе файлды мектеп әкімшілігіне жіберіңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qujat cannot open %1: it is neither a portfolio bundle nor a review file made by Qujat. Check that you chose the right file.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Qujat %1 файлын аша алмайды: бұл Qujat жасаған портфолио архиві де, пікір файлы да емес. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>qujat::Importer</name>
    <message>
        <location filename="../app/gui/importer.cpp" line="+232"/>
        <source>Changing the page was cancelled.</source>
        <translation>Бетті өзгерту тоқтатылды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and try again.</source>
        <translation>Qujat бұл бетті JPEG ретінде сақтай алмады. Құрылғыда бос орын барын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>This file is already in the portfolio, in “%1”. Save it only if you want a second copy.</source>
        <extracomment>%1 is the title of the item that already has this photo or file.</extracomment>
        <translation>Бұл файл портфолиода бар: «%1». Екінші данасы керек болса ғана сақтаңыз.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Qujat could not write the sample photo. Check that the device has free space and try again.</source>
        <translation>Qujat үлгі фотоны жаза алмады. Құрылғыда бос орын барын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+150"/>
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
        <location filename="../app/gui/itemeditor.cpp" line="+137"/>
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
    <name>qujat::PlatformBridge</name>
    <message>
        <location filename="../app/gui/platformbridge.cpp" line="+78"/>
        <source>Qujat could not open %1: the file does not exist or cannot be read. Check the file and open it again.</source>
        <translation>Qujat %1 файлын аша алмады: файл жоқ немесе оны оқу мүмкін емес. Файлды тексеріп, қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save a copy as %1: %2. Choose another folder and try again.</source>
        <translation>Көшірмені %1 ретінде сақтау мүмкін болмады: %2. Басқа қалтаны таңдап, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>qujat::SchoolController</name>
    <message>
        <location filename="../app/gui/schoolcontroller.cpp" line="+209"/>
        <source>Enter the school&apos;s name: it is written on every review.</source>
        <translation>Мектептің атауын енгізіңіз: ол әр пікірде жазылады.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Checking and importing %1…</source>
        <extracomment>Shown while a bundle is checked and imported; %1 is the file name.</extracomment>
        <translation>%1 тексеріліп, импортталуда…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>an unnamed teacher</source>
        <translation>аты көрсетілмеген мұғалім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this bundle was imported before; nothing changed.</source>
        <extracomment>%1 is the teacher&apos;s name.</extracomment>
        <translation>%1: бұл архив бұрын импортталған, ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 new, %3 updated, %4 deleted, %5 unchanged.</source>
        <extracomment>The outcome of a bundle import; %1 is the teacher&apos;s name, then counts of items.</extracomment>
        <translation>%1: %2 жаңа, %3 жаңартылды, %4 жойылды, %5 өзгеріссіз.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Review</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open your own portfolio to import a review.</source>
        <translation>Пікірді импорттау үшін өз портфолиоңызды ашыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This review was imported before; nothing changed.</source>
        <translation>Бұл пікір бұрын импортталған, ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review from %1: %2 accepted, %3 returned for correction.</source>
        <extracomment>After importing the school&apos;s review; %1 is the school, %2 and %3 counts of items.</extracomment>
        <translation>%1 пікірі: %2 қабылданды, %3 түзетуге қайтарылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the school</source>
        <translation>мектеп</translation>
    </message>
</context>
</TS>

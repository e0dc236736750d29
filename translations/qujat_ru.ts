<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddPage</name>
    <message>
        <location filename="../qml/AddPage.qml" line="+75"/>
        <source>Add pages</source>
        <extracomment>Title of the page that adds pages to an existing item.</extracomment>
        <translation>Добавление страниц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New document</source>
        <extracomment>Title of the page that files a new item.</extracomment>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saving…</source>
        <extracomment>Shown while a new item is written to the portfolio.</extracomment>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the pages…</source>
        <extracomment>Shown while photos and files are read, straightened and scanned for codes.</extracomment>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pages (%1)</source>
        <extracomment>Heading of the draft&apos;s pages; %1 is their number.</extracomment>
        <translation>Страницы (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pages yet. Take a photo of the document or choose a file.</source>
        <translation>Страниц пока нет. Сфотографируйте документ или выберите файл.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Remove page %1</source>
        <extracomment>Removes one page from the draft; %1 is its number.</extracomment>
        <translation>Убрать страницу %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take another photo</source>
        <extracomment>Takes one more photo for the same document.</extracomment>
        <translation>Сделать ещё снимок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a photo</source>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add another page</source>
        <extracomment>Adds more files or photos to the same document.</extracomment>
        <translation>Добавить ещё страницу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a photo or file</source>
        <translation>Выбрать фото или файл</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the text on the page to suggest the fields…</source>
        <extracomment>Shown while the app reads the text of the photographed page.</extracomment>
        <translation>Читаем текст на странице, чтобы предложить поля…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked «Suggested» were read from the page. Check or correct them, then save.</source>
        <extracomment>Shown above the form when fields were filled in from the page.</extracomment>
        <translation>Поля с пометкой «Предложено» прочитаны со страницы. Проверьте или исправьте их, затем сохраните.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add to the document</source>
        <extracomment>Adds the draft&apos;s pages to the existing item.</extracomment>
        <translation>Добавить к документу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm and save</source>
        <extracomment>Saves the item and accepts the fields suggested from the page as checked.</extracomment>
        <translation>Подтвердить и сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save without a date?</source>
        <extracomment>Title of the warning before saving an item without a date.</extracomment>
        <translation>Сохранить без даты?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document will be marked incomplete until you add its date: every portfolio material must carry a date.</source>
        <translation>Пока вы не добавите дату, документ будет отмечен как неполный: на каждом материале портфолио должна стоять дата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save without a date</source>
        <extracomment>Saves the item although it has no date.</extracomment>
        <translation>Сохранить без даты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the date</source>
        <extracomment>Closes the warning so the user can pick the date.</extracomment>
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../app/core/store/backup.cpp" line="+92"/>
        <location line="+40"/>
        <source>Qujat could not make a backup of the portfolio. Check that the disk is not full.</source>
        <translation>Qujat не смог сделать резервную копию портфолио. Проверьте, что на диске есть свободное место.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Qujat could not restore the backup. Nothing was changed; check that the disk is not full and try again.</source>
        <translation>Qujat не смог восстановить резервную копию. Ничего не изменено. Проверьте, что на диске есть свободное место, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is damaged too and cannot be restored. Keep the data folder as it is and ask for help.</source>
        <translation>Резервная копия тоже повреждена, и её нельзя восстановить. Оставьте папку с данными как есть и обратитесь за помощью.</translation>
    </message>
</context>
<context>
    <name>BagChecker</name>
    <message>
        <location filename="../app/core/bundle/bagit.cpp" line="+75"/>
        <source>an empty file name</source>
        <translation>пустое имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the absolute path %1</source>
        <translation>абсолютный путь %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the home folder shortcut in %1</source>
        <translation>ссылка на домашнюю папку в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash in %1</source>
        <translation>обратная косая черта в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a drive letter, a link or a colon in %1</source>
        <translation>буква диска, ссылка или двоеточие в %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character in a file name</source>
        <translation>управляющий символ в имени файла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path %1 that leaves its folder or is malformed</source>
        <translation>путь %1, который выходит за пределы своей папки или записан неверно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a tag file that is not valid UTF-8</source>
        <translation>служебный файл не в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the unsupported text encoding %1</source>
        <translation>неподдерживаемая кодировка текста %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a continued line without a label in bag-info.txt</source>
        <translation>строка-продолжение без метки в bag-info.txt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the line &quot;%1&quot; without &quot;Label: value&quot;</source>
        <translation>строка «%1» без формы «Метка: значение»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest line &quot;%1&quot; without a checksum and a path</source>
        <translation>строка манифеста «%1» без контрольной суммы и пути</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manifest uses the md5sum binary mark &quot;*&quot;.</source>
        <translation>В манифесте используется двоичная пометка md5sum «*».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest writes paths as &quot;./data/...&quot;.</source>
        <translation>В манифесте пути записаны как «./data/...».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the malformed fetch.txt line &quot;%1&quot;</source>
        <translation>неверная строка fetch.txt «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bundle is damaged or is not a Qujat bundle: it has %1. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>Файл портфолио повреждён или не является файлом Qujat: %1. Попросите учителя экспортировать файл заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no bagit.txt</source>
        <translation>нет файла bagit.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a byte order mark in bagit.txt</source>
        <translation>метка порядка байтов (BOM) в bagit.txt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the invalid BagIt version &quot;%1&quot;</source>
        <translation>недопустимая версия BagIt «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Tag-File-Character-Encoding in bagit.txt</source>
        <translation>нет Tag-File-Character-Encoding в bagit.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the malformed bagit.txt line &quot;%1&quot;</source>
        <translation>неверная строка bagit.txt «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unreadable tag file %1</source>
        <translation>служебный файл %1 не читается</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no data folder</source>
        <translation>нет папки data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a symbolic link (%1)</source>
        <translation>символическая ссылка (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>two files whose names differ only in Unicode normalisation (%1)</source>
        <translation>два файла, имена которых различаются только нормализацией Unicode (%1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+44"/>
        <source>two files whose names differ only in letter case (%1)</source>
        <translation>два файла, имена которых различаются только регистром букв (%1)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the unsupported checksum algorithm %1</source>
        <translation>неподдерживаемый алгоритм контрольной суммы %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file %1 listed twice in %2</source>
        <translation>файл %1, указанный дважды в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lists %2 twice.</source>
        <translation>В %1 файл %2 указан дважды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payload manifest entry %1 outside the data folder</source>
        <translation>запись манифеста %1 вне папки data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no payload manifest</source>
        <translation>нет манифеста данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the missing file %1</source>
        <translation>отсутствующий файл %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1 that no manifest lists</source>
        <translation>файл %1, которого нет ни в одном манифесте</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the malformed Payload-Oxum &quot;%1&quot;</source>
        <translation>неверное значение Payload-Oxum «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Payload-Oxum of %1 that does not match the %2 files and %3 bytes found</source>
        <translation>значение Payload-Oxum %1, которое не совпадает с найденными %2 файлами и %3 байтами</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file %1 whose checksum does not match</source>
        <translation>файл %1 с несовпадающей контрольной суммой</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an interrupted check</source>
        <translation>прерванная проверка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the tag manifest entry %1 inside the data folder</source>
        <translation>запись служебного манифеста %1 внутри папки data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the missing tag file %1</source>
        <translation>отсутствующий служебный файл %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag file %1 whose checksum does not match</source>
        <translation>служебный файл %1 с несовпадающей контрольной суммой</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <location filename="../qml/BarcodeList.qml" line="+21"/>
        <source>Codes on the pages</source>
        <extracomment>Heading of the list of QR codes and barcodes read from the pages.</extracomment>
        <translation>Коды на страницах</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>QR code</source>
        <extracomment>Label above a decoded QR code&apos;s text.</extracomment>
        <translation>QR-код</translation>
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
        <translation>Здесь можно импортировать только архивы (.zip), выгруженные из Qujat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import bundles</source>
        <extracomment>Opens the file chooser to import teachers&apos; bundles.</extracomment>
        <translation>Импортировать архивы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Hide</source>
        <extracomment>Hides the list of import outcomes.</extracomment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import only if you know the teacher changed device or reinstalled Qujat. The acceptance is written to the teacher&apos;s key log.</source>
        <extracomment>Part of the warning when a teacher&apos;s bundle is signed by another key.</extracomment>
        <translation>Импортируйте, только если знаете, что учитель сменил устройство или переустановил Qujat. Согласие записывается в журнал ключей учителя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another device signed this bundle</source>
        <extracomment>Title of the warning about a changed signing key.</extracomment>
        <translation>Архив подписан на другом устройстве</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import anyway</source>
        <extracomment>Imports a bundle despite the changed key.</extracomment>
        <translation>Всё равно импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose bundle files</source>
        <extracomment>Title of the file chooser for teachers&apos; bundles.</extracomment>
        <translation>Выберите архивы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat bundles (*.zip *.ZIP)</source>
        <extracomment>File chooser filter for bundles.</extracomment>
        <translation>Архивы Qujat (*.zip *.ZIP)</translation>
    </message>
</context>
<context>
    <name>BundlePage</name>
    <message>
        <location filename="../qml/BundlePage.qml" line="+21"/>
        <source>Portfolio file</source>
        <extracomment>Title of the page for exporting and importing portfolio files.</extracomment>
        <translation>Файл портфолио</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Send the portfolio to the school</source>
        <extracomment>Heading: the teacher sends the portfolio to the school.</extracomment>
        <translation>Отправить портфолио в школу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat saves the whole portfolio as one signed file. Send it to the school by e-mail, a messenger or a USB stick. The school&apos;s copy of Qujat checks and imports it; the file also opens in any browser.</source>
        <translation>Qujat сохраняет всё портфолио в один подписанный файл. Отправьте его в школу по электронной почте, через мессенджер или на USB-накопителе. Qujat в школе проверит и импортирует его; файл также открывается в любом браузере.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Save the portfolio file</source>
        <extracomment>Title of the file chooser for saving the portfolio file.</extracomment>
        <translation>Сохранить файл портфолио</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Import teachers&apos; portfolio files</source>
        <extracomment>Heading: the school&apos;s administration imports teachers&apos; files.</extracomment>
        <translation>Импорт файлов портфолио учителей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the school&apos;s administration: each file is checked completely before anything is imported. A later file of the same teacher updates the earlier one.</source>
        <translation>Для администрации школы: каждый файл полностью проверяется до импорта. Более поздний файл того же учителя обновляет прежний.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import portfolio files</source>
        <translation>Импортировать файлы портфолио</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the portfolio file… %1%</source>
        <translation>Сохранение файла портфолио… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and importing… %1%</source>
        <translation>Проверка и импорт… %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+12"/>
        <source>Portfolio files (*.zip)</source>
        <extracomment>File chooser filter; keep &quot;*.zip&quot;.</extracomment>
        <translation>Файлы портфолио (*.zip)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose portfolio files</source>
        <extracomment>Title of the file chooser for importing portfolio files.</extracomment>
        <translation>Выберите файлы портфолио</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept the new signature?</source>
        <extracomment>Title of the warning when a teacher&apos;s file is signed with another key.</extracomment>
        <translation>Принять новую подпись?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept only if you know that the teacher changed device or reinstalled Qujat. Your choice is recorded.</source>
        <translation>Принимайте, только если знаете, что учитель сменил устройство или переустановил Qujat. Ваше решение записывается.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept and import</source>
        <translation>Принять и импортировать</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../app/core/bundle/bundlereader.cpp" line="+17"/>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>Файл %1 не существует или не является файлом.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is not a Qujat portfolio bundle. Ask the teacher to export the portfolio from Qujat and send that file. Nothing was imported.</source>
        <translation>Это не файл портфолио Qujat. Попросите учителя экспортировать портфолио из Qujat и прислать этот файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This bundle was made by a newer version of Qujat (bundle format %1). Update Qujat to import it. Nothing was imported.</source>
        <translation>Этот файл портфолио создан более новой версией Qujat (формат файла %1). Обновите Qujat, чтобы импортировать его. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A page of &quot;%1&quot; is missing from the bundle or does not match its checksum. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>Страница документа «%1» отсутствует в файле портфолио или не совпадает с контрольной суммой. Попросите учителя экспортировать файл заново. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>BundleRestore</name>
    <message>
        <location filename="../app/core/bundle/bundlerestore.cpp" line="+21"/>
        <source>The bundle %1 is no longer there, so the portfolio cannot be restored from it. If you moved it, open it from its new place. Nothing was changed.</source>
        <translation>Файла портфолио %1 больше нет на прежнем месте, поэтому восстановить из него портфолио нельзя. Если вы переместили файл, откройте его из нового места. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle %1 cannot be used to restore the portfolio: %2 Nothing was changed.</source>
        <translation>Файл портфолио %1 нельзя использовать для восстановления: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 was changed after it was exported, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>Файл портфолио %1 изменён после экспорта, поэтому восстановить из него портфолио нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bundle %1 was exported from another device, so it cannot restore this portfolio. Nothing was changed.</source>
        <translation>Файл портфолио %1 экспортирован с другого устройства, поэтому восстановить из него это портфолио нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle %1 is incomplete, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>Файл портфолио %1 неполный, поэтому восстановить из него портфолио нельзя. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../app/core/bundle/bundlewriter.cpp" line="+64"/>
        <source>Qujat could not write the bundle %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat не удалось записать файл портфолио %1. Проверьте, что в папку можно писать и диск не заполнен, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+178"/>
        <source>The export was cancelled. No bundle was written.</source>
        <translation>Экспорт отменён. Файл портфолио не записан.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+53"/>
        <source>Take a photo</source>
        <extracomment>Title of the camera page.</extracomment>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The camera does not work: %1. Close other apps that use the camera, or choose a photo or file instead.</source>
        <extracomment>Camera error; %1 is the system&apos;s description of the problem.</extracomment>
        <translation>Камера не работает: %1. Закройте другие приложения, которые используют камеру, или выберите вместо съёмки фото или файл.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo could not be saved: %1. Try again.</source>
        <extracomment>Error after pressing the shutter; %1 is the system&apos;s description.</extracomment>
        <translation>Не удалось сохранить снимок: %1. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>From files</source>
        <extracomment>Opens the file chooser from the camera page.</extracomment>
        <translation>Из файлов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the photo</source>
        <extracomment>The shutter button.</extracomment>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Light</source>
        <extracomment>Switches the phone&apos;s light on while photographing.</extracomment>
        <translation>Подсветка</translation>
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
        <translation>Несколько страниц</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other camera</source>
        <extracomment>Switches between the front and back cameras (or other cameras).</extracomment>
        <translation>Другая камера</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Point the camera at the page</source>
        <extracomment>Auto-capture hint while no page is in the picture.</extracomment>
        <translation>Наведите камеру на страницу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold still, the picture is blurred</source>
        <extracomment>Auto-capture hint while the picture is blurred.</extracomment>
        <translation>Не двигайтесь, снимок размыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold still</source>
        <extracomment>Auto-capture hint while the page is found and sharp.</extracomment>
        <translation>Не двигайтесь</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Done (%n)</source>
        <extracomment>Ends a batch of photos and opens their review; %n is how many were taken.</extracomment>
        <translation>
            <numerusform>Готово (%n)</numerusform>
            <numerusform>Готово (%n)</numerusform>
            <numerusform>Готово (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No camera found on this device</source>
        <translation>На этом устройстве камера не найдена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qujat may not use the camera</source>
        <extracomment>Heading when the system does not let the app use the camera.</extracomment>
        <translation>Qujat не может использовать камеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the camera permission</source>
        <extracomment>Heading while the system asks whether the app may use the camera.</extracomment>
        <translation>Ожидание разрешения на камеру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photos are only taken when you press the button or turn on Auto, and they stay on this device. Allow the camera in the system settings, or choose a photo you already have.</source>
        <extracomment>Explains a denied camera permission and the ways on.</extracomment>
        <translation>Снимок делается только по кнопке или при включённом режиме «Авто» и остаётся на этом устройстве. Разрешите доступ к камере в настройках системы или выберите готовое фото.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.</source>
        <translation>Выберите готовый скан или фото либо файл PDF, Word, PowerPoint или Excel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the settings</source>
        <extracomment>Opens the app&apos;s page in the system settings to allow the camera.</extracomment>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow the camera</source>
        <extracomment>Asks the system again for the camera permission.</extracomment>
        <translation>Разрешить камеру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo or file</source>
        <translation>Выбрать фото или файл</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/catalog/catalog.cpp" line="+600"/>
        <source>The portfolio catalog could not be read. Reinstall Qujat to restore it.</source>
        <translation>Не удалось прочитать каталог разделов портфолио. Переустановите Qujat, чтобы восстановить его.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/core/ocr/suggester.cpp" line="+259"/>
        <source>The portfolio catalog is invalid. Reinstall Qujat to restore it.</source>
        <translation>Каталог разделов портфолио повреждён. Переустановите Qujat, чтобы восстановить его.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../app/core/report/charts.cpp" line="+111"/>
        <source>Quality of knowledge by class and subject over three years, %</source>
        <translation>Качество знаний по классам и предметам за три года, %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Awards by level and year</source>
        <translation>Награды по уровням и годам</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Table VII has no rows with a result in the last three academic years.</source>
        <translation>В таблице VII нет строк с результатом за последние три учебных года.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No dated awards with a level in the last five years.</source>
        <translation>За последние пять лет нет наград с датой и уровнем.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Students&apos; awards</source>
        <translation>Награды обучающихся</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The teacher&apos;s own awards</source>
        <translation>Собственные награды педагога</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../qml/ChartsPage.qml" line="+14"/>
        <source>Charts</source>
        <extracomment>Title of the page with the portfolio&apos;s charts.</extracomment>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Quality of knowledge (%) by class and subject over the last three academic years.</source>
        <extracomment>Caption of the chart of table VII.</extracomment>
        <translation>Качество знаний (%) по классам и предметам за последние три учебных года.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awards by level and year</source>
        <extracomment>Heading of the chart of awards.</extracomment>
        <translation>Награды по уровням и годам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diplomas, certificates and letters of thanks of the students and of the teacher, by level, over five years.</source>
        <extracomment>Caption of the chart of awards.</extracomment>
        <translation>Дипломы, грамоты и благодарственные письма обучающихся и педагога за пять лет по уровням.</translation>
    </message>
</context>
<context>
    <name>CornerEditor</name>
    <message>
        <location filename="../qml/CornerEditor.qml" line="+126"/>
        <source>Top left corner</source>
        <extracomment>A corner handle of the page outline on the review screen.</extracomment>
        <translation>Левый верхний угол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top right corner</source>
        <translation>Правый верхний угол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right corner</source>
        <translation>Правый нижний угол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom left corner</source>
        <translation>Левый нижний угол</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The original photo cannot be shown.</source>
        <extracomment>Shown in place of the original photo on the review screen when it cannot be read.</extracomment>
        <translation>Исходное фото не удаётся показать.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../qml/DateField.qml" line="+19"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a date. Type it as dd.mm.yyyy, for example 25.05.2024, or pick it from the calendar.</source>
        <extracomment>Shown under a date field; %1 is what the user typed.</extracomment>
        <translation>%1 — не дата. Введите дату в виде дд.мм.гггг, например 25.05.2024, или выберите её в календаре.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Calendar</source>
        <extracomment>Opens a month calendar to pick a date.</extracomment>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Previous month</source>
        <extracomment>Calendar button.</extracomment>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next month</source>
        <extracomment>Calendar button.</extracomment>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Year</source>
        <extracomment>Calendar field for the year, for dates many years back.</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No date</source>
        <extracomment>Calendar button that empties the date field.</extracomment>
        <translation>Без даты</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <extracomment>Calendar button that picks today&apos;s date.</extracomment>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>DirectionsView</name>
    <message>
        <location filename="../qml/DirectionsView.qml" line="+55"/>
        <source>No documents yet</source>
        <extracomment>A direction of the 2024 rules with no documents yet.</extracomment>
        <translation>Пока нет документов</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Нет даты — неполный</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../qml/DocumentCard.qml" line="+58"/>
        <source>%1 file, %2</source>
        <extracomment>Details of an attached file: %1 is its type (PDF, DOCX ...), %2 its size.</extracomment>
        <translation>Файл %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <extracomment>Opens an attached file in the system&apos;s application.</extracomment>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/ErrorBanner.qml" line="+57"/>
        <source>Close the message</source>
        <extracomment>Button that closes an error message.</extracomment>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="+36"/>
        <source>%1 (required)</source>
        <extracomment>A form label of a field that should be filled in; %1 is the field name.</extracomment>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>e.g. 7A</source>
        <extracomment>Placeholder of a school class field.</extracomment>
        <translation>например, 7А</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not specified</source>
        <extracomment>The empty entry of a drop-down list.</extracomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is not a percentage. Type a number from 0 to 100.</source>
        <extracomment>Error under a percent field; %1 is what the user typed.</extracomment>
        <translation>%1 — не процент. Введите число от 0 до 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a number. Type digits only.</source>
        <extracomment>Error under a number field; %1 is what the user typed.</extracomment>
        <translation>%1 — не число. Введите только цифры.</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <location filename="../app/core/store/filestore.cpp" line="+81"/>
        <source>Qujat cannot write to its data folder %1. Check that the disk is not full and that the folder is writable.</source>
        <translation>Qujat не может записывать в папку данных %1. Проверьте, что диск не заполнен и в папку разрешена запись.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Qujat could not save a file of this item. Check that the disk is not full, then try again. Nothing was saved.</source>
        <translation>Qujat не смог сохранить файл этого документа. Проверьте, что диск не заполнен, и попробуйте снова. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+64"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Моё портфолио</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Search all documents</source>
        <extracomment>Placeholder of the search field on the start page.</extracomment>
        <translation>Поиск по всем документам</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the search</source>
        <extracomment>Button that empties the search field.</extracomment>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This is a sample portfolio. Changes here do not touch your own portfolio.</source>
        <translation>Это пример портфолио. Изменения здесь не затрагивают ваше собственное портфолио.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to my portfolio</source>
        <translation>Вернуться к моему портфолио</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portfolio is not open. The message above says why.</source>
        <extracomment>Shown instead of the portfolio when its folder could not be opened.</extracomment>
        <translation>Портфолио не открыто. Причина указана в сообщении выше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <extracomment>Opens the teacher&apos;s portfolio again after an error.</extracomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fill in your profile: name, school, subject and category. These details form the first section of the Documents portfolio.</source>
        <translation>Заполните профиль: ФИО, школа, предмет и категория. Эти сведения открывают портфолио «Документы».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio is empty. Add the first document: photograph it or choose a file.</source>
        <translation>Портфолио пусто. Добавьте первый документ: сфотографируйте его или выберите файл.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) in the portfolio</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>В портфолио %n документ</numerusform>
            <numerusform>В портфолио %n документа</numerusform>
            <numerusform>В портфолио %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) without a date: add the date, every material must carry one.</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n документ без даты: добавьте дату, она должна стоять на каждом материале.</numerusform>
            <numerusform>%n документа без даты: добавьте дату, она должна стоять на каждом материале.</numerusform>
            <numerusform>%n документов без даты: добавьте дату, она должна стоять на каждом материале.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n document(s) returned by the school for correction</source>
        <extracomment>Summary on the start page: items the school&apos;s review returned.</extracomment>
        <translation>
            <numerusform>Школа вернула на исправление %n документ</numerusform>
            <numerusform>Школа вернула на исправление %n документа</numerusform>
            <numerusform>Школа вернула на исправление %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n required document(s) not added yet</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n обязательный документ ещё не добавлен</numerusform>
            <numerusform>%n обязательных документа ещё не добавлены</numerusform>
            <numerusform>%n обязательных документов ещё не добавлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready for the commission</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>Готово для комиссии</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Readiness %1%: %n thing(s) to fix</source>
        <extracomment>Summary on the start page; %1 is a percentage, %n the number of findings.</extracomment>
        <translation>
            <numerusform>Готовность %1%: %n замечание</numerusform>
            <numerusform>Готовность %1%: %n замечания</numerusform>
            <numerusform>Готовность %1%: %n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check readiness</source>
        <extracomment>Opens the readiness page from the start page.</extracomment>
        <translation>Проверить готовность</translation>
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
        <translation>Заполнить профиль</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Want to see how a filled portfolio looks first? The sample is kept apart from yours.</source>
        <translation>Хотите сначала посмотреть, как выглядит заполненное портфолио? Пример хранится отдельно от вашего.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a sample portfolio</source>
        <translation>Открыть пример портфолио</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+241"/>
        <source>Add document</source>
        <extracomment>Floating button on phones.</extracomment>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Add from file</source>
        <translation>Добавить из файла</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School guidance</source>
        <extracomment>Groups the start page by the sections of the school&apos;s guidance.</extracomment>
        <translation>Школьные рекомендации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2024 rules</source>
        <extracomment>Groups the start page by the four directions of the attestation rules of 2024.</extracomment>
        <translation>Правила 2024 года</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <extracomment>Section with no documents yet.</extracomment>
        <translation>Пусто</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n without a date</source>
        <extracomment>Badge on a section: items without a date.</extracomment>
        <translation>
            <numerusform>%n без даты</numerusform>
            <numerusform>%n без даты</numerusform>
            <numerusform>%n без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n required missing</source>
        <extracomment>Badge on a section: required documents not added yet.</extracomment>
        <translation>
            <numerusform>Не хватает %n обязательного</numerusform>
            <numerusform>Не хватает %n обязательных</numerusform>
            <numerusform>Не хватает %n обязательных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing found. Try another word from the title, the issuer or the notes.</source>
        <extracomment>Search on the start page found no item.</extracomment>
        <translation>Ничего не найдено. Попробуйте другое слово из названия, выдавшей организации или примечаний.</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../app/core/imaging/imageloader.cpp" line="+26"/>
        <source>This image is damaged or incomplete, so Qujat cannot open it. Copy the photo to this device again or take a new one.</source>
        <translation>Это изображение повреждено или записано не полностью, поэтому Qujat не может его открыть. Скопируйте фото на это устройство ещё раз или сделайте новый снимок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image is too large to open (%1 × %2 pixels, at most %3 megapixels are supported). Save it at a smaller size as a JPEG and add it again.</source>
        <translation>Это изображение слишком большое, чтобы его открыть (%1 × %2 пикселей, поддерживается не более %3 мегапикселей). Сохраните его в меньшем размере в формате JPEG и добавьте снова.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file could not be opened. Check that it still exists and that Qujat may read it, then choose it again.</source>
        <translation>Не удалось открыть файл. Проверьте, что файл всё ещё существует и Qujat может его читать, затем выберите его снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is empty (0 bytes). Choose the photo again; if it came from a phone or a cloud folder, wait until it has finished copying.</source>
        <translation>Этот файл пустой (0 байт). Выберите фото снова; если оно пришло с телефона или из облачной папки, дождитесь окончания копирования.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This photo is in HEIC format, which Qujat cannot read on this device. Convert it to JPEG, or set the phone camera to “Most compatible” and take the photo again.</source>
        <translation>Это фото в формате HEIC, который Qujat не может прочитать на этом устройстве. Преобразуйте его в JPEG или выберите в настройках камеры телефона формат «Наиболее совместимый» и сделайте снимок снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not an image Qujat can read (JPEG, PNG or WebP). Choose a photo or a scan.</source>
        <translation>Этот файл не является изображением, которое Qujat может прочитать (JPEG, PNG или WebP). Выберите фото или скан.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../qml/ItemForm.qml" line="+160"/>
        <source>Recently used · %1</source>
        <extracomment>Second line of a section in the section list; %1 is the portfolio name.</extracomment>
        <translation>Недавно использованный · %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Required document</source>
        <extracomment>Marks a document kind the section is incomplete without.</extracomment>
        <translation>Обязательный документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No more than %1</source>
        <extracomment>Limit of a document kind, e.g. no more than 5 sample lessons.</extracomment>
        <translation>Не более %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Section</source>
        <extracomment>Form label: the portfolio section a document is filed in.</extracomment>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a section</source>
        <extracomment>Shown in the section list before the user picks one.</extracomment>
        <translation>Выберите раздел</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document kind</source>
        <extracomment>Form label: which official document of the section this is.</extracomment>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other document of this section</source>
        <extracomment>The empty entry of the document kind list.</extracomment>
        <translation>Прочий документ этого раздела</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Title</source>
        <extracomment>Form label.</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. name of the contest or course</source>
        <extracomment>Placeholder of the title field.</extracomment>
        <translation>например, название конкурса или курсов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <extracomment>Form label: the date of the event or of issue.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The date on the page can be read as %1 or as %2. Which is it?</source>
        <extracomment>Asked when the date on the page can be read two ways; %1 and %2 are the two dates.</extracomment>
        <translation>Дату на странице можно прочитать как %1 или как %2. Какая верна?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Without a date the document stays incomplete: every portfolio material must carry a date.</source>
        <translation>Без даты документ остаётся неполным: на каждом материале портфолио должна стоять дата.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End date (for courses and plans)</source>
        <extracomment>Form label: optional end of a period such as a course.</extracomment>
        <translation>Дата окончания (для курсов и планов)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Issued by</source>
        <extracomment>Form label: the organisation that issued the document.</extracomment>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. regional education department</source>
        <extracomment>Placeholder of the issuer field.</extracomment>
        <translation>например, областное управление образования</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Level</source>
        <extracomment>Form label: international, republic, regional, city, district or school level.</extracomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not specified</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Notes</source>
        <extracomment>Form label: free notes about the document.</extracomment>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../qml/ItemPage.qml" line="+79"/>
        <source>Document</source>
        <extracomment>Title of the item page before the item has a title.</extracomment>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Incomplete: no date. Add the date of the document or of the event, then save.</source>
        <extracomment>Banner on an item without a date.</extracomment>
        <translation>Неполный: нет даты. Добавьте дату документа или мероприятия и сохраните.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages (%1)</source>
        <extracomment>Tab with the photographed pages of an item.</extracomment>
        <translation>Страницы (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <extracomment>Tab with the editable details of an item.</extracomment>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document is no longer in the portfolio.</source>
        <translation>Этого документа больше нет в портфолио.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+59"/>
        <source>Page %1 of %2</source>
        <extracomment>Accessible description of a page image.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Previous page</source>
        <extracomment>Button that shows the previous page of an item.</extracomment>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No pages</source>
        <extracomment>An item with no pages.</extracomment>
        <translation>Нет страниц</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next page</source>
        <extracomment>Button that shows the next page of an item.</extracomment>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move earlier</source>
        <extracomment>Moves the shown page one place towards the start of the item.</extracomment>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move later</source>
        <extracomment>Moves the shown page one place towards the end of the item.</extracomment>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete page</source>
        <extracomment>Removes the shown page from the item, after a confirmation.</extracomment>
        <translation>Удалить страницу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a photo</source>
        <extracomment>Adds a photographed page to an existing item.</extracomment>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from file</source>
        <extracomment>Adds pages from files to an existing item.</extracomment>
        <translation>Добавить из файла</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Last changed %1</source>
        <extracomment>When the item was last saved; %1 is a date and time.</extracomment>
        <translation>Последнее изменение: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+36"/>
        <location line="+14"/>
        <source>Delete</source>
        <extracomment>Deletes the item after a confirmation.
----------
Deletes the item.</extracomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Undo changes</source>
        <extracomment>Discards unsaved changes of an item.</extracomment>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this page?</source>
        <extracomment>Title of the confirmation before deleting one page of an item.</extracomment>
        <translation>Удалить эту страницу?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 will be removed from this document. The other pages stay. This cannot be undone.</source>
        <extracomment>%1 is the page number.</extracomment>
        <translation>Страница %1 будет удалена из этого документа. Остальные страницы останутся. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete this document?</source>
        <extracomment>Title of the confirmation before deleting an item.</extracomment>
        <translation>Удалить этот документ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” and all its pages will be removed from the portfolio. This cannot be undone.</source>
        <extracomment>%1 is the title of the item.</extracomment>
        <translation>Документ «%1» и все его страницы будут удалены из портфолио. Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../qml/ItemRow.qml" line="+33"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Нет даты — неполный</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n page(s)</source>
        <extracomment>Number of pages of an item.</extracomment>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+385"/>
        <source>Back</source>
        <extracomment>Toolbar button that returns to the previous page.</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings</source>
        <extracomment>Toolbar button that opens the settings.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore the backup of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is the backup&apos;s date and time.</extracomment>
        <translation>Восстановить копию от %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from the bundle of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is when the bundle was exported.</extracomment>
        <translation>Восстановить из файла портфолио от %1</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Choose photos or files</source>
        <extracomment>Title of the file chooser.</extracomment>
        <translation>Выберите фото или файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos and documents (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Фото и документы (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos and scans (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Фото и сканы (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (%1)</source>
        <extracomment>File chooser filter; %1 is the list of file name patterns.</extracomment>
        <translation>Документы (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard the changes?</source>
        <extracomment>Title of the question before leaving a page with unsaved changes.</extracomment>
        <translation>Сбросить изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you entered or added on this page is not saved yet.</source>
        <translation>То, что вы ввели или добавили на этой странице, ещё не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <extracomment>Leaves the page and discards unsaved changes.</extracomment>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay</source>
        <extracomment>Keeps the user on the page with unsaved changes.</extracomment>
        <translation>Остаться</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <location filename="../qml/ModeChooser.qml" line="+31"/>
        <source>School details</source>
        <extracomment>Title of the first-run question and of the mode setting.</extracomment>
        <translation>Данные школы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who uses Qujat here?</source>
        <translation>Кто пользуется Qujat здесь?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A teacher: I build my portfolio</source>
        <extracomment>Mode choice: the teacher&apos;s own portfolio.</extracomment>
        <translation>Учитель: я собираю своё портфолио</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The school&apos;s administration: I check the teachers&apos; portfolios</source>
        <extracomment>Mode choice: the administration.</extracomment>
        <translation>Администрация школы: я проверяю портфолио учителей</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>School&apos;s name</source>
        <extracomment>The school&apos;s name in administration mode.</extracomment>
        <translation>Название школы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrator: director or deputy director</source>
        <extracomment>Who reviews in administration mode.</extracomment>
        <translation>Администратор: директор или заместитель директора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name is written on every review the teachers receive. You can change the mode later in Settings.</source>
        <translation>Название указывается в каждом отзыве, который получают учителя. Режим можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <extracomment>Confirms the mode choice.</extracomment>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>PagePipeline</name>
    <message>
        <location filename="../app/core/imaging/pagepipeline.cpp" line="+114"/>
        <source>The file could not be opened. Check that it still exists and that Qujat may read it, then choose it again.</source>
        <translation>Не удалось открыть файл. Проверьте, что файл всё ещё существует и Qujat может его читать, затем выберите его снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is empty (0 bytes). Choose it again; if it came from a phone or a cloud folder, wait until it has finished copying.</source>
        <translation>Файл «%1» пустой (0 байт). Выберите его снова; если он пришёл с телефона или из облачной папки, дождитесь окончания копирования.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding the page was cancelled.</source>
        <translation>Добавление страницы отменено.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and add the photo again.</source>
        <translation>Qujat не смог сохранить эту страницу в формате JPEG. Проверьте, есть ли на устройстве свободное место, и добавьте фото снова.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Qujat cannot attach “%1”. Attach a photo, a PDF or an office document (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF or TXT).</source>
        <translation>Qujat не может прикрепить «%1». Прикрепите фото, PDF или офисный документ (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF или TXT).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” is not a valid %2 document because its content does not match its name. Open it on a computer, save it again as %2 and attach the new file.</source>
        <translation>Файл «%1» не является корректным документом %2: его содержимое не соответствует имени. Откройте его на компьютере, сохраните заново в формате %2 и прикрепите новый файл.</translation>
    </message>
</context>
<context>
    <name>PageReview</name>
    <message>
        <location filename="../qml/PageReview.qml" line="+50"/>
        <source>Drag the corners onto the corners of the page if the outline is off.</source>
        <extracomment>Hint above the photo on the review screen.</extracomment>
        <translation>Если контур не совпадает, перетащите углы на углы страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page edges were found. Drag the corners onto the corners of the page, or keep the whole photo.</source>
        <extracomment>Hint above the photo when no page edges were found in it.</extracomment>
        <translation>Края страницы не найдены. Перетащите углы на углы страницы или оставьте фото целиком.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The outline crosses itself. Move the corners so that each one sits at its own corner of the page.</source>
        <extracomment>Shown when the dragged corners cross each other.</extracomment>
        <translation>Контур пересекает сам себя. Передвиньте углы так, чтобы каждый стоял в своём углу страницы.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate</source>
        <extracomment>Turns the prepared page by a quarter turn clockwise.</extracomment>
        <translation>Повернуть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset to detected</source>
        <extracomment>Puts the corner handles back where Qujat found the page.</extracomment>
        <translation>Как было найдено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole photo</source>
        <extracomment>Keeps the whole photo as the page instead of the found outline.</extracomment>
        <translation>Всё фото</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cleaning</source>
        <extracomment>Label of the choice of how the page is cleaned (colours, contrast).</extracomment>
        <translation>Обработка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto</source>
        <extracomment>Cleaning preset: Qujat chooses colour or greyscale for each page.</extracomment>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <extracomment>Cleaning preset: the photo&apos;s pixels, only straightened.</extracomment>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto colour</source>
        <extracomment>Cleaning preset: white paper, colour stamps kept.</extracomment>
        <translation>Авто, цветное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black and white</source>
        <extracomment>Cleaning preset: black ink on white paper.</extracomment>
        <translation>Чёрно-белое</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../qml/PageViewer.qml" line="+140"/>
        <source>This page could not be shown. The file may be damaged; add the page again.</source>
        <translation>Не удалось показать эту страницу. Возможно, файл повреждён; добавьте страницу снова.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fit</source>
        <extracomment>Button that returns a zoomed page to its fitted size.</extracomment>
        <translation>Вписать</translation>
    </message>
</context>
<context>
    <name>PortfolioJson</name>
    <message>
        <location filename="../app/core/bundle/portfoliojson.cpp" line="+125"/>
        <source>The portfolio list in the bundle (portfolio.json) is damaged or incomplete. Ask the teacher to export the bundle again. Nothing was imported.</source>
        <translation>Список документов в файле портфолио (portfolio.json) повреждён или неполон. Попросите учителя экспортировать файл заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This bundle was made by a newer version of Qujat (portfolio format %1). Update Qujat to import it. Nothing was imported.</source>
        <translation>Этот файл портфолио создан более новой версией Qujat (формат портфолио %1). Обновите Qujat, чтобы импортировать его. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../qml/PresentationView.qml" line="+128"/>
        <source>Contents</source>
        <extracomment>Returns from a document to the contents in presentation mode.</extracomment>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portfolio contents</source>
        <extracomment>Heading of the contents page in presentation mode.</extracomment>
        <translation>Содержание портфолио</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page %1 of %2</source>
        <extracomment>Page counter in presentation mode.</extracomment>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish</source>
        <extracomment>Leaves presentation mode.</extracomment>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <extracomment>Placeholder of the search field in presentation mode.</extracomment>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No document matches the search and filters.</source>
        <extracomment>Presentation mode when search or filters leave no document.</extracomment>
        <translation>Нет документов, подходящих под поиск и фильтры.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Page %1 of %2</source>
        <extracomment>Accessible description of a page in presentation mode.</extracomment>
        <translation>Страница %1 из %2</translation>
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
        <translation>Эти сведения открывают портфолио «Документы». Они хранятся только на этом устройстве.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Full name</source>
        <extracomment>Profile field: surname, name and patronymic.</extracomment>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>School</source>
        <extracomment>Profile field: place of work.</extracomment>
        <translation>Школа</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Position</source>
        <extracomment>Profile field: the teacher&apos;s position at the school.</extracomment>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Subject</source>
        <extracomment>Profile field: the subject the teacher teaches.</extracomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Specialty by diploma</source>
        <extracomment>Profile field: the specialty written in the teacher&apos;s diploma.</extracomment>
        <translation>Специальность по диплому</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Years of experience</source>
        <extracomment>Profile field: years of work in education.</extracomment>
        <translation>Педагогический стаж (лет)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current category</source>
        <extracomment>Profile field: the qualification category the teacher holds now.</extracomment>
        <translation>Текущая категория</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No category</source>
        <extracomment>Empty entry of the category lists.</extracomment>
        <translation>Без категории</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category applied for</source>
        <extracomment>Profile field: the qualification category the attestation is for.</extracomment>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not chosen yet</source>
        <extracomment>Empty entry of the category lists.</extracomment>
        <translation>Пока не выбрана</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned attestation date</source>
        <extracomment>Profile field.</extracomment>
        <translation>Планируемая дата аттестации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile saved.</source>
        <extracomment>Confirmation after saving the profile.</extracomment>
        <translation>Профиль сохранён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ReadinessChecker</name>
    <message>
        <location filename="../app/core/rules/readiness.cpp" line="+278"/>
        <source>table %1 «%2»</source>
        <translation>таблица %1 «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section %1 «%2»</source>
        <extracomment>A section of the portfolio in a readiness message; %1 is its number, %2 its name.</extracomment>
        <translation>раздел %1 «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>untitled document</source>
        <extracomment>Stands for an item that has no title in a readiness message.</extracomment>
        <translation>документ без названия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no planned attestation date. Add it, so that the 5-year and 3-year windows can be checked.</source>
        <translation>В профиле не указана планируемая дата аттестации. Добавьте её, чтобы проверить 5-летний и 3-летний сроки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» in %2 has no date. Every material must carry one: add the date.</source>
        <translation>«%1» (%2) без даты. Каждый материал должен быть датирован: добавьте дату.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the window of «%1»</source>
        <extracomment>%1 is the name of a document kind whose own time window applies.</extracomment>
        <translation>правило — «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window of %1</source>
        <extracomment>%1 is a section or table, whose time window applies.</extracomment>
        <translation>правило — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>«%1» is dated %2, before %3: outside the %n-year window before the attestation on %5 (%4). Correct the date or remove the document.</source>
        <extracomment>%1 title, %2 its date, %3 the first date inside the window, %4 the rule, %5 the attestation date, %n the window in years.</extracomment>
        <translation>
            <numerusform>«%1» датирован %2, раньше %3: вне %n-летнего срока до аттестации %5 (%4). Исправьте дату или уберите документ.</numerusform>
            <numerusform>«%1» датирован %2, раньше %3: вне %n-летнего срока до аттестации %5 (%4). Исправьте дату или уберите документ.</numerusform>
            <numerusform>«%1» датирован %2, раньше %3: вне %n-летнего срока до аттестации %5 (%4). Исправьте дату или уберите документ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 allows at most %n document(s) and has %2. Remove «%3» or choose which to keep.</source>
        <extracomment>%1 is a section, table or document kind, %2 the number of items, %3 an item&apos;s title, %n the maximum.</extracomment>
        <translation>
            <numerusform>%1: не более %n документа, сейчас %2. Уберите «%3» или выберите, какие оставить.</numerusform>
            <numerusform>%1: не более %n документов, сейчас %2. Уберите «%3» или выберите, какие оставить.</numerusform>
            <numerusform>%1: не более %n документов, сейчас %2. Уберите «%3» или выберите, какие оставить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required document missing: «%1». Add it to %2.</source>
        <extracomment>%1 is the name of a required document, %2 the section it belongs to.</extracomment>
        <translation>Нет обязательного документа: «%1». Добавьте его: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» has no «%2», which %3 requires. Fill it in.</source>
        <extracomment>%1 is an item&apos;s title, %2 a column or field name, %3 the section or table.</extracomment>
        <translation>В «%1» не заполнено поле «%2», обязательное для: %3. Заполните его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administration returned «%1» in %2. Correct the document and send the portfolio again.</source>
        <extracomment>%1 is an item&apos;s title, %2 its section or table.</extracomment>
        <translation>Администрация вернула документ «%1» (%2). Исправьте документ и отправьте портфолио снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administration returned «%1» in %2: «%3». Correct the document as the comment asks and send the portfolio again.</source>
        <extracomment>%1 is an item&apos;s title, %2 its section or table, %3 the administration&apos;s comment.</extracomment>
        <translation>Администрация вернула документ «%1» (%2): «%3». Исправьте документ, как сказано в комментарии, и отправьте портфолио снова.</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../qml/ReadinessPage.qml" line="+32"/>
        <source>Readiness for attestation</source>
        <extracomment>Title of the readiness page.</extracomment>
        <translation>Готовность к аттестации</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ready for the commission</source>
        <extracomment>Overall state on the readiness page.</extracomment>
        <translation>Готово для комиссии</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to fix</source>
        <extracomment>Overall state on the readiness page; %n is the number of findings.</extracomment>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned attestation: %1. Items count within 5 years before it, table VII within 3 years.</source>
        <extracomment>%1 is the planned attestation date.</extracomment>
        <translation>Планируемая аттестация: %1. Учитываются документы за 5 лет до неё, таблица VII — за 3 года.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the planned attestation date in the profile to check the time windows.</source>
        <translation>Укажите в профиле планируемую дату аттестации, чтобы проверить сроки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Present to the commission</source>
        <extracomment>Starts presentation mode for the commission.</extracomment>
        <translation>Показать комиссии</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to fix</source>
        <extracomment>Heading of the list of findings on the readiness page.</extracomment>
        <translation>Что исправить</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sections</source>
        <extracomment>Heading of the per-section readiness on the readiness page.</extracomment>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ready</source>
        <extracomment>A section with no findings on the readiness page.</extracomment>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ReceivedFileBanner</name>
    <message>
        <location filename="../qml/ReceivedFileBanner.qml" line="+66"/>
        <source>Switch to school mode and import</source>
        <extracomment>Switches the app to the school administration mode and imports the bundle just opened.</extracomment>
        <translation>Перейти в режим школы и импортировать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the message</source>
        <extracomment>Button that closes the message about a received file.</extracomment>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/core/report/reportwriter.cpp" line="+230"/>
        <location line="+688"/>
        <source>Attestation portfolio</source>
        <translation>Портфолио для аттестации</translation>
    </message>
    <message>
        <location line="-686"/>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Teacher&apos;s attestation portfolio</source>
        <translation>Портфолио педагога для аттестации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents, tables I–VIII and materials of pedagogical work</source>
        <translation>Документы, таблицы I–VIII и материалы педагогической работы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The teacher&apos;s name is not filled in</source>
        <translation>ФИО педагога не заполнено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject: %1</source>
        <translation>Предмет: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+205"/>
        <source>Current category</source>
        <translation>Текущая категория</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+205"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+204"/>
        <source>Category applied for</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+205"/>
        <source>Planned attestation date</source>
        <translation>Планируемая дата аттестации</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Period covered</source>
        <translation>Охватываемый период</translation>
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
        <translation>Дата подготовки</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+97"/>
        <source>The portfolio by the directions of the 2024 rules</source>
        <translation>Портфолио по направлениям правил 2024 года</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+167"/>
        <source>The teacher&apos;s profile</source>
        <translation>Сведения о педагоге</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+384"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The same documents grouped by the four directions of the attestation rules as amended in 2024. The number on the right is the page where the document is.</source>
        <translation>Те же документы, сгруппированные по четырём направлениям правил аттестации в редакции 2024 года. Число справа — страница, на которой находится документ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No documents in this direction yet.</source>
        <translation>По этому направлению пока нет документов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+335"/>
        <source>Untitled item</source>
        <translation>Документ без названия</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+67"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty by diploma</source>
        <translation>Специальность по диплому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of work</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of work in education</source>
        <translation>Стаж работы в образовании, лет</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No rows yet</source>
        <translation>Строк пока нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given: the item is incomplete until it has a date</source>
        <translation>не указана: без даты документ неполный</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Уровень</translation>
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
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No page is attached to this item.</source>
        <translation>К этому документу не прикреплено ни одной страницы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached file: %1. The file itself is kept in the portfolio and in the bundle.</source>
        <translation>Прикреплённый файл: %1. Сам файл хранится в портфолио и в выгруженном пакете.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Attestation portfolio: %1</source>
        <translation>Портфолио для аттестации: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF portfolio could not be written. Check that there is free space, then try again.</source>
        <translation>Не удалось записать портфолио в PDF. Проверьте, есть ли свободное место, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The PDF could not be saved to %1. Choose a folder you can write to, then try again.</source>
        <translation>Не удалось сохранить PDF в папку %1. Выберите папку, доступную для записи, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be saved to %1. Check that there is free space, then try again.</source>
        <translation>Не удалось сохранить PDF в папку %1. Проверьте, есть ли свободное место, и повторите попытку.</translation>
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
        <translation>Не удалось сохранить PDF в это место. Выберите другое место и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ReviewChip</name>
    <message>
        <location filename="../qml/ReviewChip.qml" line="+23"/>
        <source>Accepted</source>
        <extracomment>Review status of an item: the school certified the copy.</extracomment>
        <translation>Принят</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <extracomment>Review status of an item: the school sent it back for correction.</extracomment>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since the review</source>
        <extracomment>Review status of an item edited after the school&apos;s review.</extracomment>
        <translation>Изменён после отзыва</translation>
    </message>
</context>
<context>
    <name>ReviewFile</name>
    <message>
        <location filename="../app/core/review/reviewfile.cpp" line="+115"/>
        <source>Qujat could not write the review file %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat не удалось записать файл отзыва %1. Проверьте, что в папку можно писать и диск не заполнен, и повторите.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to send yet: mark at least one item or write a note for the portfolio.</source>
        <translation>Пока нечего отправлять: отметьте хотя бы один документ или напишите примечание к портфолио.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This file is not a Qujat review. Ask the school&apos;s administration to export the review from Qujat and send that file. Nothing was changed.</source>
        <translation>Этот файл не является отзывом Qujat. Попросите администрацию школы выгрузить отзыв из Qujat и прислать этот файл. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>Файл %1 не существует или не является файлом.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The review file is damaged or was changed after the school exported it. Ask the school&apos;s administration to export the review again. Nothing was changed.</source>
        <translation>Файл отзыва повреждён или изменён после того, как школа его экспортировала. Попросите администрацию школы экспортировать отзыв ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is a teacher&apos;s portfolio bundle, not a review. The school imports bundles; the teacher imports the review the school sends back.</source>
        <translation>Этот файл — архив портфолио учителя, а не отзыв. Архивы импортирует школа, а учитель импортирует отзыв, который присылает школа.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>This review was made by a newer version of Qujat. Update Qujat to import it. Nothing was changed.</source>
        <translation>Этот отзыв создан более новой версией Qujat. Обновите Qujat, чтобы импортировать его. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The review is not signed by the school, or it was changed after signing, so it cannot be trusted. Ask the administration to export it again. Nothing was changed.</source>
        <translation>Отзыв не подписан школой или изменён после подписи, поэтому ему нельзя доверять. Попросите администрацию выгрузить его заново. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This review is for another portfolio (%1), not for this one. Check that you opened the file meant for you; ask the administration for your own review. Nothing was changed.</source>
        <translation>Этот отзыв предназначен для другого портфолио (%1), а не для этого. Проверьте, что открыли файл для вас; попросите администрацию прислать ваш отзыв. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This review is older than the one already imported (%1), so it was not imported. Nothing was changed.</source>
        <translation>Этот отзыв старше уже импортированного (%1), поэтому он не импортирован. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This review is signed by another key than the school&apos;s earlier reviews. If the administration changed computer or reinstalled Qujat, confirm the new key (on the command line: review import --accept-new-key). Nothing was changed.</source>
        <translation>Этот отзыв подписан другим ключом, чем прежние отзывы школы. Если администрация сменила компьютер или переустановила Qujat, подтвердите новый ключ (в командной строке: review import --accept-new-key). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../qml/ReviewPanel.qml" line="+66"/>
        <source>Accepted by the school: the copy is certified.</source>
        <extracomment>Banner on an item the school accepted.</extracomment>
        <translation>Принят школой: копия заверена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned by the school for correction. Fix it, then send the portfolio again.</source>
        <extracomment>Banner on an item the school returned.</extracomment>
        <translation>Возвращён школой на исправление. Исправьте и отправьте портфолио снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since the school&apos;s review. Send the portfolio again so that the school checks it.</source>
        <extracomment>Banner on a returned or accepted item the teacher edited since.</extracomment>
        <translation>Изменён после отзыва школы. Отправьте портфолио снова, чтобы школа его проверила.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment: %1</source>
        <extracomment>The administration&apos;s comment on an item; %1 is the comment.</extracomment>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review</source>
        <extracomment>Heading of the review controls on an item.</extracomment>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not reviewed yet</source>
        <extracomment>Review status of an item that was not reviewed yet.</extracomment>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comment for the teacher (required to return)</source>
        <extracomment>Placeholder of the comment on an item under review.</extracomment>
        <translation>Комментарий для учителя (обязателен при возврате)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept</source>
        <extracomment>Marks an item as accepted: the copy is certified.</extracomment>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Return for correction</source>
        <extracomment>Returns an item to the teacher with the comment.</extracomment>
        <translation>Вернуть на исправление</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear the mark</source>
        <extracomment>Removes the review mark of an item.</extracomment>
        <translation>Снять отметку</translation>
    </message>
</context>
<context>
    <name>ReviewStatusText</name>
    <message>
        <location filename="../app/core/report/reviewstatus.cpp" line="+22"/>
        <source>Accepted: copy certified by the administration</source>
        <extracomment>The review line of a document page in the PDF: the administration accepted the item.</extracomment>
        <translation>Принят: копия заверена администрацией</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned for correction</source>
        <translation>Возвращён на исправление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned for correction: %1</source>
        <extracomment>%1 is the administration&apos;s comment.</extracomment>
        <translation>Возвращён на исправление: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after the review; waits for the next one</source>
        <translation>Изменён после отзыва, ждёт следующего отзыва</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../app/core/review/review.cpp" line="+25"/>
        <source>Qujat could not save the review. Check that the disk is not full, then try again.</source>
        <translation>Qujat не удалось сохранить отзыв. Проверьте, что диск не заполнен, и повторите.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A review mark is either accepted or returned.</source>
        <translation>Отметка может быть только «принят» или «возвращён».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This item is no longer in the portfolio, so it cannot be marked.</source>
        <translation>Этого документа больше нет в портфолио, поэтому его нельзя отметить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the teacher should correct: a returned item needs a comment.</source>
        <translation>Напишите, что учителю исправить: для возврата нужен комментарий.</translation>
    </message>
</context>
<context>
    <name>SafeUnzip</name>
    <message>
        <location filename="../app/core/bundle/safeunzip.cpp" line="+126"/>
        <location line="+8"/>
        <source>The file is not a readable zip archive.</source>
        <translation>Файл не является читаемым zip-архивом.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The bundle %1 cannot be imported: %2. Nothing was imported.</source>
        <translation>Файл портфолио %1 нельзя импортировать: %2. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it holds the same file name twice</source>
        <translation>в нём одно и то же имя файла встречается дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a readable zip file, or it is damaged</source>
        <translation>это не читаемый zip-файл, или он повреждён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip file is empty</source>
        <translation>zip-файл пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds more than %1 files</source>
        <translation>в нём больше %1 файлов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a file name cannot be read</source>
        <translation>имя файла не читается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file name is not valid UTF-8</source>
        <translation>имя файла не в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>the entry %1 cannot be read</source>
        <translation>запись %1 не читается</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>it is encrypted</source>
        <translation>он зашифрован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it uses an unsupported compression method</source>
        <translation>в нём используется неподдерживаемый метод сжатия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds a symbolic link (%1)</source>
        <translation>в нём есть символическая ссылка (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds a special file (%1)</source>
        <translation>в нём есть специальный файл (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds %1</source>
        <translation>в нём есть: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds the name %1, which Windows cannot store</source>
        <translation>в нём есть имя %1, которое Windows не может сохранить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its files are not all in one folder</source>
        <translation>его файлы лежат не в одной папке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds the name %1 twice</source>
        <translation>в нём имя %1 встречается дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds two names that differ only in letter case (%1)</source>
        <translation>в нём есть два имени, различающиеся только регистром букв (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it needs %1 MB, more than the free disk space or the limit allows</source>
        <translation>ему нужно %1 МБ — больше, чем позволяет свободное место на диске или ограничение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it holds a path that leaves its folder</source>
        <translation>в нём есть путь, выходящий за пределы своей папки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 cannot be created</source>
        <translation>не удалось создать папку %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder for %1 cannot be created</source>
        <translation>не удалось создать папку для %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file %1 cannot be written to the staging folder</source>
        <translation>не удалось записать файл %1 во временную папку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the entry %1 is damaged</source>
        <translation>запись %1 повреждена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it unpacks to more data than it declares or than the limit allows</source>
        <translation>при распаковке получается больше данных, чем указано или чем позволяет ограничение</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>the staging folder is full or not writable</source>
        <translation>временная папка заполнена или недоступна для записи</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the entry %1 is shorter than it declares</source>
        <translation>запись %1 короче, чем указано</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <location filename="../app/core/sample/samplegenerator.cpp" line="+732"/>
        <source>The sample portfolio could not be created. Check the free disk space and try again.</source>
        <translation>Не удалось создать пример портфолио. Проверьте свободное место на диске и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>SchoolReport</name>
    <message>
        <location filename="../app/core/school/schoolreport.cpp" line="+78"/>
        <source>The portfolio is empty.</source>
        <translation>Портфолио пусто.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n required document(s) missing.</source>
        <translation>
            <numerusform>Не хватает %n обязательного документа.</numerusform>
            <numerusform>Не хватает %n обязательных документов.</numerusform>
            <numerusform>Не хватает %n обязательных документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) returned for correction.</source>
        <translation>
            <numerusform>%n документ возвращён на исправление.</numerusform>
            <numerusform>%n документа возвращены на исправление.</numerusform>
            <numerusform>%n документов возвращены на исправление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) changed since the review.</source>
        <translation>
            <numerusform>%n документ изменён после отзыва.</numerusform>
            <numerusform>%n документа изменены после отзыва.</numerusform>
            <numerusform>%n документов изменены после отзыва.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more finding(s) of the rules: dates, time windows, limits or required values.</source>
        <translation>
            <numerusform>Ещё %n замечание по правилам: даты, сроки, ограничения или обязательные значения.</numerusform>
            <numerusform>Ещё %n замечания по правилам: даты, сроки, ограничения или обязательные значения.</numerusform>
            <numerusform>Ещё %n замечаний по правилам: даты, сроки, ограничения или обязательные значения.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+18"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Changed since the review</source>
        <translation>Изменён после отзыва</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reviewed</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category sought</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned attestation</source>
        <translation>Плановая аттестация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections with items</source>
        <translation>Разделы с документами</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required documents missing</source>
        <translation>Недостающие обязательные документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Последний архив</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item id</source>
        <translation>Идентификатор документа</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Qujat could not write %1. Check that the folder is writable and the file is not open in another program, then try again.</source>
        <translation>Qujat не удалось записать %1. Проверьте, что в папку можно писать и файл не открыт в другой программе, и повторите.</translation>
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
        <translation>Режим администрации: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher mode: your own portfolio.</source>
        <extracomment>The current mode in the settings.</extracomment>
        <translation>Режим учителя: ваше портфолио.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the mode</source>
        <extracomment>Opens the question teacher or administration.</extracomment>
        <translation>Сменить режим</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School details</source>
        <translation>Данные школы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The school&apos;s review</source>
        <extracomment>Settings heading of the review import on the teacher&apos;s side.</extracomment>
        <translation>Отзыв школы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The administration checks your portfolio and sends back a review file. Import it to see which documents were accepted and which were returned for correction.</source>
        <translation>Администрация проверяет ваше портфолио и присылает файл отзыва. Импортируйте его, чтобы увидеть, какие документы приняты, а какие возвращены на исправление.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note from the school: %1</source>
        <extracomment>The administration&apos;s note on the whole portfolio; %1 is the note.</extracomment>
        <translation>Примечание школы: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import the school&apos;s review</source>
        <extracomment>Opens the file chooser for the school&apos;s review file.</extracomment>
        <translation>Импортировать отзыв школы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the review file</source>
        <extracomment>Title of the file chooser for the school&apos;s review.</extracomment>
        <translation>Выберите файл отзыва</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qujat review (*.zip)</source>
        <translation>Отзыв Qujat (*.zip)</translation>
    </message>
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <location filename="../app/cli/bundlecommands.cpp" line="+118"/>
        <location filename="../app/core/school/schoolstore.cpp" line="+403"/>
        <source>The bundle of %1 was changed after it was signed, so it cannot be trusted. Ask the teacher to export it again. Nothing was imported.</source>
        <translation>Файл портфолио (%1) изменён после подписания, поэтому ему нельзя доверять. Попросите учителя экспортировать его заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../app/core/school/schoolstore.cpp" line="-311"/>
        <source>Qujat could not write the school&apos;s data. Check that the disk is not full, then try again. Nothing was imported.</source>
        <translation>Qujat не удалось записать данные школы. Проверьте, что диск не заполнен, и повторите попытку. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Qujat cannot create the school&apos;s data folder %1. Choose a writable folder.</source>
        <translation>Qujat не может создать папку данных школы %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The folder %1 holds a teacher&apos;s portfolio, not the school&apos;s data. Choose another folder for the school.</source>
        <translation>В папке %1 лежит портфолио учителя, а не данные школы. Выберите для школы другую папку.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The school&apos;s data is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Данные школы открыты в другом окне Qujat или в qujat-cli. Закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qujat cannot write in the school&apos;s data folder %1. Check that the disk is not full and the folder is writable, then try again. Nothing was changed.</source>
        <translation>Qujat не может записать в папку данных школы %1. Проверьте, что диск не заполнен и в папку можно записывать, и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>No portfolio of this teacher has been imported.</source>
        <translation>Портфолио этого учителя ещё не импортировано.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+50"/>
        <source>an unnamed teacher</source>
        <translation>учитель без имени</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The bundle of %1 was signed on another device than the earlier bundles. If the teacher changed device or reinstalled Qujat, confirm the new key (on the command line: import --accept-new-key). Nothing was imported.</source>
        <translation>Файл портфолио (%1) подписан на другом устройстве, чем прежние файлы. Если учитель сменил устройство или переустановил Qujat, подтвердите новый ключ (в командной строке: import --accept-new-key). Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle of %1 is not signed, but the earlier bundles of this teacher were. It may have been changed by someone else. Ask the teacher to export it again from Qujat. Nothing was imported.</source>
        <translation>Файл портфолио (%1) не подписан, хотя прежние файлы этого учителя были подписаны. Возможно, его изменил кто-то другой. Попросите учителя заново экспортировать его из Qujat. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle is not signed.</source>
        <translation>Файл портфолио не подписан.</translation>
    </message>
    <message>
        <location filename="../app/core/school/schoolinfo.cpp" line="+45"/>
        <source>Qujat could not save the school&apos;s name. Check that the disk is not full, then try again.</source>
        <translation>Qujat не удалось сохранить название школы. Проверьте, что диск не заполнен, и повторите.</translation>
    </message>
</context>
<context>
    <name>SchoolSummaryPane</name>
    <message>
        <location filename="../qml/SchoolSummaryPane.qml" line="+40"/>
        <source>School summary</source>
        <extracomment>Heading of the school&apos;s summary.</extracomment>
        <translation>Сводка по школе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 teachers are ready for attestation. %3 documents in all portfolios.</source>
        <extracomment>%1 ready teachers of %2; %3 items in all portfolios.</extracomment>
        <translation>К аттестации готовы %1 из %2 учителей. Во всех портфолио %3 документов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents by level and year</source>
        <extracomment>Heading of the awards table of the school&apos;s summary.</extracomment>
        <translation>Документы по уровням и годам</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No documents with a level yet.</source>
        <extracomment>The summary has no documents with a level yet.</extracomment>
        <translation>Документов с указанным уровнем пока нет.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../qml/SectionPage.qml" line="+32"/>
        <source>Table %1</source>
        <extracomment>Window title of a table section; %1 is its Roman number.</extracomment>
        <translation>Таблица %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section %1</source>
        <extracomment>Window title of a portfolio section; %1 is its number.</extracomment>
        <translation>Раздел %1</translation>
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
        <translation>Сортировка:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By date</source>
        <extracomment>Sort button.</extracomment>
        <translation>По дате</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By title</source>
        <extracomment>Sort button.</extracomment>
        <translation>По названию</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+74"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Add from file</source>
        <translation>Добавить из файла</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No documents in this section yet.</source>
        <extracomment>Empty state of a section.</extracomment>
        <translation>В этом разделе пока нет документов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photograph a paper document or choose a file, such as a PDF or a presentation.</source>
        <translation>Сфотографируйте бумажный документ или выберите файл, например PDF или презентацию.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="+22"/>
        <source>Settings</source>
        <extracomment>Title of the settings page.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Language</source>
        <extracomment>Settings heading.</extracomment>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sample portfolio</source>
        <extracomment>Settings heading.</extracomment>
        <translation>Пример портфолио</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are looking at the sample portfolio. Your own portfolio is kept apart and is not changed.</source>
        <translation>Вы просматриваете пример портфолио. Ваше собственное портфолио хранится отдельно и не меняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filled-in example portfolio shows how documents are filed. It is kept apart from your own.</source>
        <translation>Заполненный пример портфолио показывает, как документы раскладываются по разделам. Он хранится отдельно от вашего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to my portfolio</source>
        <translation>Вернуться к моему портфолио</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a sample portfolio</source>
        <translation>Открыть пример портфолио</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portfolio file</source>
        <extracomment>Settings heading: exporting the portfolio for the school and importing teachers&apos; files.</extracomment>
        <translation>Файл портфолио</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to the school or import files</source>
        <translation>Отправить в школу или импортировать файлы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the commission</source>
        <extracomment>Settings heading: the portfolio printed or shown to the attestation commission.</extracomment>
        <translation>Для комиссии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole portfolio as one PDF file: cover, contents, tables I–VIII, charts and every document with its details.</source>
        <translation>Всё портфолио одним файлом PDF: обложка, содержание, таблицы I–VIII, диаграммы и каждый документ со сведениями о нём.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <extracomment>Saves the portfolio as a PDF file.</extracomment>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charts</source>
        <extracomment>Opens the page with the portfolio&apos;s charts.</extracomment>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data folder</source>
        <extracomment>Settings heading: where the portfolio files are stored.</extracomment>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About</source>
        <extracomment>Settings heading.</extracomment>
        <translation>О приложении</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qujat %1: the teacher&apos;s attestation portfolio.</source>
        <extracomment>%1 is the version number, e.g. 0.1.0.</extracomment>
        <translation>Qujat %1: аттестационное портфолио педагога.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font: Noto Sans, under the SIL Open Font License 1.1.</source>
        <translation>Шрифт: Noto Sans, по лицензии SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Font licence</source>
        <extracomment>Shows the licence text of the bundled font.</extracomment>
        <translation>Лицензия шрифта</translation>
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
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the portfolio as PDF</source>
        <extracomment>Title of the dialog that saves the portfolio as a PDF.</extracomment>
        <translation>Сохранить портфолио в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter in the save dialog.</extracomment>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../app/core/bundle/signing.cpp" line="+43"/>
        <source>Qujat could not read or create the signing key in %1. Check that the data folder is writable, then try again.</source>
        <translation>Qujat не удалось прочитать или создать ключ подписи в %1. Проверьте, что в папку данных можно писать, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/core/store/migrations.cpp" line="+233"/>
        <source>The portfolio database cannot be read. It may be damaged.</source>
        <translation>Не удаётся прочитать базу данных портфолио. Возможно, она повреждена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This portfolio was saved by a newer version of Qujat. Update Qujat to open it.</source>
        <translation>Это портфолио сохранено более новой версией Qujat. Обновите Qujat, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The portfolio database could not be updated. Close other copies of Qujat and try again.</source>
        <translation>Не удалось обновить базу данных портфолио. Закройте другие запущенные копии Qujat и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>The portfolio database could not be updated to this version of Qujat.</source>
        <translation>Не удалось обновить базу данных портфолио для этой версии Qujat.</translation>
    </message>
    <message>
        <location filename="../app/core/store/store.cpp" line="+56"/>
        <source>Qujat could not save to the portfolio database. Check that the disk is not full, then try again. Nothing was changed.</source>
        <translation>Qujat не смог записать данные в базу данных портфолио. Проверьте, что диск не заполнен, и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Qujat cannot create its data folder %1. Choose a writable folder.</source>
        <translation>Qujat не может создать папку данных %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not a Qujat portfolio and is not empty. Choose an empty folder or a folder that already holds a Qujat portfolio.</source>
        <translation>Папка %1 не является портфолио Qujat и не пуста. Выберите пустую папку или папку, где уже есть портфолио Qujat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This portfolio is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Это портфолио открыто в другом окне Qujat или в qujat-cli. Закройте его и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qujat cannot write to the portfolio folder %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Qujat не может записывать в папку портфолио %1. Проверьте, что в папку можно записывать и что диск не заполнен.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The portfolio database in %1 cannot be opened. Check that the folder is writable.</source>
        <translation>Не удаётся открыть базу данных портфолио в папке %1. Проверьте, что папка доступна для записи.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Qujat cannot open the portfolio because it cannot write to %1. Check that the disk is not full and that the folder is writable, then start Qujat again. Nothing was changed.</source>
        <translation>Qujat не может открыть портфолио, потому что не может записывать в %1. Проверьте, что на диске есть свободное место и папка доступна для записи, затем снова запустите Qujat. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>The portfolio database is damaged and Qujat could not move it aside. Check that the data folder %1 is writable, then start Qujat again.</source>
        <translation>База данных портфолио повреждена, и Qujat не смог переместить её. Проверьте, что в папку данных %1 можно записывать, и запустите Qujat снова.</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+103"/>
        <location line="+41"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Этого документа больше нет. Возможно, он был удалён.</translation>
    </message>
    <message>
        <location filename="../app/core/store/storepages.cpp" line="+16"/>
        <source>Qujat could not change the pages of this item. Check that the disk is not full, then try again. Nothing was changed.</source>
        <translation>Qujat не смог изменить страницы этого документа. Проверьте, что диск не заполнен, и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>This page no longer exists. It may have been deleted.</source>
        <translation>Этой страницы больше нет. Возможно, она была удалена.</translation>
    </message>
</context>
<context>
    <name>SuggestedTag</name>
    <message>
        <location filename="../qml/SuggestedTag.qml" line="+8"/>
        <source>Suggested</source>
        <extracomment>Tag beside a form field filled in from the text read on the page.</extracomment>
        <translation>Предложено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested from the page&apos;s text; check it</source>
        <translation>Предложено по тексту страницы, проверьте</translation>
    </message>
</context>
<context>
    <name>TeacherBanner</name>
    <message>
        <location filename="../qml/TeacherBanner.qml" line="+60"/>
        <source>‹ Teachers</source>
        <extracomment>Leaves a teacher&apos;s portfolio for the teachers list.</extracomment>
        <translation>‹ Учителя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only</source>
        <extracomment>Marks a teacher&apos;s portfolio shown in administration mode.</extracomment>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note on the whole portfolio for the teacher</source>
        <extracomment>Placeholder of the administration&apos;s note on a whole portfolio.</extracomment>
        <translation>Примечание ко всему портфолио для учителя</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the note</source>
        <extracomment>Saves the note on the whole portfolio.</extracomment>
        <translation>Сохранить примечание</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the review…</source>
        <extracomment>Saves the review file to send back to the teacher.</extracomment>
        <translation>Отправить отзыв…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the review for the teacher</source>
        <extracomment>Title of the file chooser when saving a review file.</extracomment>
        <translation>Сохранить отзыв для учителя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qujat review (*.zip)</source>
        <extracomment>File chooser filter for review files.</extracomment>
        <translation>Отзыв Qujat (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Send this file to the teacher: Qujat opens it in Settings → Import the school&apos;s review.</source>
        <extracomment>After saving a review file.</extracomment>
        <translation>Сохранено. Отправьте этот файл учителю: Qujat открывает его в «Настройки → Импортировать отзыв школы».</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../qml/TeachersPage.qml" line="+34"/>
        <source>Teachers</source>
        <extracomment>Title of the teachers list in administration mode.</extracomment>
        <translation>Учителя</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The school&apos;s name is not set</source>
        <extracomment>Shown until the school&apos;s name is set.</extracomment>
        <translation>Название школы не указано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready for attestation: %1 of %2 teachers</source>
        <extracomment>Summary of the teachers list; %1 ready teachers of %2.</extracomment>
        <translation>Готовы к аттестации: %1 из %2 учителей</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) returned for correction</source>
        <extracomment>Summary of the teachers list.</extracomment>
        <translation>
            <numerusform>%n документ возвращён на исправление</numerusform>
            <numerusform>%n документа возвращены на исправление</numerusform>
            <numerusform>%n документов возвращены на исправление</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No portfolio yet. Import the bundle files the teachers sent you, or drop them here.</source>
        <extracomment>Shown while no teacher&apos;s bundle was imported.</extracomment>
        <translation>Портфолио пока нет. Импортируйте архивы, присланные учителями, или перетащите их сюда.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import bundles</source>
        <extracomment>Opens the file chooser to import teachers&apos; bundles.</extracomment>
        <translation>Импортировать архивы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>School details</source>
        <extracomment>Opens the form with the school&apos;s name and the administrator.</extracomment>
        <translation>Данные школы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teachers CSV</source>
        <extracomment>Saves the teachers list as a CSV file for spreadsheets.</extracomment>
        <translation>CSV учителей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>teachers</source>
        <translation>учителя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All items CSV</source>
        <extracomment>Saves every item of every teacher as a CSV file.</extracomment>
        <translation>CSV всех документов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items</source>
        <translation>документы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search all portfolios: title, issuer, QR code, notes</source>
        <extracomment>Search across the items of all teachers.</extracomment>
        <translation>Поиск по всем портфолио: название, организация, QR-код, примечания</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sort and filter</source>
        <extracomment>Shows the sort order and filters of the teachers list on phones.</extracomment>
        <translation>Сортировка и фильтры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By name</source>
        <extracomment>Sort order of the teachers list.</extracomment>
        <translation>По имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By readiness</source>
        <extracomment>Sort order of the teachers list: least ready first.</extracomment>
        <translation>По готовности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By attestation date</source>
        <extracomment>Sort order of the teachers list: nearest attestation first.</extracomment>
        <translation>По дате аттестации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By last bundle</source>
        <extracomment>Sort order of the teachers list: newest bundle first.</extracomment>
        <translation>По последнему архиву</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All teachers</source>
        <extracomment>Filter of the teachers list.</extracomment>
        <translation>Все учителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Ready</source>
        <extracomment>Filter of the teachers list.
----------
Readiness of a teacher&apos;s portfolio.</extracomment>
        <translation>Готов</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Not ready</source>
        <extracomment>Filter of the teachers list.</extracomment>
        <translation>Не готовы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All subjects</source>
        <extracomment>Filter of the teachers list: every subject.</extracomment>
        <translation>Все предметы</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n document(s)</source>
        <extracomment>Number of items in a teacher&apos;s portfolio.</extracomment>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
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
        <translation>Архив от %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No teacher matches the filters.</source>
        <extracomment>The filters of the teachers list leave no teacher.</extracomment>
        <translation>Нет учителей, подходящих под фильтры.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing found in the teachers&apos; portfolios.</source>
        <extracomment>The search across all teachers found nothing.</extracomment>
        <translation>В портфолио учителей ничего не найдено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as CSV</source>
        <extracomment>Title of the file chooser when saving a CSV file.</extracomment>
        <translation>Сохранить как CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <extracomment>File chooser filter for CSV files.</extracomment>
        <translation>Файлы CSV для электронных таблиц (*.csv)</translation>
    </message>
</context>
<context>
    <name>TextRecognizer</name>
    <message>
        <location filename="../app/core/ocr/textrecognizer.cpp" line="+117"/>
        <source>This page has no image to read text from.</source>
        <translation>На этой странице нет изображения, с которого можно прочитать текст.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qujat could not read the text of this page. Fill in the fields by hand.</source>
        <translation>Qujat не удалось прочитать текст этой страницы. Заполните поля вручную.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Text recognition is not available in this copy of Qujat, so no fields are suggested. Fill them in by hand.</source>
        <translation>В этой копии Qujat нет распознавания текста, поэтому поля не предлагаются. Заполните их вручную.</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../qml/WelcomePane.qml" line="+10"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Моё портфолио</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a section on the left to see its documents.</source>
        <translation>Выберите раздел слева, чтобы увидеть его документы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every document needs a date and a section. Photograph paper documents, or add PDF, Word, PowerPoint and Excel files.</source>
        <translation>У каждого документа должны быть дата и раздел. Сфотографируйте бумажные документы или добавьте файлы PDF, Word, PowerPoint и Excel.</translation>
    </message>
</context>
<context>
    <name>qujat::AppController</name>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="+126"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2 or the bundle you exported on %3: items added after the one you choose will be missing.</source>
        <translation>База данных портфолио повреждена, поэтому Qujat переместил её в %1 и начал пустое портфолио. Ваши фотографии и файлы остаются в папке данных. Можно восстановить резервную копию от %2 или файл портфолио, экспортированный %3: документы, добавленные после выбранной копии, будут отсутствовать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the portfolio from the bundle you exported on %2: items added after it will be missing.</source>
        <translation>База данных портфолио повреждена, поэтому Qujat переместил её в %1 и начал пустое портфолио. Ваши фотографии и файлы остаются в папке данных. Можно восстановить портфолио из файла портфолио, экспортированного %2: документы, добавленные после него, будут отсутствовать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2: items added after it will be missing.</source>
        <translation>База данных портфолио повреждена, поэтому Qujat переместил её в %1 и открыл пустое портфолио. Ваши фото и файлы остались в папке с данными. Можно восстановить резервную копию от %2. Документы, добавленные после неё, в ней отсутствуют.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. Keep the moved database: it is needed to recover the portfolio.</source>
        <translation>База данных портфолио была повреждена, поэтому Qujat переместил её в %1 и открыл пустое портфолио. Фотографии и файлы остались в папке данных. Сохраните перемещённую базу данных: она нужна для восстановления портфолио.</translation>
    </message>
    <message>
        <location line="+394"/>
        <source>No application on this device opens this file. Install a viewer for this file type, or share the file to another device.</source>
        <translation>На этом устройстве нет приложения, которое открывает этот файл. Установите программу для просмотра файлов этого типа или передайте файл на другое устройство.</translation>
    </message>
</context>
<context>
    <name>qujat::BundleController</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecontroller.cpp" line="+120"/>
        <source>The portfolio was saved to %1: %n document(s).</source>
        <translation>
            <numerusform>Портфолио сохранено в %1: %n документ.</numerusform>
            <numerusform>Портфолио сохранено в %1: %n документа.</numerusform>
            <numerusform>Портфолио сохранено в %1: %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: уже импортировано, ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 added, %3 updated, %4 deleted.</source>
        <translation>%1: добавлено %2, обновлено %3, удалено %4.</translation>
    </message>
</context>
<context>
    <name>qujat::FileOpenRouter</name>
    <message>
        <location filename="../app/gui/fileopenrouter.cpp" line="+59"/>
        <source>%1 is a teacher&apos;s portfolio bundle. Bundles are imported in the school administration mode: switch to it to import this file, or send the file to your school&apos;s administration.</source>
        <extracomment>%1 is a file name. Shown in the teacher&apos;s mode when a portfolio bundle is opened with the app.</extracomment>
        <translation>%1 — архив портфолио учителя. Архивы импортируются в режиме администрации школы: перейдите в этот режим, чтобы импортировать файл, или отправьте файл администрации школы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qujat cannot open %1: it is neither a portfolio bundle nor a review file made by Qujat. Check that you chose the right file.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Qujat не может открыть %1: это не архив портфолио и не файл отзыва, созданный Qujat. Проверьте, тот ли файл выбран.</translation>
    </message>
</context>
<context>
    <name>qujat::Importer</name>
    <message>
        <location filename="../app/gui/importer.cpp" line="+232"/>
        <source>Changing the page was cancelled.</source>
        <translation>Изменение страницы отменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and try again.</source>
        <translation>Qujat не смог сохранить эту страницу в JPEG. Проверьте, что на устройстве есть свободное место, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>This file is already in the portfolio, in “%1”. Save it only if you want a second copy.</source>
        <extracomment>%1 is the title of the item that already has this photo or file.</extracomment>
        <translation>Этот файл уже есть в портфолио: «%1». Сохраните его, только если нужна вторая копия.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Qujat could not write the sample photo. Check that the device has free space and try again.</source>
        <translation>Qujat не смог записать фото-образец. Проверьте, что на устройстве есть свободное место, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Add a photo or a file first.</source>
        <translation>Сначала добавьте фото или файл.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the section this document belongs to.</source>
        <translation>Выберите раздел, к которому относится этот документ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen document kind does not belong to this section. Choose it again.</source>
        <translation>Выбранный вид документа не относится к этому разделу. Выберите его снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a title, for example the name of the event or of the course.</source>
        <translation>Введите название, например название мероприятия или курсов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The date %1 does not exist. Choose the date from the calendar.</source>
        <translation>Даты %1 не существует. Выберите дату в календаре.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date is before the start date. Check both dates.</source>
        <translation>Дата окончания раньше даты начала. Проверьте обе даты.</translation>
    </message>
</context>
<context>
    <name>qujat::ItemEditor</name>
    <message>
        <location filename="../app/gui/itemeditor.cpp" line="+137"/>
        <source>Choose the section this document belongs to.</source>
        <translation>Выберите раздел, к которому относится этот документ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a title, for example the name of the event or of the course.</source>
        <translation>Введите название, например название мероприятия или курсов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date %1 does not exist. Choose the date from the calendar.</source>
        <translation>Даты %1 не существует. Выберите дату в календаре.</translation>
    </message>
</context>
<context>
    <name>qujat::PlatformBridge</name>
    <message>
        <location filename="../app/gui/platformbridge.cpp" line="+78"/>
        <source>Qujat could not open %1: the file does not exist or cannot be read. Check the file and open it again.</source>
        <translation>Qujat не смог открыть %1: файла нет или его нельзя прочитать. Проверьте файл и откройте его снова.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save a copy as %1: %2. Choose another folder and try again.</source>
        <translation>Не удалось сохранить копию как %1: %2. Выберите другую папку и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>qujat::SchoolController</name>
    <message>
        <location filename="../app/gui/schoolcontroller.cpp" line="+209"/>
        <source>Enter the school&apos;s name: it is written on every review.</source>
        <translation>Введите название школы: оно указывается в каждом отзыве.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Checking and importing %1…</source>
        <extracomment>Shown while a bundle is checked and imported; %1 is the file name.</extracomment>
        <translation>Проверка и импорт %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>an unnamed teacher</source>
        <translation>учитель без имени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this bundle was imported before; nothing changed.</source>
        <extracomment>%1 is the teacher&apos;s name.</extracomment>
        <translation>%1: этот архив уже импортирован, ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 new, %3 updated, %4 deleted, %5 unchanged.</source>
        <extracomment>The outcome of a bundle import; %1 is the teacher&apos;s name, then counts of items.</extracomment>
        <translation>%1: новых %2, обновлено %3, удалено %4, без изменений %5.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open your own portfolio to import a review.</source>
        <translation>Чтобы импортировать отзыв, откройте своё портфолио.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This review was imported before; nothing changed.</source>
        <translation>Этот отзыв уже импортирован, ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review from %1: %2 accepted, %3 returned for correction.</source>
        <extracomment>After importing the school&apos;s review; %1 is the school, %2 and %3 counts of items.</extracomment>
        <translation>Отзыв от «%1»: принято %2, возвращено на исправление %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the school</source>
        <translation>школы</translation>
    </message>
</context>
</TS>

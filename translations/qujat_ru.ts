<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddPage</name>
    <message>
        <location filename="../qml/AddPage.qml" line="+68"/>
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
        <location line="+90"/>
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
        <location line="+19"/>
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
        <location line="+44"/>
        <source>Add to the document</source>
        <extracomment>Adds the draft&apos;s pages to the existing item.</extracomment>
        <translation>Добавить к документу</translation>
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
    <name>BundleWriter</name>
    <message>
        <location filename="../app/core/bundle/bundlewriter.cpp" line="+59"/>
        <source>Qujat could not write the bundle %1. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Qujat не удалось записать файл портфолио %1. Проверьте, что в папку можно писать и диск не заполнен, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>The export was cancelled. No bundle was written.</source>
        <translation>Экспорт отменён. Файл портфолио не записан.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../qml/CapturePage.qml" line="+28"/>
        <source>Take a photo</source>
        <extracomment>Title of the camera page.</extracomment>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+55"/>
        <source>Code found: %1</source>
        <extracomment>Over the viewfinder when a QR code or barcode is readable; %1 is its text.</extracomment>
        <translation>Найден код: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From files</source>
        <extracomment>Opens the file chooser from the camera page.</extracomment>
        <translation>Из файлов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the photo</source>
        <extracomment>The shutter button.</extracomment>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Light</source>
        <extracomment>Switches the phone&apos;s light on while photographing.</extracomment>
        <translation>Подсветка</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No camera found on this device</source>
        <translation>На этом устройстве камера не найдена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.</source>
        <translation>Выберите готовый скан или фото либо файл PDF, Word, PowerPoint или Excel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a photo or file</source>
        <translation>Выбрать фото или файл</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/catalog/catalog.cpp" line="+551"/>
        <source>The portfolio catalog could not be read. Reinstall Qujat to restore it.</source>
        <translation>Не удалось прочитать каталог разделов портфолио. Переустановите Qujat, чтобы восстановить его.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The portfolio catalog is invalid. Reinstall Qujat to restore it.</source>
        <translation>Каталог разделов портфолио повреждён. Переустановите Qujat, чтобы восстановить его.</translation>
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
        <location filename="../qml/DateField.qml" line="+17"/>
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
        <location line="+49"/>
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
        <location filename="../qml/ErrorBanner.qml" line="+47"/>
        <source>Close the message</source>
        <extracomment>Button that closes an error message.</extracomment>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="+30"/>
        <source>%1 (required)</source>
        <extracomment>A form label of a field that should be filled in; %1 is the field name.</extracomment>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../app/core/store/filestore.cpp" line="+70"/>
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
        <location filename="../qml/HomePage.qml" line="+45"/>
        <source>My portfolio</source>
        <extracomment>Title of the start page.</extracomment>
        <translation>Моё портфолио</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <source>%n required document(s) not added yet</source>
        <extracomment>Summary on the start page.</extracomment>
        <translation>
            <numerusform>%n обязательный документ ещё не добавлен</numerusform>
            <numerusform>%n обязательных документа ещё не добавлены</numerusform>
            <numerusform>%n обязательных документов ещё не добавлено</numerusform>
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
        <translation>Заполнить профиль</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Want to see how a filled portfolio looks first? The sample is kept apart from yours.</source>
        <translation>Хотите сначала посмотреть, как выглядит заполненное портфолио? Пример хранится отдельно от вашего.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a sample portfolio</source>
        <translation>Открыть пример портфолио</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+198"/>
        <source>Add document</source>
        <extracomment>Floating button on phones.</extracomment>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Add from file</source>
        <translation>Добавить из файла</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
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
        <location filename="../qml/ItemForm.qml" line="+89"/>
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
        <location line="+27"/>
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
        <location line="+12"/>
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
        <location line="+9"/>
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
        <location line="+18"/>
        <source>Date</source>
        <extracomment>Form label: the date of the event or of issue.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+10"/>
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
        <location line="+14"/>
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
        <location line="+29"/>
        <location line="+8"/>
        <source>Notes</source>
        <extracomment>Form label: free notes about the document.</extracomment>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../qml/ItemPage.qml" line="+77"/>
        <source>Document</source>
        <extracomment>Title of the item page before the item has a title.</extracomment>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+6"/>
        <source>Add from file</source>
        <extracomment>Adds pages from files to an existing item.</extracomment>
        <translation>Добавить из файла</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location filename="../qml/ItemRow.qml" line="+31"/>
        <source>No date — incomplete</source>
        <extracomment>Mark on an item that has no date yet.</extracomment>
        <translation>Нет даты — неполный</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
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
        <source>Restore from the bundle of %1</source>
        <extracomment>Button beside the message about a damaged database; %1 is when the bundle was exported.</extracomment>
        <translation>Восстановить из файла портфолио от %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="+251"/>
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
        <location line="+205"/>
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
        <location line="+108"/>
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
        <location filename="../app/core/bundle/portfoliojson.cpp" line="+127"/>
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
        <location filename="../app/core/sample/samplegenerator.cpp" line="+731"/>
        <source>The sample portfolio could not be created. Check the free disk space and try again.</source>
        <translation>Не удалось создать пример портфолио. Проверьте свободное место на диске и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <source>Qujat cannot write in the school&apos;s data folder %1. Check that the disk is not full and the folder is writable, then try again. Nothing was changed.</source>
        <translation>Qujat не может записать в папку данных школы %1. Проверьте, что диск не заполнен и в папку можно записывать, и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommands.cpp" line="+104"/>
        <location filename="../app/core/school/schoolstore.cpp" line="+355"/>
        <source>The bundle of %1 was changed after it was signed, so it cannot be trusted. Ask the teacher to export it again. Nothing was imported.</source>
        <translation>Файл портфолио (%1) изменён после подписания, поэтому ему нельзя доверять. Попросите учителя экспортировать его заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../app/core/school/schoolstore.cpp" line="-279"/>
        <source>Qujat could not write the school&apos;s data. Check that the disk is not full, then try again. Nothing was imported.</source>
        <translation>Qujat не удалось записать данные школы. Проверьте, что диск не заполнен, и повторите попытку. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Qujat cannot create the school&apos;s data folder %1. Choose a writable folder.</source>
        <translation>Qujat не может создать папку данных школы %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 holds a teacher&apos;s portfolio, not the school&apos;s data. Choose another folder for the school.</source>
        <translation>В папке %1 лежит портфолио учителя, а не данные школы. Выберите для школы другую папку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The school&apos;s data is open in another Qujat window or in qujat-cli. Close it and try again.</source>
        <translation>Данные школы открыты в другом окне Qujat или в qujat-cli. Закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>No portfolio of this teacher has been imported.</source>
        <translation>Портфолио этого учителя ещё не импортировано.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+49"/>
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
        <location line="+73"/>
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
        <location filename="../qml/SettingsPage.qml" line="+18"/>
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
        <location line="+30"/>
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
        <location filename="../app/core/store/migrations.cpp" line="+190"/>
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
        <location filename="../app/core/store/store.cpp" line="+54"/>
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
        <location line="+17"/>
        <source>The portfolio database in %1 cannot be opened. Check that the folder is writable.</source>
        <translation>Не удаётся открыть базу данных портфолио в папке %1. Проверьте, что папка доступна для записи.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+9"/>
        <source>The portfolio database is damaged and Qujat could not move it aside. Check that the data folder %1 is writable, then start Qujat again.</source>
        <translation>База данных портфолио повреждена, и Qujat не смог переместить её. Проверьте, что в папку данных %1 можно записывать, и запустите Qujat снова.</translation>
    </message>
    <message>
        <location line="+184"/>
        <location line="+61"/>
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
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the portfolio from the bundle you exported on %2: items added after it will be missing.</source>
        <translation>База данных портфолио повреждена, поэтому Qujat переместил её в %1 и начал пустое портфолио. Ваши фотографии и файлы остаются в папке данных. Можно восстановить портфолио из файла портфолио, экспортированного %2: документы, добавленные после него, будут отсутствовать.</translation>
    </message>
    <message>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. You can restore the backup of %2 or the bundle you exported on %3: items added after the one you choose will be missing.</source>
        <translation>База данных портфолио повреждена, поэтому Qujat переместил её в %1 и начал пустое портфолио. Ваши фотографии и файлы остаются в папке данных. Можно восстановить резервную копию от %2 или файл портфолио, экспортированный %3: документы, добавленные после выбранной копии, будут отсутствовать.</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="+97"/>
        <source>The portfolio database was damaged, so Qujat moved it to %1 and started an empty portfolio. Your photos and files stay in the data folder. Keep the moved database: it is needed to recover the portfolio.</source>
        <translation>База данных портфолио была повреждена, поэтому Qujat переместил её в %1 и открыл пустое портфолио. Фотографии и файлы остались в папке данных. Сохраните перемещённую базу данных: она нужна для восстановления портфолио.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>No application on this device opens this file. Install a viewer for this file type, or share the file to another device.</source>
        <translation>На этом устройстве нет приложения, которое открывает этот файл. Установите программу для просмотра файлов этого типа или передайте файл на другое устройство.</translation>
    </message>
</context>
<context>
    <name>qujat::BundleController</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecontroller.cpp" line="+116"/>
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
    <name>qujat::Importer</name>
    <message>
        <location filename="../app/gui/importer.cpp" line="+124"/>
        <source>Changing the page was cancelled.</source>
        <translation>Изменение страницы отменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and try again.</source>
        <translation>Qujat не смог сохранить эту страницу в JPEG. Проверьте, что на устройстве есть свободное место, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Qujat could not write the sample photo. Check that the device has free space and try again.</source>
        <translation>Qujat не смог записать фото-образец. Проверьте, что на устройстве есть свободное место, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+144"/>
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
        <location filename="../app/gui/itemeditor.cpp" line="+136"/>
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
    <name>BundleRestore</name>
    <message>
        <source>The bundle %1 is incomplete, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>Файл портфолио %1 неполный, поэтому восстановить из него портфолио нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The bundle %1 was exported from another device, so it cannot restore this portfolio. Nothing was changed.</source>
        <translation>Файл портфолио %1 экспортирован с другого устройства, поэтому восстановить из него это портфолио нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The bundle %1 was changed after it was exported, so the portfolio cannot be restored from it. Nothing was changed.</source>
        <translation>Файл портфолио %1 изменён после экспорта, поэтому восстановить из него портфолио нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be used to restore the portfolio: %2 Nothing was changed.</source>
        <translation>Файл портфолио %1 нельзя использовать для восстановления: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>The bundle %1 is no longer there, so the portfolio cannot be restored from it. If you moved it, open it from its new place. Nothing was changed.</source>
        <translation>Файла портфолио %1 больше нет на прежнем месте, поэтому восстановить из него портфолио нельзя. Если вы переместили файл, откройте его из нового места. Ничего не изменено.</translation>
    </message>
</context>
</TS>

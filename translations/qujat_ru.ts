<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddPage</name>
    <message>
        <location filename="../qml/AddPage.qml" line="+74"/>
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
        <location filename="../app/core/ocr/suggester.cpp" line="+243"/>
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
        <location filename="../app/core/store/filestore.cpp" line="+70"/>
        <source>Qujat cannot write to its data folder %1. Check that the disk is not full and that the folder is writable.</source>
        <translation>Qujat не может записывать в папку данных %1. Проверьте, что диск не заполнен и в папку разрешена запись.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Qujat could not save a file of this item. Check that the disk is not full, then try again. Nothing was saved.</source>
        <translation>Qujat не смог сохранить файл этого документа. Проверьте, что диск не заполнен, и попробуйте снова. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+51"/>
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
        <location line="+23"/>
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
        <location filename="../qml/Main.qml" line="+270"/>
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
        <location line="+194"/>
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
    <name>SampleGenerator</name>
    <message>
        <location filename="../app/core/sample/samplegenerator.cpp" line="+731"/>
        <source>The sample portfolio could not be created. Check the free disk space and try again.</source>
        <translation>Не удалось создать пример портфолио. Проверьте свободное место на диске и попробуйте снова.</translation>
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
        <location filename="../qml/SettingsPage.qml" line="+15"/>
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
    <name>Store</name>
    <message>
        <location filename="../app/core/store/migrations.cpp" line="+171"/>
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
        <location line="+185"/>
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
    <name>TextRecognizer</name>
    <message>
        <location filename="../app/core/ocr/textrecognizer.cpp" line="+102"/>
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
    <name>qujat::Importer</name>
    <message>
        <location filename="../app/gui/importer.cpp" line="+210"/>
        <source>Changing the page was cancelled.</source>
        <translation>Изменение страницы отменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qujat could not save this page as a JPEG. Check that the device has free space and try again.</source>
        <translation>Qujat не смог сохранить эту страницу в JPEG. Проверьте, что на устройстве есть свободное место, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+178"/>
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
</TS>

# رابط کاربری Journeymap به فارسی.
#
# هر کلید این پرونده در en.ftl هم هست؛ اگر کلیدی در یکی نباشد، آزمون‌ها شکست می‌خورند.
# عددها با رقم فارسی نوشته می‌شوند.

## فرمان‌ها: برچسب منو و توضیح فهرست میان‌برها (F1)

cmd-new = تازه
    .description = نقشهٔ تازه
cmd-start-screen = صفحهٔ آغاز…
cmd-open = باز کردن…
    .description = باز کردن یک نقشه
cmd-compare-with = مقایسه با…
    .description = نشان دادن تغییرها از نسخهٔ دیگری از این نقشه
cmd-save = ذخیره
cmd-save-as = ذخیره با نام دیگر…
    .description = ذخیره با نامی دیگر
cmd-export-png = خروجی PNG، PDF، SVG یا صفحهٔ وب…
    .description = خروجی اینفوگرافیک به شکل PNG، PDF یا SVG، یا نقشه به شکل صفحهٔ وب
cmd-export-cells = خروجی خانه‌ها به شکل CSV…
    .description = خروجی هر خانه در یک سطر، برای صفحه‌گسترده و CRM
cmd-export-plan = خروجی برنامهٔ اقدام به شکل CSV…
    .description = خروجی برنامهٔ اقدام: هر شکاف با مسئولش، به تفکیک مسئول
cmd-import-mermaid = وارد کردن سفر Mermaid یا CSV…
    .description = ساختن نقشه‌ای تازه از نمودار journey در Mermaid (‏.mmd یا Markdown)
cmd-export-mermaid = خروجی به شکل سفر Mermaid…
    .description = نوشتن نقشه به شکل نمودار journey در Mermaid، برای صفحه‌های Markdown
cmd-close = بستن
cmd-quit = خروج
cmd-undo = واگرد
cmd-redo = ازنو
cmd-add-stage = افزودن مرحله
    .description = افزودن مرحله پس از مرحلهٔ انتخاب‌شده (یا در پایان)
cmd-add-channel = افزودن کانال
    .description = افزودن کانال پس از کانال انتخاب‌شده (یا در پایان)
cmd-rename = تغییر نام مرحله یا کانال
    .description = تغییر نام مرحله یا کانال انتخاب‌شده
cmd-clear-cell = پاک کردن خانه
    .description = پاک کردن خانهٔ انتخاب‌شده
cmd-delete-selected = حذف مرحله یا کانال…
cmd-present = ارائه
    .description = رفتن به حالت ارائه (Esc بیرون می‌آورد)
cmd-insights = بینش‌ها
    .description = نشان دادن یا پنهان کردن بینش‌ها: کجا باید اقدام کرد، و چرا
cmd-light = روشن
cmd-dark = تیره
cmd-zoom-in = بزرگ‌نمایی
    .description = بزرگ‌تر کردن جدول
cmd-zoom-out = کوچک‌نمایی
    .description = کوچک‌تر کردن جدول
cmd-zoom-reset = اندازهٔ اصلی
    .description = بازگرداندن جدول به اندازهٔ اصلی
cmd-clear-recent = پاک کردن فهرست
cmd-shortcuts = میان‌برهای صفحه‌کلید
    .description = همین فهرست

cmd-about = دربارهٔ Journeymap
    .description = نسخه، پروانه و قلم‌ها
about-version = نسخهٔ { $version }
about-description = ویرایشگر رومیزی نقشهٔ سفر مشتری.
about-licence = با پروانهٔ MIT یا پروانهٔ Apache 2.0، به انتخاب شما.
about-fonts = قلم‌ها
about-font-vazirmatn = وزیرمتن، از پدیدآورندگان پروژهٔ وزیرمتن، با پروانهٔ SIL Open Font License 1.1. ویرایشگر و همهٔ خروجی‌ها با آن نوشته می‌شوند.
about-font-fallback = جایگزین برای نمادها و ایموجی‌ها، از egui: Ubuntu Light (پروانهٔ Ubuntu Font Licence 1.0)، Hack (MIT)، Noto Emoji (SIL Open Font License 1.1) و emoji-icon-font (MIT).
about-ofl = متن پروانهٔ SIL Open Font License 1.1

## کلیدها و حرکت‌ها در فهرست میان‌برها

key-arrows = کلیدهای جهت
key-alt-arrows = کلیدهای جهت با Alt
key-reorder = جابه‌جایی ترتیب
    .description = جابه‌جا کردن مرحلهٔ انتخاب‌شده به چپ یا راست، کانال، ردیف یا خط انتخاب‌شده به بالا یا پایین، کارت انتخاب‌شده به خانهٔ کناری (با خانهٔ پر جا عوض می‌شود)، یا در متن یک نشانه در بازرس، آن نشانه به خانهٔ کناری
key-move = جابه‌جایی
    .description = جابه‌جا کردن انتخاب میان خانه‌ها
key-edit = ویرایش
    .description = ویرایش خانهٔ انتخاب‌شده در بازرس
key-cancel = لغو
    .description = بیرون آمدن از کادر متن؛ لغو کشیدن یا تغییر نام
key-real-score = امتیاز واقعی
    .description = در ارائه: امتیاز واقعی خانهٔ کانونی را −۲ تا +۲ می‌کند
key-ideal-score = آرمانی
    .description = در ارائه: امتیاز آرمانی را −۲ تا +۲ می‌کند
key-clear-score = پاک کردن
    .description = در ارائه: پاک کردن امتیاز واقعی / امتیاز آرمانی
key-add-positive = نشانهٔ مثبت
    .description = در ارائه: نوشتن نشانهٔ مثبت تازه
key-add-negative = نشانهٔ منفی
    .description = در ارائه: نوشتن نشانهٔ منفی تازه
key-card = کارت
    .description = در ارائه: نمایش بزرگ خانهٔ کانونی با همهٔ فیلدها
key-spotlight = نورافکن
    .description = در ارائه: کم‌رنگ کردن همهٔ مرحله‌ها جز مرحلهٔ کانونی
key-colouring = رنگ‌آمیزی
    .description = در ارائه: رنگ‌آمیزی بعدی (نشانه‌ها، واقعی، آرمانی، شکاف)
key-chart = نمودار
    .description = در ارائه: نمودار آرمانی در برابر واقعی روی جدول
key-owner = مسئول
    .description = در ارائه: خانه‌های هر مسئول به نوبت، سپس همه
key-leave = خروج
    .description = در ارائه: بستن کارت یا خروج از حالت ارائه
key-persona = پرسونا
key-undo = واگرد
key-save = ذخیره
gesture-double-click = دوبار کلیک روی سرستون
    .description = تغییر نام در همان‌جا (کلید: F2)
gesture-drag-header = کشیدن سرستون
    .description = تغییر ترتیب مرحله‌ها، کانال‌ها و ردیف‌ها (کلید: Alt و کلیدهای جهت)
gesture-drag-cell = کشیدن خانه
    .description = جابه‌جا کردن محتوای آن، با خانهٔ پر جا عوض می‌شود (کلید: Alt و کلیدهای جهت)
gesture-drag-signal = کشیدن برچسب نشانه
    .description = بردن نشانه به خانه‌ای دیگر (کلید: Alt و کلیدهای جهت در متن آن در بازرس)
gesture-right-click = کلیک راست روی خانه، سرستون یا خط
    .description = کارهای آن (کلید: Shift+F10 یا کلید منو)
gesture-drag-inspector = کشیدن لبهٔ بازرس
    .description = تغییر اندازهٔ بازرس (کلید: { $modifier }+] و { $modifier }+[)
gesture-wheel = { $modifier } + چرخ ماوس
    .description = بزرگ‌نمایی جدول

## منوها

menu-file = پرونده
menu-new-from-template = تازه از الگو
menu-open-recent = پرونده‌های اخیر
menu-no-recent = پرونده‌ای در فهرست نیست
menu-edit = ویرایش
menu-map-direction = جهت نقشه
menu-view = نما
menu-theme = پوسته
menu-colour-by = رنگ خانه‌ها بر پایهٔ
menu-signal-colours = رنگ نشانه‌ها
menu-zoom = بزرگ‌نمایی جدول { $percent }٪
menu-language = زبان
menu-help = راهنما
menu-undo-step = واگرد { $step }
menu-redo-step = ازنو { $step }

## پنجرهٔ ویرایشگر

new-map-title = سفر بی‌نام
window-untitled = بی‌نام
changed-on-disk = «{ $name }» را کس دیگری روی دیسک تغییر داده است. ذخیره پیش از بازنویسی آن می‌پرسد.
changed-on-disk-reload = بارگذاری دوباره
changed-on-disk-keep = نگه داشتن نسخهٔ من
status-counts = { $stages } مرحله، { $channels } کانال، { $cells } خانهٔ پر
status-unsaved = تغییرهای ذخیره‌نشده
status-not-saved = هنوز ذخیره نشده
status-saved = ذخیره شده
status-insights = بینش‌ها
status-colour-by = رنگ بر پایهٔ
status-show-owner = نمایش مسئول
status-all-owners = همهٔ مسئولان
status-owner-filter-hint = کم‌رنگ کردن خانه‌های مسئولان دیگر، برای مرور سهم یک تیم

## پرسش‌ها

answer-save = ذخیره
answer-discard = دور انداختن
answer-delete = حذف
answer-overwrite = بازنویسی
answer-reload = بارگذاری دوباره
answer-save-as = ذخیره با نام دیگر…
answer-restore = بازیابی
answer-replace = جایگزینی
answer-cancel = لغو
prompt-unsaved-title = تغییرهای ذخیره‌نشده
prompt-unsaved = نخست تغییرهای «{ $document }» ذخیره شود؟
prompt-delete-title = حذف
prompt-delete-stage = مرحلهٔ «{ $name }» و { $cells } خانهٔ پر آن حذف شود؟
prompt-delete-channel = کانال «{ $name }» و { $cells } خانهٔ پر آن حذف شود؟
prompt-changed-title = تغییر روی دیسک
prompt-changed = «{ $path }» پس از آخرین باز کردن یا ذخیرهٔ شما روی دیسک تغییر کرده است. آن تغییرها را با نسخهٔ خود بازنویسی می‌کنید، پرونده را دوباره بار می‌کنید و تغییرهای خود را از دست می‌دهید، یا نسخهٔ خود را با نام دیگری ذخیره می‌کنید؟
prompt-read-only-title = پروندهٔ فقط‌خواندنی
prompt-read-only = «{ $path }» فقط‌خواندنی است و Journeymap آن را بازنویسی نمی‌کند. کار خود را با نام دیگری ذخیره می‌کنید؟
prompt-replace-title = جایگزینی پرونده
prompt-replace = «{ $path }» از پیش هست. جایگزین شود؟
prompt-restore-title = بازیابی کار ذخیره‌نشده
prompt-restore = Journeymap بار پیش درست بسته نشد. کار ذخیره‌نشده بازیابی شود؟
prompt-restore-file = Journeymap بار پیش درست بسته نشد. کار ذخیره‌نشده روی «{ $path }» بازیابی شود؟

## خطاها و هشدارها

message-error = مشکلی پیش آمد
message-warning = توجه کنید
message-more = { $count } پیام دیگر پس از این
message-ok = باشه

## پرونده‌ها

format-project = نقشهٔ سفر
format-png = تصویر PNG
format-pdf = سند PDF
format-svg = طرح SVG
format-html = صفحهٔ وب
format-csv = جدول CSV
browse-open = باز کردن نقشهٔ سفر
browse-compare = مقایسه با نسخهٔ دیگر
browse-export-cells = خروجی خانه‌ها به شکل CSV
browse-export-plan = خروجی برنامهٔ اقدام به شکل CSV
browse-export-png = خروجی تصویر PNG
browse-export-pdf = خروجی PDF
browse-export-svg = خروجی طرح SVG
browse-export-html = خروجی صفحهٔ وب
format-mermaid = سفر Mermaid
format-import = سفر Mermaid یا CSV خانه‌ها
format-opens = نقشهٔ سفر، یا خروجی‌ای که نقشه را در خود دارد
error-carried-none = این { $format } نقشه‌ای در خود ندارد: بدون نقشه یا با برنامهٔ دیگری ساخته شده است.
error-carried-unreadable = این { $format } خوانده نمی‌شود: { $reason }
error-carried-too-large = نقشه‌ای که این { $format } در خود دارد از سقف { $limit } مگابایتی یک نقشه بزرگ‌تر است.
error-carried-invalid = نقشه‌ای که در آن است درست نیست: سطر { $line }، ستون { $column }: { $message }
notice-opened-carried = نقشه‌ای که { $name } در خود داشت باز شد. برای نگه داشتنش آن را به‌صورت نقشهٔ سفر ذخیره کنید.
export-embed-row = پروندهٔ نقشه
export-embed = نقشه را در خود داشته باشد
    .description = فایل PNG، PDF، SVG یا صفحهٔ وب در Journeymap دوباره به همین نقشه باز می‌شود.
error-csv-empty = پرونده خالی است.
error-csv-syntax = سطر { $line }: { $message }
error-csv-missing-column = سرستون‌ها ستون «{ $column }» ندارند. CSV خانه‌ها این ستون‌ها را دارد: { $columns }
error-csv-no-cells = هیچ سطری هم مرحله و هم کانال را نام نمی‌برد.
error-import-too-large = نقشه از سقف { $limit } مگابایتیِ نقشه بزرگ‌تر می‌شد و دیگر باز نمی‌شد؛ پرونده‌ای کوچک‌تر وارد کنید.
error-import-encoding = سطر { $line }، ستون { $column }: بایت 0x{ $byte } متن UTF-8 نیست. پرونده به Windows-1252 یا Latin-1 می‌ماند (قالب «CSV» سادهٔ اکسل در ویندوز): آن را با قالب «CSV UTF-8» یا در ویرایشگر متن با UTF-8 ذخیره کنید و دوباره وارد کنید.
warn-csv-unknown-column = ستون ناشناختهٔ «{ $name }» کنار گذاشته شد
warn-csv-bad-score = امتیاز { $column } «{ $value }» عددی درست از ۲- تا ۲+ نیست؛ خالی ماند
warn-csv-unknown-tags = برچسب‌های نشانهٔ «{ $signal }» هیچ علت ریشه‌ای یا اصل شناخته‌ای را نام نمی‌برند؛ به‌صورت متن ماند
warn-csv-no-place = سطر مرحله یا کانال را نام نمی‌برد؛ کنار گذاشته شد
warn-csv-repeated = سطر دوم برای { $stage } × { $channel } کنار گذاشته شد؛ سطر نخست ماند
warn-csv-lane-kind = نوع ردیف «{ $kind }» متن، احساس یا شاخص نیست؛ متنی خوانده شد
warn-csv-not-a-number = مقدار شاخص «{ $value }» عدد نیست؛ خالی ماند
warn-csv-too-many-personas = پرسونای «{ $name }» از { $count } بیشتر می‌شود؛ احساس‌هایش کنار گذاشته شد
browse-import-mermaid = وارد کردن سفر Mermaid یا CSV خانه‌ها
browse-export-mermaid = خروجی به شکل سفر Mermaid
error-import = نمودار وارد نشد.
error-not-a-journey = نمودار journey در Mermaid پیدا نشد: چنین نموداری با سطر «journey» آغاز می‌شود.
error-journey-no-tasks = این سفر هیچ کاری (task) ندارد.
error-export-mermaid = خروجی نمودار Mermaid ساخته نشد.
warn-import = { $count } سطر از نمودار با تغییر خوانده شد:
warn-import-bad-score = امتیاز کار «{ $task }» «{ $score }» است، نه عددی درست از ۱ تا ۵؛ بی‌امتیاز نگه داشته شد
warn-import-no-score = کار «{ $task }» امتیاز ندارد؛ بی‌امتیاز نگه داشته شد
warn-import-not-a-task = این سطر کار نیست (نام: امتیاز: بازیگران) و کنار گذاشته شد: { $text }
warn-import-more-diagrams = این پرونده { $count } نمودار سفر دارد؛ همین نخستین وارد شد. برای وارد کردن بقیه، هر نمودار را در پرونده‌ای جدا بگذارید
browse-save = ذخیرهٔ نقشهٔ سفر
browse-save-format = ذخیرهٔ { $format }
warn-comments = «{ $name }» یادداشت‌های توضیحی (comment) دارد (نخستین آن‌ها در سطر { $line }). Journeymap این یادداشت‌ها را نگه نمی‌دارد و ذخیره آن‌ها را پاک می‌کند. برای نگه داشتن آن متن، آن را به یادداشت‌های یک خانه یا توضیح یک مرحله ببرید.
error-open = پرونده باز نشد.
error-compare = پرونده‌ای که باید با آن مقایسه شود باز نشد.
error-save = ذخیره نشد. کار شما هنوز باز و ذخیره‌نشده است و یک نسخهٔ بازیابی از آن نگه داشته شده.
error-export-csv = خروجی جدول CSV ساخته نشد.
error-export-png = خروجی PNG ساخته نشد.
error-export-pdf = خروجی PDF ساخته نشد.
error-export-svg = خروجی SVG ساخته نشد.
error-export-html = خروجی صفحهٔ وب ساخته نشد.
error-recovery-write = نسخهٔ بازیابی کار شما نوشته نشد.
error-recovery-read = پروندهٔ بازیابی خوانده نشد.

## جزئیات یک خطا، زیر عنوانش. جای خطا در پرونده همان
## «پرونده:سطر:ستون» با رقم‌های لاتین می‌ماند، که ویرایشگرها و CI می‌خوانند.

fault-read = { $path }: خوانده نمی‌شود: { $reason }
fault-too-large = { $path }: پرونده { $size } بایت است، بیش از سقف { $limit } مگابایتی یک پروژه
fault-invalid = { $at }: { $message }
fault-write = { $path }: ذخیره نمی‌شود: { $reason }
fault-read-only = { $path }: ذخیره نمی‌شود: پرونده فقط‌خواندنی است. با نام دیگری ذخیره کنید، یا نخست آن را نوشتنی کنید
fault-changed-on-disk = { $path }: ذخیره نشد: برنامهٔ دیگری پس از خواندن پرونده آن را تغییر داده است. نسخهٔ آن دست‌نخورده می‌ماند
fault-is-input = { $path }: جایگزین نشد: این همان نقشه‌ای است که خروجی می‌گیرید
fault-other-format = { $path }: جایگزین نشد: این { $format } نیست
fault-serialize = { $path }: ذخیره نمی‌شود: نقشه به متن نوشته نشد: { $message }
fault-no-folder = { $path }: ذخیره نمی‌شود: پوشهٔ { $folder } وجود ندارد
fault-exists = { $path }: رونویسی نشد: این پرونده هست. نام دیگری برگزینید
fault-map-too-large = { $path }: نوشته نشد: نقشه { $size } مگابایت می‌شد، بیش از سقف { $limit } مگابایتیِ نقشه
fault-quota = سهمیهٔ دیسک تمام شده است
fault-file-too-large = پرونده از آنچه این سیستم می‌پذیرد بزرگ‌تر می‌شد
fault-read-only-disk = دیسک فقط‌خواندنی است
fault-not-found = چنین پرونده یا پوشه‌ای نیست
fault-permission = اجازهٔ دسترسی نیست
fault-no-space = جای خالی روی دیسک نمانده است
fault-is-folder = این یک پوشه است
fault-bad-scale = مقیاس { $scale } پشتیبانی نمی‌شود: ۱، ۲، ۳ یا ۴ را به کار ببرید
fault-image-too-large = تصویر { $width } × { $height } پیکسل می‌شد، بیش از آن‌چه این خروجی می‌پذیرد ({ $megapixels } مگاپیکسل، { $side } پیکسل در هر ضلع)؛
fault-try-scale = مقیاس کوچک‌تری مانند { $scale }× را بیازمایید
fault-no-scale-fits = حتی مقیاس ۱ هم برای این نقشه بزرگ است
fault-no-memory = حافظه برای تصویری { $width } × { $height } پیکسلی بس نیست؛ مقیاس کوچک‌تری را بیازمایید
fault-encode = PNG ساخته نشد: { $message }
fault-document = نوشتن { $format } ممکن نیست: { $message }
fault-page-too-large = نقشه { $width } در { $height } اینچ است و از بزرگ‌ترین صفحهٔ PDF ({ $largest } اینچ در هر ضلع) بزرگ‌تر است؛ اندازهٔ کاغذی مانند A3 برگزینید

## آن‌چه در متن پروندهٔ نقشه نادرست است، پس از پرونده:سطر:ستون

parse-not-utf8 = متن پرونده UTF-8 معتبر نیست
parse-empty = پرونده خالی است: نقشه با `(format: 2, ...)` آغاز می‌شود
parse-conflict-markers = نشانه‌های ناسازگاری ادغام git: این پرونده در میانهٔ یک ادغام است. `journeymap git-setup` را اجرا کنید تا git نقشه‌ها را با `journeymap merge` ادغام کند و دوباره ادغام کنید؛ یا از هر بخش ناسازگار یک نسخه را نگه دارید و سطرهای نشانه را پاک کنید
parse-newer-format = قالب این پرونده { $found } است، از Journeymap تازه‌تری؛ این نسخه قالب { $ours } و پیش از آن را می‌خواند. برای باز کردنش Journeymap را به‌روز کنید
parse-end-of-file = پرونده زودتر از موعد تمام می‌شود: چیزی در پایانش کم است
parse-expected = این‌جا { $what } باید بیاید
parse-expected-comma = ویرگول (,)
parse-expected-string = متنی در نشانهٔ نقل‌قول
parse-expected-number = عدد
parse-expected-boolean = true یا false
parse-expected-list = فهرستی در [ ]
parse-expected-list-end = پایان فهرست، ]
parse-expected-group = گروهی در ( )
parse-expected-group-end = پایان گروه، )
parse-expected-colon = دونقطه (:)
parse-expected-name = یک نام
parse-unexpected-char = نویسهٔ نابه‌جای `{ $char }`
parse-trailing = پس از پایان نقشه باز هم متن آمده است
parse-unknown-field = فیلد ناشناختهٔ `{ $found }`؛ یکی از این‌ها انتظار می‌رفت: { $expected }
parse-missing-field = فیلد `{ $field }` نیامده است
parse-duplicate-field = فیلد `{ $field }` دو بار آمده است
parse-unknown-value = مقدار ناشناختهٔ `{ $found }`؛ یکی از این‌ها انتظار می‌رفت: { $expected }
parse-bad-id = `{ $text }` شناسهٔ درستی نیست (۱ تا ۱۶ رقم شانزده‌شانزدهی انتظار می‌رفت)
parse-bad-score = امتیاز { $value } پذیرفته نیست: امتیازها عددهای درست از {"\u2066"}-۲{"\u2069"} (بسیار منفی) تا ۲ (بسیار مثبت) هستند
parse-duplicate-id = شناسهٔ { $kind } `{ $id }` دو بار آمده است
parse-unknown-ref = خانه به { $kind } `{ $id }` اشاره می‌کند که وجود ندارد
parse-kind-stage = مرحله
parse-kind-channel = کانال
parse-kind-signal = نشانه
parse-duplicate-cell = خانهٔ دومی برای همین مرحله و کانال: هر تقاطع یک خانه دارد
notice-hard-links = «{ $name }» در همان‌جا ذخیره شد و { $links } پیوند سخت آن ماند
notice-recovered-restored = ذخیرهٔ پیشینِ «{ $name }» نیمه‌کاره ماند؛ محتوای قبلی‌اش از پشتیبانی که به جا گذاشته بود برگردانده شد.
notice-recovered-removed = ذخیرهٔ پیشینِ «{ $name }» پس از پایانش قطع شده بود؛ پشتیبانی که به جا گذاشته بود پاک شد.
notice-exported = خروجی در { $path } ساخته شد
html-controls = پالایه‌ها و جست‌وجو
html-search = جست‌وجو
html-grid = نقشه
html-findings = نقشه چه می‌گوید
html-close = بستن

## پرونده‌گزین درونی

browser-no-file = پرونده‌ای به نام «{ $name }» این‌جا نیست.
browser-no-folder = چنین پوشه‌ای نیست.
browser-up = بالا
browser-up-hint = پوشهٔ بالاتر
browser-folder-hint = نام پوشه را بنویسید و Enter بزنید
browser-hidden = پرونده‌های پنهان
browser-empty = این‌جا پوشه یا پروندهٔ ‎.{ $extension }‎ نیست.
browser-file-name = نام پرونده:
browser-pick-hint = پرونده‌ای را در بالا برگزینید
browser-name-hint = نام پروندهٔ تازه
browser-open = باز کردن
browser-save = ذخیره
browser-cannot-read = { $folder } خوانده نشد
place-home = خانه
place-desktop = میزکار
place-documents = اسناد
place-downloads = بارگیری‌ها

## بازرس

inspector-map = نقشهٔ سفر
inspector-title = عنوان
inspector-persona = پرسونا
inspector-name = نام
inspector-description = توضیح
inspector-hint = برای ویرایش، خانه، مرحله یا کانالی را در جدول برگزینید. کلیدهای جهت میان خانه‌ها جابه‌جا می‌کنند.
inspector-direction = جهت
inspector-direction-ltr-hint = نخستین مرحله در سمت چپ
inspector-direction-rtl-hint = نخستین مرحله در سمت راست، چنان‌که فارسی خوانده می‌شود
inspector-language = زبان اینفوگرافیک
inspector-language-hint = زبان واژه‌های خودِ اینفوگرافیک خروجی: عنوان‌ها، یافته‌ها، محور، برچسب‌ها و راهنما
inspector-language-auto = از متن نقشه ({ $language })
inspector-stage = مرحله
inspector-channel = کانال
inspector-position = { $index } از { $count }
inspector-move-earlier = انتقال به پیش
inspector-move-later = انتقال به پس
inspector-move-up = انتقال به بالا
inspector-move-down = انتقال به پایین
inspector-delete-stage = حذف مرحله…
inspector-delete-channel = حذف کانال…
inspector-kind = نوع
inspector-ideal = تجربهٔ آرمانی
inspector-real = تجربهٔ واقعی
inspector-gap-none = شکاف: هیچ، مشتری همان را می‌گیرد که قرار بود
inspector-gap-short = شکاف: { $gap } (واقعی از آرمانی کمتر است)
inspector-gap-over = شکاف: { $gap } (واقعی از آرمانی بیشتر است)
inspector-gap-unset = شکاف: برای دیدن آن هر دو امتیاز را بدهید
inspector-signals = نشانه‌ها ({ $count })
inspector-flip-hint = جابه‌جایی میان مثبت و منفی
inspector-flip-positive = مثبت: منفی‌اش کن
inspector-flip-negative = منفی: مثبتش کن
inspector-signal-positive = نشانهٔ مثبت
inspector-signal-negative = نشانهٔ منفی
inspector-delete-signal = حذف
inspector-delete-signal-hint = حذف این نشانه
inspector-add-positive = + نشانهٔ مثبت
inspector-add-negative = − نشانهٔ منفی
signal-hint = مشتری این‌جا با چه روبه‌رو می‌شود؟
key-delete = Delete
score-not-set = بی‌امتیاز
score-unset = داده نشده

## نام‌هایی که مدل می‌دهد، بر پایهٔ برچسب انگلیسی آن‌ها

field-owner = مسئول
field-action = اقدام
field-impact = اثر
field-notes = یادداشت‌ها
kind-website = وب‌سایت
kind-phone = تلفن
kind-store = فروشگاه / حضوری
kind-email = ایمیل
kind-social = شبکهٔ اجتماعی
kind-app = اپلیکیشن
kind-chat = گفت‌وگوی برخط
kind-sms = پیامک
kind-letter = نامه
kind-other = دیگر
score-very-negative = بسیار منفی
score-negative = منفی
score-neutral = خنثی
score-positive = مثبت
score-very-positive = بسیار مثبت
direction-left-to-right = چپ به راست
direction-right-to-left = راست به چپ
step-edit-title = ویرایش عنوان
step-edit-persona = ویرایش پرسونا
step-change-map-direction = تغییر جهت نقشه
step-change-map-language = تغییر زبان نقشه
step-add-stage = افزودن مرحله
step-rename-stage = تغییر نام مرحله
step-edit-stage-description = ویرایش توضیح مرحله
step-move-stage = جابه‌جایی مرحله
step-delete-stage = حذف مرحله
step-add-channel = افزودن کانال
step-rename-channel = تغییر نام کانال
step-change-channel-kind = تغییر نوع کانال
step-move-channel = جابه‌جایی کانال
step-delete-channel = حذف کانال
step-edit-owner = ویرایش مسئول
step-edit-action = ویرایش اقدام
step-edit-impact = ویرایش اثر
step-edit-notes = ویرایش یادداشت‌ها
step-set-score = دادن امتیاز
step-clear-cell = پاک کردن خانه
step-move-cell = جابه‌جایی خانه
step-add-signal = افزودن نشانه
step-edit-signal = ویرایش نشانه
step-flip-signal = وارونه کردن نشانه
step-tag-signal = برچسب زدن نشانه
step-move-signal = جابه‌جایی نشانه
step-delete-signal = حذف نشانه
step-resolve-conflict = حل ناسازگاری
colour-by-signals = نشانه‌ها
colour-by-real = امتیاز واقعی
colour-by-ideal = امتیاز آرمانی
colour-by-gap = شکاف
scheme-red-green = سبز / سرخ
scheme-blue-orange = آبی / نارنجی (مناسب کوررنگی)

## ریشه‌ها و اصول

list-separator = {"، "}
tags-cause-line = ریشه: { $cause }
tags-principles-line = اصول: { $principles }
tags-cause-pick = ریشه…
tags-no-cause = بی‌ریشه
tags-cause-hint = چرا مشتری با این روبه‌رو می‌شود (چهار دیدگاه EFQM)
tags-principles-pick = اصول…
tags-principles-count = اصول ({ $count })
tags-principles-hint = اصول تجربهٔ مشتری که این نشانه به آن‌ها خدمت می‌کند یا آن‌ها را می‌شکند
cause-People = مهارت و رفتار کارکنان
    .meaning = آن‌چه کسانی که مشتری با آن‌ها روبه‌رو می‌شود می‌دانند، یاری می‌رسانند و رفتار می‌کنند
    .lower = مهارت و رفتار کارکنان
cause-Product = ویژگی‌های محصول
    .meaning = آن‌چه خود محصول یا خدمت دارد یا ندارد
    .lower = ویژگی‌های محصول
cause-Environment = محیط ارائهٔ خدمت
    .meaning = جایی که خدمت ارائه می‌شود: فروشگاه، خط تلفن، وب‌سایت یا اپلیکیشن
    .lower = محیط ارائهٔ خدمت
cause-Process = فرایندها
    .meaning = گام‌ها، قاعده‌ها و انتظارهایی که سازمان پیش پای مشتری می‌گذارد
    .lower = فرایندها
principle-BrandValues = ارزش‌های برند
    .meaning = تماس همان است که برند می‌گوید به آن باور دارد
principle-HigherGoals = هدف‌های والاتر
    .meaning = به هدف پشت نیاز پاسخ می‌دهد، نه فقط به درخواست
principle-Designed = تعامل طراحی‌شده
    .meaning = تعامل آگاهانه طراحی شده و به بخت واگذار نشده
principle-Expectations = انتظارها
    .meaning = همان است که مشتری آموخته انتظار داشته باشد
principle-Effortless = بی‌زحمت
    .meaning = زحمت کمی از مشتری می‌خواهد
principle-StressFree = بی‌دغدغه
    .meaning = بی‌سردرگمی، بی‌تردید و بی‌نگرانی
principle-Sensory = حسی
    .meaning = دیدن، شنیدن و لمس آن خوشایند است
principle-Social = اجتماعی
    .meaning = پیوندها و جایگاه مشتری را پاس می‌دارد
principle-InControl = در اختیار
    .meaning = مشتری احساس می‌کند رشتهٔ کار در دست خودش است
principle-Emotions = احساس‌ها
    .meaning = مشتری را با حسی خوب بدرقه می‌کند

## صفحهٔ آغاز

start-welcome = به Journeymap خوش آمدید
start-intro = نقشه‌ای را باز کنید، نمونه‌ای را ببینید، یا از یک الگو آغاز کنید.
start-recent = پرونده‌های اخیر
start-none-yet = هنوز هیچ
start-blank = نقشهٔ خالی
start-samples = نمونه‌ها
start-templates = تازه از یک الگو
start-explore = دیدن نمونهٔ باز
start-bring-back = پرونده ‹ صفحهٔ آغاز… این صفحه را باز می‌گرداند.

## پنجرهٔ خروجی

export-title = خروجی
export-button = خروجی…
export-format = قالب
export-format-png = تصویر PNG
export-format-png-hint = پیکسلی، برای اسلاید، سند و وب
export-format-pdf = PDF
export-format-pdf-hint = برای چاپ و هم‌رسانی: متن قابل انتخاب و جست‌وجو می‌ماند و شکل‌ها تیز
export-format-svg = SVG
export-format-svg-hint = طرحی برداری برای ابزارهای طراحی؛ متنش به شکل خط‌های دور حروف کشیده می‌شود تا بی قلم هم یکسان دیده شود
export-format-html = صفحهٔ وب
export-format-html-hint = یک فایل HTML برای کسانی که Journeymap ندارند: جدول نقشه، نمودار و یافته‌ها؛ با اسکریپت، پالایه، جست‌وجو و کارت خانه‌ها؛ بی‌اینترنت کار می‌کند
export-html-size = یک فایل با همه‌چیز در آن، قلم‌ها هم؛ در هر مرورگری، بی‌اینترنت، باز می‌شود
export-paper = کاغذ
export-paper-fit = هم‌اندازهٔ نقشه
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-landscape = افقی
export-pages = { $pages ->
        [one] یک صفحه
       *[other] { $pages } صفحه
    }، { $width } × { $height } میلی‌متر
export-drawing = { $width } × { $height } پیکسل، در هر اندازه‌ای تیز
export-scale = مقیاس
export-scale-value = { $scale }×
export-scale-screen = صفحه‌نمایش
export-scale-slides = اسلاید
export-scale-print = چاپ
export-scale-large-print = چاپ بزرگ
export-theme = پوسته
export-show = نمایش
export-show-both = آرمانی و واقعی
export-show-ideal = فقط آرمانی
export-show-real = فقط واقعی
export-language = زبان واژه‌ها
export-language-map = زبان نقشه ({ $language })
export-language-hint = در تنظیمات نقشه در بازرس تعیین می‌شود، یا از متن نقشه پیدا می‌شود
export-persona = پرسوناها
export-findings = یافته‌ها
export-findings-box = کانال‌های ناهمخوان، جای اقدام، ریشه‌ها
export-findings-hint = بخش زیر جدول که می‌گوید نقشه چه نشان می‌دهد
export-size = اندازه
export-pixels = { $width } × { $height } پیکسل
export-preview-hint = پیش‌نمایش در مقیاس ۱
export-no-preview = پیش‌نمایش در دسترس نیست: { $problem }

## حالت ارائه

present-chart-hint = تجربهٔ آرمانی و واقعی (G پنهان می‌کند)
present-new-positive = نشانهٔ مثبت تازه در { $place }
present-new-negative = نشانهٔ منفی تازه در { $place }
present-new-signal-keys = افزودن با Enter، لغو با Esc
present-unsaved = {"  "}ذخیره‌نشده ({ $keys })
present-legend-title = { $colouring }:
present-owner = خانه‌های { $owner }
present-ideal = آرمانی { $score }
present-real = واقعی { $score }
present-gap = شکاف { $gap }
present-card-keys = بستن با Esc یا Enter

## راهنمای رنگ‌ها

legend-3-more-negative = ۳+ منفی بیشتر
legend-more-negative = منفی بیشتر
legend-balanced-none = برابر / هیچ
legend-more-positive = مثبت بیشتر
legend-3-more-positive = ۳+ مثبت بیشتر
legend-0-not-set = ۰ / بی‌امتیاز
legend-gap-3 = شکاف ۳+
legend-gap-1 = شکاف ۱
legend-no-gap-not-set = بی‌شکاف / بی‌امتیاز
legend-real-above-ideal = واقعی بالاتر از آرمانی

## آن‌چه نقشه می‌گوید: پنل بینش‌ها و یافته‌های اینفوگرافیک

words-none = هیچ
words-channel-score = { $channel } { $score }
words-consistency = { $stage }: { $best } در برابر { $worst } ({ $spread } امتیاز فاصله)
words-consistency-few = { $stage }: کمتر از دو کانال امتیاز دارند
words-main-cause-at = بیشتر نشانه‌های منفی در { $stage } ({ $count } از { $total }) به { $cause } برمی‌گردند.
words-main-cause-map = بیشتر نشانه‌های منفی نقشه ({ $count } از { $total }) به { $cause } برمی‌گردند.
words-cliff-drop = از { $from } به { $to } (تجربهٔ واقعی { $drop } افت می‌کند)، از { $channels }
words-cliff-cell = { $channel } × { $stage } (واقعی { $score })
words-opportunity = { $channel } × { $stage }: شکاف { $gap }، مسئول { $owner }
words-opportunity-action = : { $action }
words-opportunity-causes = {" "}[{ $causes }]
words-persona-curve = { $persona }: { $curve }
words-persona-stage = { $stage } { $score }
words-personas-apart = { $stage }: { $a } { $ascore } در برابر { $b } { $bscore } ({ $apart } امتیاز فاصله)
words-emotion-real = { $stage }: احساس { $persona } { $emotion } است و تجربهٔ واقعی کانال‌ها { $real } ({ $apart } امتیاز فاصله)
insights-title = بینش‌ها
insights-close = بستن
insights-personas-section = پرسوناها: احساس در هر مرحله
insights-no-curves = هنوز هیچ پرسونایی امتیاز احساس ندارد: از منوی ویرایش یک ردیف احساس بیفزایید.
insights-personas-apart-section = جایی که احساس پرسوناها بیشترین تفاوت را دارد
insights-personas-agree = احساس هیچ دو پرسونایی در هیچ مرحله‌ای فرق ندارد.
insights-emotion-real-section = جایی که احساس و تجربهٔ واقعی از هم دور می‌شوند
insights-emotion-real-none = هیچ مرحله‌ای هم امتیاز احساس و هم امتیاز واقعی ندارد.
insights-cliff-section = جایی که اعتماد می‌شکند
insights-cliff = پرتگاه: { $words }
insights-no-cliff = تجربهٔ واقعی هیچ‌جا افت نمی‌کند.
insights-disagree-section = کانال‌های ناهمخوان
insights-show-persona = نمایش این پرسونا در بازرس
insights-show-stage = نمایش این مرحله
insights-all-agree = کانال‌های هر مرحله کمتر از یک امتیاز با هم فاصله دارند.
insights-act-section = جای اقدام، از بزرگ‌ترین شکاف
insights-no-gap = هیچ خانه‌ای از آرمانش کمتر نیست.
insights-rank = { $rank }. { $words }
insights-negatives = ؛ { $count } نشانهٔ منفی
insights-show-cell = نمایش این خانه
insights-causes-section = چرا: نشانه‌های منفی به تفکیک ریشه
insights-no-negatives = نقشه نشانهٔ منفی ندارد.
insights-no-cause = بی‌ریشه
insights-no-cause-hint = در بازرس، زیر نشانه، یکی را برگزینید
insights-cause-count = { $count }  { $cause }
insights-principle-count = { $principle } { $count }
insights-principles = اصول در خطر: { $principles }
insights-owners-section = بار شکاف بر دوش کیست
insights-no-owner-gap = هیچ مسئولی خانه‌ای پایین‌تر از آرمانش ندارد.
insights-owner-gap = { $owner }: شکاف { $gap } در { $cells } خانه
insights-owner-all = نمایش دوبارهٔ خانه‌های همهٔ مسئولان
insights-coverage-section = جاهای خالی نقشه
insights-unscored-stages = مرحله‌های بی‌امتیاز: { $names }
insights-unscored-channels = کانال‌های بی‌امتیاز: { $names }
insights-unowned = اقدام بی‌مسئول در { $channel } × { $stage }
insights-covered = هر مرحله و کانالی امتیاز دارد و هر اقدامی مسئول.


## واژه‌های خودِ اینفوگرافیک خروجی

infographic-heading-both = تجربهٔ آرمانی در برابر واقعی، به تفکیک مرحله
infographic-heading-ideal = تجربهٔ آرمانی، به تفکیک مرحله
infographic-heading-real = تجربهٔ واقعی، به تفکیک مرحله
infographic-largest-gap = بزرگ‌ترین شکاف: { $stage }، جایی که تجربهٔ واقعی { $gap } امتیاز از آرمانی کمتر است.
infographic-no-gap = در هیچ مرحله‌ای تجربهٔ واقعی از آرمانی کمتر نیست.
infographic-cliff-drop = پرتگاه نارضایتی: تجربهٔ واقعی از { $from } به { $to } { $drop } امتیاز افت می‌کند.
infographic-cliff-cell = پرتگاه نارضایتی: { $channel } در { $stage } در تجربهٔ واقعی امتیاز { $score } می‌گیرد.
infographic-no-cliff = پرتگاه نارضایتی در کار نیست: تجربهٔ واقعی هیچ‌جا افت نمی‌کند.
infographic-axis = { $score } { $label }
infographic-cliff = پرتگاه
infographic-gap = شکاف { $gap }
infographic-gap-largest = شکاف { $gap }، بزرگ‌ترین
infographic-more = و { $count } مورد دیگر
infographic-disagree = کانال‌های ناهمخوان
infographic-all-agree = در هر مرحله امتیازهای واقعی کانال‌ها دست‌بالا { $points } امتیاز با هم فاصله دارند.
infographic-act = جای اقدام
infographic-act-top = جای اقدام: { $shown } شکاف بزرگ‌تر از { $total } شکاف
infographic-no-short-cell = تجربهٔ واقعی هیچ خانه‌ای از آرمانی‌اش کمتر نیست.
infographic-place = { $rank }. { $channel } × { $stage }: شکاف { $gap }
infographic-no-owner = بی‌مسئول
infographic-plan = { $owner }: { $action }
infographic-no-action = { $owner }: هنوز اقدامی تعیین نشده
infographic-why = چرا: نشانه‌های منفی به تفکیک ریشه
infographic-no-negatives = نقشه نشانهٔ منفی ندارد.
infographic-uncaused = { $count } از { $total } هنوز ریشه‌ای ندارند.
infographic-all-caused = همهٔ { $total } نشانهٔ منفی ریشه دارند.
infographic-cells-legend = خانه‌ها: نشانه‌هایی که مشتری آن‌جا می‌بیند
infographic-personas-legend = پرسوناها: منحنی احساس و ردیف‌های هر کدام
infographic-chart-legend = نمودار و برچسب‌ها
infographic-ideal-line = تجربهٔ آرمانی (میانگین مرحله)
infographic-real-line = تجربهٔ واقعی
infographic-short = واقعی کمتر از آرمانی
infographic-scale = امتیازها از {"\u2066"}-۲{"\u2069"} (بسیار منفی) تا {"\u2066"}+۲{"\u2069"} (بسیار مثبت)؛ شکاف = آرمانی − واقعی. خانه‌ها نشانه‌ها را با + و − و چند واژهٔ نخستشان نشان می‌دهند.
infographic-page-cover = صفحهٔ { $page } از { $pages }. { $following ->
        [one] نمودار و جدول در صفحهٔ { $first } می‌آیند.
       *[other] نمودار و جدول در صفحه‌های { $first } تا { $pages } می‌آیند: اول در امتداد مرحله‌ها، سپس رو به پایین در امتداد کانال‌ها.
    }
infographic-page-tile = صفحهٔ { $page } از { $pages }: مرحله‌های { $from } تا { $to } از { $stages }، ردیف‌های { $first } تا { $last } از { $rows }.{ $tiles ->
        [one] {""}
       *[other] {" "}صفحه‌ها اول در امتداد مرحله‌ها و سپس رو به پایین در امتداد ردیف‌ها پیش می‌روند.
    }

## جدول

header-stage = مرحلهٔ { $name }
header-channel = کانال { $name }
header-stage-add-hint = افزودن مرحله
header-channel-add-hint = افزودن کانال
header-stage-insert-before = درج مرحله پیش از این
header-stage-insert-after = درج مرحله پس از این
header-channel-insert-before = درج کانال پیش از این
header-channel-insert-after = درج کانال پس از این
header-disagree = کانال‌ها در این مرحله ناهمخوان‌اند.
header-add-stage = +
header-add-channel = + کانال
header-rename = تغییر نام
header-delete = حذف…
new-stage-name = مرحلهٔ { $number }
new-channel-name = کانال { $number }
drag-swap = جابه‌جایی
drag-stage = مرحله: { $name }
drag-channel = کانال: { $name }
drag-cell = خانه: { $owner }
drag-signal = نشانه: { $text }
drag-esc = { $what }   (Esc لغو می‌کند)
grid-corner = کانال‌ها / مرحله‌ها
card-add-positive = افزودن نشانهٔ مثبت
card-add-negative = افزودن نشانهٔ منفی
badge-ideal = آرمانی
    .short = آ
badge-real = واقعی
    .short = و
badge-gap = شکاف
    .short = شکاف

## آن‌چه فناوری‌های کمکی می‌خوانند

a11y-cell = خانهٔ { $stage } × { $channel }

## ناسازگاری‌های ادغام و مقایسهٔ نسخه‌ها

conflicts-count = ناسازگاری‌های ادغام: { $count } مانده. تا شما برنگزینید، نقشه نسخهٔ ما را نشان می‌دهد.
conflicts-select = برگزیدن آن
conflicts-ours = ما: { $value }
conflicts-theirs = آن‌ها: { $value }
conflicts-keep-ours = نگه داشتن نسخهٔ ما
conflicts-take-theirs = پذیرفتن نسخهٔ آن‌ها
compare-title = تغییرها
compare-stop = پایان مقایسه
compare-from = از «{ $name }» تا نقشهٔ باز
compare-none = تغییری نیست: دو نسخه یک نقشه‌اند.

## تغییری میان دو نسخهٔ یک نقشه، چنان‌که «پرونده ← مقایسه با» فهرست می‌کند

change-title = عنوان: از { $old } به { $new }
change-persona-name = پرسونا: از { $old } به { $new }
change-persona-description = توضیح پرسونا: از { $old } به { $new }
change-direction = جهت: از { $old } به { $new }
change-direction-left-to-right = چپ به راست
change-direction-right-to-left = راست به چپ
change-language = زبان اینفوگرافیک: از { $old } به { $new }
change-language-auto = متن نقشه
change-language-en = انگلیسی
change-language-fa = فارسی
change-list-stage = مرحلهٔ
change-list-channel = کانال
change-added = { $list } { $name } افزوده شد (جایگاه { $position })
change-deleted = { $list } { $name } حذف شد ({ $cells } خانه)
change-renamed = نام { $list } { $old } به { $new } تغییر کرد
change-moved = { $list } { $name } از جایگاه { $from } به جایگاه { $to } رفت
change-described = { $list } { $name }: توضیح از { $old } به { $new }
change-kind = کانال { $channel }: نوع از { $old } به { $new }
change-field-owner = مسئول
change-field-action = اقدام
change-field-impact = اثر
change-field-notes = یادداشت‌ها
change-text = { $channel } × { $stage }: { $field } از { $old } به { $new }
change-experience-ideal = آرمانی
change-experience-real = واقعی
change-score = { $channel } × { $stage }: { $experience } از { $old } به { $new }
change-signal-added = نشانه‌ای به { $channel } × { $stage } افزوده شد: { $sign } { $text }
change-signal-deleted = نشانه‌ای از { $channel } × { $stage } حذف شد: { $sign } { $text }
change-signal-text = نشانه‌ای در { $channel } × { $stage }: از { $old } به { $new }
change-signal-flipped = نشانه‌ای در { $channel } × { $stage } { $sign } شد: { $text }
change-signal-tagged = برچسب‌های نشانه‌ای در { $channel } × { $stage } ({ $text }): از { $old } به { $new }
change-signals-reordered = ترتیب نشانه‌ها در { $channel } × { $stage } تغییر کرد
change-conflicts = ناسازگاری‌های حل‌نشده: از { $old } به { $new }

## جای یک ناسازگاری ادغام، چنان‌که پنل ناسازگاری‌ها می‌گوید

conflict-title = عنوان
conflict-persona-name = نام پرسونا
conflict-persona-description = توضیح پرسونا
conflict-stage-name = مرحلهٔ { $stage }: نام
conflict-stage-description = مرحلهٔ { $stage }: توضیح
conflict-stage-kept = مرحلهٔ { $stage }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-stage-order = ترتیب مرحله‌ها
conflict-channel-name = کانال { $channel }: نام
conflict-channel-kind = کانال { $channel }: نوع
conflict-channel-kept = کانال { $channel }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-channel-order = ترتیب کانال‌ها
conflict-cell = { $channel } × { $stage }
conflict-cell-unknown = خانهٔ { $stage } { $channel }
conflict-field = { $cell }: { $field }
conflict-signal-in = نشانه‌ای در { $cell }
conflict-signal-unknown = نشانهٔ { $id }
conflict-signal-text = { $signal }: متن
conflict-signal-polarity = { $signal }: مثبت یا منفی
conflict-signal-tags = { $signal }: ریشه و اصل‌ها
conflict-signal-kept = { $signal }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-signal-order = { $cell }: ترتیب نشانه‌ها
conflict-empty = (خالی)

## Lanes, personas and lines

a11y-emotion = { $persona }: { $score }
a11y-lane-value = { $lane } × { $stage }
change-emotion = { $lane } × { $stage }: احساس { $persona } { $old } → { $new }
change-emotion-note = { $lane } × { $stage }: یادداشت احساس { $persona } { $old } → { $new }
change-lane-kind = ردیف { $lane } { $kind } است
change-lane-number = { $lane } × { $stage }: { $old } → { $new }
change-lane-setting = ردیف { $lane }: { $setting } { $old } → { $new }
change-lane-text = { $lane } × { $stage }: { $old } → { $new }
change-line-moved = خط { $line } به زیر { $row } رفت
change-line-top = خط { $line } به بالا رفت
change-list-lane = ردیف
change-list-line = خط
change-list-persona = پرسونا
change-persona-colour = پرسونای { $persona }: رنگ { $old } → { $new }
cmd-add-text-lane = افزودن ردیف متنی
    .description = افزودن ردیفی از واژه‌ها (هدف‌ها، فکرها، نقطه‌های درد…) پس از ردیف انتخاب‌شده
cmd-add-emotion-lane = افزودن ردیف احساس
    .description = افزودن ردیف احساس هر پرسونا که به شکل منحنی کشیده می‌شود
cmd-add-metric-lane = افزودن ردیف شاخص
    .description = افزودن ردیفی از عددها با یکا و هدف (NPS، زمان انتظار…)
cmd-add-line = افزودن خط جداکننده
    .description = افزودن خطی نام‌دار زیر ردیف انتخاب‌شده، مانند خط دیدپذیری
cmd-add-persona = افزودن پرسونا
    .description = پرسونایی با رنگ و نشانگر خودش به نقشه بیفزایید و نامش را ویرایش کنید
cmd-copy = رونوشت مقدار ردیف
    .description = رونوشت از مقدار ردیف انتخاب‌شده
cmd-paste = چسباندن مقدار ردیف
    .description = گذاشتن مقدار رونوشت‌شده در مقدار انتخاب‌شده
cmd-next-persona = پرسونای بعدی
    .description = نمایش ردیف‌ها و منحنی‌های همهٔ پرسوناها، سپس هر پرسونا به نوبت
colour-purple = بنفش
colour-teal = سبزآبی
colour-indigo = نیلی
colour-olive = زیتونی
colour-wine = شرابی
colour-cyan = فیروزه‌ای
colour-brown = قهوه‌ای
colour-slate = خاکستری‌آبی
conflict-emotion = { $place }: احساس { $persona }
conflict-emotion-note = { $place }: یادداشت احساس { $persona }
conflict-lane-kept = ردیف { $lane }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-lane-name = ردیف { $lane }: نام
conflict-lane-number = { $place }: مقدار
conflict-lane-order = ترتیب ردیف‌ها
conflict-lane-setting = ردیف { $lane }: { $setting }
conflict-lane-text = { $place }: متن
conflict-lane-value = { $lane } × { $stage }
conflict-line-kept = خط { $line }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-line-name = خط { $line }: نام
conflict-line-order = ترتیب خط‌ها
conflict-line-place = خط { $line }: جا
conflict-persona-colour = پرسونای { $persona }: رنگ
conflict-persona-kept = پرسونای { $persona }: در یک سو حذف شده و در سوی دیگر ویرایش
conflict-persona-named-description = پرسونای { $persona }: توضیح
conflict-persona-named-name = پرسونای { $persona }: نام
conflict-persona-order = ترتیب پرسوناها
drag-lane = ردیف { $name }
drag-line = خط { $name }
header-add-row = + افزودن…
header-add-row-hint = افزودن کانال، ردیف یا خط جداکننده
header-add-channel-item = کانال
header-add-text = ردیف متنی
header-add-emotion = ردیف احساس
header-add-metric = ردیف شاخص
header-add-line = خط جداکننده
header-add-line-below = افزودن خط جداکننده در زیر
header-lane = ردیف { $name }
header-line = خط { $name }
inspector-add-persona = افزودن پرسونا
inspector-back-to-map = بازگشت به تنظیم‌های نقشه
inspector-colour = رنگ
inspector-delete-lane = حذف ردیف…
inspector-delete-line = حذف خط
inspector-delete-persona = حذف پرسونا…
inspector-lane = ردیف
inspector-lane-settings = تنظیم‌های ردیف
inspector-last-persona = هر نقشه دست‌کم یک پرسونا دارد
inspector-line = خط جداکننده
inspector-persona-edit = ویرایش این پرسونا
inspector-personas = پرسوناها
inspector-personas-full = هر نقشه حداکثر { $most } پرسونا دارد
key-emotion-score = احساس
    .description = در ردیف احساس: احساس پرسونا را −۲ تا +۲ می‌کند
key-clear-emotion = پاک کردن
    .description = در ردیف احساس: پاک کردن احساس پرسونا
lane-above = بالای کانال‌ها
lane-below = زیر کانال‌ها
lane-higher = بیشتر
lane-lower = کمتر
lane-clear-value = پاک کردن مقدار
lane-detail-persona = { $kind }، { $persona }
lane-detail-unit = { $kind }، { $unit }
lane-emotion-hint = نقطه را در جدول بالا یا پایین بکشید، یا با مقدار انتخاب‌شده ۱ تا ۵ را بزنید (۰ پاک می‌کند).
lane-higher-better = بیشتر بهتر است
lane-lower-better = کمتر بهتر است
lane-kind-text = ردیف متنی
lane-kind-emotion = ردیف احساس
lane-kind-metric = ردیف شاخص
lane-move-up = بالاتر
lane-move-down = پایین‌تر
lane-not-a-number = عدد نیست: رقم بنویسید، مانند ۳۲ یا ۴٫۱
lane-note = یادداشت
lane-persona = پرسونا
lane-persona-all = همهٔ پرسوناها
lane-place = جا
lane-setting-persona = پرسونا
lane-setting-place = جا
lane-setting-unit = یکا
lane-setting-target = هدف
lane-setting-better = بهتر وقتی
lane-target = هدف
lane-text = متن
lane-unit = یکا
lane-value = مقدار
line-below = زیرِ
line-move-up = یک ردیف بالاتر
line-move-down = یک ردیف پایین‌تر
line-place-top = بالا
metric-off-target = دور از هدف { $target }
metric-on-target = به هدف { $target } رسیده
metric-target = هدف { $target }
new-lane-text = ردیف تازه
new-lane-emotion = احساس
new-lane-metric = شاخص
new-line-name = خط دیدپذیری
new-persona-name = پرسونای { $number }
persona-all = همهٔ پرسوناها
persona-one = یک پرسونا
persona-unnamed = پرسونای بی‌نام
prompt-delete-lane = ردیف «{ $name }» و { $cells ->
    [one] مقدارش
   *[other] { $cells } مقدار آن
} حذف شود؟
prompt-delete-persona = پرسونای «{ $name }» و { $cells ->
    [one] احساسش در یک مرحله
   *[other] احساس‌هایش در { $cells } مرحله
} حذف شود؟ ردیف‌هایش از آن همهٔ پرسوناها می‌شوند.
step-add-lane = افزودن ردیف
step-add-line = افزودن خط
step-add-persona = افزودن پرسونا
step-delete-lane = حذف ردیف
step-delete-line = حذف خط
step-delete-persona = حذف پرسونا
step-edit-lane = ویرایش ردیف
step-edit-lane-value = ویرایش مقدار ردیف
step-move-lane = جابه‌جایی ردیف
step-move-line = جابه‌جایی خط
step-move-persona = جابه‌جایی پرسونا
step-rename-lane = تغییر نام ردیف
step-rename-line = تغییر نام خط
status-persona = پرسونا
menu-persona = پرسونای نمایش‌داده

## What a screen reader hears

said-value = { $field } { $value }
said-card-moved = کارت به { $place } رفت
said-signal-moved = نشانه به { $place } رفت
said-moved = { $name }، اکنون { $place } از { $count }
a11y-place = { $stage }، { $channel }
a11y-table = نقشهٔ سفر { $title }
a11y-cell-full = { $place }: { $details }
a11y-cell-empty = { $place }: خالی
a11y-cell-owner = مسئول { $owner }
a11y-cell-scores = آرمانی { $ideal }، واقعی { $real }، شکاف { $gap }
a11y-cell-action = اقدام: { $action }
a11y-cell-signals = { $positive } نشانهٔ مثبت، { $negative } نشانهٔ منفی
a11y-separator = {"؛ "}
a11y-signal-positive = نشانهٔ مثبت: { $text }
a11y-signal-negative = نشانهٔ منفی: { $text }
cmd-context-menu = کارهای مورد انتخاب‌شده…
    .description = باز کردن کارهای خانه، سرستون یا خط انتخاب‌شده، چنان‌که کلیک راست باز می‌کند
cmd-inspector-wider = بازرس پهن‌تر
    .description = پهن‌تر کردن بازرس، چنان‌که کشیدن لبه‌اش می‌کند
cmd-inspector-narrower = بازرس باریک‌تر
    .description = باریک‌تر کردن بازرس
a11y-resize-panel = تغییر اندازهٔ پنل
a11y-scroll-across = پیمایش افقی
a11y-scroll-down = پیمایش عمودی
# نتایج نظرسنجی
cmd-import-survey = وارد کردن نتایج نظرسنجی…
    .description = سنجیدن خانه‌های نقشه با پاسخ‌های یک نظرسنجی (NPS، CSAT، CES)
cmd-use-measured-scores = به‌کار بردن امتیازهای سنجیده
    .description = امتیاز واقعی هر خانهٔ سنجیده را همان می‌کند که سنجه پیشنهاد می‌دهد
step-import-survey = وارد کردن نتایج نظرسنجی
step-use-measured-scores = به‌کار بردن امتیازهای سنجیده
said-steps = انجام شد: { $step }، { $count } تغییر
notice-nothing-changed = چیزی تغییر نکرد
format-survey = نتایج نظرسنجی (CSV، Excel، LibreOffice)
browse-import-survey = وارد کردن نتایج نظرسنجی
error-import-survey = نتایج نظرسنجی خوانده نشد.
survey-qualtrics = خروجی Qualtrics (سه سطر سرستون)
survey-surveymonkey = خروجی SurveyMonkey (دو سطر سرستون)
survey-google-forms = خروجی Google Forms
survey-plain = جدول با یک سطر سرستون
survey-title = وارد کردن نتایج نظرسنجی
survey-import = وارد کردن
survey-stage = ستون مرحله
survey-channel = ستون کانال
survey-no-channel = هیچ: یک مقدار برای هر مرحله، در یک ردیف سنجه
survey-score = ستون پاسخ
survey-date = ستون تاریخ
survey-no-date = هیچ
survey-pick-column = ستونی را برگزینید
survey-metric = شمارش به شکل
survey-metric-nps = NPS
    .hint = شاخص خالص ترویج‌کنندگان، از −۱۰۰ تا ۱۰۰: درصد پاسخ‌های ۹ و ۱۰ منهای درصد پاسخ‌های ۰ تا ۶
survey-metric-csat = CSAT
    .hint = رضایت: درصد پاسخ‌هایی که در دو گزینهٔ بالای مقیاس‌اند
survey-metric-ces = CES
    .hint = تلاش مشتری: میانگین پاسخ‌ها؛ بیشتر یعنی آسان‌تر
survey-metric-mean = میانگین
    .hint = میانگین پاسخ‌ها روی مقیاس خودشان
survey-scale = مقیاس
survey-scale-worst = بدترین پاسخ
survey-scale-best = بهترین پاسخ
survey-row = سطر { $row }
survey-choose-columns = برای دیدن آنچه وارد می‌شود، ستون مرحله و ستون پاسخ را برگزینید.
survey-summary-cells = { $rows } سطر پاسخ: { $counted } پاسخ برای { $places } خانه شمرده شد
survey-summary-stages = { $rows } سطر پاسخ: { $counted } پاسخ برای { $places } مرحله شمرده شد
survey-summary-lane = مقدارها به ردیف سنجهٔ «{ $lane }» می‌روند.
survey-left-empty = { $count } پاسخ خالی کنار گذاشته شد
survey-left-not-numbers = { $count } پاسخ که عدد نیست کنار گذاشته شد
survey-left-off-scale = { $count } پاسخ بیرون از مقیاس کنار گذاشته شد
survey-unmatched = { $count } سطر به چیزی در نقشه اشاره نمی‌کند:
survey-unmatched-row = سطر { $row }: مرحلهٔ «{ $stage }»، کانال «{ $channel }»
survey-unmatched-stage = سطر { $row }: مرحلهٔ «{ $stage }»
survey-unmatched-more = و { $count } سطر دیگر
survey-uncertain = { $count } سنجه بر کمتر از { $few } پاسخ تکیه دارد: نامطمئن
survey-disagree = امتیاز واقعیِ تایپ‌شدهٔ { $count } خانه دو گام یا بیشتر با سنجه فاصله دارد. چیزی که تایپ شده تغییر نمی‌کند؛ ویرایش ← به‌کار بردن امتیازهای سنجیده آن‌ها را تنظیم می‌کند.
survey-error-empty = پرونده خالی است.
survey-error-encoding = سطر { $line }، ستون { $field }: متن UTF-8 نیست. پرونده را به شکل «CSV UTF-8» ذخیره کنید و دوباره وارد کنید.
survey-error-syntax = سطر { $line }: { $message }
survey-error-read = پرونده خوانده نشد: { $message }
inspector-measured = سنجیده
measure-n-interval = n { $n } · ۹۵٪ { $interval }
measure-source = { $source }، { $question }
measure-source-dates = { $source }، { $question } · { $dates }
measure-suggests = پیشنهاد امتیاز واقعی: { $score }
measure-disagrees = ⚠ امتیاز واقعیِ تایپ‌شده دو گام یا بیشتر فاصله دارد.
measure-uncertain = ⚠ کمتر از { $few } پاسخ: نامطمئن.
measure-use = { $score } را امتیاز واقعی کن
measure-remove = حذف سنجه
measure-card-few = کم
words-measured = { $channel } × { $stage }: { $measure } پیشنهاد { $suggested }، تایپ‌شده { $real }
insights-measured-section = تجربهٔ سنجیده
insights-measured-agree = امتیاز واقعیِ تایپ‌شدهٔ هر خانهٔ سنجیده تا یک گام با سنجه‌اش فاصله دارد.
insights-measured-disagree = امتیاز واقعیِ تایپ‌شده دو گام یا بیشتر با سنجه فاصله دارد:
insights-measured-uncertain = سنجه‌های با کمتر از { $few } پاسخ (نامطمئن):
infographic-measures = سنجیده: NPS، CSAT، CES یا میانگین پاسخ‌های نظرسنجی، بالای نشان امتیاز واقعی؛ n = شمار پاسخ‌ها؛ کم = کمتر از { $few } پاسخ.
infographic-measures-disagree = امتیاز واقعیِ تایپ‌شده دو گام یا بیشتر با سنجه فاصله دارد
measure-interval = ۹۵٪ { $interval }
html-measures = سنجیده: NPS، CSAT، CES یا میانگین پاسخ‌های نظرسنجی، با n شمار پاسخ‌ها، بازهٔ ۹۵٪ و پروندهٔ نظرسنجی؛ کم = کمتر از { $few } پاسخ.
present-measure = سنجیده: { $measure } (۹۵٪ { $interval })، { $source }
change-measure-added = { $channel } × { $stage } از { $source } ({ $question }) سنجیده شد: { $new }
change-measure-removed = سنجهٔ { $source } ({ $question }) از { $channel } × { $stage } حذف شد: { $old } بود
change-measure-changed = { $channel } × { $stage } دوباره از { $source } ({ $question }) سنجیده شد: { $old } ← { $new }

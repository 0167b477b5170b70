//! The templates' words, in English and Persian.

use super::{LaneSpec, Template, common_lanes};
use crate::model::{ChannelKind, LaneKind};

use ChannelKind::{App, Chat, Email, Letter, Phone, Sms, Store, Website};

/// Every template, in the order menus list them.
pub static ALL: [Template; 7] = [
    Template {
        id: "online-shop",
        name: ("Online shop", "فروشگاه اینترنتی"),
        title: (
            "Buying a first order online",
            "نخستین خرید از فروشگاه اینترنتی",
        ),
        persona: (
            "Nina, 34, shops on her phone",
            "نگار، ۳۴ ساله، با گوشی خرید می‌کند",
        ),
        stages: &[
            ("Discover", "آشنایی"),
            ("Compare", "مقایسه"),
            ("Checkout", "پرداخت"),
            ("Delivery", "تحویل"),
            ("Return or reorder", "مرجوعی یا خرید دوباره"),
        ],
        channels: &[
            (("Website", "وب‌سایت"), Website),
            (("Mobile app", "اپلیکیشن"), App),
            (("Email", "ایمیل"), Email),
            (("Courier", "پیک"), Store),
            (("Support chat", "گفتگوی پشتیبانی"), Chat),
        ],
        examples: &[
            (
                1,
                0,
                ("Product team", "تیم محصول"),
                (
                    "Show sizes and stock on every product page",
                    "اندازه و موجودی را در صفحه‌ی هر کالا نشان بدهید",
                ),
                2,
                0,
            ),
            (
                2,
                1,
                ("Payments", "واحد پرداخت"),
                (
                    "Pay in two taps with a saved card",
                    "پرداخت با دو لمس و کارت ذخیره‌شده",
                ),
                2,
                1,
            ),
            (
                3,
                3,
                ("Logistics", "لجستیک"),
                (
                    "Send a delivery window by SMS the day before",
                    "بازه‌ی تحویل را یک روز پیش پیامک کنید",
                ),
                2,
                -1,
            ),
            (
                4,
                4,
                ("Customer care", "امور مشتریان"),
                (
                    "Approve returns in the chat without a form",
                    "مرجوعی را بی‌فرم و در همان گفتگو بپذیرید",
                ),
                1,
                -1,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (
                0,
                (
                    "Find the right size without a fitting room",
                    "اندازه‌ی درست را بی اتاق پرو پیدا کنم"
                )
            ),
            (
                3,
                ("No idea when the parcel comes", "نمی‌داند بسته کی می‌رسد")
            ),
            (
                3,
                (
                    "Live delivery tracking by SMS",
                    "پیگیری زنده‌ی ارسال با پیامک"
                )
            ),
            &[(0, 0, 1), (1, 0, 0), (2, 0, 1), (3, 0, -1), (4, 0, -1)]
        ),
        lines: &[],
    },
    Template {
        id: "bank-account",
        name: ("Bank account", "حساب بانکی"),
        title: ("Opening a current account", "افتتاح حساب جاری"),
        persona: ("Reza, 27, first salary", "رضا، ۲۷ ساله، نخستین حقوق"),
        stages: &[
            ("Research", "جستجو"),
            ("Apply", "درخواست"),
            ("Verify identity", "احراز هویت"),
            ("First use", "نخستین استفاده"),
            ("Recommend", "معرفی به دیگران"),
        ],
        channels: &[
            (("Website", "وب‌سایت"), Website),
            (("Mobile banking", "همراه‌بانک"), App),
            (("Branch", "شعبه"), Store),
            (("Call centre", "مرکز تماس"), Phone),
            (("SMS", "پیامک"), Sms),
        ],
        examples: &[
            (
                1,
                1,
                ("Digital banking", "بانکداری دیجیتال"),
                (
                    "Fill the form once; never ask twice",
                    "فرم را یک بار بگیرید و دوباره نپرسید",
                ),
                2,
                0,
            ),
            (
                2,
                2,
                ("Branch network", "شبکه‌ی شعب"),
                (
                    "Verify in one visit, under 15 minutes",
                    "احراز هویت در یک مراجعه و کمتر از ۱۵ دقیقه",
                ),
                2,
                -2,
            ),
            (
                3,
                4,
                ("Card services", "خدمات کارت"),
                (
                    "Text the card status at every step",
                    "وضعیت کارت را در هر مرحله پیامک کنید",
                ),
                1,
                1,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (
                0,
                ("An account without a branch visit", "حسابی بی رفتن به شعبه")
            ),
            (
                2,
                (
                    "Video call drops and starts over",
                    "تماس تصویری قطع می‌شود و از نو"
                )
            ),
            (
                2,
                (
                    "Resume identity checks where they stopped",
                    "ادامه‌ی احراز هویت از همان‌جا که ماند"
                )
            ),
            &[(0, 0, 1), (1, 0, 1), (2, 0, -2), (3, 0, 0), (4, 0, 1)]
        ),
        lines: &[],
    },
    Template {
        id: "telecom-support",
        name: ("Telecom support", "پشتیبانی مخابرات"),
        title: ("Getting an internet outage fixed", "رفع قطعی اینترنت"),
        persona: ("Sam, 45, works from home", "سامان، ۴۵ ساله، دورکار"),
        stages: &[
            ("Notice the fault", "متوجه‌شدن خرابی"),
            ("Seek help", "درخواست کمک"),
            ("Diagnose", "عیب‌یابی"),
            ("Repair", "تعمیر"),
            ("Follow-up", "پیگیری"),
        ],
        channels: &[
            (("Mobile app", "اپلیکیشن"), App),
            (("Hotline", "تلفن پشتیبانی"), Phone),
            (("Live chat", "گفتگوی آنلاین"), Chat),
            (("SMS", "پیامک"), Sms),
        ],
        examples: &[
            (
                0,
                0,
                ("Digital products", "محصولات دیجیتال"),
                (
                    "Show a known outage before the customer calls",
                    "قطعی شناخته‌شده را پیش از تماس مشتری نشان بدهید",
                ),
                2,
                -1,
            ),
            (
                1,
                1,
                ("Contact centre", "مرکز تماس"),
                (
                    "Answer within 3 minutes; no menu maze",
                    "پاسخ در کمتر از ۳ دقیقه، بی‌منوی پیچیده",
                ),
                2,
                -2,
            ),
            (
                3,
                3,
                ("Field operations", "عملیات میدانی"),
                (
                    "Text a 2-hour visit window",
                    "بازه‌ی دوساعته‌ی مراجعه را پیامک کنید",
                ),
                2,
                1,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (
                0,
                (
                    "Get back online before the workday",
                    "پیش از شروع کار دوباره وصل شوم"
                )
            ),
            (
                1,
                ("Same questions on every call", "در هر تماس همان پرسش‌ها")
            ),
            (
                1,
                (
                    "Show the outage on the customer's line first",
                    "اول قطعی روی خط مشتری را نشان بدهید"
                )
            ),
            &[(0, 0, -1), (1, 0, -2), (2, 0, -1), (3, 0, 0), (4, 0, 1)]
        ),
        lines: &[],
    },
    Template {
        id: "b2b-software",
        name: ("B2B software sales", "فروش نرم‌افزار سازمانی"),
        title: (
            "A company buying project software",
            "خرید نرم‌افزار مدیریت پروژه برای یک شرکت",
        ),
        persona: ("Lena, operations lead", "لیلا، مدیر عملیات"),
        stages: &[
            ("Need", "نیاز"),
            ("Evaluate", "ارزیابی"),
            ("Trial", "دوره‌ی آزمایشی"),
            ("Contract", "قرارداد"),
            ("Onboarding", "راه‌اندازی"),
            ("Renewal", "تمدید"),
        ],
        channels: &[
            (("Website", "وب‌سایت"), Website),
            (("Sales call", "تماس فروش"), Phone),
            (("Email", "ایمیل"), Email),
            (("Product", "خود محصول"), App),
            (("Contract letter", "نامه‌ی قرارداد"), Letter),
        ],
        examples: &[
            (
                1,
                0,
                ("Marketing", "بازاریابی"),
                (
                    "Publish prices and a comparison table",
                    "قیمت‌ها و جدول مقایسه را منتشر کنید",
                ),
                2,
                0,
            ),
            (
                2,
                3,
                ("Product team", "تیم محصول"),
                (
                    "Import the client's projects on day one",
                    "پروژه‌های مشتری را از روز نخست وارد کنید",
                ),
                2,
                1,
            ),
            (
                3,
                4,
                ("Legal", "واحد حقوقی"),
                (
                    "Send a two-page contract, signed online",
                    "قرارداد دوصفحه‌ای با امضای آنلاین",
                ),
                1,
                -1,
            ),
            (
                4,
                2,
                ("Customer success", "موفقیت مشتری"),
                (
                    "Weekly tips email for the first month",
                    "ایمیل راهنمای هفتگی در ماه نخست",
                ),
                1,
                0,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (
                1,
                (
                    "A tool the whole team will use",
                    "ابزاری که همه‌ی تیم به کار ببرند"
                )
            ),
            (
                3,
                ("Legal review takes weeks", "بازبینی حقوقی هفته‌ها طول می‌کشد")
            ),
            (
                3,
                (
                    "A standard contract ready to sign",
                    "قراردادی استاندارد و آماده‌ی امضا"
                )
            ),
            &[
                (0, 0, 0),
                (1, 0, 1),
                (2, 0, 1),
                (3, 0, -1),
                (4, 0, 0),
                (5, 0, 1)
            ]
        ),
        lines: &[],
    },
    Template {
        id: "clinic-visit",
        name: ("Clinic visit", "مراجعه به درمانگاه"),
        title: (
            "Seeing a specialist at a clinic",
            "ویزیت پزشک متخصص در درمانگاه",
        ),
        persona: ("Mina, 52, with her mother", "مینا، ۵۲ ساله، همراه مادرش"),
        stages: &[
            ("Book", "نوبت‌گیری"),
            ("Arrive", "پذیرش"),
            ("Wait", "انتظار"),
            ("Consultation", "ویزیت"),
            ("Tests and results", "آزمایش و جواب"),
        ],
        channels: &[
            (("Phone", "تلفن"), Phone),
            (("Booking website", "سامانه‌ی نوبت‌دهی"), Website),
            (("Reception desk", "پذیرش حضوری"), Store),
            (("SMS", "پیامک"), Sms),
        ],
        examples: &[
            (
                0,
                1,
                ("Front office", "واحد پذیرش"),
                (
                    "Book online in under two minutes",
                    "نوبت‌گیری آنلاین در کمتر از دو دقیقه",
                ),
                2,
                1,
            ),
            (
                2,
                2,
                ("Nursing", "پرستاری"),
                (
                    "Show the queue and the expected wait",
                    "صف و زمان انتظار را نشان بدهید",
                ),
                2,
                -2,
            ),
            (
                4,
                3,
                ("Laboratory", "آزمایشگاه"),
                (
                    "Text when results are ready, with a link",
                    "آماده‌شدن جواب را با پیوند پیامک کنید",
                ),
                2,
                0,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (
                0,
                (
                    "See the right doctor this week",
                    "همین هفته پزشک درست را ببینم"
                )
            ),
            (
                2,
                (
                    "No idea how long the wait is",
                    "نمی‌داند انتظار چقدر طول می‌کشد"
                )
            ),
            (
                2,
                (
                    "A queue screen with expected times",
                    "نمایشگر نوبت با زمان تقریبی"
                )
            ),
            &[(0, 0, 0), (1, 0, 0), (2, 0, -2), (3, 0, 1), (4, 0, 0)]
        ),
        lines: &[],
    },
    Template {
        id: "public-service",
        name: ("Public service", "خدمت دولتی"),
        title: ("Applying for a building permit", "درخواست پروانه‌ی ساختمانی"),
        persona: ("Arash, 40, small builder", "آرش، ۴۰ ساله، سازنده‌ی کوچک"),
        stages: &[
            ("Find out what is needed", "آگاهی از مدارک لازم"),
            ("Apply", "ثبت درخواست"),
            ("Review", "بررسی"),
            ("Decision", "صدور رأی"),
            ("After the permit", "پس از صدور"),
        ],
        channels: &[
            (("Government portal", "درگاه دولت"), Website),
            (("Service office", "دفتر خدمات"), Store),
            (("Phone line", "تلفن گویا"), Phone),
            (("Letter", "نامه"), Letter),
            (("SMS", "پیامک"), Sms),
        ],
        examples: &[
            (
                0,
                0,
                ("Digital services", "خدمات الکترونیک"),
                (
                    "One checklist of documents, in plain words",
                    "یک فهرست ساده از مدارک لازم",
                ),
                2,
                -1,
            ),
            (
                2,
                4,
                ("Permits office", "اداره‌ی پروانه"),
                (
                    "Text each step of the review with its deadline",
                    "هر مرحله‌ی بررسی را با مهلتش پیامک کنید",
                ),
                2,
                -2,
            ),
            (
                3,
                3,
                ("Permits office", "اداره‌ی پروانه"),
                (
                    "Explain a refusal and how to fix it",
                    "دلیل رد و راه اصلاح را توضیح بدهید",
                ),
                1,
                -1,
            ),
        ],
        others: &[],
        lanes: common_lanes!(
            (0, ("Start building on time", "ساخت را به‌موقع آغاز کنم")),
            (
                2,
                (
                    "Silence for weeks during review",
                    "هفته‌ها بی‌خبری در زمان بررسی"
                )
            ),
            (
                2,
                (
                    "A status page with each step's deadline",
                    "صفحه‌ی وضعیت با مهلت هر مرحله"
                )
            ),
            &[(0, 0, -1), (1, 0, 0), (2, 0, -2), (3, 0, -1), (4, 0, 1)]
        ),
        lines: &[],
    },
    super::blueprint::SERVICE_BLUEPRINT,
];

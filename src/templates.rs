//! Starting maps for common journeys, in English and Persian: stages,
//! channels and a few example cells to overwrite. Each new map gets fresh
//! ids, so two maps started from one template never collide.

use crate::model::{
    Cell, CellKey, Channel, ChannelKind, Direction, Persona, Project, Score, Stage, StageId,
};

pub use crate::i18n::Lang;

/// Words in both languages.
type Both = (&'static str, &'static str);

fn pick(words: Both, lang: Lang) -> String {
    match lang {
        Lang::En => words.0,
        Lang::Fa => words.1,
    }
    .to_owned()
}

/// One example cell: stage and channel by index, owner, action, ideal, real.
type Example = (usize, usize, Both, Both, i64, i64);

/// A starting map.
pub struct Template {
    /// The name used on the command line: `online-shop`.
    pub id: &'static str,
    pub name: Both,
    title: Both,
    persona: Both,
    stages: &'static [Both],
    channels: &'static [(Both, ChannelKind)],
    examples: &'static [Example],
}

impl Template {
    /// The template's name in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name.0,
            Lang::Fa => self.name.1,
        }
    }

    /// A new map from this template, in `lang`, with fresh ids.
    pub fn project(&self, lang: Lang) -> Project {
        let stages: Vec<Stage> = self
            .stages
            .iter()
            .map(|&name| Stage::new(pick(name, lang)))
            .collect();
        let channels: Vec<Channel> = self
            .channels
            .iter()
            .map(|&(name, kind)| Channel::new(pick(name, lang), kind))
            .collect();
        let ids: Vec<StageId> = stages.iter().map(|s| s.id).collect();
        let cells: Vec<(CellKey, Cell)> = self
            .examples
            .iter()
            .map(|&(stage, channel, owner, action, ideal, real)| {
                let key = CellKey::new(ids[stage], channels[channel].id);
                let cell = Cell {
                    owner: pick(owner, lang),
                    action: pick(action, lang),
                    ideal: Score::new(ideal),
                    real: Score::new(real),
                    ..Cell::default()
                };
                (key, cell)
            })
            .collect();
        let persona = Persona {
            name: pick(self.persona, lang),
            ..Persona::default()
        };
        let mut project =
            Project::from_parts(pick(self.title, lang), persona, stages, channels, cells)
                .unwrap_or_default();
        project.direction = Direction::of(&project);
        project
    }
}

/// Finds a template by its command-line name.
pub fn find(id: &str) -> Option<&'static Template> {
    ALL.iter().find(|t| t.id == id)
}

use ChannelKind::{App, Chat, Email, Letter, Phone, Sms, Store, Website};

/// Every template, in the order menus list them.
pub static ALL: [Template; 6] = [
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
    },
];

#[cfg(test)]
mod tests {
    use super::{ALL, Lang, find};

    #[test]
    fn every_template_builds_a_valid_map_in_both_languages() {
        for template in &ALL {
            for lang in [Lang::En, Lang::Fa] {
                let project = template.project(lang);
                assert!(project.stages.len() >= 4, "{}", template.id);
                assert!(project.channels.len() >= 4, "{}", template.id);
                assert!(project.cell_count() >= 3, "{}", template.id);
                let text = crate::file::to_string(&project).unwrap();
                assert_eq!(crate::file::parse(&text).unwrap(), project);
            }
        }
        let en = ALL[0].project(Lang::En);
        let fa = ALL[0].project(Lang::Fa);
        assert_eq!(en.stages[0].name, "Discover");
        assert_eq!(fa.stages[0].name, "آشنایی");
        // Fresh ids for each new map.
        assert_ne!(en.stages[0].id, ALL[0].project(Lang::En).stages[0].id);
        assert!(find("clinic-visit").is_some() && find("nope").is_none());
    }
}

//! The service blueprint: customer actions above the line of interaction,
//! frontstage, backstage and support processes below, two personas with
//! their emotion curves, in English and Persian.

use super::{LaneSpec, LineSpec, Template};
use crate::model::{ChannelKind, LaneKind};

use ChannelKind::{Phone, Sms, Store, Website};

pub(super) const SERVICE_BLUEPRINT: Template = Template {
    id: "service-blueprint",
    name: ("Service blueprint", "نقشهٔ خدمت"),
    title: ("Getting a broken laptop repaired", "تعمیر یک لپ‌تاپ خراب"),
    persona: (
        "Leila, 31, freelancer on a deadline",
        "لیلا، ۳۱ ساله، آزادکار با مهلت کاری",
    ),
    stages: &[
        ("Book a repair", "رزرو تعمیر"),
        ("Drop off", "تحویل دستگاه"),
        ("Diagnosis", "عیب‌یابی"),
        ("Repair", "تعمیر"),
        ("Pick up", "تحویل گرفتن"),
    ],
    channels: &[
        (("Website", "وب‌سایت"), Website),
        (("Phone", "تلفن"), Phone),
        (("Service desk", "میز پذیرش"), Store),
        (("SMS", "پیامک"), Sms),
    ],
    examples: &[
        (
            0,
            0,
            ("Online team", "تیم آنلاین"),
            (
                "Show the next free slot and the price range",
                "نخستین نوبت آزاد و بازه‌ی هزینه را نشان بدهید",
            ),
            2,
            1,
        ),
        (
            2,
            1,
            ("Service desk", "میز پذیرش"),
            (
                "Call with the diagnosis and a fixed quote",
                "با نتیجه‌ی عیب‌یابی و قیمت قطعی تماس بگیرید",
            ),
            2,
            -1,
        ),
        (
            4,
            2,
            ("Service desk", "میز پذیرش"),
            (
                "Hand back the laptop tested, with the old part",
                "دستگاه آزموده را با قطعه‌ی قدیمی پس بدهید",
            ),
            2,
            1,
        ),
    ],
    others: &[(
        "Omid, 20, student on a budget",
        "امید، ۲۰ ساله، دانشجو با بودجه‌ی کم",
    )],
    lanes: &[
        LaneSpec {
            name: ("Customer actions", "کارهای مشتری"),
            kind: LaneKind::Text,
            below: false,
            texts: &[
                (0, ("Books a slot online", "نوبت را آنلاین می‌گیرد")),
                (
                    1,
                    (
                        "Brings the laptop to the desk",
                        "لپ‌تاپ را به میز پذیرش می‌آورد",
                    ),
                ),
                (2, ("Waits for a call", "منتظر تماس می‌ماند")),
                (3, ("Approves the quote", "قیمت را می‌پذیرد")),
                (4, ("Picks up and checks it", "می‌گیرد و امتحانش می‌کند")),
            ],
            emotions: &[],
        },
        LaneSpec {
            name: ("Emotion", "احساس"),
            kind: LaneKind::Emotion,
            below: false,
            texts: &[],
            emotions: &[
                (0, 0, 0),
                (1, 0, 0),
                (2, 0, -2),
                (3, 0, -1),
                (4, 0, 2),
                (0, 1, 1),
                (1, 1, 0),
                (2, 1, -1),
                (3, 1, -2),
                (4, 1, 1),
            ],
        },
        LaneSpec {
            name: ("Frontstage", "پیش‌صحنه"),
            kind: LaneKind::Text,
            below: true,
            texts: &[
                (
                    1,
                    (
                        "Desk staff log the fault with the customer",
                        "کارکنان پذیرش خرابی را با مشتری ثبت می‌کنند",
                    ),
                ),
                (
                    2,
                    (
                        "Technician calls with the diagnosis",
                        "تکنسین با نتیجه‌ی عیب‌یابی تماس می‌گیرد",
                    ),
                ),
            ],
            emotions: &[],
        },
        LaneSpec {
            name: ("Backstage", "پشت‌صحنه"),
            kind: LaneKind::Text,
            below: true,
            texts: &[
                (
                    2,
                    (
                        "Technician runs tests and orders parts",
                        "تکنسین آزمون می‌گیرد و قطعه سفارش می‌دهد",
                    ),
                ),
                (
                    3,
                    ("Repair and a 24-hour test run", "تعمیر و آزمون ۲۴ ساعته"),
                ),
            ],
            emotions: &[],
        },
        LaneSpec {
            name: ("Support processes", "فرایندهای پشتیبان"),
            kind: LaneKind::Text,
            below: true,
            texts: &[
                (
                    0,
                    (
                        "Booking system shows technician capacity",
                        "سامانه‌ی رزرو ظرفیت تکنسین‌ها را نشان می‌دهد",
                    ),
                ),
                (
                    2,
                    (
                        "Parts stock and supplier orders",
                        "انبار قطعه و سفارش به تأمین‌کننده",
                    ),
                ),
            ],
            emotions: &[],
        },
    ],
    lines: &[
        LineSpec {
            name: ("Line of interaction", "خط تعامل"),
            after_lane: 1,
        },
        LineSpec {
            name: ("Line of visibility", "خط دیدپذیری"),
            after_lane: 2,
        },
        LineSpec {
            name: ("Line of internal interaction", "خط تعامل درونی"),
            after_lane: 3,
        },
    ],
};

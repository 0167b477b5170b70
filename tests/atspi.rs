//! What a screen reader reads of the editor, through a real AT-SPI client
//! (Debian's pyatspi, as Orca uses) on a private X server and session bus.
//! Needs Xvfb, dbus-x11, at-spi2-core and python3-pyatspi; run with
//! `cargo test --features atspi --test atspi`.
#![cfg(feature = "atspi")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

#[derive(Debug, serde::Deserialize)]
struct Node {
    depth: usize,
    role: String,
    name: String,
}

/// One reader at a time: each test has its own X server and buses, but
/// the accessibility bus's launcher is not made for several at once.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The tree read from the editor open on `map`, in the `lang` locale.
fn tree(map: &str, lang: &str) -> Vec<Node> {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new("dbus-run-session")
        .arg("--")
        .arg(here.join("tests/atspi/run.sh"))
        .arg(env!("CARGO_BIN_EXE_journeymap"))
        .arg(here.join(map))
        .arg(lang)
        .output()
        .expect("dbus-run-session runs (package dbus)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "reading the tree failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
        .lines()
        .filter(|line| line.starts_with('{'))
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn with_role<'a>(nodes: &'a [Node], role: &str) -> Vec<&'a Node> {
    nodes.iter().filter(|n| n.role == role).collect()
}

#[test]
fn a_screen_reader_finds_the_shoe_store_as_a_table_of_named_cells() {
    let nodes = tree("samples/shoe-store.ron", "en_GB.UTF-8");
    let tables = with_role(&nodes, "table");
    assert_eq!(tables.len(), 1, "one table");
    assert!(tables[0].name.contains("First pair of running shoes"));

    // Six stages, six channels: every crossing, on screen or not (the
    // window shows four stages).
    let headers: Vec<&str> = with_role(&nodes, "column header")
        .iter()
        .map(|n| n.name.as_str())
        .collect();
    assert_eq!(
        headers,
        [
            "Stage Awareness",
            "Stage Consideration",
            "Stage Visit & try on",
            "Stage Purchase",
            "Stage After-sales",
            "Stage Loyalty & advocacy"
        ]
    );
    assert_eq!(with_role(&nodes, "row header").len(), 6);
    assert_eq!(
        with_role(&nodes, "table row").len(),
        7,
        "a header row and six"
    );
    let cells = with_role(&nodes, "table cell");
    assert_eq!(cells.len(), 36);

    // Each row reads its header, then its cells stage by stage.
    let row = nodes
        .iter()
        .position(|n| n.role == "table row" && n.name == "Phone")
        .unwrap();
    let in_row: Vec<&Node> = nodes[row + 1..]
        .iter()
        .take_while(|n| n.depth > nodes[row].depth)
        .filter(|n| n.depth == nodes[row].depth + 1)
        .collect();
    assert_eq!(in_row[0].name, "Channel Phone");
    assert!(in_row[1].name.starts_with("Cell Awareness × Phone:"));
    assert!(
        in_row[6]
            .name
            .starts_with("Cell Loyalty & advocacy × Phone:")
    );

    // A cell says who owns it and how it scores.
    let cell = cells
        .iter()
        .find(|c| c.name.starts_with("Cell Awareness × Instagram:"))
        .unwrap();
    assert!(
        cell.name.contains("owner Social media team"),
        "{}",
        cell.name
    );
    assert!(cell.name.contains("real +1 Positive"), "{}", cell.name);
    assert!(
        cell.name.contains("1 positive, 1 negative signal"),
        "{}",
        cell.name
    );
    // One far off screen too.
    let far = cells
        .iter()
        .find(|c| c.name.starts_with("Cell Loyalty & advocacy × SMS:"))
        .unwrap();
    assert!(far.name.contains("owner CRM team"), "{}", far.name);

    // Signals say which way they point.
    let signals: Vec<&Node> = nodes
        .iter()
        .filter(|n| n.name.contains("signal: "))
        .collect();
    assert!(signals.len() >= 10);
    assert!(
        signals
            .iter()
            .any(|s| s.name.starts_with("Positive signal: "))
    );
    assert!(
        signals
            .iter()
            .any(|s| s.name == "Negative signal: Ads repeat the same model every day")
    );

    // Every control has a name, egui's own scroll bars and panel edge too.
    let controls = [
        "push button",
        "toggle button",
        "combo box",
        "radio button",
        "check box",
        "entry",
        "scroll bar",
        "separator",
        "slider",
        "table cell",
        "column header",
        "row header",
    ];
    for node in nodes.iter().filter(|n| controls.contains(&n.role.as_str())) {
        assert!(
            !node.name.trim().is_empty(),
            "a {} without a name",
            node.role
        );
    }
    assert!(nodes.iter().any(|n| n.name == "Resize the panel"));

    // No control is named by a bare sign.
    for node in &nodes {
        let name = node.name.trim();
        assert!(
            !["+", "-", "−", "×", "…"].contains(&name),
            "{} named only {name:?}",
            node.role
        );
    }
}

#[test]
fn persian_and_english_reach_the_reader_in_reading_order() {
    let nodes = tree("samples/shoe-store.ron", "fa_IR.UTF-8");
    // An English map in the Persian interface: the English word inside
    // the Persian label is not reversed, as the shaper needs it.
    assert!(
        nodes
            .iter()
            .any(|n| n.role == "radio button" && n.name == "از متن نقشه (English)"),
        "{:?}",
        with_role(&nodes, "radio button")
    );
    assert!(nodes.iter().all(|n| !n.name.contains("hsilgnE")));
    let cell = nodes
        .iter()
        .find(|n| n.role == "table cell" && n.name.starts_with("خانهٔ Awareness × Instagram"))
        .unwrap();
    assert!(
        cell.name.contains("مسئول Social media team"),
        "{}",
        cell.name
    );
}

//! The desktop integration (`assets/linux/`): the file type's rule knows
//! every map Journeymap writes and no other RON file, and the desktop entry
//! launches the binary and matches its window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use journeymap::export;
use journeymap::format::Format;
use journeymap::i18n::Lang;
use journeymap::model::{Project, Stage};

/// A `<match type="string">` of shared-mime-info: `value` starting at any
/// offset in `start..=end`, and, when it has inner matches, one of them too.
#[derive(Debug)]
struct Match {
    value: String,
    start: usize,
    end: usize,
    inner: Vec<Match>,
}

impl Match {
    fn matches(&self, bytes: &[u8]) -> bool {
        let value = self.value.as_bytes();
        let here =
            (self.start..=self.end).any(|at| bytes[at.min(bytes.len())..].starts_with(value));
        here && (self.inner.is_empty() || self.inner.iter().any(|m| m.matches(bytes)))
    }
}

fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let start = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    let len = tag[start..].find('"').expect("closing quote");
    &tag[start..start + len]
}

/// An attribute's value with XML's entities read.
fn value(tag: &str, name: &str) -> String {
    attribute(tag, name)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Each installed MIME type with its `<match>` rules, read from the XML.
fn types() -> Vec<(String, Vec<Match>)> {
    let xml = std::fs::read_to_string("assets/linux/journeymap-mime.xml").expect("MIME XML");
    let mut types = Vec::new();
    let mut stack: Vec<Vec<Match>> = Vec::new();
    for line in xml.lines().map(str::trim) {
        if line.starts_with("<mime-type ") {
            types.push((attribute(line, "type").to_owned(), Vec::new()));
            stack = vec![Vec::new()];
        } else if line.starts_with("<match") {
            assert_eq!(attribute(line, "type"), "string", "{line}");
            let offset = attribute(line, "offset");
            let (start, end) = offset.split_once(':').unwrap_or((offset, offset));
            let rule = Match {
                value: value(line, "value"),
                start: start.parse().expect("start"),
                end: end.parse().expect("end"),
                inner: Vec::new(),
            };
            if line.ends_with("/>") {
                stack.last_mut().expect("open").push(rule);
            } else {
                stack.push(vec![rule]);
            }
        } else if line.starts_with("</match>") {
            let mut level = stack.pop().expect("a match open");
            let mut outer = level.remove(0);
            outer.inner = level;
            stack.last_mut().expect("open").push(outer);
        } else if line.starts_with("</mime-type>") {
            let rules = stack.pop().expect("top level");
            assert!(!rules.is_empty(), "{line}");
            types.last_mut().expect("a type").1 = rules;
        }
    }
    types
}

/// The types whose rules match `bytes`.
fn matching(types: &[(String, Vec<Match>)], bytes: &[u8]) -> Vec<String> {
    types
        .iter()
        .filter(|(_, rules)| rules.iter().any(|m| m.matches(bytes)))
        .map(|(name, _)| name.clone())
        .collect()
}

fn rules() -> Vec<Match> {
    types()
        .into_iter()
        .find(|(name, _)| name == "application/x-journeymap")
        .expect("the map type")
        .1
}

fn is_map(rules: &[Match], text: &str) -> bool {
    rules.iter().any(|m| m.matches(text.as_bytes()))
}

fn written(project: &Project) -> String {
    journeymap::file::to_string(project).expect("serialises")
}

#[test]
fn every_map_journeymap_writes_is_recognised_as_a_journey_map() {
    let rules = rules();
    for (name, text) in journeymap::samples::ALL {
        assert!(is_map(&rules, text), "sample {name}");
    }
    for template in &journeymap::templates::ALL {
        for lang in [Lang::En, Lang::Fa] {
            let text = written(&template.project(lang));
            assert!(
                is_map(&rules, &text),
                "template {} in {lang:?}",
                template.id
            );
        }
    }
    // A new map once it has a stage (File → New saves only a title until
    // then), and maps whose personas push the stages far down.
    let mut new = Project::default();
    new.title = "Untitled journey".to_owned();
    new.stages.push(Stage::new("Awareness"));
    assert!(is_map(&rules, &written(&new)), "a new map with a stage");
    let mut crowded = journeymap::samples::generated_with_lanes(10, 8, 8, 10);
    crowded.title = "A long title ".repeat(20);
    for persona in &mut crowded.personas {
        persona.description = "Who she is, what she wants, what she fears. ".repeat(30);
    }
    let text = written(&crowded);
    assert!(
        text.find("stages:").expect("stages") > 4096,
        "the case this checks"
    );
    assert!(
        is_map(&rules, &text),
        "eight personas with long descriptions"
    );
    let mut alone = journeymap::samples::default_project();
    alone.personas[0].description = "A long description. ".repeat(300);
    assert!(
        is_map(&rules, &written(&alone)),
        "one persona with a long description"
    );
}

#[test]
fn other_programs_ron_files_are_not_journey_maps() {
    let rules = rules();
    let others = [
        // A Bevy scene.
        "(\n  resources: {},\n  entities: {\n    0: (\n      components: {\n        \"bevy_transform::components::transform::Transform\": (\n          translation: (x: 0.0, y: 0.0, z: 0.0),\n        ),\n      },\n    ),\n  },\n)\n",
        // A texture description that has a `format:` but no stages.
        "(\n    format: \"rgba8\",\n    width: 64,\n    height: 64,\n)\n",
        // A game's level with stages but no format.
        "(\n    name: \"Level 1\",\n    stages: [\"intro\", \"boss\"],\n)\n",
        "",
    ];
    for text in others {
        assert!(!is_map(&rules, text), "{text}");
    }
}

fn entry(key: &str) -> String {
    let desktop = std::fs::read_to_string("assets/linux/journeymap.desktop").expect("entry");
    desktop
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key} in the desktop entry"))
        .to_owned()
}

#[test]
fn the_desktop_entry_runs_the_binary_and_matches_its_window() {
    let binary = Path::new(env!("CARGO_BIN_EXE_journeymap"));
    let binary = binary.file_name().expect("a name").to_str().expect("UTF-8");
    assert_eq!(entry("Exec"), format!("{binary} %f"));
    // Wayland matches a window to `<app_id>.desktop`, X11 to StartupWMClass.
    assert!(Path::new(&format!("assets/linux/{}.desktop", journeymap::ui::APP_ID)).exists());
    assert_eq!(entry("StartupWMClass"), journeymap::ui::APP_ID);
    let xml = std::fs::read_to_string("assets/linux/journeymap-mime.xml").expect("MIME XML");
    let names: Vec<String> = types()
        .into_iter()
        .map(|(name, _)| format!("{name};"))
        .collect();
    assert_eq!(entry("MimeType"), names.concat());
    assert!(xml.contains("<mime-type type=\"application/x-journeymap\">"));
}

#[test]
fn the_icon_is_there_at_every_size_the_package_installs() {
    let icon = entry("Icon");
    let manifest = std::fs::read_to_string("Cargo.toml").expect("manifest");
    let mut sizes = 0;
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let path = format!("assets/icons/hicolor/{size}x{size}/apps/{icon}.png");
        assert!(
            manifest.contains(&format!("[\"{path}\"")),
            "{path} is not in the package"
        );
        let image = image::open(&path).expect(&path);
        assert_eq!((image.width(), image.height()), (size, size), "{path}");
        sizes += 1;
    }
    assert_eq!(sizes, 8);
    assert!(Path::new(&format!("assets/icons/{icon}.svg")).exists());
}

#[test]
fn the_metainfo_names_the_entry_and_this_release() {
    let xml = std::fs::read_to_string("assets/linux/journeymap.metainfo.xml").expect("metainfo");
    assert!(xml.contains("<launchable type=\"desktop-id\">journeymap.desktop</launchable>"));
    let release = &xml[xml.find("<release ").expect("a release")..];
    assert_eq!(
        attribute(release, "version"),
        env!("CARGO_PKG_VERSION"),
        "the newest release is this version"
    );
}

#[test]
fn images_that_carry_their_map_are_journey_map_images_and_others_stay_images() {
    let types = types();
    let project = journeymap::samples::default_project();
    for (format, kind) in [
        (Format::Png, "image/x-journeymap-png"),
        (Format::Svg, "image/x-journeymap-svg"),
    ] {
        let with = export::bytes(&project, &export::Options::default(), format).unwrap();
        // Only the image type: an SVG holds the map's text, but is no map.
        assert_eq!(matching(&types, &with), [kind], "{format:?}");
        let options = export::Options {
            embed: false,
            ..Default::default()
        };
        let without = export::bytes(&project, &options, format).unwrap();
        assert!(
            matching(&types, &without).is_empty(),
            "{format:?} without its map"
        );
    }
}

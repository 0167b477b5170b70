//! `diff`, `merge` and `git-setup`: maps in git.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::Project;
use crate::text::terminal_safe;
use crate::{errln, file, out, outln};

/// A map to compare; git passes `/dev/null` for a file that does not exist on one side.
fn load_or_empty(path: &Path) -> Result<Project, file::FileError> {
    if path == Path::new("/dev/null") {
        return Ok(Project::default());
    }
    file::load(path)
}

/// A version's bytes, empty for `/dev/null`.
fn bytes_or_empty(path: &Path) -> Result<Vec<u8>, file::FileError> {
    if path == Path::new("/dev/null") {
        return Ok(Vec::new());
    }
    file::read(path)
}

/// `journeymap diff`: two maps, git's seven external-diff arguments, or
/// `--textconv FILE`.
pub fn diff(files: &[PathBuf], json: bool, textconv: bool) -> ExitCode {
    match (files, textconv) {
        ([file], true) => textconv_listing(file),
        ([old, new], false) => match (load_or_empty(old), load_or_empty(new)) {
            (Ok(old), Ok(new)) => print_changes(&old, &new, json, false),
            (Err(e), _) | (_, Err(e)) => {
                errln!("{e}");
                ExitCode::from(2)
            }
        },
        ([path, old, _, _, new, _, _], false) => {
            outln!("journeymap diff {}", path.display());
            match (load_or_empty(old), load_or_empty(new)) {
                (Ok(old), Ok(new)) => print_changes(&old, &new, json, true),
                (old_map, new_map) => {
                    // Say what is wrong, show the lines, and let git go on
                    // (a non-zero exit would stop `git log -p` here).
                    for (which, result) in [("old", old_map.err()), ("new", new_map.err())] {
                        if let Some(e) = result {
                            outln!(
                                "the {which} version cannot be read as a map, so its lines are compared: {}",
                                terminal_safe(&e.naming(path).to_string())
                            );
                        }
                    }
                    line_diff(old, new);
                    ExitCode::SUCCESS
                }
            }
        }
        _ => {
            errln!(
                "journeymap diff: give OLD and NEW, or --textconv FILE, or git's seven external-diff arguments"
            );
            ExitCode::from(2)
        }
    }
}

fn print_changes(old: &Project, new: &Project, json: bool, for_git: bool) -> ExitCode {
    let changes = crate::diff::diff(old, new);
    if json {
        match serde_json::to_string_pretty(&changes) {
            Ok(text) => outln!("{text}"),
            Err(e) => {
                errln!("journeymap diff: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        for change in &changes {
            outln!("{}", terminal_safe(&change.to_string()));
        }
    }
    // git takes a non-zero exit from an external diff as a failure.
    if changes.is_empty() || for_git {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A map's content as changes from an empty map, for git's textconv; a
/// version that is not a map is shown as its own text, after a line
/// saying why.
fn textconv_listing(path: &Path) -> ExitCode {
    match file::load(path) {
        Ok(project) => print_changes(&Project::default(), &project, false, true),
        Err(e) => {
            outln!(
                "this version cannot be read as a map: {}",
                terminal_safe(&e.to_string())
            );
            match file::read(path) {
                Ok(bytes) => out!("{}", terminal_safe(&String::from_utf8_lossy(&bytes))),
                Err(e) => outln!("{}", terminal_safe(&e.to_string())),
            }
            ExitCode::SUCCESS
        }
    }
}

/// A unified diff of two versions' lines.
fn line_diff(old: &Path, new: &Path) {
    match (bytes_or_empty(old), bytes_or_empty(new)) {
        (Ok(old), Ok(new)) => {
            let patch = diffy::create_patch_bytes(&old, &new);
            out!(
                "{}",
                terminal_safe(&String::from_utf8_lossy(&patch.to_bytes()))
            );
        }
        (Err(e), _) | (_, Err(e)) => outln!("{}", terminal_safe(&e.to_string())),
    }
}

/// `journeymap merge BASE OURS THEIRS -o OUT`: a three-way merge by ids.
/// `name` is the map's own path (git's `%P`), for messages. OUT may be one
/// of the inputs (git's driver writes over ours); any other existing file
/// is replaced only with `force`.
pub fn merge(
    [base, ours, theirs]: [&Path; 3],
    output: &Path,
    name: Option<&Path>,
    force: bool,
) -> ExitCode {
    let shown = name.unwrap_or(output);
    if let Err(e) = file::check_map_output(output, &[base, ours, theirs], force) {
        match e {
            file::FileError::Exists { .. } => errln!("{e} (use --force to replace it)"),
            e => errln!("{e}"),
        }
        return ExitCode::from(2);
    }
    // git's base for a map added on both branches is an empty file.
    let empty_base = std::fs::metadata(base).is_ok_and(|m| m.len() == 0);
    let base = if empty_base {
        Path::new("/dev/null")
    } else {
        base
    };
    let side_name = |side: &str, path: &Path| match name {
        Some(name) => PathBuf::from(format!("{} ({side})", name.display())),
        None => path.to_owned(),
    };
    let loaded = [
        ("common ancestor", base),
        ("ours", ours),
        ("theirs", theirs),
    ]
    .map(|(side, path)| load_or_empty(path).map_err(|e| e.naming(&side_name(side, path))));
    let [Ok(b), Ok(o), Ok(t)] = &loaded else {
        for e in loaded.iter().filter_map(|r| r.as_ref().err()) {
            errln!("{e}");
        }
        return line_merge([base, ours, theirs], output, shown);
    };
    let merged = match crate::merge::merge(b, o, t) {
        Ok(merged) => merged,
        Err(e) => {
            errln!(
                "{}: the merged map would be invalid ({e}); nothing written",
                shown.display()
            );
            return ExitCode::from(2);
        }
    };
    match file::save(output, &merged, None) {
        Ok(written) => super::say_recovered(shown, written.recovered.as_ref()),
        Err(e) => {
            errln!("{}", e.naming(shown));
            return ExitCode::from(2);
        }
    }
    if merged.conflicts.is_empty() {
        return ExitCode::SUCCESS;
    }
    errln!(
        "{}: {} conflict{} kept ours; open the map in Journeymap to choose, or edit its `conflicts` list:",
        shown.display(),
        merged.conflicts.len(),
        if merged.conflicts.len() == 1 { "" } else { "s" }
    );
    for c in &merged.conflicts {
        errln!(
            "  {}: ours {}, theirs {}",
            terminal_safe(&c.place(&merged)),
            terminal_safe(&c.shown(&merged, &c.ours)),
            terminal_safe(&c.shown(&merged, &c.theirs))
        );
    }
    ExitCode::FAILURE
}

/// When a version cannot be read as a map: a merge of lines, with git's
/// conflict markers where both sides changed the same lines, so that git
/// sees a conflict, nothing of either side is lost, and `check` refuses
/// the file until someone has fixed it.
fn line_merge([base, ours, theirs]: [&Path; 3], output: &Path, shown: &Path) -> ExitCode {
    let read = [base, ours, theirs].map(bytes_or_empty);
    let [Ok(b), Ok(o), Ok(t)] = &read else {
        for e in read.iter().filter_map(|r| r.as_ref().err()) {
            errln!("{e}");
        }
        errln!("{}: nothing written", shown.display());
        return ExitCode::from(2);
    };
    let text = diffy::merge_bytes(b, o, t).unwrap_or_else(|conflicted| conflicted);
    match file::write(output, &text, None) {
        Ok(_) => {
            errln!(
                "{}: merged line by line instead, with conflict markers where both sides changed the same lines; \
                 fix the file by hand (`journeymap check` tells when it is a map again), then commit it",
                shown.display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            errln!("{}", e.naming(shown));
            ExitCode::from(2)
        }
    }
}

/// The attributes line that routes maps through Journeymap.
const GIT_ATTRIBUTES: &str = "*.ron diff=journeymap merge=journeymap";

/// `journeymap git-setup`: the drivers in git's config, and the line in
/// `.gitattributes`, added to what is there, whatever its bytes.
pub fn git_setup() -> ExitCode {
    let git = |args: &[&str]| std::process::Command::new("git").args(args).output();
    let root = match git(&["rev-parse", "--show-toplevel"]) {
        Ok(out) if out.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_owned())
        }
        Ok(out) => {
            errln!(
                "journeymap git-setup: not inside a git repository ({})",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            errln!(
                "journeymap git-setup: cannot run git: {}",
                file::io_words(&e)
            );
            return ExitCode::FAILURE;
        }
    };
    let attributes = root.join(".gitattributes");
    let existing = match file::read_limited(&attributes, 1024 * 1024) {
        Ok(bytes) => bytes,
        Err(file::FileError::Read { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            Vec::new()
        }
        Err(e) => {
            errln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if existing.starts_with(b"\xff\xfe") || existing.starts_with(b"\xfe\xff") {
        errln!(
            "{}: not changed: it is UTF-16 text, which git does not read. Save it as UTF-8, then run `journeymap git-setup` again",
            attributes.display()
        );
        return ExitCode::FAILURE;
    }
    // The running program, so the setup works without it on PATH.
    let program = std::env::current_exe()
        .ok()
        .and_then(|p| {
            p.to_str()
                .map(|p| format!("'{}'", p.replace('\'', "'\\''")))
        })
        .unwrap_or_else(|| "journeymap".to_owned());
    let settings = [
        ("diff.journeymap.command", format!("{program} diff")),
        ("merge.journeymap.name", "Journeymap map merge".to_owned()),
        (
            "merge.journeymap.driver",
            format!("{program} merge %O %A %B -o %A --name %P"),
        ),
    ];
    for (key, value) in &settings {
        match git(&["config", key, value]) {
            Ok(out) if out.status.success() => outln!("git config {key} \"{value}\""),
            Ok(out) => {
                errln!(
                    "journeymap git-setup: `git config {key}` failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                return ExitCode::FAILURE;
            }
            Err(e) => {
                errln!(
                    "journeymap git-setup: cannot run git: {}",
                    file::io_words(&e)
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let present = existing
        .split(|b| *b == b'\n')
        .any(|line| line.trim_ascii() == GIT_ATTRIBUTES.as_bytes());
    if !present {
        let mut bytes = existing;
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.push(b'\n');
        }
        bytes.extend_from_slice(GIT_ATTRIBUTES.as_bytes());
        bytes.push(b'\n');
        if let Err(e) = file::write(&attributes, &bytes, None) {
            errln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    outln!("{}: {GIT_ATTRIBUTES}", attributes.display());
    ExitCode::SUCCESS
}

//! Any bytes either load or give an error (never a panic, hang or runaway
//! memory), and whatever loads saves and reloads unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = journeymap::file::parse_bytes(data) {
        let text = journeymap::file::to_string(&project).unwrap();
        let again = journeymap::file::parse(&text).expect("a saved project loads");
        assert_eq!(again, project, "save -> load changed the project");
        assert_eq!(journeymap::file::to_string(&again).unwrap(), text, "saving is not stable");
    }
});

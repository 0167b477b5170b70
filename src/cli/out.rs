//! Standard output and error for the commands. Nothing panics on an output
//! error: a closed pipe (`| head -1`, a pager that quits) ends the output
//! quietly, as other command-line tools do, and a failing device (`/dev/full`)
//! is reported once, when the command ends, with exit status 1.

use std::io::{self, Write as _};
use std::process::ExitCode;
use std::sync::Mutex;

/// What went wrong with standard output, if anything.
static STDOUT: Mutex<State> = Mutex::new(State::Open);

#[derive(Debug)]
enum State {
    Open,
    /// The reader went away: nothing more is written, and that is no error.
    Closed,
    /// Writing failed otherwise; the error is reported at the end.
    Failed(io::Error),
}

fn state() -> std::sync::MutexGuard<'static, State> {
    STDOUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Writes `bytes` to standard output, unless it is already closed or failed.
pub fn stdout_bytes(bytes: &[u8]) {
    let mut state = state();
    if !matches!(*state, State::Open) {
        return;
    }
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        *state = if e.kind() == io::ErrorKind::BrokenPipe {
            State::Closed
        } else {
            State::Failed(e)
        };
    }
}

/// One line on standard output (see [`outln!`](crate::outln)).
pub fn line(args: std::fmt::Arguments<'_>) {
    let mut text = args.to_string();
    text.push('\n');
    stdout_bytes(text.as_bytes());
}

/// Text on standard output, without a line end added.
pub fn text(args: std::fmt::Arguments<'_>) {
    stdout_bytes(args.to_string().as_bytes());
}

/// One line on standard error; if even that fails there is no one to tell.
pub fn error_line(args: std::fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err
        .write_fmt(args)
        .and_then(|()| err.write_all(b"\n"))
        .and_then(|()| err.flush());
}

/// The command's exit status, once its output is flushed: a failed
/// standard output turns success into exit status 1, with a message.
pub fn finish(code: ExitCode) -> ExitCode {
    let mut state = state();
    if matches!(*state, State::Open)
        && let Err(e) = io::stdout().lock().flush()
    {
        *state = if e.kind() == io::ErrorKind::BrokenPipe {
            State::Closed
        } else {
            State::Failed(e)
        };
    }
    match &*state {
        State::Failed(e) => {
            error_line(format_args!(
                "journeymap: cannot write to standard output: {}",
                crate::file::io_words(e)
            ));
            ExitCode::FAILURE
        }
        State::Open | State::Closed => code,
    }
}

/// `println!` that never panics: see the module's documentation.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::out::line(format_args!($($arg)*)) };
}

/// `print!` that never panics.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::out::text(format_args!($($arg)*)) };
}

/// `eprintln!` that never panics.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::out::error_line(format_args!($($arg)*)) };
}

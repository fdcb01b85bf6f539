//! `cargo xtask …` (aliased in `.cargo/config.toml`); see `xtask/README.md`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = xtask::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(code)
}

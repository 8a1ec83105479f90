//! The app's code in parts. Trunk builds the wasm whole; this step splits
//! cargo's wasm (linked with its relocations, `build.rs`) at the app's split
//! points (`src/later.rs`) with `wasm_split_cli_support`, runs wasm-bindgen
//! on the main part (keeping the exports the parts import) and, in a release
//! build, wasm-opt on every part, and puts the results in place of Trunk's
//! JavaScript and wasm: each file named by its content, the page's
//! references and integrity hashes rewritten. The parts' loader is not
//! preloaded: it imports the main script, which imports it, and Chromium
//! preloading one module of that cycle left the page's start-up waiting for
//! good now and then; fetched as the main script's import, it arrives
//! while the wasm still downloads. Trunk's own wasm-opt is off
//! (`index.html`), as this step optimises each part.

use base64::Engine;
use sha2::{Digest, Sha384};
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The name Trunk gives the app's script and wasm (`explorer-<hash>.js`).
const STEM: &str = "explorer";
/// What the main part imports the parts' loader as, and the loader the main part as.
const LOADER_IMPORT: &str = "./__wasm_split.js";
const MAIN_IMPORT: &str = "./main.js";
/// wasm-opt's settings for every part: smallest code, the features the
/// browsers the explorer supports have.
pub const WASM_OPT: &[&str] = &[
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// cargo's wasm for a Trunk build of `profile` ("release" or "debug"):
/// under `$CARGO_TARGET_DIR`, or the `target` folder of `source`.
pub fn artifact(source: &Path, profile: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| source.join("target"), PathBuf::from);
    target.join("wasm32-unknown-unknown").join(profile).join(format!("{STEM}.wasm"))
}

/// Splits `wasm` (cargo's) into the site in place of Trunk's whole script
/// and wasm, optimising each part when `optimise`; rewrites `index.html`'s text `html`.
pub fn split(site: &Path, wasm: &Path, optimise: bool, html: &str) -> io::Result<String> {
    let (trunk_script, trunk_wasm) = trunk_files(site)?;
    let work = site.join(".code-split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let input = std::fs::read(wasm).map_err(|e| with_path(e, wasm))?;
    let main_in = work.join("main.wasm");
    let split = {
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &work;
        options.main_out_path = &main_in;
        options.link_name = LOADER_IMPORT;
        options.main_module = MAIN_IMPORT;
        wasm_split_cli_support::transform(options).map_err(|e| tool_failed("splitting the wasm", e))?
    };
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", STEM, "--out-dir"])
        .arg(&work)
        .arg(&main_in))?;
    let main_wasm = work.join(format!("{STEM}_bg.wasm"));
    let mut wasm_parts = vec![main_wasm.clone()];
    wasm_parts.extend(split.split_modules.iter().cloned());
    if optimise {
        for part in &wasm_parts {
            run(Command::new("wasm-opt").args(WASM_OPT).arg(part).arg("-o").arg(part))?;
        }
    }
    let mut loader = std::fs::read_to_string(work.join(LOADER_IMPORT))?;
    for part in &split.split_modules {
        let written = part.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let bytes = std::fs::read(part)?;
        let name = content_named(written.trim_end_matches(".wasm"), ".wasm", &bytes);
        std::fs::write(site.join(&name), &bytes)?;
        loader = loader.replace(&format!("\"./{written}\""), &format!("\"./{name}\""));
    }
    let main_bytes = std::fs::read(&main_wasm)?;
    let main = content_named(STEM, "_bg.wasm", &main_bytes);
    let script = std::fs::read_to_string(work.join(format!("{STEM}.js")))?;
    // The script and the loader import each other: they share one name, from both.
    let pair = &crate::service_worker::sha256(format!("{script}{loader}").as_bytes())[..16];
    let (script_name, loader_name) = (format!("{STEM}-{pair}.js"), format!("{STEM}-parts-{pair}.js"));
    // Only the import statements: the wasm's imports keep the loader's first name.
    let script = script.replace(&format!("from \"{LOADER_IMPORT}\""), &format!("from \"./{loader_name}\""));
    let loader = loader.replace(&format!("from \"{MAIN_IMPORT}\""), &format!("from \"./{script_name}\""));
    std::fs::write(site.join(&main), &main_bytes)?;
    std::fs::write(site.join(&script_name), &script)?;
    std::fs::write(site.join(&loader_name), &loader)?;

    let mut html = html.to_owned();
    for (old, new, bytes) in
        [(&trunk_script, &script_name, script.as_bytes()), (&trunk_wasm, &main, &main_bytes)]
    {
        let old_bytes = std::fs::read(site.join(old))?;
        html = html.replace(old.as_str(), new).replace(&integrity(&old_bytes), &integrity(bytes));
        std::fs::remove_file(site.join(old))?;
    }
    std::fs::remove_dir_all(&work)?;
    Ok(html)
}

/// Trunk's script and wasm in the site: `explorer-<hash>.js` and `explorer-<hash>_bg.wasm`.
fn trunk_files(site: &Path) -> io::Result<(String, String)> {
    let (mut script, mut wasm) = (None, None);
    for entry in std::fs::read_dir(site)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&format!("{STEM}-")) {
            continue;
        }
        if name.ends_with("_bg.wasm") {
            wasm = Some(name);
        } else if name.ends_with(".js") {
            script = Some(name);
        }
    }
    script.zip(wasm).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            format!("Trunk wrote no {STEM}-<hash>.js and {STEM}-<hash>_bg.wasm"),
        )
    })
}

/// `<stem>-<16 hex digits of the content's SHA-256><suffix>`.
fn content_named(stem: &str, suffix: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}{suffix}", &crate::service_worker::sha256(bytes)[..16])
}

/// A Subresource Integrity value, as Trunk writes it.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn run(command: &mut Command) -> io::Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command.output().map_err(|e| {
        io::Error::new(e.kind(), format!("{program} could not be run ({e}); scripts/setup.sh installs it"))
    })?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(io::Error::other(format!("{program} failed: {}", stderr.trim())))
}

fn tool_failed(doing: &str, error: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("{doing}: {error}"))
}

fn with_path(error: io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error} (Trunk builds it first)", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_content_as_the_worker_recognises_them() {
        let name = content_named(STEM, "_bg.wasm", b"one");
        assert!(crate::service_worker::is_content_named(&name), "{name}");
        assert_ne!(name, content_named(STEM, "_bg.wasm", b"two"));
    }

    #[test]
    fn integrity_is_the_sha384_browsers_check() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}

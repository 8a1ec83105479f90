//! Precompressed copies of the built files (`app.wasm.gz`, `app.wasm.br`
//! beside `app.wasm`), for static hosts and CDNs that send a file's
//! precompressed copy when the browser accepts its encoding (nginx's
//! `gzip_static` and `brotli_static`, Caddy's `precompressed`, Netlify,
//! Cloudflare Pages) instead of compressing on every request, or not at all.

use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The endings of the precompressed copies; these are never compressed again
/// nor listed among the site's files.
pub const ENDINGS: [&str; 2] = [".gz", ".br"];

/// The kinds of file that compress: text and WebAssembly. Images and fonts
/// are compressed already.
const COMPRESSIBLE: [&str; 8] = [".html", ".js", ".wasm", ".css", ".json", ".svg", ".webmanifest", ".txt"];

/// Below this size a copy saves less than the request's own headers.
const SMALLEST: usize = 1024;

/// Whether a file of the site has a precompressed copy (or is one).
pub fn is_copy(name: &str) -> bool {
    ENDINGS.iter().any(|ending| name.ends_with(ending))
}

/// Writes `<file>.gz` (gzip, level 9) and `<file>.br` (Brotli, quality 11)
/// beside each compressible file of `files` in `site` that is large enough,
/// keeping a copy only when it is smaller than the file. Files are taken in
/// turn by one thread per core: at thousands of documents this is most of
/// the build's time.
pub fn write_copies(site: &Path, files: &[String]) -> io::Result<()> {
    let compressible: Vec<&String> =
        files.iter().filter(|name| COMPRESSIBLE.iter().any(|ending| name.ends_with(ending))).collect();
    let next = AtomicUsize::new(0);
    let work = || -> io::Result<()> {
        while let Some(name) = compressible.get(next.fetch_add(1, Ordering::Relaxed)) {
            write_copies_of(site, name)?;
        }
        Ok(())
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        workers.into_iter().try_for_each(|worker| worker.join().expect("compressing a file panicked"))
    })
}

/// Writes the compressed copies of one file, as `write_copies` describes.
fn write_copies_of(site: &Path, name: &str) -> io::Result<()> {
    let path = site.join(name);
    let bytes = std::fs::read(&path)?;
    if bytes.len() < SMALLEST {
        return Ok(());
    }
    for (ending, copy) in [(".gz", gzip(&bytes)?), (".br", brotli(&bytes)?)] {
        if copy.len() < bytes.len() {
            std::fs::write(site.join(format!("{name}{ending}")), copy)?;
        }
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn brotli(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn each_copy_decompresses_to_its_file_and_small_or_binary_files_have_none() {
        let site = tempfile::tempdir().unwrap();
        let script = "const words = 'the quick brown fox jumps over the lazy dog';\n".repeat(100);
        std::fs::write(site.path().join("app.js"), &script).unwrap();
        std::fs::write(site.path().join("tiny.css"), "body{}").unwrap();
        std::fs::write(site.path().join("icon.png"), script.as_bytes()).unwrap();
        let files = ["app.js", "icon.png", "tiny.css"].map(String::from);
        write_copies(site.path(), &files).unwrap();

        let mut from_gzip = String::new();
        let gz = std::fs::read(site.path().join("app.js.gz")).unwrap();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut from_gzip).unwrap();
        assert_eq!(from_gzip, script);
        let mut from_brotli = String::new();
        let br = std::fs::read(site.path().join("app.js.br")).unwrap();
        brotli::Decompressor::new(&br[..], 4096).read_to_string(&mut from_brotli).unwrap();
        assert_eq!(from_brotli, script);
        assert!(br.len() < script.len() / 10, "{} bytes of Brotli for {}", br.len(), script.len());

        for absent in ["tiny.css.gz", "tiny.css.br", "icon.png.gz", "icon.png.br"] {
            assert!(!site.path().join(absent).exists(), "{absent} was written");
        }
        assert!(is_copy("app.js.br") && is_copy("app.js.gz") && !is_copy("app.js"));
    }
}

//! The browser's entry point: Trunk builds this binary to WebAssembly.

fn main() {
    explorer::start();
}

//! Imports GOV.UK and committees.parliament.uk documents into the corpus
//! sources (`corpus/documents/<id>.md`), every metadata value confirmed by
//! the address it came from; `scripts/import.sh` runs the `import` binary.
//!
//! An address ([`address`]) is fetched ([`fetch`]) or read from a saved
//! copy, read ([`govuk`], [`parliament`], through [`html_text`]) into a
//! [`fetched::Fetched`] document, mapped to the taxonomy ([`mapping`],
//! [`government`], [`entries`]), rendered in the corpus format
//! ([`render`]), checked by compiling it with `corpus_compiler`, and
//! written ([`import`]) only when it is new, or changed and asked for
//! ([`corpus`], [`diff`]). [`run()`] imports many, with progress ([`bulk`]).

pub mod address;
pub mod bulk;
pub mod cli;
pub mod corpus;
pub mod diff;
pub mod entries;
pub mod fetch;
pub mod fetched;
pub mod government;
pub mod govuk;
pub mod html_text;
pub mod import;
pub mod mapping;
pub mod parliament;
pub mod render;
pub mod run;

pub use cli::Options;
pub use run::{run, Summary};

//! Generates the typed client from `spec/samsara.json` into `$OUT_DIR/samsara.rs`
//! (see the `samsara-codegen` crate). Nothing else happens here.

const SPEC: &str = "spec/samsara.json";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    let text = std::fs::read_to_string(SPEC)
        .unwrap_or_else(|e| panic!("\n\nsamsara codegen: cannot read {SPEC}: {e}\n"));
    let code = samsara_codegen::generate(SPEC, &text)
        .unwrap_or_else(|e| panic!("\n\nsamsara codegen: {e}\n"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("samsara.rs");
    std::fs::write(&out, code)
        .unwrap_or_else(|e| panic!("\n\nsamsara codegen: cannot write {}: {e}\n", out.display()));
}

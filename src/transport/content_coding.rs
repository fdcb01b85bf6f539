//! Content codings ([RFC 9110 §8.4](https://www.rfc-editor.org/rfc/rfc9110#section-8.4)):
//! what the client asks for in `Accept-Encoding`, and how a body is decoded
//! from what its `Content-Encoding` says.
//!
//! The client decodes bodies itself rather than through reqwest, so that it
//! decodes what HTTP allows and not only what one decompressor expects:
//! coding names in any case (`GZIP`), `x-gzip` as gzip, a gzip body of
//! several members, codings stacked in one header line or over several,
//! `deflate` as zlib or raw; so that a body cut short is told apart from
//! one that is not compressed data at all; and so that the decompressed
//! size is capped (`ClientBuilder::max_body_size`) whatever the coding.
//! Samsara serves gzip (see `BENCHMARKS.md`, "Compression").

use std::io::{self, Read};

use reqwest::header::{CONTENT_ENCODING, HeaderMap};

/// What the client sends as `Accept-Encoding` when compression is on: the
/// codings it decodes best, zstd first (fastest to decompress), then gzip
/// (what Samsara serves), then br. `deflate` is decoded when it comes but
/// not asked for: servers have disagreed on its format (zlib or raw).
pub(crate) const ACCEPT_ENCODING: &str = "zstd, gzip, br";

/// The codings [`decode`] knows, as an error message lists them.
const KNOWN: &str = "gzip (x-gzip), deflate, br and zstd";

/// The largest zstd window the client accepts, as a power of two: 8 MiB,
/// the limit RFC 9659 sets for HTTP's `zstd` coding, so a frame cannot make
/// the decoder allocate more than that for its window.
const ZSTD_WINDOW_LOG_MAX: u32 = 23;

/// Why a body could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum CodingError {
    /// More than the limit, in bytes decoded.
    TooLarge,
    /// Not data of the coding its `Content-Encoding` names, or a coding the
    /// client does not know: the message says which.
    Invalid(String),
    /// Compressed data that stops before its end: the body was cut short
    /// (by a connection closed early), so the same request may get it whole.
    Truncated(String),
}

/// The codings `headers` say were applied to the body, in the order they
/// were applied, lower-cased, without `identity`: every `Content-Encoding`
/// line, each a comma-separated list.
pub(crate) fn codings(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(CONTENT_ENCODING)
        .iter()
        .flat_map(|value| value.as_bytes().split(|&b| b == b','))
        .map(|coding| String::from_utf8_lossy(coding).trim().to_ascii_lowercase())
        .filter(|coding| !coding.is_empty() && coding != "identity")
        .collect()
}

/// Decodes `body` from `codings` (as [`codings`] lists them), the last
/// applied first, into at most `limit` bytes; `capacity` is the room to
/// allocate up front for each decoded layer.
///
/// An empty body is empty whatever its codings (a `204`, or a `200` with
/// `Content-Length: 0`).
pub(crate) fn decode(
    codings: &[String],
    body: &[u8],
    limit: u64,
    capacity: usize,
) -> Result<Vec<u8>, CodingError> {
    if codings.len() > MAX_CODINGS {
        return Err(CodingError::Invalid(format!(
            "the body names {} content codings; the client undoes at most {MAX_CODINGS}",
            codings.len()
        )));
    }
    let mut layers = codings.iter().rev();
    let Some(outer) = layers.next().filter(|_| !body.is_empty()) else {
        return Ok(body.to_vec());
    };
    let mut decoded = decode_one(outer, body, limit, capacity)?;
    for coding in layers {
        // An inner layer came whole out of the one around it: its data
        // stopping short is the server's doing, not the connection's.
        decoded = decode_one(coding, &decoded, limit, capacity).map_err(|e| match e {
            CodingError::Truncated(message) => CodingError::Invalid(message),
            other => other,
        })?;
    }
    Ok(decoded)
}

/// The most content codings one body may stack (as curl allows): each is
/// decoded whole, and a header may name thousands.
const MAX_CODINGS: usize = 5;

/// Decodes one coding of `input`, stopping one byte past `limit`.
fn decode_one(
    coding: &str,
    input: &[u8],
    limit: u64,
    capacity: usize,
) -> Result<Vec<u8>, CodingError> {
    let mut decoded = Vec::with_capacity(capacity);
    match coding {
        // `x-gzip` is gzip (RFC 9110 §8.4.1.3).
        "gzip" | "x-gzip" => gunzip(input, &mut decoded, limit)?,
        // RFC 9110's deflate is zlib; some servers have sent raw deflate.
        "deflate" => inflate(input, &mut decoded, limit)?,
        "br" => unbrotli(input, &mut decoded, limit)?,
        "zstd" => {
            let mut decoder =
                zstd::stream::read::Decoder::with_buffer(input).map_err(|e| invalid(coding, &e))?;
            decoder
                .window_log_max(ZSTD_WINDOW_LOG_MAX)
                .map_err(|e| invalid(coding, &e))?;
            read_capped(decoder, &mut decoded, limit, coding)?;
        }
        other => {
            return Err(CodingError::Invalid(format!(
                "the body is encoded as `{other}`, which the client does not decode (it decodes {KNOWN})"
            )));
        }
    }
    Ok(decoded)
}

/// Decodes a gzip body member by member (RFC 1952 §2.2 allows several, one
/// after the other): bytes after a member that do not start another are an
/// error, found wherever the body was split in transit.
fn gunzip(input: &[u8], decoded: &mut Vec<u8>, limit: u64) -> Result<(), CodingError> {
    let mut rest = input;
    loop {
        let mut member = flate2::bufread::GzDecoder::new(rest);
        read_capped(&mut member, decoded, limit, "gzip")?;
        rest = member.into_inner();
        match rest {
            [] => return Ok(()),
            // The magic bytes of another member (or the first of them).
            [0x1f] | [0x1f, 0x8b, ..] => continue,
            _ => return no_rest(rest, "gzip"),
        }
    }
}

/// Decodes a `deflate` body: zlib (RFC 1950) when it starts with a zlib
/// header, else, or when it does not decode as zlib, raw deflate (RFC 1951),
/// as some servers send. Bytes after the end of the data are an error.
fn inflate(input: &[u8], decoded: &mut Vec<u8>, limit: u64) -> Result<(), CodingError> {
    if !is_zlib(input) {
        return inflate_raw(input, decoded, limit);
    }
    let mut zlib = flate2::bufread::ZlibDecoder::new(input);
    match read_capped(&mut zlib, decoded, limit, "deflate") {
        Ok(()) => no_rest(zlib.into_inner(), "deflate"),
        Err(CodingError::TooLarge) => Err(CodingError::TooLarge),
        // Raw data may begin with two bytes that look like a zlib header.
        Err(zlib_error) => {
            decoded.clear();
            let mut raw = flate2::bufread::DeflateDecoder::new(input);
            match read_capped(&mut raw, decoded, limit, "deflate") {
                Ok(()) => no_rest(raw.into_inner(), "deflate"),
                Err(CodingError::TooLarge) => Err(CodingError::TooLarge),
                Err(_) => Err(zlib_error),
            }
        }
    }
}

/// Decodes raw deflate (RFC 1951); bytes after the end of the data are an
/// error.
fn inflate_raw(input: &[u8], decoded: &mut Vec<u8>, limit: u64) -> Result<(), CodingError> {
    let mut raw = flate2::bufread::DeflateDecoder::new(input);
    read_capped(&mut raw, decoded, limit, "deflate")?;
    no_rest(raw.into_inner(), "deflate")
}

/// An error when bytes are left after the end of the compressed data.
fn no_rest(rest: &[u8], coding: &str) -> Result<(), CodingError> {
    match rest {
        [] => Ok(()),
        _ => Err(CodingError::Invalid(format!(
            "the body has {} bytes after the end of its {coding} data",
            rest.len()
        ))),
    }
}

/// Appends what `decoder` yields to `decoded`, up to one byte past
/// `limit` in all.
fn read_capped(
    decoder: impl Read,
    decoded: &mut Vec<u8>,
    limit: u64,
    coding: &str,
) -> Result<(), CodingError> {
    let room = limit.saturating_add(1).saturating_sub(decoded.len() as u64);
    decoder
        .take(room)
        .read_to_end(decoded)
        .map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => CodingError::Truncated(format!(
                "the {coding} body ends before its compressed data does: {e}"
            )),
            _ => invalid(coding, &e),
        })?;
    if decoded.len() as u64 > limit {
        return Err(CodingError::TooLarge);
    }
    Ok(())
}

/// Decodes a `br` body; bytes after the end of the data are an error.
fn unbrotli(input: &[u8], decoded: &mut Vec<u8>, limit: u64) -> Result<(), CodingError> {
    // brotli's decoder says `InvalidData` for input that ends early as for
    // corrupt input: whether the input ran out tells them apart.
    let mut input = EndNoted {
        input,
        ended: false,
    };
    let mut decoder = brotli_decompressor::Decompressor::new(&mut input, 8 << 10);
    match read_capped(&mut decoder, decoded, limit, "br") {
        Err(CodingError::Invalid(_)) if decoder.get_ref().ended => {
            return Err(CodingError::Truncated(
                "the br body ends before its compressed data does".into(),
            ));
        }
        result => result?,
    }
    // Once the data has ended, the decoder reads nothing more, and fails a
    // further read when bytes it has taken in are left over.
    let left_in_decoder = decoder.read(&mut [0; 1]).is_err();
    drop(decoder);
    if left_in_decoder {
        return Err(CodingError::Invalid(
            "the body has bytes after the end of its br data".into(),
        ));
    }
    no_rest(input.input, "br")
}

/// A reader of `input` that notes whether it was read to its end.
struct EndNoted<'a> {
    input: &'a [u8],
    ended: bool,
}

impl Read for EndNoted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.input.read(buf)?;
        self.ended |= read == 0 && !buf.is_empty();
        Ok(read)
    }
}

fn invalid(coding: &str, error: &io::Error) -> CodingError {
    CodingError::Invalid(format!("the body is not valid {coding} data: {error}"))
}

/// Whether `input` starts with a zlib header (RFC 1950 §2.2): deflate
/// method, and the two bytes a multiple of 31.
fn is_zlib(input: &[u8]) -> bool {
    match input {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use reqwest::header::HeaderValue;

    use super::*;

    const TEXT: &[u8] =
        br#"{"data":[{"id":"1"},{"id":"2"}],"pagination":{"endCursor":"","hasNextPage":false}}"#;

    fn gzip(body: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(body).unwrap();
        e.finish().unwrap()
    }

    fn headers(lines: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for line in lines {
            headers.append(CONTENT_ENCODING, HeaderValue::from_str(line).unwrap());
        }
        headers
    }

    fn decoded(lines: &[&str], body: Vec<u8>) -> Result<Vec<u8>, CodingError> {
        decode(&codings(&headers(lines)), &body, 1 << 20, 0)
    }

    #[test]
    fn names_are_read_in_any_case_over_every_line_and_without_identity() {
        assert_eq!(
            codings(&headers(&["GZIP, identity", " Br ", ""])),
            ["gzip", "br"]
        );
        assert!(codings(&HeaderMap::new()).is_empty());
    }

    #[test]
    fn every_known_coding_decodes() {
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), Default::default());
        zlib.write_all(TEXT).unwrap();
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), Default::default());
        raw.write_all(TEXT).unwrap();
        let mut br = Vec::new();
        brotli::CompressorWriter::new(&mut br, 4096, 5, 22)
            .write_all(TEXT)
            .unwrap();
        let zstd = zstd::encode_all(TEXT, 3).unwrap();
        for (coding, body) in [
            ("gzip", gzip(TEXT)),
            ("x-gzip", gzip(TEXT)),
            ("Gzip", gzip(TEXT)),
            ("deflate", zlib.finish().unwrap()),
            ("deflate", raw.finish().unwrap()),
            ("br", br),
            ("zstd", zstd),
            ("identity", TEXT.to_vec()),
        ] {
            assert_eq!(decoded(&[coding], body).as_deref(), Ok(TEXT), "{coding}");
        }
    }

    #[test]
    fn a_gzip_body_of_several_members_decodes_whole() {
        let (first, second) = TEXT.split_at(20);
        let mut body = gzip(first);
        body.extend(gzip(second));
        assert_eq!(decoded(&["gzip"], body).as_deref(), Ok(TEXT));
    }

    #[test]
    fn stacked_codings_are_undone_last_first() {
        let twice = gzip(&zstd::encode_all(TEXT, 3).unwrap());
        assert_eq!(decoded(&["zstd, gzip"], twice.clone()).as_deref(), Ok(TEXT));
        assert_eq!(decoded(&["zstd", "gzip"], twice).as_deref(), Ok(TEXT));
    }

    #[test]
    fn a_cut_body_is_truncated_and_garbage_is_invalid() {
        let whole = gzip(TEXT);
        for coding_body in [
            ("gzip", whole[..whole.len() / 2].to_vec()),
            ("gzip", [whole.as_slice(), &[0x1f]].concat()),
            ("zstd", {
                let z = zstd::encode_all(TEXT, 3).unwrap();
                z[..z.len() / 2].to_vec()
            }),
            ("br", {
                let mut br = Vec::new();
                brotli::CompressorWriter::new(&mut br, 4096, 5, 22)
                    .write_all(TEXT)
                    .unwrap();
                br[..br.len() / 2].to_vec()
            }),
            ("deflate", {
                let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), Default::default());
                zlib.write_all(TEXT).unwrap();
                let z = zlib.finish().unwrap();
                z[..z.len() / 2].to_vec()
            }),
        ] {
            let (coding, body) = coding_body;
            let result = decoded(&[coding], body);
            assert!(
                matches!(result, Err(CodingError::Truncated(_))),
                "{coding}: {result:?}"
            );
        }
        let mut zeros = whole.clone();
        zeros.extend_from_slice(&[0; 8]);
        let mut garbage = whole.clone();
        garbage.extend_from_slice(b"GARBAGE AFTER THE END");
        for (coding, body) in [
            ("gzip", b"this is not gzip".to_vec()),
            ("gzip", zeros),
            ("gzip", garbage),
            ("br", b"this is not brotli".to_vec()),
            ("br", {
                let mut br = Vec::new();
                brotli::CompressorWriter::new(&mut br, 4096, 5, 22)
                    .write_all(TEXT)
                    .unwrap();
                [br.as_slice(), b"GARBAGE"].concat()
            }),
            ("br", {
                // Bytes left beyond the decoder's first read of 8 KiB.
                let mut br = Vec::new();
                brotli::CompressorWriter::new(&mut br, 4096, 5, 22)
                    .write_all(TEXT)
                    .unwrap();
                [br.as_slice(), &[b' '; 20_000]].concat()
            }),
            ("zstd", b"this is not zstd".to_vec()),
        ] {
            let result = decoded(&[coding], body);
            assert!(
                matches!(result, Err(CodingError::Invalid(_))),
                "{coding}: {result:?}"
            );
        }
    }

    #[test]
    fn raw_deflate_that_looks_like_zlib_and_bytes_after_deflate_data() {
        // A non-final stored block whose first two bytes (0x08 0x1d) pass
        // the zlib header check, then a final empty stored block.
        let data = b"abcdefghijklmnopqrstuvwxyzABC";
        let raw = [
            &[0x08, 0x1d, 0x00, 0xe2, 0xff][..],
            data,
            &[0x01, 0x00, 0x00, 0xff, 0xff],
        ]
        .concat();
        assert!(is_zlib(&raw));
        assert_eq!(decoded(&["deflate"], raw.clone()).as_deref(), Ok(&data[..]));
        assert_eq!(
            decode(&["deflate".into()], &raw, 28, 0),
            Err(CodingError::TooLarge)
        );
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), Default::default());
        zlib.write_all(TEXT).unwrap();
        for body in [zlib.finish().unwrap(), raw] {
            let extra = [body.as_slice(), b"GARBAGE"].concat();
            let result = decoded(&["deflate"], extra);
            assert!(
                matches!(&result, Err(CodingError::Invalid(m)) if m.contains("7 bytes after")),
                "{result:?}"
            );
        }
    }

    #[test]
    fn an_inner_layer_that_stops_short_is_invalid_not_truncated() {
        // The gzip layer arrived whole (its checksum holds); the zstd data
        // inside it stops short: the server's doing.
        let zstd = zstd::encode_all(TEXT, 3).unwrap();
        let body = gzip(&zstd[..zstd.len() / 2]);
        let result = decoded(&["zstd, gzip"], body);
        assert!(matches!(result, Err(CodingError::Invalid(_))), "{result:?}");
    }

    #[test]
    fn at_most_five_codings_are_undone() {
        let mut body = TEXT.to_vec();
        for _ in 0..5 {
            body = gzip(&body);
        }
        assert_eq!(
            decoded(&["gzip, gzip, gzip, gzip, gzip"], body.clone()).as_deref(),
            Ok(TEXT)
        );
        let result = decoded(&["gzip, gzip, gzip", "gzip, gzip, gzip"], gzip(&body));
        assert!(
            matches!(&result, Err(CodingError::Invalid(m)) if m.contains("6 content codings")),
            "{result:?}"
        );
    }

    #[test]
    fn an_unknown_coding_is_named() {
        let Err(CodingError::Invalid(message)) = decoded(&["compress"], b"x".to_vec()) else {
            panic!("decoded");
        };
        assert!(message.contains("`compress`"), "{message}");
    }

    #[test]
    fn the_limit_counts_decoded_bytes() {
        let body = gzip(&vec![b' '; 4096]);
        let h = ["gzip".to_owned()];
        assert_eq!(decode(&h, &body, 4096, 0).map(|b| b.len()), Ok(4096));
        assert_eq!(decode(&h, &body, 4095, 0), Err(CodingError::TooLarge));
    }

    #[test]
    fn an_empty_body_is_empty_whatever_its_coding() {
        assert_eq!(decoded(&["gzip"], Vec::new()), Ok(Vec::new()));
    }
}

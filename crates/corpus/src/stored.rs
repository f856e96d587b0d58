//! Reading a stored document without trusting its bytes.
//!
//! tantivy decodes a stored document by reading each value's length and allocating that
//! much before reading the value. A damaged store (a flipped bit the freshness check did
//! not see: the size and time of an index file vouch for it, see `disk.rs`) can give a
//! length of terabytes, and a failed allocation aborts the process: no panic to contain.
//! So each document's bytes are walked first, and one whose lengths run past its end is a
//! damaged index, reported as such.

/// tantivy's type codes for the stored values this crate writes (its `type_codes`, which
/// it does not export; the tests below check them against what tantivy writes).
mod type_codes {
    pub(super) const TEXT_CODE: u8 = 0;
    pub(super) const U64_CODE: u8 = 1;
    pub(super) const I64_CODE: u8 = 2;
    pub(super) const BYTES_CODE: u8 = 4;
    pub(super) const F64_CODE: u8 = 6;
}

/// Whether `bytes` are a stored document whose every count and length fits inside it, in
/// tantivy's layout (a count of values; per value a field id, a type code and the value).
/// Only the value types this crate stores are accepted: anything else is damage.
pub(crate) fn plausible(bytes: &[u8]) -> bool {
    let mut at = 0usize;
    let Some(count) = vint(bytes, &mut at) else {
        return false;
    };
    // Every value takes at least a field id and a type code.
    if count > (bytes.len() as u64) / 5 {
        return false;
    }
    for _ in 0..count {
        let Some(after_field) = at.checked_add(4).filter(|&e| e <= bytes.len()) else {
            return false;
        };
        at = after_field;
        let Some(&code) = bytes.get(at) else {
            return false;
        };
        at += 1;
        let skip = match code {
            type_codes::TEXT_CODE | type_codes::BYTES_CODE => match vint(bytes, &mut at) {
                Some(len) => len,
                None => return false,
            },
            type_codes::U64_CODE | type_codes::I64_CODE | type_codes::F64_CODE => 8,
            _ => return false,
        };
        match usize::try_from(skip)
            .ok()
            .and_then(|n| at.checked_add(n))
            .filter(|&e| e <= bytes.len())
        {
            Some(e) => at = e,
            None => return false,
        }
    }
    true
}

/// tantivy's variable-length integer: seven bits a byte, least significant first, the last
/// byte marked by its high bit.
fn vint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u64::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 != 0 {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{STORED, STRING, Schema};
    use tantivy::{Index, TantivyDocument, doc};

    /// A stored document as tantivy writes it.
    fn stored_bytes() -> Vec<u8> {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", STRING | STORED);
        let bytes = builder.add_bytes_field("bytes", STORED);
        let number = builder.add_u64_field("number", STORED);
        let value = builder.add_f64_field("value", STORED);
        let index = Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(doc!(text => "Kawhi Leonard", bytes => vec![1u8, 2, 3], number => 7u64, value => 2.5f64))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let store = searcher.segment_reader(0).get_store_reader(0).unwrap();
        let _: TantivyDocument = store.get(0).unwrap();
        store.get_document_bytes(0).unwrap().as_slice().to_vec()
    }

    #[test]
    fn a_document_tantivy_wrote_is_plausible() {
        assert!(plausible(&stored_bytes()));
    }

    #[test]
    fn lengths_past_the_end_are_damage() {
        let good = stored_bytes();
        // Cut short anywhere, it no longer holds what it says it holds.
        for cut in 0..good.len() {
            assert!(!plausible(&good[..cut]), "cut at {cut}");
        }
        // A text's length of terabytes: the damage that aborted a process.
        let mut huge = good.clone();
        let text_len_at = 1 + 4 + 1;
        assert_eq!(
            huge[text_len_at],
            0x80 | 13,
            "the text's length, as written"
        );
        huge.splice(
            text_len_at..=text_len_at,
            [0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x80 | 0x0f],
        );
        assert!(!plausible(&huge));
        // A count of values no document this size could hold.
        let mut many = good;
        many[0] = 0x80 | 0x7f;
        assert!(!plausible(&many));
    }
}
